"""The margin WebSocket client against a margin-shaped server on 127.0.0.1: a signed handshake on
the margin path, exact local books, books healed after a gap, a reconnect or an overflow by
subscribing again (the margin API has no `get_snapshot`), and the blocking face."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from ws.test_client import kinds, read_until
from ws.ws_loopback import KEY_ID

from kalshi_py.auth import KalshiAuth
from kalshi_py.environments import MARGIN_DEMO, MARGIN_PRODUCTION
from kalshi_py.margin import MarginClient
from kalshi_py.margin.orderbook import MarginOrderBook, MarginOrderBookTracker
from kalshi_py.margin.ws import MarginWebSocket, SyncMarginWebSocket
from kalshi_py.margin.ws.messages import OrderbookDelta, OrderbookSnapshot
from kalshi_py.ws import StatusKind, StreamStatus, WebSocketCommandError

from .conftest import BTC, ETH
from .margin_ws_loopback import MarginLoopback, margin_client


def assert_books_match(tracker: MarginOrderBookTracker, server: MarginLoopback, tickers: list[str]) -> None:
    for ticker in tickers:
        book = tracker[ticker]
        assert not book.stale, ticker
        assert (book.bids, book.asks) == (server.books[ticker]["bid"], server.books[ticker]["ask"]), ticker


def resubscribes(server: MarginLoopback) -> list[str]:
    return [
        c["cmd"] for c in server.commands if c["cmd"] in ("subscribe", "unsubscribe", "update_subscription")
    ]


async def test_the_margin_handshake_is_signed_over_the_margin_path(
    margin_server: MarginLoopback, rsa_key: rsa.RSAPrivateKey
) -> None:
    rest_url = margin_server.url.replace("ws://", "http://").replace(
        "/trade-api/ws/v2/margin", "/trade-api/v2"
    )
    ws = MarginWebSocket(MarginClient(KEY_ID, rsa_key, rest_url))
    assert ws.url == margin_server.url  # the margin client's REST host selects the margin WebSocket
    async with ws:
        assert (await ws.recv(timeout=5)) == StreamStatus(kind=StatusKind.CONNECTED)
    assert margin_server.handshake_paths == ["/trade-api/ws/v2/margin"]
    assert MarginWebSocket(None).url == MARGIN_PRODUCTION.ws_url
    assert MarginWebSocket(None, environment="demo").url == MARGIN_DEMO.ws_url


async def test_snapshots_and_deltas_keep_exact_books(margin_server: MarginLoopback, auth: KalshiAuth) -> None:
    tracker = MarginOrderBookTracker()
    async with margin_client(margin_server, auth) as ws:
        await ws.subscribe("orderbook_delta", [BTC, ETH])
        await read_until(ws, lambda _: len(tracker) == 2, tracker)
        await margin_server.push_delta(BTC, "64250.50", "-0.75")
        await margin_server.push_delta(BTC, "64251", "-2", side="ask")
        await margin_server.push_delta(ETH, "3099.99", "0.01")
        items = await read_until(
            ws, lambda i: isinstance(i, OrderbookDelta) and i.msg.market_ticker == ETH, tracker
        )
    assert all(isinstance(i.msg.delta, Decimal) for i in items if isinstance(i, OrderbookDelta))
    assert_books_match(tracker, margin_server, [BTC, ETH])
    btc = tracker[BTC]
    assert btc.best_bid() == (Decimal("64250.50"), Decimal("0.75"))
    assert btc.best_ask() == (Decimal("64300.25"), Decimal("0.25"))
    assert btc.spread() == Decimal("49.75")
    assert tracker[ETH].depth(1).bids == [(Decimal("3100"), Decimal("10"))]


async def test_a_seq_gap_heals_by_subscribing_again(margin_server: MarginLoopback, auth: KalshiAuth) -> None:
    tracker = MarginOrderBookTracker()
    async with margin_client(margin_server, auth) as ws:
        (sub,) = await ws.subscribe("orderbook_delta", [BTC, ETH])
        old_sid = sub.sid
        await margin_server.push_delta(BTC, "64250", "-1")
        await read_until(ws, lambda i: isinstance(i, OrderbookDelta), tracker)
        margin_server.skip_seq = 1
        await margin_server.push_delta(ETH, "3100", "2")  # arrives with a skipped seq
        await margin_server.push_delta(BTC, "64250", "-1")  # held back: the book waits for its snapshot
        items = await read_until(
            ws,
            lambda i: (
                isinstance(i, StreamStatus) and i.kind == StatusKind.RESYNCED and not tracker.stale_markets
            ),
            tracker,
        )
        assert kinds(items) == [
            StatusKind.GAP,
            StatusKind.RESYNC_REQUESTED,
            StatusKind.RESUBSCRIBED,
            StatusKind.RESYNCED,
            StatusKind.RESYNCED,
        ]
        requested = next(
            i for i in items if isinstance(i, StreamStatus) and i.kind == StatusKind.RESYNC_REQUESTED
        )
        assert requested.market_tickers == (BTC, ETH), "subscribing again refreshes every market of it"
        assert not any(isinstance(i, OrderbookDelta) for i in items), "deltas before the snapshots are held"
        assert sub.sid != old_sid
        await margin_server.push_delta(ETH, "3101.50", "-4", side="ask")
        await read_until(ws, lambda i: isinstance(i, OrderbookDelta), tracker)
        assert_books_match(tracker, margin_server, [BTC, ETH])
    assert resubscribes(margin_server) == ["subscribe", "unsubscribe", "subscribe"]


async def test_a_resync_asked_for_subscribes_again(margin_server: MarginLoopback, auth: KalshiAuth) -> None:
    tracker = MarginOrderBookTracker()
    async with margin_client(margin_server, auth) as ws:
        tracker = MarginOrderBookTracker(resync=ws.resync)
        await ws.subscribe("orderbook_delta", [BTC])
        await read_until(ws, lambda _: BTC in tracker, tracker)
        tracker[BTC].bids.clear()  # the local book goes wrong: the next delta cannot apply
        await margin_server.push_delta(BTC, "64250", "-1")
        await read_until(ws, lambda i: isinstance(i, StreamStatus) and i.kind == StatusKind.RESYNCED, tracker)
        await read_until(ws, lambda _: tracker.stale_markets == [], tracker)
        assert tracker.inconsistencies == 1
        assert_books_match(tracker, margin_server, [BTC])
    with pytest.raises(ValueError, match="no active orderbook_delta subscription"):
        ws.resync(ETH)


async def test_a_reconnect_replays_and_heals(margin_server: MarginLoopback, auth: KalshiAuth) -> None:
    tracker = MarginOrderBookTracker()
    async with margin_client(margin_server, auth) as ws:
        await ws.subscribe("ticker")
        (sub,) = await ws.subscribe("orderbook_delta", [BTC])
        await ws.update_subscription(sub, "add_markets", ETH)
        await read_until(ws, lambda _: len(tracker) == 2, tracker)
        await margin_server.drop_all()
        await margin_server.push_delta(BTC, "64250", "-3")  # happens while we are away
        items = await read_until(
            ws,
            lambda i: isinstance(i, StreamStatus) and i.kind == StatusKind.RECONNECTED,
            tracker,
        )
        assert kinds(items)[0] == StatusKind.DISCONNECTED
        await read_until(ws, lambda _: tracker.stale_markets == [], tracker)
        await margin_server.push_delta(ETH, "3100", "1")
        await read_until(ws, lambda i: isinstance(i, OrderbookDelta), tracker)
        assert_books_match(tracker, margin_server, [BTC, ETH])
        assert [s.channel for s in await ws.list_subscriptions()] == ["ticker", "orderbook_delta"]


async def test_overflow_resync_drops_then_heals(margin_server: MarginLoopback, auth: KalshiAuth) -> None:
    tracker = MarginOrderBookTracker()
    async with margin_client(margin_server, auth, max_queue=4, overflow="resync") as ws:
        await ws.subscribe("orderbook_delta", [BTC])
        for _ in range(12):
            await margin_server.push_delta(BTC, "64000", "0.5")
        await asyncio.sleep(0.2)
        await read_until(ws, lambda i: isinstance(i, StreamStatus) and i.kind == StatusKind.RESYNCED, tracker)
        assert_books_match(tracker, margin_server, [BTC])
        assert tracker[BTC].size_at("bid", "64000") == 6


async def test_margin_commands_are_checked_and_errors_typed(
    margin_server: MarginLoopback, auth: KalshiAuth
) -> None:
    async with margin_client(margin_server, auth) as ws:
        (sub,) = await ws.subscribe("orderbook_delta", [BTC])
        with pytest.raises(ValueError, match="add_markets needs market_tickers"):
            await ws.update_subscription(sub, "add_markets")
        with pytest.raises(ValueError, match="unknown subscribe parameter"):
            await ws.subscribe("ticker", use_yes_price=True)  # an event-contract parameter
        with pytest.raises(WebSocketCommandError) as caught:
            await ws.update_subscription(sub, "get_snapshot", BTC)  # not a margin action
        assert caught.value.code == 13
    margin_server.contract_problems.clear()  # the refused action was sent on purpose
    with pytest.raises(ValueError, match="does not backfill"):
        MarginWebSocket(auth, url=margin_server.url, rest_client=MarginClient(KEY_ID, auth.private_key))


def test_the_blocking_face(margin_server_thread: Any, auth: KalshiAuth) -> None:
    server: MarginLoopback = margin_server_thread
    with SyncMarginWebSocket(auth, url=server.url, command_timeout=3.0) as ws:
        assert isinstance(MarginWebSocket.sync(auth, url=server.url), SyncMarginWebSocket)
        ws.subscribe("orderbook_delta", [BTC])
        for item in ws.stream(timeout=5):
            if isinstance(item, OrderbookSnapshot):
                book = MarginOrderBook.from_snapshot(item)
                break
    assert book.bids == server.books[BTC]["bid"]
    assert book.asks == server.books[BTC]["ask"]
