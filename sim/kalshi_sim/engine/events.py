"""What the local exchange announces when its state changes.

`Exchange.subscribe(listener)` delivers these, synchronously and in order, before the call that
caused them returns. Each carries the exchange `clock` current when the change happened; objects
inside (orders, positions, fills, trades) are snapshots taken at that moment, so a listener may
keep them. The WebSocket server numbers `seq` per subscription itself.

`OrderChange` and `PublicTrade` say what both products announce of an order and of a trade; each
product names its own (`OrderUpdate` and `TradeEvent` here, `margin/events.py` for Perps).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, Literal, TypeAlias, TypeVar

from .objects import Fill, MarketPosition, Order, Trade

__all__ = [
    "BookDelta",
    "ExchangeEvent",
    "FillEvent",
    "MarketLifecycle",
    "OrderChange",
    "OrderGroupUpdate",
    "OrderUpdate",
    "PositionUpdate",
    "PublicTrade",
    "TradeEvent",
]

OrderT = TypeVar("OrderT")
TradeT = TypeVar("TradeT")


@dataclass(frozen=True)
class OrderChange(Generic[OrderT]):
    """An order of either product was created, filled, amended, decreased or canceled."""

    user_id: str
    order: OrderT
    clock: int


@dataclass(frozen=True)
class PublicTrade(Generic[TradeT]):
    """A public trade of either product: one taker order matched one resting order."""

    market_ticker: str
    trade: TradeT
    clock: int


@dataclass(frozen=True)
class BookDelta:
    """A resting size change at one price level.

    `side` is the book the level belongs to: "yes" (YES bids, priced on the YES leg) or "no"
    (NO bids, priced on the NO leg, i.e. 1 - the YES ask). `user_id` and `client_order_id` name
    the resting order whose size changed.
    """

    market_ticker: str
    side: Literal["yes", "no"]
    price_dollars: Decimal
    delta: Decimal
    clock: int
    ts_ms: int
    client_order_id: str | None = None
    user_id: str | None = None
    subaccount: int = 0


@dataclass(frozen=True)
class TradeEvent(PublicTrade[Trade]):
    """A public trade: one taker order matched one resting order."""


@dataclass(frozen=True)
class FillEvent:
    """One side of a trade, as its owner sees it."""

    user_id: str
    fill: Fill
    client_order_id: str
    post_position: Decimal
    clock: int


@dataclass(frozen=True)
class OrderUpdate(OrderChange[Order]):
    """An order was created, filled, amended, decreased or canceled.

    `order.last_update_reason` says why (Trade, Amend, Decrease, SelfTradeCancel, ExpiryCancel,
    CloseCancel, HaltCancel, PostOnlyCrossCancel, ReduceOnlyCancel, MarginCancel, ...), or is
    None for a plain create or a cancel the owner asked for.
    """


@dataclass(frozen=True)
class PositionUpdate:
    """A market position changed (a fill or a settlement)."""

    user_id: str
    position: MarketPosition
    clock: int


@dataclass(frozen=True)
class MarketLifecycle:
    """A market changed status: created, activated, deactivated, determined, settled, ..."""

    market_ticker: str
    event_type: str
    clock: int
    ts: int
    open_ts: int | None = None
    close_ts: int | None = None
    result: str | None = None
    settlement_value: Decimal | None = None
    is_deactivated: bool | None = None


@dataclass(frozen=True)
class OrderGroupUpdate:
    """An order group was created, triggered, reset, deleted or had its limit changed."""

    user_id: str
    event_type: Literal["created", "triggered", "reset", "deleted", "limit_updated"]
    order_group_id: str
    contracts_limit: Decimal | None
    clock: int
    ts_ms: int


ExchangeEvent: TypeAlias = (
    BookDelta | TradeEvent | FillEvent | OrderUpdate | PositionUpdate | MarketLifecycle | OrderGroupUpdate
)
