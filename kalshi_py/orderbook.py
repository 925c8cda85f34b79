"""Local order books: one market's book (`OrderBook`) and a multi-market tracker fed by the
WebSocket stream (`OrderBookTracker`).

Kalshi books hold bids only: YES bids at YES prices and NO bids at NO prices (the feed's default
no-leg pricing). Asks are derived: the YES ask is `1 - best NO bid` and the NO ask is
`1 - best YES bid`, with the size of that bid. Prices and sizes are `Decimal`; a level whose size
reaches 0 is removed, and a change that would make a size negative is refused with
`NegativeSizeError` (the book is left as it was).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

import msgspec

from ._model import shared_decimal
from .ws._tracker import BookTracker
from .ws.messages import OrderbookDelta, OrderbookDeltaMsg, OrderbookSnapshot, OrderbookSnapshotMsg
from .ws.status import StreamStatus

__all__ = [
    "BookDepth",
    "BookTracker",
    "Level",
    "NegativeSizeError",
    "OrderBook",
    "OrderBookError",
    "OrderBookTracker",
]

_ZERO = Decimal(0)
_MINUS_ONE = Decimal(-1)
_ONE = Decimal(1)


class OrderBookError(ValueError):
    """An update that cannot be applied to a book."""


class NegativeSizeError(OrderBookError):
    """A delta would leave a negative size at a price level (the book missed an update)."""


class Level(NamedTuple):
    """One price level: the price in dollars and the contracts resting there."""

    price: Decimal
    size: Decimal


class BookDepth(NamedTuple):
    """The best `n` levels of each side, best first."""

    yes_bids: list[Level]
    no_bids: list[Level]
    yes_asks: list[Level]
    no_asks: list[Level]


def _levels(pairs: Iterable[Iterable[Any]] | None, where: str) -> dict[Decimal, Decimal]:
    levels: dict[Decimal, Decimal] = {}
    for pair in pairs or ():
        items = list(pair)
        if len(items) != 2:
            raise OrderBookError(f"{where}: a level must be [price, size], got {items!r}")
        try:
            price, size = shared_decimal(str(items[0])), Decimal(str(items[1]))
        except InvalidOperation:
            raise OrderBookError(f"{where}: {items!r} is not a [price, size] of numbers") from None
        if not (price.is_finite() and size.is_finite()):
            raise OrderBookError(f"{where}: {items!r} is not a [price, size] of finite numbers")
        if size < _ZERO:
            raise OrderBookError(f"{where}: negative size {size} at price {price}")
        if size > _ZERO:
            levels[price] = size
    return levels


class OrderBook:
    """The book of one market, from a snapshot plus deltas (or from the REST orderbook)."""

    __slots__ = ("clock", "market_id", "market_ticker", "no", "seq", "sid", "stale", "yes")

    def __init__(
        self,
        market_ticker: str,
        *,
        yes: Mapping[Decimal, Decimal] | None = None,
        no: Mapping[Decimal, Decimal] | None = None,
        market_id: str | None = None,
        clock: int | None = None,
        seq: int | None = None,
    ) -> None:
        self.market_ticker = market_ticker
        self.market_id = market_id
        self.yes: dict[Decimal, Decimal] = {p: s for p, s in (yes or {}).items() if s > 0}
        """YES bids: price -> size."""
        self.no: dict[Decimal, Decimal] = {p: s for p, s in (no or {}).items() if s > 0}
        """NO bids (no-leg prices): price -> size."""
        self.clock = clock
        """The exchange clock of the last update applied (None if the feed sent none)."""
        self.seq = seq
        """The `seq` of the last message applied."""
        self.sid: int | None = None
        self.stale = False
        """True while the book waits for a fresh snapshot (after a gap, reconnect or overflow)."""

    # --- building --------------------------------------------------------------------------------

    @classmethod
    def from_snapshot(cls, snapshot: OrderbookSnapshot | OrderbookSnapshotMsg) -> OrderBook:
        """A book from an `orderbook_snapshot` message (or its `msg`)."""
        msg = snapshot.msg if isinstance(snapshot, OrderbookSnapshot) else snapshot
        book = cls(msg.market_ticker)
        book.apply_snapshot(snapshot)
        return book

    @classmethod
    def from_rest(cls, market_ticker: str, body: Mapping[str, Any] | bytes | str) -> OrderBook:
        """A book from the body of `GET /markets/{ticker}/orderbook`:
        `{"orderbook_fp": {"yes_dollars": [[price, size], ...], "no_dollars": [...]}}`."""
        data = msgspec.json.decode(body) if isinstance(body, (bytes, str)) else body
        if not isinstance(data, Mapping):
            raise OrderBookError("REST orderbook: expected a JSON object")
        book_fp = data.get("orderbook_fp", data)
        if not isinstance(book_fp, Mapping) or not ({"yes_dollars", "no_dollars"} & set(book_fp)):
            raise OrderBookError(
                "REST orderbook: expected {'orderbook_fp': {'yes_dollars': ..., 'no_dollars': ...}}"
            )
        return cls(
            market_ticker,
            yes=_levels(book_fp.get("yes_dollars"), "REST orderbook yes_dollars"),
            no=_levels(book_fp.get("no_dollars"), "REST orderbook no_dollars"),
        )

    def apply_snapshot(self, snapshot: OrderbookSnapshot | OrderbookSnapshotMsg) -> None:
        """Replace the whole book with a snapshot; the book is no longer stale."""
        if isinstance(snapshot, OrderbookSnapshot):
            msg = snapshot.msg
            self.seq = snapshot.seq
            self.sid = snapshot.sid
        else:
            msg = snapshot
        if msg.market_ticker != self.market_ticker:
            raise OrderBookError(
                f"snapshot of {msg.market_ticker} applied to the book of {self.market_ticker}"
            )
        self.yes = _levels(msg.yes_dollars_fp, f"snapshot of {msg.market_ticker} yes_dollars_fp")
        self.no = _levels(msg.no_dollars_fp, f"snapshot of {msg.market_ticker} no_dollars_fp")
        self.market_id = msg.market_id or self.market_id
        self.clock = msg.clock
        self.stale = False

    def apply_delta(self, delta: OrderbookDelta | OrderbookDeltaMsg) -> None:
        """Apply an `orderbook_delta`. Raises `NegativeSizeError` (book unchanged) if a size would
        go below zero, `OrderBookError` for a delta of another market or an unknown side.

        Deltas must come in `seq` order after the snapshot (the client sees to that); clocks are
        recorded but not compared, since they may go down across exchange maintenance."""
        if type(delta) is OrderbookDelta:
            msg = delta.msg
            seq = delta.seq
        else:
            msg = delta  # type: ignore[assignment]
            seq = None
        if msg.market_ticker != self.market_ticker:
            raise OrderBookError(f"delta of {msg.market_ticker} applied to the book of {self.market_ticker}")
        side = msg.side
        if side == "yes":
            levels = self.yes
        elif side == "no":
            levels = self.no
        else:
            raise OrderBookError(f"delta of {msg.market_ticker}: unknown side {side!r}")
        price = msg.price_dollars
        try:
            size = levels.get(price, _ZERO) + msg.delta_fp
            growing = size > _ZERO
        except InvalidOperation:
            raise OrderBookError(
                f"delta {msg.delta_fp} at {side} {price} of {msg.market_ticker} is not a finite number"
            ) from None
        if growing:
            levels[price] = size
        elif size == _ZERO:
            levels.pop(price, None)
        else:
            raise NegativeSizeError(
                f"delta {msg.delta_fp} at {side} {price} of {msg.market_ticker} would leave size {size}"
            )
        if msg.clock is not None:
            self.clock = msg.clock
        if seq is not None:
            self.seq = seq

    # --- reading ---------------------------------------------------------------------------------

    def size_at(self, side: str, price: Decimal | str) -> Decimal:
        """The bid size resting at `price` on `side` ("yes" or "no"), 0 if none."""
        return self._side(side).get(Decimal(price), _ZERO)

    def bids(self, side: str = "yes") -> list[Level]:
        """All bids of `side`, best (highest) first."""
        return [Level(p, s) for p, s in sorted(self._side(side).items(), reverse=True)]

    def asks(self, side: str = "yes") -> list[Level]:
        """All asks of `side`, best (lowest) first, derived from the other side's bids."""
        other = "no" if side == "yes" else "yes"
        return [Level(_ONE - p, s) for p, s in self.bids(other)]

    def best_bid(self, side: str = "yes") -> Level | None:
        levels = self._side(side)
        if not levels:
            return None
        price = max(levels)
        return Level(price, levels[price])

    def best_ask(self, side: str = "yes") -> Level | None:
        other = self.best_bid("no" if side == "yes" else "yes")
        return None if other is None else Level(_ONE - other.price, other.size)

    def spread(self, side: str = "yes") -> Decimal | None:
        """Best ask minus best bid of `side`, None if either is missing."""
        bid, ask = self.best_bid(side), self.best_ask(side)
        return None if bid is None or ask is None else ask.price - bid.price

    def depth(self, n: int = 10) -> BookDepth:
        """The best `n` levels of every side."""
        if n < 0:
            raise ValueError("depth n must be >= 0")
        return BookDepth(self.bids("yes")[:n], self.bids("no")[:n], self.asks("yes")[:n], self.asks("no")[:n])

    def to_rest(self) -> dict[str, Any]:
        """The REST shape: `{"orderbook_fp": {"yes_dollars": [[p, s], ...], "no_dollars": ...}}`,
        ascending (best bid last), as strings."""
        return {
            "orderbook_fp": {
                "yes_dollars": [[str(p), str(s)] for p, s in sorted(self.yes.items())],
                "no_dollars": [[str(p), str(s)] for p, s in sorted(self.no.items())],
            }
        }

    def same_levels(self, other: OrderBook) -> bool:
        """Whether both books hold exactly the same levels (by value)."""
        return self.yes == other.yes and self.no == other.no

    def copy(self) -> OrderBook:
        book = OrderBook(
            self.market_ticker, yes=self.yes, no=self.no, market_id=self.market_id, clock=self.clock
        )
        book.seq, book.sid, book.stale = self.seq, self.sid, self.stale
        return book

    def _side(self, side: str) -> dict[Decimal, Decimal]:
        if side == "yes":
            return self.yes
        if side == "no":
            return self.no
        raise ValueError(f"side must be 'yes' or 'no', got {side!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderBook):
            return NotImplemented
        return self.market_ticker == other.market_ticker and self.same_levels(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        bid, ask = self.best_bid("yes"), self.best_ask("yes")
        return (
            f"OrderBook({self.market_ticker!r}, yes_bid={bid.price if bid else None}, "
            f"yes_ask={ask.price if ask else None}, levels={len(self.yes)}+{len(self.no)}, "
            f"seq={self.seq}, stale={self.stale})"
        )


class OrderBookTracker(BookTracker[OrderBook]):
    """The books of every market an `orderbook_delta` subscription carries, fed message by message.

    Pass every item of the client's stream to `apply`. Snapshots create or replace books;
    deltas update them; status events of a gap, a reconnect, an overflow or a resync request mark
    the books concerned `stale` until their fresh snapshot arrives (deltas for a stale book are
    ignored: the snapshot will contain them). A delta that would make a size negative marks its
    book stale and calls `resync(market_ticker)` (e.g. `KalshiWebSocket.resync`).
    """

    def apply(self, message: object) -> OrderBook | None:
        """Apply one stream item; returns the book it changed, None for anything else."""
        kind = type(message)
        if kind is OrderbookDelta:
            msg = message.msg  # type: ignore[attr-defined]
            book = self._books.get(msg.market_ticker)
            if book is None or book.stale:
                return None
            # The body of OrderBook.apply_delta, inlined: this is the hot path of a live feed.
            side = msg.side
            if side == "yes":
                levels = book.yes
            elif side == "no":
                levels = book.no
            else:
                raise OrderBookError(f"delta of {msg.market_ticker}: unknown side {side!r}")
            price = msg.price_dollars
            try:
                size = levels.get(price, _ZERO) + msg.delta_fp
                growing = size > _ZERO
            except InvalidOperation:  # a NaN price or size: as wrong as a negative one
                growing, size = False, _MINUS_ONE
            if growing:
                levels[price] = size
            elif size == _ZERO:
                levels.pop(price, None)
            else:
                self._inconsistent(book)
                return None
            clock = msg.clock
            if clock is not None:
                book.clock = clock
            book.seq = message.seq  # type: ignore[attr-defined]
            return book
        if kind is OrderbookSnapshot:
            msg = message.msg  # type: ignore[attr-defined]
            book = self._books.get(msg.market_ticker)
            if book is None:
                book = self._books[msg.market_ticker] = OrderBook(msg.market_ticker)
            book.apply_snapshot(message)  # type: ignore[arg-type]
            return book
        if kind is StreamStatus:
            self._on_status(message)  # type: ignore[arg-type]
        return None
