"""Local margin order books: one perpetual market's book (`MarginOrderBook`) and a multi-market
tracker fed by the margin WebSocket stream (`MarginOrderBookTracker`).

A margin book has two sides of resting orders, `bid` and `ask`, at prices in dollars (no 0 to 1
range, no derived side). Prices and sizes are `Decimal`, exact; a level whose size reaches 0 is
removed, and a change that would make a size negative is refused with `NegativeSizeError` (the
book is left as it was). The tracker holds books exactly as `kalshi_py.orderbook.OrderBookTracker`
does: snapshots replace, deltas update, status events of a gap, reconnect, overflow or resync
mark books stale until their fresh snapshot, and an inconsistent delta asks for a resync.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

import msgspec

from ..orderbook import BookTracker, Level, NegativeSizeError, OrderBookError, _levels
from ..ws.status import StreamStatus
from .ws.messages import OrderbookDelta, OrderbookDeltaMsg, OrderbookSnapshot, OrderbookSnapshotMsg

__all__ = ["MarginBookDepth", "MarginOrderBook", "MarginOrderBookTracker"]

_ZERO = Decimal(0)
SIDES = ("bid", "ask")


class MarginBookDepth(NamedTuple):
    """The best `n` levels of each side, best first."""

    bids: list[Level]
    asks: list[Level]


class MarginOrderBook:
    """The book of one perpetual market, from a snapshot plus deltas (or from the REST orderbook)."""

    __slots__ = ("asks", "bids", "market_ticker", "seq", "sid", "stale")

    def __init__(
        self,
        market_ticker: str,
        *,
        bids: Mapping[Decimal, Decimal] | None = None,
        asks: Mapping[Decimal, Decimal] | None = None,
        seq: int | None = None,
    ) -> None:
        self.market_ticker = market_ticker
        self.bids: dict[Decimal, Decimal] = {p: s for p, s in (bids or {}).items() if s > 0}
        """Resting bids: price -> size."""
        self.asks: dict[Decimal, Decimal] = {p: s for p, s in (asks or {}).items() if s > 0}
        """Resting asks: price -> size."""
        self.seq = seq
        """The `seq` of the last message applied."""
        self.sid: int | None = None
        self.stale = False
        """True while the book waits for a fresh snapshot (after a gap, reconnect or overflow)."""

    # --- building --------------------------------------------------------------------------------

    @classmethod
    def from_snapshot(cls, snapshot: OrderbookSnapshot | OrderbookSnapshotMsg) -> MarginOrderBook:
        """A book from an `orderbook_snapshot` message (or its `msg`)."""
        msg = snapshot.msg if isinstance(snapshot, OrderbookSnapshot) else snapshot
        book = cls(msg.market_ticker)
        book.apply_snapshot(snapshot)
        return book

    @classmethod
    def from_rest(cls, market_ticker: str, body: Any) -> MarginOrderBook:
        """A book from `GET /margin/markets/{ticker}/orderbook`: its `MarginOrderbookResponse`,
        or the body as bytes or a dict, `{"orderbook": {"bids": [[price, size], ...], "asks": ...}}`."""
        data = msgspec.json.decode(body) if isinstance(body, (bytes, str)) else body
        if isinstance(data, msgspec.Struct):
            data = msgspec.to_builtins(data)
        if not isinstance(data, Mapping) or not isinstance(data.get("orderbook"), Mapping):
            raise OrderBookError("REST margin orderbook: expected {'orderbook': {'bids': ..., 'asks': ...}}")
        book = data["orderbook"]
        return cls(
            market_ticker,
            bids=_levels(book.get("bids"), "REST margin orderbook bids"),
            asks=_levels(book.get("asks"), "REST margin orderbook asks"),
        )

    def apply_snapshot(self, snapshot: OrderbookSnapshot | OrderbookSnapshotMsg) -> None:
        """Replace the whole book with a snapshot; the book is no longer stale."""
        if isinstance(snapshot, OrderbookSnapshot):
            msg = snapshot.msg
            self.seq, self.sid = snapshot.seq, snapshot.sid
        else:
            msg = snapshot
        if msg.market_ticker != self.market_ticker:
            raise OrderBookError(
                f"snapshot of {msg.market_ticker} applied to the book of {self.market_ticker}"
            )
        self.bids = _levels(msg.bid, f"snapshot of {msg.market_ticker} bid")
        self.asks = _levels(msg.ask, f"snapshot of {msg.market_ticker} ask")
        self.stale = False

    def apply_delta(self, delta: OrderbookDelta | OrderbookDeltaMsg) -> None:
        """Apply an `orderbook_delta`. Raises `NegativeSizeError` (book unchanged) if a size would
        go below zero, `OrderBookError` for a delta of another market, an unknown side or a
        price or size that is no finite number."""
        msg = delta.msg if isinstance(delta, OrderbookDelta) else delta
        if msg.market_ticker != self.market_ticker:
            raise OrderBookError(f"delta of {msg.market_ticker} applied to the book of {self.market_ticker}")
        _apply(self, msg)
        if isinstance(delta, OrderbookDelta) and delta.seq is not None:
            self.seq = delta.seq

    # --- reading ---------------------------------------------------------------------------------

    def _side(self, side: str) -> dict[Decimal, Decimal]:
        if side == "bid":
            return self.bids
        if side == "ask":
            return self.asks
        raise ValueError(f"side must be 'bid' or 'ask', got {side!r}")

    def size_at(self, side: str, price: Decimal | str) -> Decimal:
        """The size resting at `price` on `side` ("bid" or "ask"), 0 if none."""
        return self._side(side).get(Decimal(price), _ZERO)

    def levels(self, side: str) -> list[Level]:
        """Every level of `side`, best first (highest bid, lowest ask)."""
        return [Level(p, s) for p, s in sorted(self._side(side).items(), reverse=side == "bid")]

    def best_bid(self) -> Level | None:
        return Level(price := max(self.bids), self.bids[price]) if self.bids else None

    def best_ask(self) -> Level | None:
        return Level(price := min(self.asks), self.asks[price]) if self.asks else None

    def spread(self) -> Decimal | None:
        """Best ask minus best bid, None if either side is empty."""
        bid, ask = self.best_bid(), self.best_ask()
        return None if bid is None or ask is None else ask.price - bid.price

    def depth(self, n: int = 10) -> MarginBookDepth:
        """The best `n` levels of both sides."""
        if n < 0:
            raise ValueError("depth n must be >= 0")
        return MarginBookDepth(self.levels("bid")[:n], self.levels("ask")[:n])

    def to_rest(self) -> dict[str, Any]:
        """The REST shape, `{"orderbook": {"bids": [[p, s], ...], "asks": ...}}`, best first."""
        return {"orderbook": {side + "s": [[str(p), str(s)] for p, s in self.levels(side)] for side in SIDES}}

    def same_levels(self, other: MarginOrderBook) -> bool:
        return self.bids == other.bids and self.asks == other.asks

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MarginOrderBook):
            return NotImplemented
        return self.market_ticker == other.market_ticker and self.same_levels(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        bid, ask = self.best_bid(), self.best_ask()
        return (
            f"MarginOrderBook({self.market_ticker!r}, bid={bid.price if bid else None}, "
            f"ask={ask.price if ask else None}, levels={len(self.bids)}+{len(self.asks)}, "
            f"seq={self.seq}, stale={self.stale})"
        )


def _apply(book: MarginOrderBook, msg: OrderbookDeltaMsg) -> None:
    """Apply a delta's change to `book`, or raise with the book unchanged."""
    side, price = msg.side, msg.price
    if side not in SIDES:
        raise OrderBookError(f"delta of {msg.market_ticker}: unknown side {side!r}")
    levels = book.bids if side == "bid" else book.asks
    try:
        size = levels.get(price, _ZERO) + msg.delta
        finite = price.is_finite() and size.is_finite()
    except InvalidOperation:
        finite = False
    if not finite:
        raise OrderBookError(
            f"delta {msg.delta} at {side} {price} of {msg.market_ticker} is not a finite number"
        )
    if size > _ZERO:
        levels[price] = size
    elif size == _ZERO:
        levels.pop(price, None)
    else:
        raise NegativeSizeError(
            f"delta {msg.delta} at {side} {price} of {msg.market_ticker} would leave size {size}"
        )


class MarginOrderBookTracker(BookTracker[MarginOrderBook]):
    """The books of every market a margin `orderbook_delta` subscription carries.

    Pass every item of a `MarginWebSocket` stream to `apply`; `resync` (e.g.
    `MarginWebSocket.resync`) is called for a book a delta found inconsistent.
    """

    def apply(self, message: object) -> MarginOrderBook | None:
        """Apply one stream item; returns the book it changed, None for anything else."""
        if isinstance(message, OrderbookDelta):
            book = self._books.get(message.msg.market_ticker)
            if book is None or book.stale:
                return None
            try:
                _apply(book, message.msg)
            except OrderBookError:
                self._inconsistent(book)
                return None
            book.seq = message.seq
            return book
        if isinstance(message, OrderbookSnapshot):
            ticker = message.msg.market_ticker
            book = self._books.get(ticker)
            if book is None:
                book = self._books[ticker] = MarginOrderBook(ticker)
            book.apply_snapshot(message)
            return book
        if isinstance(message, StreamStatus):
            self._on_status(message)
        return None
