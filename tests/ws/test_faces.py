"""The asyncio client and the blocking one drive the same protocol: on the loopback server, each
raises the same errors for the same mistakes, in the caller, and heals the same way."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kalshi_py.auth import KalshiAuth
from kalshi_py.orderbook import OrderBookTracker
from kalshi_py.ws import (
    CommandTimeout,
    KalshiWebSocket,
    StatusKind,
    StreamStatus,
    WebSocketCommandError,
)

from .ws_loopback import LoopbackKalshi, client

UNCOVERED = "no active orderbook_delta subscription covers 'B'"


async def test_the_async_face_raises_in_the_caller(server: LoopbackKalshi, auth: KalshiAuth) -> None:
    async with client(server, auth) as ws:
        with pytest.raises(ValueError, match=UNCOVERED):
            ws.resync("B")
        await ws.subscribe("orderbook_delta", "A")
        ws.resync("A")
        with pytest.raises(WebSocketCommandError) as caught:
            await ws.subscribe("nonsense")
        assert caught.value.code == 8
        with pytest.raises(ValueError, match="unknown subscribe parameter"):
            await ws.subscribe("ticker", shoe_size=3)
        with pytest.raises(ValueError, match="unknown subscription id 99"):
            await ws.unsubscribe(99)
        server.silent_commands.add("list_subscriptions")
        with pytest.raises(CommandTimeout, match="list_subscriptions"):
            await ws.list_subscriptions(timeout=0.2)


def test_the_blocking_face_raises_what_the_async_face_raises(
    threaded_server: LoopbackKalshi, auth: KalshiAuth
) -> None:
    with KalshiWebSocket.sync(auth, url=threaded_server.url, command_timeout=3) as ws:
        with pytest.raises(ValueError, match=UNCOVERED):
            ws.resync("B")
        ws.subscribe("orderbook_delta", "A")
        ws.resync("A")
        with pytest.raises(WebSocketCommandError) as caught:
            ws.subscribe("nonsense")
        assert caught.value.code == 8
        with pytest.raises(ValueError, match="unknown subscribe parameter"):
            ws.subscribe("ticker", shoe_size=3)
        with pytest.raises(ValueError, match="unknown subscription id 99"):
            ws.unsubscribe(99)
        threaded_server.silent_commands.add("list_subscriptions")
        with pytest.raises(CommandTimeout, match="list_subscriptions"):
            ws.list_subscriptions(timeout=0.2)


def test_the_blocking_face_reconnects_replays_and_heals_its_books(
    threaded_server: LoopbackKalshi, auth: KalshiAuth
) -> None:
    tracker = OrderBookTracker()
    seen: list[str] = []
    with KalshiWebSocket.sync(
        auth, url=threaded_server.url, command_timeout=3, backoff_initial=0.01, backoff_max=0.05
    ) as ws:
        (sub,) = ws.subscribe("orderbook_delta", "A")
        old_sid = sub.sid
        threaded_server.call_soon(threaded_server.drop_all())
        threaded_server.call_soon(threaded_server.push_delta("A", "0.40", "-4"))  # missed while away
        for item in ws.stream(timeout=10):
            tracker.apply(item)
            if isinstance(item, StreamStatus):
                seen.append(item.kind)
                if item.kind == StatusKind.RESYNCED:
                    break
        assert ws.resolve_sid(old_sid) == sub.sid != old_sid  # type: ignore[arg-type]
        assert ws.connections == 2
    assert seen[-4:] == [
        StatusKind.DISCONNECTED,
        StatusKind.RESUBSCRIBED,
        StatusKind.RECONNECTED,
        StatusKind.RESYNCED,
    ]
    assert tracker["A"].size_at("yes", "0.40") == Decimal(6)
    assert not tracker["A"].stale


async def test_a_silent_connection_is_dropped_after_idle_timeout(
    server: LoopbackKalshi, auth: KalshiAuth
) -> None:
    async with client(server, auth, idle_timeout=0.3, ping_interval=None) as ws:
        items = [await ws.recv(timeout=5) for _ in range(2)]
    assert items[0] == StreamStatus(kind=StatusKind.CONNECTED)
    assert isinstance(items[1], StreamStatus)
    assert (items[1].kind, items[1].reason) == (StatusKind.DISCONNECTED, "no traffic for 0.3 s")


def test_the_blocking_face_drops_a_silent_connection_after_idle_timeout(
    threaded_server: LoopbackKalshi, auth: KalshiAuth
) -> None:
    with KalshiWebSocket.sync(auth, url=threaded_server.url, idle_timeout=0.3, ping_interval=None) as ws:
        items = [ws.recv(timeout=5) for _ in range(2)]
    assert isinstance(items[1], StreamStatus)
    assert (items[1].kind, items[1].reason) == (StatusKind.DISCONNECTED, "no traffic for 0.3 s")
