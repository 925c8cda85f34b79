"""Deprecated: `kalshi_sim.engine` (see `kalshi_py.sim`)."""

from kalshi_sim.engine import (
    Account,
    Event,
    EventPosition,
    Exchange,
    ExchangeError,
    Fill,
    Market,
    MarketPosition,
    Order,
    OrderGroup,
    OrderResult,
    PriceRange,
    Series,
    Settlement,
    Trade,
)

__all__ = [
    "Account",
    "Event",
    "EventPosition",
    "Exchange",
    "ExchangeError",
    "Fill",
    "Market",
    "MarketPosition",
    "Order",
    "OrderGroup",
    "OrderResult",
    "PriceRange",
    "Series",
    "Settlement",
    "Trade",
]
