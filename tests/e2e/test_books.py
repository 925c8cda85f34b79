"""Order books tracked from the WebSocket stay equal to the exchange's REST books through random
order flow, forced disconnects and skipped `seq` numbers."""

from __future__ import annotations

import asyncio
import collections
import contextlib

from kalshi_py.orderbook import OrderBookTracker
from kalshi_py.ws import KalshiWebSocket, StatusKind, StreamStatus
from kalshi_py.ws.messages import OrderbookDelta, OrderbookSnapshot
from kalshi_sim import LocalExchange

from .conftest import TICKERS, OrderFlow, Trader, eventually, rest_book

SEED = 20261123


class Consumer:
    """Reads a client's stream into an `OrderBookTracker`, counting what it saw."""

    def __init__(self, ws: KalshiWebSocket) -> None:
        self.ws = ws
        self.tracker = OrderBookTracker(resync=ws.resync)
        self.statuses: collections.Counter[str] = collections.Counter()
        self.deltas = 0
        self.snapshots = 0
        self.mismatch = ""
        self.log: collections.deque[str] = collections.deque(maxlen=20)
        """The last items other than deltas, to explain a failure."""
        self.task = asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        async for item in self.ws:
            self.tracker.apply(item)
            if not isinstance(item, OrderbookDelta):
                self.log.append(repr(item)[:300])
            if isinstance(item, StreamStatus):
                self.statuses[item.kind] += 1
            elif isinstance(item, OrderbookDelta):
                self.deltas += 1
            elif isinstance(item, OrderbookSnapshot):
                self.snapshots += 1

    async def matches_exchange(self, trader: Trader) -> bool:
        self.mismatch = await self._mismatch(trader)
        return not self.mismatch

    async def _mismatch(self, trader: Trader) -> str:
        if self.tracker.stale_markets or len(self.tracker) < len(TICKERS):
            stale, tracked = self.tracker.stale_markets, sorted(self.tracker)
            return f"stale {stale}, tracked {tracked}; last: {list(self.log)}"
        for ticker in TICKERS:
            expected = await rest_book(trader.rest, ticker)
            if self.tracker[ticker] != expected:
                return f"{ticker}: tracked {self.tracker[ticker].to_rest()} != REST {expected.to_rest()}"
        return ""


async def test_books_equal_rest_after_random_flow_with_disconnects_and_seq_gaps(
    ex: LocalExchange, traders: list[Trader], frames: list[bytes]
) -> None:
    ex.faults.ws_skip_seq_rate = 0.03
    # healthy_after=0: back to the shortest backoff once the subscriptions are replayed, so that
    # every forced drop meets a live connection (this test is about the books, not the backoff)
    ws = KalshiWebSocket(
        traders[0].rest,
        url=ex.ws_url,
        backoff_initial=0.01,
        backoff_max=0.1,
        healthy_after=0.0,
        command_timeout=5,
        on_frame=frames.append,
    )
    await ws.connect()
    consumer = Consumer(ws)
    try:
        await ws.subscribe(["orderbook_delta"], list(TICKERS))
        flow = OrderFlow(ex, traders, TICKERS, SEED)
        for phase in range(4):
            for step in range(60):
                await flow.step()
                if phase < 3 and step in (20, 45):
                    ex.faults.ws_disconnect()
            await eventually(
                lambda: consumer.matches_exchange(traders[0]),
                f"books equal REST after phase {phase}",
                lambda: consumer.mismatch,
            )
        # A last stretch with no faults: the books must follow deltas alone.
        ex.faults.ws_skip_seq_rate = 0.0
        resyncs, deltas = consumer.statuses[StatusKind.RESYNCED], consumer.deltas
        for _ in range(60):
            await flow.step()
        await eventually(
            lambda: consumer.matches_exchange(traders[0]),
            "books equal REST after the quiet phase",
            lambda: consumer.mismatch,
        )
    finally:
        await ws.close()
        with contextlib.suppress(asyncio.CancelledError):
            await consumer.task

    assert set(flow.done) == {"rest", "cross", "cancel", "decrease", "amend"}, flow.done
    assert ex.faults.stats.ws_disconnects >= 6
    assert ex.faults.stats.ws_skipped_seq > 0
    assert consumer.statuses[StatusKind.RECONNECTED] >= 6
    assert consumer.statuses[StatusKind.GAP] > 0
    assert consumer.statuses[StatusKind.RESYNCED] > 0
    assert consumer.tracker.inconsistencies == 0
    assert consumer.statuses[StatusKind.RESYNCED] == resyncs, "the quiet phase needed no resync"
    assert consumer.deltas > deltas, "the quiet phase was followed through deltas"
