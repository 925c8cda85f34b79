"""Feed health without I/O: what a feed monitor records from the stream, and one check round that
compares it with REST.

`FeedHealth.apply` takes every stream item: it feeds the order book tracker, notes when each
market last had a message, measures message age (the exchange's send time to the time the item
is handled) and counts gaps, resyncs and reconnects. `FeedHealth.round` is one check, written as a
generator that yields what it needs fetched (`Fetch`: REST order books and market summaries) or
waited for (`Settle`) and returns the problems found:

- a **stale feed**: a market whose REST state changed since the last round while no message on
  it arrived, or a book still waiting for a fresh snapshot it was waiting for at the last round
  (checked again after `settle` seconds, so that a message in flight is not blamed);
- a **book mismatch**: a tracked order book that differs from the REST book, twice, `settle`
  seconds apart, while the REST book stayed the same (so that a book merely behind a busy
  market is not blamed).

Both drivers of `FeedMonitor` (asyncio and a thread) run the same rounds.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from .status import StatusKind, StreamStatus

if TYPE_CHECKING:
    from ..orderbook import OrderBook, OrderBookTracker

__all__ = ["BookState", "FeedHealth", "FeedProblem", "FeedStats", "Fetch", "MarketState", "Round", "Settle"]

Levels = tuple[tuple[Decimal, Decimal], ...]
BookState = tuple[Levels, Levels]
"""A book as compared: its YES and NO levels, sorted."""
MarketState = tuple[Any, ...]
"""A market's summary as compared: best bid and ask, last price, volume."""


@dataclass(frozen=True)
class FeedProblem:
    """Something a check found: `kind` is "stale_feed" or "book_mismatch"."""

    kind: Literal["stale_feed", "book_mismatch"]
    market_ticker: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind} on {self.market_ticker}: {self.detail}"


@dataclass
class FeedStats:
    """What a feed monitor counted."""

    messages: int = 0
    gaps: int = 0
    resyncs: int = 0
    reconnects: int = 0
    stale_feeds: int = 0
    audits: int = 0
    audit_mismatches: int = 0
    message_age: float | None = None
    """Seconds from the exchange's send time to handling, of the latest message that had one."""
    max_message_age: float = 0.0


@dataclass(frozen=True)
class Fetch:
    """Fetch the REST order books of `books` and the market summaries of `markets`."""

    books: tuple[str, ...]
    markets: tuple[str, ...]


@dataclass(frozen=True)
class Settle:
    seconds: float


States = Mapping[str, BookState | MarketState]
Round = Generator[Fetch | Settle, States | None, list[FeedProblem]]


def book_state(book: OrderBook) -> BookState:
    return tuple(sorted(book.yes.items())), tuple(sorted(book.no.items()))


@dataclass
class FeedHealth:
    """The records of one feed and its check rounds (see the module docstring)."""

    tracker: OrderBookTracker
    settle: float = 1.0
    clock: Callable[[], float] = time.monotonic
    wall_clock: Callable[[], float] = time.time
    stats: FeedStats = field(default_factory=FeedStats)
    lock: threading.Lock = field(default_factory=threading.Lock)
    """Held while the stream is applied and while books are compared (threads may do both)."""
    last_message: dict[str, float] = field(default_factory=dict)
    _previous: dict[str, tuple[float, BookState | MarketState]] = field(default_factory=dict)
    _waiting: set[str] = field(default_factory=set)
    """Books that were waiting for a fresh snapshot at the last round."""

    def apply(self, item: object) -> OrderBook | None:
        """Record one stream item and apply it to the tracker; the book it changed, if any."""
        with self.lock:
            if isinstance(item, StreamStatus):
                self._count(item)
                return self.tracker.apply(item)
            self.stats.messages += 1
            msg = getattr(item, "msg", None)
            ticker = getattr(msg, "market_ticker", None)
            if isinstance(ticker, str):
                self.last_message[ticker] = self.clock()
            sent = getattr(item, "sending_ts_ms", None) or getattr(msg, "ts_ms", None)
            if isinstance(sent, int):
                age = max(self.wall_clock() - sent / 1000, 0.0)
                self.stats.message_age = age
                self.stats.max_message_age = max(self.stats.max_message_age, age)
            return self.tracker.apply(item)

    def _count(self, status: StreamStatus) -> None:
        if status.kind == StatusKind.GAP:
            self.stats.gaps += 1
        elif status.kind == StatusKind.RESYNCED:
            self.stats.resyncs += 1
        elif status.kind == StatusKind.RECONNECTED:
            self.stats.reconnects += 1

    def round(self) -> Round:
        """One check (see the module docstring)."""
        with self.lock:
            books = tuple(sorted(self.tracker))
            markets = tuple(sorted(t for t in self.last_message if t not in self.tracker))
        if not books and not markets:
            return []
        with self.lock:
            waiting = {t for t in books if self.tracker.is_stale(t)}
        stuck, self._waiting = self._stuck(waiting), waiting
        started = self.clock()
        states = yield Fetch(books, markets)
        assert states is not None
        suspects = {
            ticker: previous[0]
            for ticker, state in states.items()
            if (previous := self._previous.get(ticker)) is not None
            and previous[1] != state
            and self.last_message.get(ticker, -math.inf) < previous[0]
        }
        differing = [t for t in books if t in states and self._differs(t, states[t])]
        with self.lock:
            self.stats.audits += sum(1 for t in books if t in states and not self.tracker.is_stale(t))
        self._previous.update((ticker, (started, state)) for ticker, state in states.items())
        for ticker, since in stuck.items():
            suspects.setdefault(ticker, since)
        if not suspects and not differing:
            return []
        yield Settle(self.settle)
        again = yield Fetch(tuple(t for t in differing if t not in suspects), ())
        assert again is not None
        problems = [
            FeedProblem(
                "stale_feed",
                ticker,
                f"REST shows it changed, and no message on it came for {self.clock() - since:.1f} s",
            )
            for ticker, since in sorted(suspects.items())
            if self.last_message.get(ticker, -math.inf) < since
        ]
        problems += [
            FeedProblem("book_mismatch", ticker, "the tracked book differs from the exchange's (REST)")
            for ticker in differing
            if ticker not in suspects
            and again.get(ticker) == states[ticker]
            and self._differs(ticker, states[ticker])
        ]
        return problems

    def _stuck(self, waiting: set[str]) -> dict[str, float]:
        """Books still waiting for their fresh snapshot since the last round, with no message on
        them since: the feed is not delivering (a resync asked of a silent connection)."""
        return {
            ticker: previous[0]
            for ticker in waiting & self._waiting
            if (previous := self._previous.get(ticker)) is not None
            and self.last_message.get(ticker, -math.inf) < previous[0]
        }

    def _differs(self, ticker: str, state: BookState | MarketState) -> bool:
        with self.lock:
            book = self.tracker.get(ticker)
            return book is not None and not book.stale and book_state(book) != state
