"""The ledger against the local exchange: after a random trading session ending in settlement,
it equals the exchange's positions, realized P&L, fees and balance change to the cent; it books
hand-made records (as a backtest does) the way the exchange books trades."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kalshi_py.api.portfolio import get_balance, get_positions
from kalshi_py.pagination import paginate
from kalshi_py.safety import Ledger, LedgerFill, LedgerSettlement
from kalshi_py.safety._entries import fetch_history
from kalshi_py.ws import KalshiWebSocket
from kalshi_py.ws.messages import Fill, MarketLifecycleV2
from kalshi_sim import LocalExchange

from .trading import open_markets, session

CENT = Decimal("0.01")

trade_strategy = st.tuples(
    st.integers(0, 2),  # market
    st.sampled_from(["bid", "ask"]),  # the side "me" trades on
    st.integers(2, 98),  # price in cents
    st.sampled_from(["1", "2", "3", "5", "0.5", "2.25", "10"]),  # contracts "me" trades
    st.sampled_from(["0.5", "1", "2"]),  # the maker rests this many times as much
    st.booleans(),  # "me" rests first (the maker) or takes
)
result_strategy = st.sampled_from([("yes", None), ("no", None), ("scalar", "0.37"), ("scalar", "0.81")])


def balance(client: object) -> Decimal:
    found = get_balance.sync(client=client).balance_dollars  # type: ignore[arg-type]
    assert isinstance(found, Decimal)
    return found


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    trades=st.lists(trade_strategy, min_size=2, max_size=25),
    results=st.tuples(result_strategy, result_strategy, result_strategy),
    fee_type=st.sampled_from(["quadratic", "quadratic_with_maker_fees"]),
)
def test_after_a_random_session_the_ledger_equals_the_exchange(
    exchange: LocalExchange,
    trades: list[tuple[int, str, int, str, str, bool]],
    results: tuple[tuple[str, str | None], ...],
    fee_type: str,
) -> None:
    tickers = open_markets(exchange, fee_type)
    me, other = exchange.create_account("1000"), exchange.create_account("1000")
    with exchange.client(me) as client:
        start = balance(client)
        with exchange.lock:
            engine = exchange.exchange
            for market, side, cents, count, scale, me_first in trades:
                ours = {"side": side, "count": count}
                theirs = {
                    "side": "ask" if side == "bid" else "bid",
                    "count": str((Decimal(count) * Decimal(scale)).quantize(CENT)),
                }
                placed = [(me.user_id, ours), (other.user_id, theirs)]
                for user_id, terms in placed if me_first else placed[::-1]:
                    engine.create_order(
                        user_id,
                        ticker=tickers[market],
                        price=f"0.{cents:02d}",
                        time_in_force="good_till_canceled",
                        self_trade_prevention_type="taker_at_cross",
                        **terms,
                    )
            for ticker, (result, value) in zip(tickers, results, strict=True):
                engine.determine_market(ticker, result, value)
                engine.settle_market(ticker)
            traded = len(engine.fills(me.user_id))

        ledger = Ledger.from_exchange(client)
        positions = list(paginate(get_positions, client=client, settlement_status="all"))

        assert len(ledger.journal) == traded + sum(1 for p in positions)  # every fill, every settlement
        assert ledger.reconcile(positions, balance_change=balance(client) - start) == []
        assert all(p.position == 0 for p in ledger.positions.values())
        # everything is closed: what the session did to the balance is its P&L after fees
        assert abs(ledger.cash - (ledger.realized_pnl - ledger.fees)) < Decimal("1e-20")


def test_a_ledger_from_hand_made_records_books_like_the_exchange() -> None:
    ledger = Ledger()
    buy = LedgerFill("t1", "o1", "M", "bid", Decimal(10), Decimal("0.40"), fee=Decimal("0.17"), ts=1)
    ledger.apply(buy)
    ledger.apply(buy)  # the same fill twice is booked once
    ledger.apply(LedgerFill("t2", "o2", "M", "ask", Decimal(4), Decimal("0.55"), fee=Decimal("0.07"), ts=2))
    held = ledger.positions["M"]
    assert held.position == 6
    assert held.average_cost == Decimal("0.40")
    assert held.realized_pnl == Decimal("0.60")  # 4 sold at 0.55 bought at 0.40
    assert held.fees == Decimal("0.24")
    assert ledger.unrealized_pnl({"M": Decimal("0.50")}) == Decimal("0.60")
    # crossing through zero: 8 NO bought at 0.30 close 6 YES and open 2 NO
    ledger.apply(LedgerFill("t3", "o3", "M", "ask", Decimal(8), Decimal("0.70")))
    assert (held.position, held.cost_basis) == (-2, Decimal("0.60"))
    assert held.realized_pnl == Decimal("0.60") + 6 * (Decimal("0.70") - Decimal("0.40"))
    ledger.apply(LedgerSettlement("M", Decimal(0), ts=3))  # NO wins: 2 NO pay 1 each
    assert (held.position, held.cost_basis, held.settlement_revenue) == (0, 0, 2)
    assert ledger.cash == ledger.realized_pnl - ledger.fees
    assert [e.kind for e in ledger.journal] == ["fill", "fill", "fill", "settlement"]


async def test_the_websocket_feeds_the_same_ledger_as_rest(exchange: LocalExchange) -> None:
    (ticker,) = open_markets(exchange, "quadratic_with_maker_fees")[:1]
    me, other = exchange.create_account("1000"), exchange.create_account("1000")
    streamed = Ledger()
    async with (
        exchange.client(me) as client,
        KalshiWebSocket(client, url=exchange.ws_url) as ws,
    ):
        await ws.subscribe(["fill", "market_lifecycle_v2"])
        await asyncio.to_thread(session, exchange, me.user_id, other.user_id, ticker)
        while not (ticker in streamed.positions and streamed.positions[ticker].settled):
            item = await ws.recv(timeout=10)
            if (
                isinstance(item, (Fill, MarketLifecycleV2))
                and getattr(item.msg, "market_ticker", None) == ticker
            ):
                streamed.apply(item)
    with exchange.client(me) as client:
        fetched = Ledger.from_exchange(client)
        positions = list(paginate(get_positions, client=client, settlement_status="all"))
    assert len([e for e in streamed.journal if e.kind == "fill"]) == 3
    assert streamed.positions == fetched.positions
    assert streamed.cash == fetched.cash
    assert streamed.reconcile(positions) == []


def test_reconcile_names_what_differs(exchange: LocalExchange) -> None:
    (ticker,) = open_markets(exchange, "quadratic")[:1]
    me, other = exchange.create_account("1000"), exchange.create_account("1000")
    session(exchange, me.user_id, other.user_id, ticker)
    with exchange.client(me) as client:
        history = list(fetch_history(client))
        positions = list(paginate(get_positions, client=client, settlement_status="all"))
    whole = Ledger()
    for item in history:
        whole.apply(item)
    assert whole.reconcile(positions) == []
    short = Ledger()
    for item in history[1:]:  # the first fill is missing
        short.apply(item)
    names = {d.name for d in short.reconcile(positions, balance_change=whole.cash)}
    assert {"realized pnl", "fees", "cash"} <= names
