"""The gateway's streams against the engine: market-data books equal to the REST order book after
random flow from FIX, REST and another thread driving the engine; drop copy holding every
execution exactly once; the status of a market as it changes."""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import Counter
from decimal import Decimal
from typing import Any

import pytest

from fix.venue import TICKER, Trader, until
from kalshi_py.api.market import get_market_orderbook
from kalshi_py.api.orders import cancel_order_v2, create_order_v2
from kalshi_py.api.portfolio import get_fills
from kalshi_py.errors import KalshiError
from kalshi_py.fix import messages as M
from kalshi_py.fix.errors import EventResendRejected, FixError
from kalshi_py.orderbook import OrderBook
from kalshi_sim import ExchangeError, LocalExchange

D = Decimal


def _rest_book(who: Trader) -> OrderBook:
    body = get_market_orderbook.sync_detailed(client=who.rest, ticker=TICKER).content
    return OrderBook.from_rest(TICKER, body)


def _on_the_engine(gateway: LocalExchange, who: Trader, side: str, count: int, price: Decimal) -> None:
    """An order straight on the engine, from this thread, under the engine lock."""
    with gateway.lock, contextlib.suppress(ExchangeError):
        gateway.exchange.create_order(
            who.user_id,
            ticker=TICKER,
            side="bid" if side == "buy" else "ask",
            count=count,
            price=price,
            time_in_force="immediate_or_cancel",
            self_trade_prevention_type="maker",
        )


async def _random_flow(
    gateway: LocalExchange, fix_traders: list[Any], rest_trader: Trader, steps: int
) -> None:
    """Orders, cancels and amends at random prices around 0.50, over FIX, over REST, and straight
    on the engine from another thread (as a test driving `ex.exchange` does)."""
    rng = random.Random(7)
    for step in range(steps):
        choice = rng.random()
        price = D(rng.randint(40, 60)) / 100
        count = rng.randint(1, 5)
        side = rng.choice(("buy", "sell"))
        if choice < 0.5:
            session = rng.choice(fix_traders)
            live = [r for r in session.orders.values() if r.ord_status in ("0", "1")]
            try:
                if live and rng.random() < 0.3:
                    target = rng.choice(live)
                    if rng.random() < 0.5:
                        await session.cancel(target.cl_ord_id)
                    else:
                        await session.amend(target.cl_ord_id, count=target.cum_qty + count, price=price)
                else:
                    await session.place(TICKER, side, count, price)
            except FixError:  # a cancel that lost the race against a fill
                pass
        elif choice < 0.8:
            try:
                placed = await asyncio.to_thread(
                    create_order_v2.sync,
                    client=rest_trader.rest,
                    ticker=TICKER,
                    side="bid" if side == "buy" else "ask",
                    count=D(count),
                    price=price,
                    time_in_force="good_till_canceled",
                    self_trade_prevention_type="maker",
                )
                if rng.random() < 0.3:
                    await asyncio.to_thread(
                        cancel_order_v2.sync, client=rest_trader.rest, order_id=placed.order_id
                    )
            except KalshiError:
                pass
        else:
            await asyncio.to_thread(_on_the_engine, gateway, rest_trader, side, count, price)
        if step % 10 == 0:
            await asyncio.sleep(0)


async def test_the_market_data_book_equals_the_rest_order_book_after_random_flow(
    gateway: LocalExchange, trader: Any
) -> None:
    alice, bob, carol, watcher = trader(), trader(), trader(), trader()
    async with (
        alice.session("order_entry") as a,
        bob.session("order_entry_retransmit") as b,
        watcher.session("market_data") as early,
    ):
        (early_book,) = await early.subscribe([TICKER])
        await _random_flow(gateway, [a, b], carol, 60)
        async with watcher.session("market_data", new_key=True) as late:  # a snapshot mid-flow
            (late_book,) = await late.subscribe([TICKER])
            trades: list[M.MarketDataIncrementalRefreshMDEntry] = []

            async def collect() -> None:
                async for trade in late.trades():
                    trades.append(trade)

            collecting = asyncio.ensure_future(collect())
            await _random_flow(gateway, [a, b], carol, 60)
            rest = await asyncio.to_thread(_rest_book, carol)
            for book in (early_book, late_book):
                await until(lambda b=book: (b.yes, b.no) == (rest.yes, rest.no), what="the books to agree")
            assert rest.yes or rest.no, "the flow left an empty book: it proves nothing"
            collecting.cancel()
        assert trades, "no trade came through market data"
        assert {t.aggressor_side for t in trades} <= {"1", "2"}


