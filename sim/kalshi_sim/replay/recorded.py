"""What the fill model reads from a tape: order book snapshots and deltas, trades and lifecycle
events, decoded once when the replay is loaded, with each trade paired to the delta that took its
contracts off the book.

A trade removes its contracts from the book twice on the wire: once as a `trade`, once as an
`orderbook_delta` on the level it consumed, in either order. The fill model lets the trade
consume the queue of that level (its front, where earlier orders wait) and must not take the same
contracts off again as a cancellation: a delta paired with a trade is marked, and the trade
knows whether its delta came before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

import msgspec

from .tape import Frame

__all__ = ["BookDelta", "BookSnapshot", "Lifecycle", "Print", "RecordedEvent", "decode_events"]

ONE = Decimal(1)
PAIRING_WINDOW = 32
"""How many later frames of the same market a trade and its delta may be apart."""

Side = Literal["yes", "no"]


@dataclass(slots=True)
class BookSnapshot:
    """A recorded `orderbook_snapshot`: the size at each price of each side."""

    market_ticker: str
    yes: dict[Decimal, Decimal]
    no: dict[Decimal, Decimal]


@dataclass(slots=True)
class BookDelta:
    """A recorded `orderbook_delta`: `delta` contracts more (or fewer) at `price` of `side`."""

    market_ticker: str
    side: Side
    price: Decimal
    delta: Decimal
    traded: bool = False
    """Paired with a trade: the contracts a trade took, not a cancellation."""
    awaits_trade: bool = False
    """Paired with a trade that comes after it: the trade, not this delta, updates the engine."""


@dataclass(slots=True)
class Print:
    """A recorded trade: `count` contracts at `yes_price`, the taker on `taker_side`."""

    market_ticker: str
    yes_price: Decimal
    count: Decimal
    taker_side: Side
    delta_before: bool = False
    """Its delta came before it (the book already shows the contracts gone)."""

    @property
    def maker_side(self) -> Side:
        return "no" if self.taker_side == "yes" else "yes"

    @property
    def maker_price(self) -> Decimal:
        """The price of the level it consumed, on the makers' side."""
        return self.yes_price if self.taker_side == "no" else ONE - self.yes_price


@dataclass(slots=True)
class Lifecycle:
    """A recorded `market_lifecycle_v2` event."""

    market_ticker: str
    event_type: str
    result: str | None
    settlement_value: Decimal | None


RecordedEvent = BookSnapshot | BookDelta | Print | Lifecycle


class _Snapshot(msgspec.Struct):
    market_ticker: str
    yes_dollars_fp: list[tuple[Decimal, Decimal]] = []
    no_dollars_fp: list[tuple[Decimal, Decimal]] = []


class _Delta(msgspec.Struct):
    market_ticker: str
    price_dollars: Decimal
    delta_fp: Decimal
    side: Side


class _Trade(msgspec.Struct):
    market_ticker: str
    yes_price_dollars: Decimal
    count_fp: Decimal
    taker_side: Side


class _Lifecycle(msgspec.Struct):
    market_ticker: str
    event_type: str
    result: str | None = None
    settlement_value: Decimal | None = None


_DECODERS: dict[str, msgspec.json.Decoder[Any]] = {
    "orderbook_snapshot": msgspec.json.Decoder(_Snapshot),
    "orderbook_delta": msgspec.json.Decoder(_Delta),
    "trade": msgspec.json.Decoder(_Trade),
    "market_lifecycle_v2": msgspec.json.Decoder(_Lifecycle),
}


def _event(frame: Frame) -> RecordedEvent | None:
    decoder = _DECODERS.get(frame.type)
    if decoder is None:
        return None
    try:
        body = decoder.decode(frame.msg)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None  # a frame the fill model cannot read is still played back as recorded
    if isinstance(body, _Snapshot):
        return BookSnapshot(body.market_ticker, dict(body.yes_dollars_fp), dict(body.no_dollars_fp))
    if isinstance(body, _Delta):
        return BookDelta(body.market_ticker, body.side, body.price_dollars, body.delta_fp)
    if isinstance(body, _Trade):
        return Print(body.market_ticker, body.yes_price_dollars, body.count_fp, body.taker_side)
    return Lifecycle(body.market_ticker, body.event_type, body.result, body.settlement_value)


def _pairs(trade: Print, delta: BookDelta) -> bool:
    return (
        not delta.traded
        and delta.market_ticker == trade.market_ticker
        and delta.side == trade.maker_side
        and delta.price == trade.maker_price
        and delta.delta == -trade.count
    )


def decode_events(frames: Sequence[Frame]) -> list[RecordedEvent | None]:
    """The event of each frame (None for frames the fill model does not read), trades paired
    with their deltas."""
    events = [_event(frame) for frame in frames]
    recent: dict[str, list[int]] = {}
    """The indexes of the latest frames of each market, for pairing."""
    for index, event in enumerate(events):
        if not isinstance(event, (Print, BookDelta)):
            continue
        window = recent.setdefault(event.market_ticker, [])
        if isinstance(event, Print):
            for earlier in window:
                candidate = events[earlier]
                if isinstance(candidate, BookDelta) and _pairs(event, candidate):
                    candidate.traded = candidate.awaits_trade = True
                    event.delta_before = True
                    break
            else:
                _pair_later(events, index, event)
        window.append(index)
        if len(window) > PAIRING_WINDOW:
            del window[0]
    return events


def _pair_later(events: list[RecordedEvent | None], index: int, trade: Print) -> None:
    seen = 0
    for later in range(index + 1, len(events)):
        candidate = events[later]
        if not isinstance(candidate, (Print, BookDelta)) or candidate.market_ticker != trade.market_ticker:
            continue
        if isinstance(candidate, BookDelta) and _pairs(trade, candidate):
            candidate.traded = True
            return
        seen += 1
        if seen >= PAIRING_WINDOW:
            return
