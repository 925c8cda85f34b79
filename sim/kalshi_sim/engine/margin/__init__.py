"""The margin (Perps) part of the engine: perpetual futures on the same matching pieces as event
contracts, with a margin model, funding and liquidation. `MarginExchange` is the whole of it; see
`exchange.py` for its parts."""

from .events import (
    FundingApplied,
    MarginBookDelta,
    MarginEvent,
    MarginFillEvent,
    MarginOrderUpdate,
    MarginTradeEvent,
    MarkPriceUpdate,
)
from .exchange import MarginExchange
from .objects import (
    FundingPayment,
    FundingRate,
    Liquidation,
    MarginAccount,
    MarginFill,
    MarginOrder,
    MarginOrderResult,
    MarginTrade,
    PerpMarket,
    PerpPosition,
    Portfolio,
)
from .risk import PortfolioRisk, PositionRisk

__all__ = [
    "FundingApplied",
    "FundingPayment",
    "FundingRate",
    "Liquidation",
    "MarginAccount",
    "MarginBookDelta",
    "MarginEvent",
    "MarginExchange",
    "MarginFill",
    "MarginFillEvent",
    "MarginOrder",
    "MarginOrderResult",
    "MarginOrderUpdate",
    "MarginTrade",
    "MarginTradeEvent",
    "MarkPriceUpdate",
    "PerpMarket",
    "PerpPosition",
    "Portfolio",
    "PortfolioRisk",
    "PositionRisk",
]
