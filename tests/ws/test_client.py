"""The WebSocket client against a real websockets server on 127.0.0.1 (tests/ws/ws_loopback.py)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_py.auth import KalshiAuth, KalshiAuthenticatedClient
from kalshi_py.environments import DEMO
from kalshi_py.orderbook import OrderBookTracker
from kalshi_py.ws import (
    CommandTimeout,
    KalshiWebSocket,
    StatusKind,
    StreamOverflowError,
    StreamStatus,
    WebSocketAuthError,
    WebSocketCommandError,
)
from kalshi_py.ws import errors as ws_errors
from kalshi_py.ws.messages import Fill, OrderbookDelta, OrderbookSnapshot

from .ws_loopback import KEY_ID, LoopbackKalshi, client


async def read_until(
    ws: KalshiWebSocket,
    done: Callable[[Any], bool],
    tracker: OrderBookTracker | None = None,
    limit: int = 500,
) -> list[Any]:
    seen: list[Any] = []
    if done(None):
        return seen
    for _ in range(limit):
        item = await ws.recv(timeout=5)
        seen.append(item)
        if tracker is not None:
            tracker.apply(item)
        if done(item):
            return seen
    raise AssertionError(f"condition not met within {limit} items: {seen[-5:]}")


def kinds(items: list[Any]) -> list[str]:
    return [i.kind for i in items if isinstance(i, StreamStatus)]


def assert_books_match(tracker: OrderBookTracker, server: LoopbackKalshi, tickers: list[str]) -> None:
    for ticker in tickers:
        book = tracker[ticker]
        assert not book.stale, ticker
        assert book.yes == server.books[ticker]["yes"], ticker
        assert book.no == server.books[ticker]["no"], ticker


# --- connection -----------------------------------------------------------------------------------


async def test_handshake_is_signed_over_the_websocket_path(
    server: LoopbackKalshi, rsa_key: rsa.RSAPrivateKey
) -> None:
    rest = KalshiAuthenticatedClient(
        KEY_ID,
        rsa_key,
        base_url=server.url.replace("ws://", "http://").replace("/trade-api/ws/v2", "/trade-api/v2"),
    )
    ws = KalshiWebSocket(rest)
    assert ws.url == server.url  # the REST base URL selects the WebSocket host
    async with ws:
        assert (await ws.recv(timeout=5)) == StreamStatus(kind=StatusKind.CONNECTED)
    assert server.handshake_paths == ["/trade-api/ws/v2"]
    assert server.accepted == 1
    assert KalshiWebSocket(None, environment="demo").url == DEMO.ws_url


async def test_a_rejected_key_stops_with_a_clear_error(server: LoopbackKalshi) -> None:
    stranger = KalshiAuth(KEY_ID, rsa.generate_private_key(public_exponent=65537, key_size=2048))
    with pytest.raises(WebSocketAuthError, match="rejected with HTTP 401") as caught:
        await client(server, stranger).connect()
    assert caught.value.status == 401
    assert "PRIVATE" not in str(caught.value)


async def test_a_key_rejected_on_reconnect_is_fatal_not_a_loop(
    server: LoopbackKalshi, auth: KalshiAuth
) -> None:
    async with client(server, auth) as ws:
        await ws.recv(timeout=5)
        server.refuse_status = 403
        await server.drop_all()
        with pytest.raises(WebSocketAuthError, match="HTTP 403"):
            await read_until(ws, lambda _: False)
    assert len(server.handshake_paths) == 2  # one refused reconnect, then stop


# --- commands -------------------------------------------------------------------------------------


async def test_commands_are_acknowledged_and_errors_are_typed(
    server: LoopbackKalshi, auth: KalshiAuth
) -> None:
    async with client(server, auth) as ws:
        (book_sub, ticker_sub) = await ws.subscribe(["orderbook_delta", "ticker"], market_tickers=["A"])
        assert (book_sub.channel, book_sub.sid, ticker_sub.channel, ticker_sub.sid) == (
            "orderbook_delta",
            1,
            "ticker",
            2,
        )
        ok = await ws.update_subscription(book_sub, "add_markets", ["B"])
        assert ok.msg.market_tickers == ["A", "B"]  # type: ignore[union-attr]
        assert book_sub.market_tickers == ["A", "B"]
        listing = await ws.list_subscriptions()
        assert [(s.channel, s.sid) for s in listing] == [("orderbook_delta", 1), ("ticker", 2)]
        await ws.unsubscribe(ticker_sub.sid)  # type: ignore[arg-type]
        assert ws.subscriptions == [book_sub]
        with pytest.raises(WebSocketCommandError) as caught:
            await ws.subscribe("nonsense")
        assert caught.value.code == ws_errors.UNKNOWN_CHANNEL == 8
        assert "Unknown channel name" in str(caught.value)
        assert not caught.value.terminal
        server.silent_commands.add("list_subscriptions")
        with pytest.raises(CommandTimeout, match="list_subscriptions"):
            await ws.list_subscriptions(timeout=0.2)
        with pytest.raises(ValueError, match="unknown subscribe parameter"):
            await ws.subscribe("ticker", shoe_size=3)
    sent = [c["cmd"] for c in server.commands]
    assert sent == [
        "subscribe",
        "update_subscription",
        "list_subscriptions",
        "unsubscribe",
        "subscribe",
        "list_subscriptions",
    ]
    assert len({c["id"] for c in server.commands}) == len(server.commands)


# --- data integrity -------------------------------------------------------------------------------


async def test_a_seq_gap_heals_the_books_with_fresh_snapshots(
    server: LoopbackKalshi, auth: KalshiAuth
) -> None:
    tracker = OrderBookTracker()
    async with client(server, auth) as ws:
        await ws.subscribe("orderbook_delta", ["A", "B"])
        await server.push_delta("A", "0.40", "-3")
        await read_until(ws, lambda i: isinstance(i, OrderbookDelta), tracker)
        server.skip_seq = 1
        await server.push_delta("B", "0.20", "2")  # arrives with a skipped seq
        await server.push_delta("A", "0.41", "-5")
        items = await read_until(
            ws,
            lambda i: (
                isinstance(i, StreamStatus)
                and i.kind == StatusKind.RESYNCED
                and "B" in i.market_tickers
                and tracker.stale_markets == []
            ),
            tracker,
        )
        gap = next(i for i in items if isinstance(i, StreamStatus) and i.kind == StatusKind.GAP)
        assert (gap.expected_seq, gap.received_seq) == (4, 5)
        assert kinds(items)[:2] == [StatusKind.GAP, StatusKind.RESYNC_REQUESTED]
        # deltas that arrived between the gap and the snapshot are never applied on top of it
        snapshots = [i.msg.market_ticker for i in items if isinstance(i, OrderbookSnapshot)]
        assert sorted(snapshots) == ["A", "B"]
        await server.push_delta("B", "0.70", "-4", side="no")
        await read_until(ws, lambda i: isinstance(i, OrderbookDelta), tracker)
        assert_books_match(tracker, server, ["A", "B"])
    snapshot_requests = [c for c in server.commands if c.get("params", {}).get("action") == "get_snapshot"]
    assert [sorted(c["params"]["market_tickers"]) for c in snapshot_requests] == [["A", "B"]]


async def test_a_reconnect_replays_subscriptions_and_heals_books(
    server: LoopbackKalshi, auth: KalshiAuth
) -> None:
    tracker = OrderBookTracker()
    async with client(server, auth) as ws:
        await ws.subscribe("ticker")
        (sub,) = await ws.subscribe("orderbook_delta", ["A"])
        await ws.update_subscription(sub, "add_markets", "B")
        old_sid = sub.sid
        await read_until(
            ws, lambda i: isinstance(i, OrderbookSnapshot) and i.msg.market_ticker == "B", tracker
        )
        await server.drop_all()
        await server.push_delta("A", "0.40", "-10")  # happens while we are away
        items = await read_until(
            ws, lambda i: isinstance(i, StreamStatus) and i.kind == StatusKind.RECONNECTED, tracker
        )
        assert kinds(items)[0] == StatusKind.DISCONNECTED
        resubscribed = [i for i in items if isinstance(i, StreamStatus) and i.kind == StatusKind.RESUBSCRIBED]
        assert [(r.channel, r.market_tickers) for r in resubscribed] == [
            ("ticker", ()),
            ("orderbook_delta", ("A", "B")),
        ]
        assert sub.sid != old_sid
        assert ws.resolve_sid(old_sid) == sub.sid
        await read_until(ws, lambda _: tracker.stale_markets == [] and len(tracker) == 2, tracker)
        await server.push_delta("B", "0.20", "1")
        await read_until(ws, lambda i: isinstance(i, OrderbookDelta), tracker)
        assert_books_match(tracker, server, ["A", "B"])
        assert ws.connections == 2
        assert [s.channel for s in await ws.list_subscriptions()] == ["ticker", "orderbook_delta"]


async def test_fill_messages_are_delivered_once_each(server: LoopbackKalshi, auth: KalshiAuth) -> None:
    async with client(server, auth) as ws:
        await ws.subscribe("fill")
        for n in range(20):
            await server.push_fill(n)
        items = await read_until(ws, lambda i: isinstance(i, Fill) and i.msg.trade_id == "t19")
        fills = [i.msg.trade_id for i in items if isinstance(i, Fill)]
        assert fills == [f"t{n}" for n in range(20)]
        assert all(isinstance(i.msg.fee_cost, Decimal) for i in items if isinstance(i, Fill))


# --- overflow -------------------------------------------------------------------------------------


async def test_overflow_raise_ends_the_stream_with_a_clear_error(
    server: LoopbackKalshi, auth: KalshiAuth
) -> None:
    async with client(server, auth, max_queue=5, overflow="raise") as ws:
        await ws.subscribe("orderbook_delta", ["A"])  # one snapshot
        for _ in range(10):
            await server.push_delta("A", "0.30", "1")
        await asyncio.sleep(0.2)
        delivered = []
        while not isinstance(item := await ws.recv(timeout=5), OrderbookDelta) or len(delivered) < 4:
            if not isinstance(item, StreamStatus):
                delivered.append(item)
        delivered.append(item)
        assert len(delivered) == 5  # everything before the point of loss was delivered
        with pytest.raises(StreamOverflowError, match="fell behind"):
            await ws.recv(timeout=5)


async def test_overflow_resync_drops_then_heals(server: LoopbackKalshi, auth: KalshiAuth) -> None:
    tracker = OrderBookTracker()
    async with client(server, auth, max_queue=4, overflow="resync") as ws:
        await ws.subscribe("orderbook_delta", ["A"])
        for _ in range(12):
            await server.push_delta("A", "0.30", "1")
        await asyncio.sleep(0.2)
        items = await read_until(
            ws, lambda i: isinstance(i, StreamStatus) and i.kind == StatusKind.RESYNCED, tracker
        )
        overflow = next(i for i in items if isinstance(i, StreamStatus) and i.kind == StatusKind.OVERFLOW)
        assert overflow.dropped > 0
        assert overflow.market_tickers == ("A",)
        assert_books_match(tracker, server, ["A"])
        assert tracker["A"].size_at("yes", "0.30") == 12


# --- callbacks and the blocking face --------------------------------------------------------------


async def test_per_channel_callbacks(server: LoopbackKalshi, auth: KalshiAuth) -> None:
    deltas: list[OrderbookDelta] = []
    statuses: list[str] = []
    got_two = asyncio.Event()

    async def on_delta(message: OrderbookDelta) -> None:
        deltas.append(message)
        if len(deltas) == 2:
            got_two.set()

    async with client(server, auth) as ws:
        ws.on("orderbook_delta", on_delta)
        ws.on("status", lambda s: statuses.append(s.kind))
        runner = asyncio.ensure_future(ws.run())
        await ws.subscribe("orderbook_delta", ["A"])
        await server.push_delta("A", "0.40", "1")
        await server.push_delta("A", "0.40", "1")
        await asyncio.wait_for(got_two.wait(), 5)
    await asyncio.wait_for(runner, 5)
    assert [type(d) for d in deltas] == [OrderbookSnapshot, OrderbookDelta, OrderbookDelta][
        : len(deltas)
    ] or all(isinstance(d, (OrderbookSnapshot, OrderbookDelta)) for d in deltas)
    assert statuses[0] == StatusKind.CONNECTED


def test_sync_facade_streams_and_closes_cleanly(threaded_server: LoopbackKalshi, auth: KalshiAuth) -> None:
    before = set(threading.enumerate())
    with KalshiWebSocket.sync(auth, url=threaded_server.url, command_timeout=3) as ws:
        (sub,) = ws.subscribe("orderbook_delta", "A")
        assert sub.sid == 1
        tracker = OrderBookTracker()
        for item in ws.stream(timeout=5):
            tracker.apply(item)
            if isinstance(item, OrderbookSnapshot):
                break
        assert tracker["A"].best_bid() == (Decimal("0.40"), Decimal("10"))
        threads = [t for t in threading.enumerate() if t not in before]
    assert threads
    for thread in threads:  # ours end in close(); the websockets library's right after
        thread.join(10)
    assert not any(t.is_alive() for t in threads)


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    ws = KalshiWebSocket(None, url="ws://127.0.0.1:1/trade-api/ws/v2", backoff_initial=0.5, backoff_max=8)
    for attempt, ceiling in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (10, 8.0), (100, 8.0)]:
        delays = {ws.backoff_delay(attempt) for _ in range(50)}
        assert all(ceiling / 2 <= d <= ceiling for d in delays), (attempt, delays)
        assert len(delays) > 1  # jittered


def test_bad_configuration_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="overflow must be"):
        KalshiWebSocket(None, url="ws://127.0.0.1:1/x", overflow="drop")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="ws:// or wss://"):
        KalshiWebSocket(None, url="https://example.com/trade-api/ws/v2")
    with pytest.raises(TypeError, match="KalshiAuth or a KalshiAuthenticatedClient"):
        KalshiWebSocket("key")  # type: ignore[arg-type]


def test_a_book_streams_on_uvloop(threaded_server: LoopbackKalshi, auth: KalshiAuth) -> None:
    uvloop = pytest.importorskip("uvloop")

    async def stream() -> dict[Decimal, Decimal]:
        tracker = OrderBookTracker()
        async with client(threaded_server, auth) as ws:
            await ws.subscribe(["orderbook_delta"], market_tickers=["A"])
            await read_until(ws, lambda item: isinstance(item, OrderbookSnapshot), tracker)
        return dict(tracker["A"].yes)

    assert uvloop.run(asyncio.wait_for(stream(), 20)) == {Decimal("0.40"): Decimal("10")}
