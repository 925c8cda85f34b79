"""Trading sessions on fresh markets of the local exchange, driven through its engine."""

from __future__ import annotations

import itertools

from kalshi_sim import LocalExchange

__all__ = ["open_markets", "session"]

SERIES = "KXLEDGER"
sessions = itertools.count()


def open_markets(exchange: LocalExchange, fee_type: str) -> list[str]:
    session = next(sessions)
    event = f"{SERIES}-S{session}"
    tickers = [f"{event}-M{i}" for i in range(3)]
    with exchange.lock:
        engine = exchange.exchange
        engine.add_series(f"{SERIES}{session}", category="Testing", fee_type=fee_type)
        engine.add_event(event, f"{SERIES}{session}")
        for ticker in tickers:
            engine.add_market(ticker, event)
    return tickers


def session(exchange: LocalExchange, me: str, other: str, ticker: str) -> None:
    """Three trades for `me` in `ticker` (buy 10 YES, sell 4 as the maker, sell 8: 6 closed and 2
    NO opened), then YES wins."""
    orders = (
        (other, "ask", "0.40", "10"),
        (me, "bid", "0.40", "10"),
        (me, "ask", "0.55", "4"),
        (other, "bid", "0.55", "4"),
        (other, "bid", "0.70", "8"),
        (me, "ask", "0.70", "8"),
    )
    with exchange.lock:
        engine = exchange.exchange
        for user_id, side, price, count in orders:
            engine.create_order(
                user_id,
                ticker=ticker,
                side=side,
                count=count,
                price=price,
                time_in_force="good_till_canceled",
                self_trade_prevention_type="taker_at_cross",
            )
        engine.determine_market(ticker, "yes")
        engine.settle_market(ticker)
