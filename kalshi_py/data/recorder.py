"""`Recorder`: the WebSocket stream of chosen markets written to a dataset, every frame as it
arrived (the engine of `kalshi record`).

    recorder = Recorder(client, "recordings/", MarketSelection(series_tickers=["KXHIGHNY"]))
    await recorder.run(duration=3600)

- Every frame is written with its receive time in ns, before it is decoded (`KalshiWebSocket`'s
  `on_frame`), so the dataset holds the stream exactly as Kalshi sent it, sid and seq included.
- Every status event of the stream (gap, resync, disconnect, reconnect, ...) is written as a
  status record; every order book snapshot is followed by a REST snapshot of the same book
  (`rest_snapshots`), written when its answer arrives.
- Markets that open later are added when the lifecycle channel announces them, when the
  selection is events, series or every market.
- Records are flushed to disk every `flush_interval` seconds: a crash loses at most that much.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Callable, Sequence
from typing import Any

import msgspec

from .._version import __version__
from ..api.market import get_market_orderbook
from ..auth import KalshiAuthenticatedClient
from ..ws import KalshiWebSocket, StatusKind, StreamStatus, Subscription
from ..ws.messages import MarketLifecycleV2, OrderbookSnapshot
from ._selection import MarketSelection
from ._writer import MessageWriter

__all__ = ["DEFAULT_CHANNELS", "Recorder", "RecorderStats"]

logger = logging.getLogger("kalshi_py.data")

DEFAULT_CHANNELS = ("orderbook_delta", "trade", "ticker", "market_lifecycle_v2")
UNFILTERED_CHANNELS = frozenset(
    {"market_lifecycle_v2", "multivariate_market_lifecycle", "order_group_updates", "communications"}
)
"""Channels that take no market filter."""
_BATCH = 200
"""Market tickers per subscribe or add_markets command."""
_REST_CONCURRENCY = 4


class RecorderStats(msgspec.Struct, kw_only=True):
    """What a recorder has done so far."""

    session: str = ""
    records: int = 0
    flushed: int = 0
    markets: int = 0
    gaps: int = 0
    resyncs: int = 0
    reconnects: int = 0
    rest_snapshots: int = 0
    rest_failures: int = 0
    bytes_written: int = 0
    files: int = 0
    started_ns: int = 0
    recovered_segments: int = 0


class Recorder:
    """Records the markets of `selection` on `channels` into the dataset at `root`.

    `client` signs the WebSocket handshake and the REST calls; `ws_url` overrides the WebSocket
    URL derived from its host. `on_status(item)` sees every status event as it is written.
    """

    def __init__(
        self,
        client: KalshiAuthenticatedClient,
        root: str | os.PathLike[str],
        selection: MarketSelection,
        *,
        channels: Sequence[str] = DEFAULT_CHANNELS,
        ws_url: str | None = None,
        flush_interval: float = 2.0,
        segment_seconds: float = 300.0,
        rest_snapshots: bool = True,
        journal_dir: str | os.PathLike[str] | None = None,
        on_status: Callable[[StreamStatus], None] | None = None,
    ) -> None:
        if not channels:
            raise ValueError("record at least one channel")
        if flush_interval <= 0:
            raise ValueError(f"flush_interval must be positive, got {flush_interval}")
        self.client = client
        self.root = root
        self.selection = selection
        self.channels = list(dict.fromkeys(channels))
        self.ws_url = ws_url
        self.flush_interval = flush_interval
        self.segment_seconds = segment_seconds
        self.rest_snapshots = rest_snapshots
        self.journal_dir = journal_dir
        self.on_status = on_status
        self.markets: list[str] = []
        self._stats = RecorderStats()
        self._writer: MessageWriter | None = None
        self._filtered: list[Subscription] = []
        self._rest_pending: set[str] = set()
        self._rest_slots = asyncio.Semaphore(_REST_CONCURRENCY)
        self._tasks: set[asyncio.Task[Any]] = set()

    @property
    def stats(self) -> RecorderStats:
        """The counts so far (a copy)."""
        stats = msgspec.structs.replace(self._stats, markets=len(self.markets))
        writer = self._writer
        if writer is not None:
            stats.session = writer.session
            stats.records = writer.records
            stats.flushed = writer.stats.flushed
            stats.bytes_written = writer.stats.bytes_written
            stats.files = writer.stats.files
        return stats

    async def run(self, *, duration: float | None = None, stop: asyncio.Event | None = None) -> RecorderStats:
        """Record until `duration` seconds have passed or `stop` is set (or the task is cancelled);
        the final counts. The dataset is flushed and its last segment closed on the way out."""
        writer = await asyncio.to_thread(
            MessageWriter, self.root, journal_dir=self.journal_dir, segment_seconds=self.segment_seconds
        )
        self._writer = writer
        self._stats.started_ns = time.time_ns()
        self._stats.recovered_segments = len(writer.recovered)
        writer.add_session(
            "start",
            {
                "kalshi_py": __version__,
                "channels": self.channels,
                **self.selection.describe(),
                "flush_interval": self.flush_interval,
                "recovered_segments": writer.recovered,
            },
        )
        stop = stop or asyncio.Event()
        flusher = asyncio.create_task(self._flush_every(stop), name="kalshi-record-flush")
        ws = KalshiWebSocket(
            self.client, url=self.ws_url, on_frame=writer.add_frame, overflow="resync", max_queue=100_000
        )
        try:
            async with ws:
                await self._subscribe(ws, await self.selection.resolve(self.client))
                reader: asyncio.Task[None] = asyncio.create_task(self._consume(ws), name="kalshi-record-read")
                stopped: asyncio.Task[Any] = asyncio.create_task(stop.wait())
                await asyncio.wait({reader, stopped}, timeout=duration, return_when=asyncio.FIRST_COMPLETED)
                stopped.cancel()
                if reader.done() and not reader.cancelled() and reader.exception() is not None:
                    raise reader.exception()  # type: ignore[misc]
                reader.cancel()
        finally:
            stop.set()
            with contextlib.suppress(asyncio.CancelledError):
                await flusher
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)
            writer.add_session("stop", msgspec.structs.asdict(self.stats))
            await asyncio.to_thread(writer.close)
        return self.stats

    # --- subscribing -----------------------------------------------------------------------------

    async def _subscribe(self, ws: KalshiWebSocket, tickers: list[str]) -> None:
        self.markets = list(tickers)
        unfiltered = [
            c
            for c in self.channels
            if c in UNFILTERED_CHANNELS or (self.selection.all_markets and c != "orderbook_delta")
        ]
        filtered = [c for c in self.channels if c not in unfiltered]
        if unfiltered:
            await ws.subscribe(unfiltered)
        if filtered and tickers:
            self._filtered = await ws.subscribe(filtered, tickers[:_BATCH])
            for start in range(_BATCH, len(tickers), _BATCH):
                await self._add_markets(ws, tickers[start : start + _BATCH])

    async def _add_markets(self, ws: KalshiWebSocket, tickers: list[str]) -> None:
        for sub in self._filtered:
            if sub.active:
                await ws.update_subscription(sub, "add_markets", tickers)

    async def _on_new_market(self, ws: KalshiWebSocket, market_ticker: str) -> None:
        try:
            wanted = await self.selection.wants(self.client, market_ticker)
            if wanted and market_ticker not in self.markets:
                self.markets.append(market_ticker)
                if self._filtered:
                    await self._add_markets(ws, [market_ticker])
                else:
                    self._filtered = await ws.subscribe(
                        [c for c in self.channels if c not in UNFILTERED_CHANNELS], [market_ticker]
                    )
        except Exception as exc:  # a market that cannot be added must not stop the recording
            logger.warning("could not add the new market %s to the recording: %s", market_ticker, exc)

    # --- the stream ------------------------------------------------------------------------------

    async def _consume(self, ws: KalshiWebSocket) -> None:
        writer = self._writer
        assert writer is not None
        async for item in ws:
            if isinstance(item, StreamStatus):
                writer.add_status(item)
                self._count(item)
                if self.on_status is not None:
                    self.on_status(item)
            elif isinstance(item, OrderbookSnapshot):
                if self.rest_snapshots:
                    self._fetch_rest_book(item.msg.market_ticker)
            elif (
                isinstance(item, MarketLifecycleV2)
                and item.msg.event_type in ("created", "activated")
                and self.selection.grows
                and item.msg.market_ticker not in self.markets
            ):
                self._spawn(self._on_new_market(ws, item.msg.market_ticker))

    def _count(self, status: StreamStatus) -> None:
        if status.kind == StatusKind.GAP:
            self._stats.gaps += 1
        elif status.kind == StatusKind.RESYNCED:
            self._stats.resyncs += 1
        elif status.kind == StatusKind.RECONNECTED:
            self._stats.reconnects += 1

    def _fetch_rest_book(self, market_ticker: str) -> None:
        if market_ticker in self._rest_pending:
            return
        self._rest_pending.add(market_ticker)
        self._spawn(self._rest_book(market_ticker))

    async def _rest_book(self, market_ticker: str) -> None:
        writer = self._writer
        assert writer is not None
        try:
            async with self._rest_slots:
                response = await get_market_orderbook.asyncio_detailed(
                    client=self.client, ticker=market_ticker
                )
            if response.status_code == 200:
                writer.add_rest_orderbook(market_ticker, response.content)
                self._stats.rest_snapshots += 1
            else:
                self._stats.rest_failures += 1
        except Exception as exc:
            self._stats.rest_failures += 1
            logger.warning("REST orderbook of %s failed: %s", market_ticker, exc)
        finally:
            self._rest_pending.discard(market_ticker)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _flush_every(self, stop: asyncio.Event) -> None:
        writer = self._writer
        assert writer is not None
        while not stop.is_set():
            with contextlib.suppress(asyncio.TimeoutError, TimeoutError):
                await asyncio.wait_for(stop.wait(), self.flush_interval)
            if stop.is_set():
                return
            await asyncio.to_thread(writer.write, writer.take())
