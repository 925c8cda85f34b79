"""Deprecated: `kalshi_sim.engine` (see `kalshi_py.sim`)."""

from kalshi_sim.engine import (
    BookDelta,
    ExchangeEvent,
    FillEvent,
    MarketLifecycle,
    OrderGroupUpdate,
    OrderUpdate,
    PositionUpdate,
    TradeEvent,
)

__all__ = [
    "BookDelta",
    "ExchangeEvent",
    "FillEvent",
    "MarketLifecycle",
    "OrderGroupUpdate",
    "OrderUpdate",
    "PositionUpdate",
    "TradeEvent",
]
