"""`BookTracker`: what every tracker of local order books does with a stream, whatever its
books (`kalshi_py.orderbook.OrderBookTracker` for event contracts,
`kalshi_py.margin.orderbook.MarginOrderBookTracker` for margin)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, Protocol, TypeVar

from .status import StatusKind, StreamStatus

__all__ = ["BookTracker"]


_STALE_KINDS = frozenset(
    {StatusKind.DISCONNECTED, StatusKind.GAP, StatusKind.RESYNC_REQUESTED, StatusKind.OVERFLOW}
)


class _Book(Protocol):
    market_ticker: str
    sid: int | None
    stale: bool


B = TypeVar("B", bound=_Book)


class BookTracker(Generic[B]):
    """What every tracker of local books does: keep one book per market, mark books `stale` on
    the status events of a gap, a reconnect, an overflow or a resync request (until their fresh
    snapshot arrives), and ask for a resync of a book found inconsistent. The book type and the
    `apply` of stream items are the tracker's own (`OrderBookTracker`,
    `kalshi_py.margin.orderbook.MarginOrderBookTracker`)."""

    def __init__(self, resync: Callable[[str], Any] | None = None) -> None:
        self._books: dict[str, B] = {}
        self._resync = resync
        self.inconsistencies = 0
        """How many deltas were refused because they would have made a size negative."""

    def _inconsistent(self, book: B) -> None:
        """A delta would have made a size of `book` negative: it waits for a fresh snapshot."""
        self.inconsistencies += 1
        book.stale = True
        if self._resync is not None:
            self._resync(book.market_ticker)

    def _on_status(self, status: StreamStatus) -> None:
        if status.kind not in _STALE_KINDS:
            return
        if status.market_tickers:
            books: Iterable[B] = (b for t in status.market_tickers if (b := self._books.get(t)))
        elif status.sid is not None:
            books = [b for b in self._books.values() if b.sid == status.sid]
        else:
            books = self._books.values()
        for book in books:
            book.stale = True

    def forget(self, market_ticker: str) -> None:
        """Stop tracking a market (after delete_markets)."""
        self._books.pop(market_ticker, None)

    @property
    def books(self) -> dict[str, B]:
        return dict(self._books)

    @property
    def stale_markets(self) -> list[str]:
        return sorted(t for t, b in self._books.items() if b.stale)

    def is_stale(self, market_ticker: str) -> bool:
        book = self._books.get(market_ticker)
        return book is None or book.stale

    def get(self, market_ticker: str) -> B | None:
        return self._books.get(market_ticker)

    def __getitem__(self, market_ticker: str) -> B:
        try:
            return self._books[market_ticker]
        except KeyError:
            raise KeyError(f"no order book for {market_ticker!r} (no snapshot received yet)") from None

    def __contains__(self, market_ticker: object) -> bool:
        return market_ticker in self._books

    def __iter__(self) -> Iterator[str]:
        return iter(self._books)

    def __len__(self) -> int:
        return len(self._books)
