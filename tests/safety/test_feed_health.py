"""Feed health and the book audit on a local exchange whose WebSocket misbehaves on purpose: a
feed that goes silent with its socket open is found stale, reconnected and reported; a delta
with a wrong size is found by the audit, resynced and reported; a healthy feed raises nothing.
A dead-man's switch watching the feed trips on the stale feed."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from decimal import Decimal

import pytest

from kalshi_py import KalshiAuthenticatedClient
from kalshi_py.api.orders import create_order_v2
from kalshi_py.orderbook import OrderBook
from kalshi_py.safety import DeadMan
from kalshi_py.ws import FeedMonitor, FeedProblem, KalshiWebSocket, StatusKind, StreamStatus
from kalshi_sim import Credentials, LocalExchange

from .conftest import market_ticker, open_subaccounts, resting_bid

WAIT = 20.0


def exchange_book(exchange: LocalExchange, ticker: str) -> OrderBook:
    with exchange.lock:
        yes, no = exchange.exchange.orderbook(ticker)
    return OrderBook(ticker, yes=dict(yes), no=dict(no))


def in_step(monitor: FeedMonitor, exchange: LocalExchange, ticker: str) -> bool:
    book = monitor.tracker.get(ticker)
    return book is not None and not book.stale and book.same_levels(exchange_book(exchange, ticker))


async def pump(ws: KalshiWebSocket, monitor: FeedMonitor, until: Callable[[], bool]) -> list[object]:
    """Read the stream into the monitor until `until()`; what was read."""
    seen: list[object] = []
    deadline = time.monotonic() + WAIT
    while not until():
        left = deadline - time.monotonic()
        if left <= 0:
            pytest.fail(f"the stream did not get there within {WAIT} s; read: {seen[-10:]}")
        try:
            item = await ws.recv(timeout=min(left, 0.5))
        except TimeoutError:
            continue
        monitor.apply(item)
        seen.append(item)
    return seen


async def order(client: KalshiAuthenticatedClient, ticker: str, count: str) -> str:
    placed = await create_order_v2.asyncio(client=client, **resting_bid(ticker, count))
    return placed.order_id


async def watched_feed(
    exchange: LocalExchange, client: KalshiAuthenticatedClient, ws: KalshiWebSocket, ticker: str
) -> FeedMonitor:
    monitor = FeedMonitor(ws, client, interval=3600, settle=0.3)
    await ws.subscribe("orderbook_delta", [ticker])
    await pump(ws, monitor, lambda: in_step(monitor, exchange, ticker))
    assert await monitor.check() == []  # the first look at REST
    return monitor


async def test_a_silent_feed_is_found_reconnected_and_reported(
    exchange: LocalExchange, account: Credentials
) -> None:
    ticker = market_ticker(exchange, 1)
    reported: list[FeedProblem] = []
    async with (
        exchange.client(account) as client,
        KalshiWebSocket(client, url=exchange.ws_url, backoff_initial=0.05, backoff_max=0.2) as ws,
    ):
        monitor = await watched_feed(exchange, client, ws, ticker)
        monitor.on_problem(reported.append)
        open_subaccounts(exchange, account.user_id, 1)
        blocking = exchange.client(account)  # the switch's calls are blocking ones
        dead_man = DeadMan(blocking, timeout=None, subaccount=1, signals=False).start()
        dead_man.watch(monitor)
        guarded = dead_man.create_order(**resting_bid(market_ticker(exchange, 2)))
        try:
            await asyncio.to_thread(exchange.faults.ws_silence)
            await asyncio.sleep(0.2)  # the silence is set on the exchange's loop
            await order(client, ticker, "3")
            await asyncio.sleep(0.3)
            assert not in_step(monitor, exchange, ticker)  # the feed said nothing of the order

            problems = await monitor.check()

            assert [(p.kind, p.market_ticker) for p in problems] == [("stale_feed", ticker)]
            assert reported == problems
            assert monitor.stats.stale_feeds == 1
            seen = await pump(ws, monitor, lambda: in_step(monitor, exchange, ticker))
            kinds = [i.kind for i in seen if isinstance(i, StreamStatus)]
            assert StatusKind.DISCONNECTED in kinds
            assert StatusKind.RECONNECTED in kinds
            assert ws.connections == 2
            assert monitor.stats.reconnects == 1
            assert exchange.faults.stats.ws_silences == 1
            deadline = time.monotonic() + WAIT
            while not dead_man.trips and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            assert [t.kind for t in dead_man.trips] == ["feed"]
            assert dead_man.trips[0].cancellation.order_ids() == [guarded.order_id]
            # healed: the next change arrives on the new connection and nothing is found
            await order(client, ticker, "4")
            await pump(ws, monitor, lambda: in_step(monitor, exchange, ticker))
            assert await monitor.check() == []
        finally:
            dead_man.close()
            blocking.close()


async def test_a_wrong_delta_is_found_by_the_audit_resynced_and_reported(
    exchange: LocalExchange, account: Credentials
) -> None:
    ticker = market_ticker(exchange, 3)
    reported: list[FeedProblem] = []
    async with (
        exchange.client(account) as client,
        KalshiWebSocket(client, url=exchange.ws_url) as ws,
    ):
        monitor = await watched_feed(exchange, client, ws, ticker)
        monitor.on_problem(reported.append)
        before = monitor.tracker[ticker].size_at("yes", "0.01")
        exchange.faults.ws_wrong_delta_rate = 1.0
        try:
            await order(client, ticker, "5")
            await pump(ws, monitor, lambda: monitor.tracker[ticker].size_at("yes", "0.01") != before)
        finally:
            exchange.faults.ws_wrong_delta_rate = 0.0
        assert monitor.tracker[ticker].size_at("yes", "0.01") == before + Decimal(6)  # one too many
        assert exchange.faults.stats.ws_wrong_deltas == 1

        problems = await monitor.check()

        assert [(p.kind, p.market_ticker) for p in problems] == [("book_mismatch", ticker)]
        assert reported == problems
        assert monitor.stats.audit_mismatches == 1
        seen = await pump(
            ws, monitor, lambda: monitor.stats.resyncs == 1 and in_step(monitor, exchange, ticker)
        )
        kinds = [i.kind for i in seen if isinstance(i, StreamStatus)]
        assert kinds == [StatusKind.RESYNC_REQUESTED, StatusKind.RESYNCED]
        assert monitor.tracker[ticker].size_at("yes", "0.01") == before + Decimal(5)
        assert await monitor.check() == []
        assert ws.connections == 1  # a resync, not a reconnect


async def test_a_healthy_busy_feed_raises_nothing(exchange: LocalExchange, account: Credentials) -> None:
    ticker = market_ticker(exchange, 4)
    async with (
        exchange.client(account) as client,
        KalshiWebSocket(client, url=exchange.ws_url) as ws,
    ):
        monitor = await watched_feed(exchange, client, ws, ticker)
        for count in ("1", "2", "3"):
            await order(client, ticker, count)
            await pump(ws, monitor, lambda: in_step(monitor, exchange, ticker))
            assert await monitor.check() == []
        stats = monitor.stats
        assert (stats.stale_feeds, stats.audit_mismatches, stats.gaps) == (0, 0, 0)
        assert stats.audits == 4
        assert stats.message_age is not None
        assert 0 <= stats.message_age <= stats.max_message_age < WAIT


def test_the_blocking_client_is_audited_from_a_thread(
    exchange: LocalExchange, account: Credentials, client: KalshiAuthenticatedClient
) -> None:
    ticker = market_ticker(exchange, 5)
    with (
        KalshiWebSocket.sync(client, url=exchange.ws_url) as ws,
        FeedMonitor(ws, client, interval=0.3, settle=0.2) as monitor,
    ):

        def pump_until(condition: Callable[[], bool]) -> None:
            deadline = time.monotonic() + WAIT
            while not condition():
                assert time.monotonic() < deadline, "the stream did not get there in time"
                try:
                    monitor.apply(ws.recv(timeout=0.5))
                except TimeoutError:
                    continue

        ws.subscribe("orderbook_delta", [ticker])
        pump_until(lambda: in_step(monitor, exchange, ticker))
        exchange.faults.ws_wrong_delta_rate = 1.0
        try:
            create_order_v2.sync(client=client, **resting_bid(ticker, "2"))
            pump_until(lambda: not in_step(monitor, exchange, ticker))
        finally:
            exchange.faults.ws_wrong_delta_rate = 0.0
        pump_until(lambda: monitor.stats.resyncs == 1 and in_step(monitor, exchange, ticker))
        assert [(p.kind, p.market_ticker) for p in monitor.problems] == [("book_mismatch", ticker)]
        assert monitor.stats.audit_mismatches == 1


async def test_a_resync_the_silent_feed_never_answers_counts_as_stale(
    exchange: LocalExchange, account: Credentials
) -> None:
    ticker = market_ticker(exchange, 7)
    async with (
        exchange.client(account) as client,
        KalshiWebSocket(client, url=exchange.ws_url, backoff_initial=0.05, backoff_max=0.2) as ws,
    ):
        monitor = await watched_feed(exchange, client, ws, ticker)
        await asyncio.to_thread(exchange.faults.ws_silence)
        await asyncio.sleep(0.2)
        ws.resync(ticker)  # the snapshot asked for never comes on a silent connection
        await pump(ws, monitor, lambda: monitor.tracker.is_stale(ticker))
        assert await monitor.check() == []  # nothing changed at REST: one round of waiting is allowed

        problems = await monitor.check()

        assert [(p.kind, p.market_ticker) for p in problems] == [("stale_feed", ticker)]
        await pump(ws, monitor, lambda: in_step(monitor, exchange, ticker))
        assert ws.connections == 2
