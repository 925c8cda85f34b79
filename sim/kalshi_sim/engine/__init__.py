"""The engine of the local exchange: pure, composed parts with no I/O and no wire shapes.
`Exchange` is the whole of it; see `exchange.py` for its parts."""

from .book import Book, BookSide
from .errors import ExchangeError
from .event_contracts import Canceled
from .events import (
    BookDelta,
    ExchangeEvent,
    FillEvent,
    MarketLifecycle,
    OrderGroupUpdate,
    OrderUpdate,
    PositionUpdate,
    TradeEvent,
)
from .exchange import Exchange
from .objects import (
    Account,
    Event,
    EventPosition,
    Fill,
    Market,
    MarketPosition,
    Order,
    OrderGroup,
    OrderResult,
    PriceRange,
    Series,
    Settlement,
    Subaccount,
    SubaccountTransfer,
    Trade,
)

__all__ = [
    "Account",
    "Book",
    "BookDelta",
    "BookSide",
    "Canceled",
    "Event",
    "EventPosition",
    "Exchange",
    "ExchangeError",
    "ExchangeEvent",
    "Fill",
    "FillEvent",
    "Market",
    "MarketLifecycle",
    "MarketPosition",
    "Order",
    "OrderGroup",
    "OrderGroupUpdate",
    "OrderResult",
    "OrderUpdate",
    "PositionUpdate",
    "PriceRange",
    "Series",
    "Settlement",
    "Subaccount",
    "SubaccountTransfer",
    "Trade",
    "TradeEvent",
]
