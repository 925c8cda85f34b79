"""The replay served on loopback: a recording of the local exchange (made here, by `Recorder`)
played back over WebSocket to a `KalshiWebSocket` client exactly as recorded, and a bot trading
against it over REST and WebSocket with the same code it would run live, twice, to the same
report."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import defaultdict
from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kalshi_py import KalshiAuthenticatedClient
from kalshi_py.api.orders import cancel_order_v2, create_order_v2
from kalshi_py.data import Dataset, MarketSelection, Recorder
from kalshi_py.models import CreateOrderV2Request
from kalshi_py.orderbook import OrderBookTracker
from kalshi_py.ws import KalshiWebSocket, StreamStatus, WebSocketConnectionError
from kalshi_sim import Exchange, LocalExchange
from kalshi_sim.harness.catalogue import populate
from kalshi_sim.replay.serving import ReplayExchange

pytest.importorskip("pyarrow")

CHANNELS = ["orderbook_delta", "trade", "ticker", "market_lifecycle_v2"]
REPLIES = {"subscribed", "ok", "error", "unsubscribed"}


def _lively(seed: int) -> LocalExchange:
    """The seeded catalogue with two open markets, busy with house order flow."""
    engine = populate(Exchange(seed=seed), seed)
    active = sorted(t for t, m in engine.markets.items() if m.status == "active")
    kept = [t for t in active if t.startswith("KXHIGHNY-")][:2]
    for ticker in active:
        if ticker not in kept:
            engine.close_market(ticker)
    return LocalExchange(seed=seed, activity=40, exchange=engine)


@pytest.fixture(scope="module")
def recording(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("replay") / "recording"
    with _lively(seed=11) as ex, ex.client() as client:
        recorder = Recorder(client, root, MarketSelection(all_markets=True), ws_url=ex.ws_url)

        async def record() -> None:
            stop = asyncio.Event()
            running = asyncio.create_task(recorder.run(stop=stop))
            await asyncio.sleep(2.0)
            stop.set()
            await running
            await client.aclose()

        asyncio.run(record())
    return root


def _recorded_frames(root: Path) -> list[dict[str, Any]]:
    """The public frames of the recording, in the order received, as JSON."""
    found = []
    for record in Dataset(root).messages(kinds=["message"], channels=CHANNELS):
        frame = json.loads(record.payload)
        if frame["type"] not in REPLIES:
            found.append(frame)
    return found


async def _listen(
    ex: ReplayExchange, client: KalshiAuthenticatedClient, tickers: list[str]
) -> list[dict[str, Any]]:
    frames: list[dict[str, Any]] = []

    def keep(raw: bytes) -> None:
        frames.append(json.loads(raw))

    ws = KalshiWebSocket(client, url=ex.ws_url, reconnect=False, on_frame=keep, max_queue=1_000_000)
    async with ws:
        await ws.subscribe(CHANNELS, market_tickers=tickers)
        with contextlib.suppress(WebSocketConnectionError):  # the end of the recording
            async for _ in ws.stream():
                pass
    return [f for f in frames if f["type"] not in REPLIES]


def test_max_speed_re_emits_the_recorded_messages_in_order(recording: Path) -> None:
    expected = _recorded_frames(recording)
    assert {f["type"] for f in expected} >= {"orderbook_snapshot", "orderbook_delta", "trade", "ticker"}
    with ReplayExchange(recording, speed=None, settle=None) as ex, ex.client() as client:
        tickers = ex.replay.tape.market_tickers
        got = asyncio.run(_listen(ex, client, tickers))
        assert ex.wait(timeout=30)
    assert [(f["type"], f["msg"]) for f in got] == [(f["type"], f["msg"]) for f in expected]
    last_seq: dict[int, int] = defaultdict(int)
    for frame in got:  # each subscription numbers its own frames 1, 2, 3, ...
        if "seq" in frame:
            assert frame["seq"] == last_seq[frame["sid"]] + 1
            last_seq[frame["sid"]] = frame["seq"]


async def _until_closed(ws: KalshiWebSocket) -> AsyncIterator[Any]:
    """The stream's items until the replay closes the connection at the end of the recording."""
    with contextlib.suppress(WebSocketConnectionError):
        async for item in ws.stream():
            yield item


def _bid(ticker: str, count: int, price: Decimal, time_in_force: Any) -> CreateOrderV2Request:
    return CreateOrderV2Request(
        ticker=ticker, side="bid", count=Decimal(count), price=price, time_in_force=time_in_force,
        self_trade_prevention_type="taker_at_cross",
    )  # fmt: skip


async def _bot(ex: ReplayExchange, client: KalshiAuthenticatedClient, ticker: str) -> None:
    """A small market maker: one bid resting at the best bid, replaced every few updates, and a
    contract bought at the ask now and then."""
    books = OrderBookTracker()
    resting: str | None = None
    updates = 0
    async with KalshiWebSocket(client, url=ex.ws_url, reconnect=False) as ws:
        await ws.subscribe(["orderbook_delta", "fill"], market_tickers=[ticker])
        async for item in _until_closed(ws):
            if isinstance(item, StreamStatus):
                continue
            book = books.apply(item)
            if book is None or updates >= 60:
                continue
            updates += 1
            bid, ask = book.best_bid("yes"), book.best_ask("yes")
            if updates % 10 == 1 and bid is not None:
                if resting is not None:
                    await cancel_order_v2.asyncio_detailed(order_id=resting, client=client)
                answer = await create_order_v2.asyncio(
                    client=client, body=_bid(ticker, 3, bid.price, "good_till_canceled")
                )
                resting = str(answer.order_id)
            elif updates % 15 == 0 and ask is not None:
                await create_order_v2.asyncio(
                    client=client, body=_bid(ticker, 1, ask.price, "immediate_or_cancel")
                )


def _backtest(recording: Path) -> dict[str, Any]:
    with ReplayExchange(recording, speed=None, settle=0.1, seed=5) as ex:
        credentials = ex.create_account("1000")
        ticker = ex.replay.tape.market_tickers[0]
        with ex.client(credentials) as client:

            async def run() -> None:
                await _bot(ex, client, ticker)
                await client.aclose()

            asyncio.run(run())
        assert ex.wait(timeout=60)
        return ex.report(credentials.user_id).as_json()


def test_a_bot_backtest_is_deterministic(recording: Path) -> None:
    first = _backtest(recording)
    assert first["fills"], "the sample bot should trade"
    assert _backtest(recording) == first
