"""`FeedMonitor`: feed health and a book audit for a WebSocket client, checked against REST.

    async with KalshiWebSocket(client) as ws, FeedMonitor(ws, client, interval=30) as monitor:
        monitor.on_problem(print)
        await ws.subscribe("orderbook_delta", market_tickers)
        async for item in ws:
            book = monitor.apply(item)          # keeps monitor.tracker's books, records the feed
            ...

Pass every stream item to `apply`. Every `interval` seconds (or when you call `check()`), the
monitor compares what the feed showed with REST (see `kalshi_py.ws.health`) and heals what it
finds: a **stale feed** (a market REST shows changing while no message on it arrives: the
connection is open but silent) makes the client reconnect, which replays every subscription with
fresh snapshots; a **book mismatch** (a tracked book that differs from the exchange's) resyncs
that book. Each problem is counted in `stats` and handed to the `on_problem` callbacks.

`async with` runs the checks as a task on the event loop of a `KalshiWebSocket`; `with` runs them
on a thread for a `SyncKalshiWebSocket` (then `check_sync()` checks once). `stats` also counts
messages, gaps, resyncs, reconnects and message age; `kalshi_py.safety.Metrics.watch(monitor)`
reports them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from ..api.market import get_market_orderbook, get_markets
from ..client import Client
from ..errors import KalshiError
from ..orderbook import OrderBook, OrderBookTracker
from .health import (
    BookState,
    FeedHealth,
    FeedProblem,
    FeedStats,
    Fetch,
    MarketState,
    Round,
    Settle,
    book_state,
)

__all__ = ["FeedMonitor", "FeedProblem", "FeedStats"]

logger = logging.getLogger("kalshi_py.ws")

MARKETS_PER_CALL = 100


def _rest_book(ticker: str, answer: Any) -> BookState:
    levels = answer.orderbook_fp
    yes = {p: s for p, s in (getattr(levels, "yes_dollars", None) or ()) if s > 0}
    no = {p: s for p, s in (getattr(levels, "no_dollars", None) or ()) if s > 0}
    return book_state(OrderBook(ticker, yes=yes, no=no))


def _market_state(market: Any) -> MarketState:
    fields = ("yes_bid_dollars", "yes_ask_dollars", "last_price_dollars", "volume_fp")
    return tuple(getattr(market, name, None) for name in fields)


class FeedMonitor:
    """Feed health and book audit of one WebSocket client (see the module docstring).

    `ws`: a `KalshiWebSocket` or `SyncKalshiWebSocket`. `rest_client`: a client for the REST
    checks. `tracker`: the books to audit (default: a new `OrderBookTracker` resyncing through
    `ws`). `interval`: seconds between checks. `settle`: seconds between the two looks at a
    suspect. `heal`: reconnect a stale feed and resync a mismatched book (default True).
    """

    def __init__(
        self,
        ws: Any,
        rest_client: Client,
        *,
        tracker: OrderBookTracker | None = None,
        interval: float = 30.0,
        settle: float = 1.0,
        heal: bool = True,
    ) -> None:
        if interval <= 0 or settle < 0:
            raise ValueError("interval must be positive and settle 0 or more seconds")
        self.ws = ws
        self.rest = rest_client
        self.tracker = tracker if tracker is not None else OrderBookTracker(resync=ws.resync)
        self.interval = interval
        self.heal = heal
        self._health = FeedHealth(self.tracker, settle=settle)
        self._callbacks: list[Callable[[FeedProblem], object]] = []
        self.problems: list[FeedProblem] = []
        """Every problem found so far."""
        self._task: asyncio.Task[None] | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    @property
    def stats(self) -> FeedStats:
        return self._health.stats

    def apply(self, item: object) -> OrderBook | None:
        """Record one stream item and apply it to `tracker`; the book it changed, if any."""
        return self._health.apply(item)

    def on_problem(self, callback: Callable[[FeedProblem], object]) -> None:
        """Call `callback(problem)` for every problem found (after it was healed)."""
        self._callbacks.append(callback)

    def metric_samples(self) -> Mapping[str, Mapping[tuple[str, ...], float]]:
        """What `stats` counts, for `kalshi_py.safety.Metrics.watch`."""
        stats = self.stats
        samples: dict[str, Mapping[tuple[str, ...], float]] = {
            "kalshi_ws_messages_total": {(): stats.messages},
            "kalshi_ws_gaps_total": {(): stats.gaps},
            "kalshi_ws_resyncs_total": {(): stats.resyncs},
            "kalshi_ws_reconnects_total": {(): stats.reconnects},
            "kalshi_ws_stale_feeds_total": {(): stats.stale_feeds},
            "kalshi_book_audits_total": {(): stats.audits},
            "kalshi_book_audit_mismatches_total": {(): stats.audit_mismatches},
            "kalshi_ws_message_age_max_seconds": {(): stats.max_message_age},
        }
        if stats.message_age is not None:
            samples["kalshi_ws_message_age_seconds"] = {(): stats.message_age}
        return samples

    # --- one check -------------------------------------------------------------------------------

    async def check(self) -> list[FeedProblem]:
        """Check once now (asyncio); the problems found, already healed and reported."""
        round_ = self._health.round()
        reply: Any = None
        while not isinstance(step := self._step(round_, reply), list):
            try:
                reply = await (
                    self._fetch_async(step) if isinstance(step, Fetch) else asyncio.sleep(step.seconds)
                )
            except KalshiError as exc:
                return self._failed(round_, exc)
        return step

    def check_sync(self) -> list[FeedProblem]:
        """Check once now (blocking); the problems found, already healed and reported."""
        round_ = self._health.round()
        reply: Any = None
        while not isinstance(step := self._step(round_, reply), list):
            try:
                if isinstance(step, Fetch):
                    reply = self._fetch_sync(step)
                else:
                    time.sleep(step.seconds)
                    reply = None
            except KalshiError as exc:
                return self._failed(round_, exc)
        return step

    def _step(self, round_: Round, reply: Any) -> Fetch | Settle | list[FeedProblem]:
        """The round's next request, or the problems it found once it is over."""
        try:
            return round_.send(reply)
        except StopIteration as done:
            return self._found(done.value)

    def _failed(self, round_: Round, error: KalshiError) -> list[FeedProblem]:
        round_.close()
        logger.warning("feed check skipped: a REST call failed: %s", error)
        return []

    async def _fetch_async(self, fetch: Fetch) -> dict[str, BookState | MarketState]:
        books = await asyncio.gather(
            *(get_market_orderbook.asyncio(client=self.rest, ticker=t) for t in fetch.books)
        )
        states: dict[str, BookState | MarketState] = {
            t: _rest_book(t, answer) for t, answer in zip(fetch.books, books, strict=True)
        }
        for chunk in _chunks(fetch.markets):
            answer = await get_markets.asyncio(client=self.rest, tickers=",".join(chunk), limit=len(chunk))
            states.update(
                (m.ticker, _market_state(m)) for m in answer.markets or () if isinstance(m.ticker, str)
            )
        return states

    def _fetch_sync(self, fetch: Fetch) -> dict[str, BookState | MarketState]:
        states: dict[str, BookState | MarketState] = {
            t: _rest_book(t, get_market_orderbook.sync(client=self.rest, ticker=t)) for t in fetch.books
        }
        for chunk in _chunks(fetch.markets):
            answer = get_markets.sync(client=self.rest, tickers=",".join(chunk), limit=len(chunk))
            states.update(
                (m.ticker, _market_state(m)) for m in answer.markets or () if isinstance(m.ticker, str)
            )
        return states

    def _found(self, problems: list[FeedProblem]) -> list[FeedProblem]:
        stale = [p for p in problems if p.kind == "stale_feed"]
        mismatched = [p for p in problems if p.kind == "book_mismatch"]
        stats = self.stats
        stats.stale_feeds += len(stale)
        stats.audit_mismatches += len(mismatched)
        if self.heal:
            for problem in mismatched:
                self._resync(problem.market_ticker)
            if stale:
                markets = ", ".join(p.market_ticker for p in stale)
                self.ws.reconnect(f"the feed went silent ({markets})")
        for problem in problems:
            logger.info("feed problem (healed): %s", problem)
            self.problems.append(problem)
            for callback in self._callbacks:
                try:
                    callback(problem)
                except Exception:
                    logger.exception("a feed monitor's on_problem callback failed")
        return problems

    def _resync(self, ticker: str) -> None:
        with self._health.lock:
            book = self.tracker.get(ticker)
            if book is not None:
                book.stale = True
        try:
            self.ws.resync(ticker)
        except ValueError as exc:  # no longer subscribed
            logger.warning("could not resync %s: %s", ticker, exc)

    # --- checking every interval -----------------------------------------------------------------

    async def __aenter__(self) -> FeedMonitor:
        self._task = asyncio.get_running_loop().create_task(self._run_async(), name="kalshi-feed-monitor")
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run_async(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                await self.check()
            except Exception:
                logger.exception("the feed check failed")

    def __enter__(self) -> FeedMonitor:
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run_thread, name="kalshi-feed-monitor", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(self.interval + 30)
            self._thread = None

    def _run_thread(self) -> None:
        while not self._stopping.wait(self.interval):
            try:
                self.check_sync()
            except Exception:
                logger.exception("the feed check failed")


def _chunks(tickers: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [tickers[i : i + MARKETS_PER_CALL] for i in range(0, len(tickers), MARKETS_PER_CALL)]