async def test_drop_copy_holds_every_execution_exactly_once(gateway: LocalExchange, trader: Any) -> None:
    alice, bob, carol = trader(), trader(), trader()
    listener_flags = {"listener_session": True, "skip_pending_exec_reports": True}
    async with (
        alice.session("order_entry") as a,
        alice.session("order_entry_retransmit", new_key=True, logon=listener_flags) as listener,
        bob.session("order_entry") as b,
    ):
        await _random_flow(gateway, [a, b], carol, 80)
        async with alice.session("drop_copy", new_key=True) as drop_copy:
            replayed = await drop_copy.replay("0")
            exec_ids = [r.exec_id for r in replayed]
            assert len(exec_ids) == len(set(exec_ids)), "a report twice in drop copy"
            assert exec_ids == sorted(exec_ids, key=lambda e: tuple(int(p) for p in e.split(";")))
            # every fill of alice's, REST's view, is one Trade report
            fills = get_fills.sync(client=alice.rest, ticker=TICKER, limit=1000).fills
            trades = [r for r in replayed if r.exec_type == "F"]
            assert Counter(r.trd_match_id for r in trades) == Counter(f.trade_id for f in fills)
            assert sum(r.last_qty for r in trades) == sum(f.count_fp for f in fills)  # type: ignore[misc]
            # what the order-entry session received (pending reports aside) is all in drop copy
            received = {r.exec_id for r in a.orders.values()}
            assert received <= set(exec_ids)
            # the listener followed along: the same reports, in the same order
            stream = listener.executions()
            followed = [await asyncio.wait_for(anext(stream), 10) for _ in range(len(replayed))]
            assert [r.exec_id for r in followed] == exec_ids
            # ranges are inclusive at both ends
            middle = await drop_copy.replay(exec_ids[2], exec_ids[4])
            assert [r.exec_id for r in middle] == exec_ids[2:5]
            with pytest.raises(EventResendRejected) as too_far:
                await drop_copy.replay(exec_ids[0], f"{10**9};1")
            assert too_far.value.message.event_resend_reject_reason == 4
            with pytest.raises(EventResendRejected) as malformed:
                await drop_copy.replay("yesterday")
            assert malformed.value.message.event_resend_reject_reason == 3


async def test_security_status_follows_the_market(gateway: LocalExchange, trader: Any) -> None:
    watcher = trader()
    async with watcher.session("market_data") as md:
        stream = md.messages()

        async def statuses(count: int) -> list[int]:
            found = [await asyncio.wait_for(anext(stream), 10) for _ in range(count)]
            return [m.security_trading_status for m in found]  # type: ignore[attr-defined]

        status = await md.security_status(TICKER)
        assert status.security_trading_status == 3
        md.send(M.SecurityStatusRequest(subscription_request_type="1", symbol=TICKER))
        assert await statuses(2) == [3, 3]  # the answer to the request, then to the subscription
        with gateway.lock:
            gateway.exchange.pause_market(TICKER)
        assert await statuses(1) == [2]
        with gateway.lock:
            gateway.exchange.determine_market(TICKER, "yes")
        assert await statuses(2) == [2, 100]  # closed, then determined
        with pytest.raises(FixError, match="unknown market"):
            await md.security_status("KXNOPE-1", timeout=5)
