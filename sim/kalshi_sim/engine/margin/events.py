"""What the margin exchange announces when its state changes, delivered like the event-contract
exchange's events (`..events`): synchronously, in order, when the outermost call ends, each with
the book clock current at the change and snapshots of the objects inside. Orders and trades are
announced in the shapes both products share (`OrderChange`, `PublicTrade`); order groups announce
the event-contract `OrderGroupUpdate`, which says the same for both products."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TypeAlias

from ..book import BookSide
from ..events import OrderChange, OrderGroupUpdate, PublicTrade
from .objects import FundingRate, MarginFill, MarginOrder, MarginTrade

__all__ = [
    "FundingApplied",
    "MarginBookDelta",
    "MarginEvent",
    "MarginFillEvent",
    "MarginOrderUpdate",
    "MarginTradeEvent",
    "MarkPriceUpdate",
]


@dataclass(frozen=True)
class MarginBookDelta:
    """A resting size change at one price level of a perpetual market's book. `user_id`,
    `client_order_id`, `subaccount` and `last_update_reason` describe the order that changed."""

    market_ticker: str
    side: BookSide
    price: Decimal
    delta: Decimal
    clock: int
    ts_ms: int
    client_order_id: str
    user_id: str
    subaccount: int
    last_update_reason: str | None


@dataclass(frozen=True)
class MarginTradeEvent(PublicTrade[MarginTrade]):
    """A public trade on a perpetual market."""


@dataclass(frozen=True)
class MarginFillEvent:
    """One side of a trade, as its owner sees it."""

    user_id: str
    fill: MarginFill
    clock: int


@dataclass(frozen=True)
class MarginOrderUpdate(OrderChange[MarginOrder]):
    """A margin order was created, filled, amended, decreased or canceled (`order.last_update_reason`)."""


@dataclass(frozen=True)
class MarkPriceUpdate:
    """A market's mark price moved."""

    market_ticker: str
    mark_price: Decimal
    clock: int


@dataclass(frozen=True)
class FundingApplied:
    """A market paid one funding period."""

    market_ticker: str
    rate: FundingRate
    clock: int


MarginEvent: TypeAlias = (
    MarginBookDelta
    | MarginTradeEvent
    | MarginFillEvent
    | MarginOrderUpdate
    | MarkPriceUpdate
    | FundingApplied
    | OrderGroupUpdate
)
