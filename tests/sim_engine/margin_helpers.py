"""A one-market margin exchange on a hand-set clock, and order entry in a line, for the margin
engine tests."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from kalshi_sim.engine.margin import MarginExchange, MarginOrderResult

from .helpers import Clock

PERP = "KXBTCPERP"
HOUR = 3600


def perp_exchange(
    clock: Clock | None = None, *, mark: str = "100.00", mmr: str = "0.05", multiplier: str = "2"
) -> MarginExchange:
    """A margin exchange listing PERP at `mark`, maintenance margin `mmr` of notional and
    initial margin `multiplier` times that (20x and 10x at the defaults)."""
    exchange = MarginExchange(seed=0, clock=clock or Clock())
    exchange.list_market(
        PERP,
        mark_price=mark,
        tick_size="0.01",
        maintenance_margin_rate=mmr,
        initial_margin_multiplier=multiplier,
    )
    return exchange


def place(
    exchange: MarginExchange, user_id: str, side: str, count: str, price: str, **extra: Any
) -> MarginOrderResult:
    """A GTC order on PERP unless told otherwise."""
    kwargs: dict[str, Any] = {
        "ticker": PERP,
        "side": side,
        "count": Decimal(count),
        "price": Decimal(price),
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
        **extra,
    }
    return exchange.create_order(user_id, **kwargs)


def open_pair(exchange: MarginExchange, count: str = "50", price: str = "100.00") -> tuple[str, str]:
    """Two new members with $1000 each: Alice rests a bid, Bob sells into it, so Alice is long
    `count` at `price` and Bob short."""
    alice = exchange.create_account("1000").user_id
    bob = exchange.create_account("1000").user_id
    place(exchange, alice, "bid", count, price)
    place(exchange, bob, "ask", count, price)
    return alice, bob
