"""The things the exchange keeps. Catalogue: `Series` (a family of recurring events), `Event` (one
occurrence, holding markets), `Market` (one binary contract with its `Book`) and its price grid
(`PriceRange`). Trading: `Order`, `Fill` (one side of a trade as its owner sees it), `Trade` (the
public print), `OrderResult` and `OrderGroup`. Portfolio: `Account` (a member), its `Subaccount`s
(each with its own money and `MarketPosition`s), `EventPosition`, `Settlement` and
`SubaccountTransfer`. How each is spelled on the wire is each front's business.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from ..rules import PRICE_LEVEL_STRUCTURES
from .book import Book, BookSide, LimitOrder, outcome_side
from .fees import maker_fee_rate, taker_fee_rate

__all__ = [
    "GRIDS",
    "Account",
    "Event",
    "EventPosition",
    "Fill",
    "Market",
    "MarketPosition",
    "Order",
    "OrderGroup",
    "OrderResult",
    "PriceRange",
    "Series",
    "Settlement",
    "Subaccount",
    "SubaccountTransfer",
    "Trade",
]

ZERO = Decimal(0)
ONE = Decimal(1)


# ---------------------------------------------------------------------------------------------
# catalogue objects


@dataclass(frozen=True)
class PriceRange:
    """One band of a market's price grid: prices `start + k * step` up to `end`."""

    start: Decimal
    end: Decimal
    step: Decimal

    def contains(self, price: Decimal) -> bool:
        return self.start <= price <= self.end and (price - self.start) % self.step == 0


GRIDS: dict[str, tuple[PriceRange, ...]] = {
    name: tuple(PriceRange(start, end, step) for start, end, step in bands)
    for name, bands in PRICE_LEVEL_STRUCTURES.items()
}
"""The price grids of the named price level structures."""


@dataclass
class Series:
    """A family of recurring events, e.g. KXHIGHNY (daily NYC high temperature)."""

    ticker: str
    title: str
    category: str
    frequency: str = "daily"
    tags: list[str] = field(default_factory=list)
    settlement_sources: list[dict[str, str]] = field(default_factory=list)
    fee_type: str = "quadratic"
    fee_multiplier: Decimal = ONE
    contract_url: str = ""
    contract_terms_url: str = ""
    additional_prohibitions: list[str] = field(default_factory=list)
    volume: Decimal = ZERO
    last_updated_ts: float = 0.0

    @property
    def taker_fee_rate(self) -> Decimal:
        return taker_fee_rate(self.fee_multiplier)

    @property
    def maker_fee_rate(self) -> Decimal:
        return maker_fee_rate(self.fee_type, self.fee_multiplier)


@dataclass
class Event:
    """One occurrence of a series, e.g. KXHIGHNY-26DEC02, holding one or more markets."""

    event_ticker: str
    series_ticker: str
    title: str
    sub_title: str = ""
    category: str = ""
    mutually_exclusive: bool = False
    collateral_return_type: str = ""
    strike_date: float | None = None
    strike_period: str | None = None
    last_updated_ts: float = 0.0
    market_tickers: list[str] = field(default_factory=list)


@dataclass
class Market:
    """One binary contract, e.g. KXHIGHNY-26DEC02-B45.5, with its book and statistics."""

    ticker: str
    event_ticker: str
    series_ticker: str
    price_ranges: tuple[PriceRange, ...]
    price_level_structure: str
    status: str
    title: str = ""
    yes_sub_title: str = ""
    no_sub_title: str = ""
    rules_primary: str = ""
    rules_secondary: str = ""
    market_type: str = "binary"
    strike_type: str | None = None
    floor_strike: Decimal | None = None
    cap_strike: Decimal | None = None
    created_time: float = 0.0
    updated_time: float = 0.0
    open_time: float = 0.0
    close_time: float = 0.0
    expected_expiration_time: float | None = None
    latest_expiration_time: float = 0.0
    settlement_timer_seconds: int = 300
    can_close_early: bool = True
    result: str = ""
    settlement_value: Decimal | None = None
    settlement_ts: float | None = None
    last_price: Decimal = ZERO
    previous_yes_bid: Decimal = ZERO
    previous_yes_ask: Decimal = ZERO
    previous_price: Decimal = ZERO
    volume: Decimal = ZERO
    open_interest: Decimal = ZERO
    book: Book[Order] = field(default_factory=Book, repr=False)

    def on_grid(self, price: Decimal) -> bool:
        return ZERO < price < ONE and any(r.contains(price) for r in self.price_ranges)

    def yes_bid(self) -> tuple[Decimal, Decimal]:
        best = self.book.best_bid()
        return (ZERO, ZERO) if best is None else (best, self.book.size_at("bid", best))

    def yes_ask(self) -> tuple[Decimal, Decimal]:
        best = self.book.best_ask()
        return (ONE, ZERO) if best is None else (best, self.book.size_at("ask", best))


# ---------------------------------------------------------------------------------------------
# trading objects


@dataclass
class Order(LimitOrder):
    """A V2 order. `side` is the book side; `price` is always the YES-leg price."""

    taker_fill_cost: Decimal = ZERO
    maker_fill_cost: Decimal = ZERO
    taker_fees: Decimal = ZERO
    maker_fees: Decimal = ZERO
    reserved: Decimal = field(default=ZERO, repr=False)
    closing_claim: Decimal = field(default=ZERO, repr=False)
    fee_accrued: Decimal = field(default=ZERO, repr=False)

    @property
    def outcome_side(self) -> Literal["yes", "no"]:
        return outcome_side(self.side)

    @property
    def leg_price(self) -> Decimal:
        """What one contract costs this order's owner: the YES price for bids, NO price for asks."""
        return self.price if self.side == "bid" else ONE - self.price

    @property
    def fees_paid(self) -> Decimal:
        return self.taker_fees + self.maker_fees


@dataclass(frozen=True)
class Fill:
    """One side of a trade as its owner sees it."""

    fill_id: str
    order_id: str
    user_id: str
    ticker: str
    side: BookSide
    count: Decimal
    yes_price: Decimal
    is_taker: bool
    fee_cost: Decimal
    created_time: float
    subaccount: int = 0

    @property
    def trade_id(self) -> str:
        return self.fill_id

    @property
    def outcome_side(self) -> Literal["yes", "no"]:
        return outcome_side(self.side)


@dataclass(frozen=True)
class Trade:
    """A public trade print."""

    trade_id: str
    ticker: str
    count: Decimal
    yes_price: Decimal
    taker_side: BookSide
    created_time: float

    @property
    def taker_outcome_side(self) -> Literal["yes", "no"]:
        return outcome_side(self.taker_side)


@dataclass
class MarketPosition:
    """A subaccount's holding in one market: signed `position` (YES > 0, NO < 0) and its costs."""

    ticker: str
    event_ticker: str
    subaccount: int = 0
    position: Decimal = ZERO
    cost_basis: Decimal = ZERO
    total_traded: Decimal = ZERO
    realized_pnl: Decimal = ZERO
    fees_paid: Decimal = ZERO
    volume: Decimal = ZERO
    last_updated_ts: float = 0.0


@dataclass(frozen=True)
class EventPosition:
    """An account's holdings summed over the markets of one event."""

    event_ticker: str
    total_cost: Decimal
    total_cost_shares: Decimal
    event_exposure: Decimal
    realized_pnl: Decimal
    fees_paid: Decimal


@dataclass(frozen=True)
class Settlement:
    """What one account received when one market settled."""

    ticker: str
    event_ticker: str
    market_result: str
    yes_count: Decimal
    yes_total_cost: Decimal
    no_count: Decimal
    no_total_cost: Decimal
    revenue: Decimal
    settled_time: float
    fee_cost: Decimal
    value: Decimal | None
    subaccount: int = 0


@dataclass(frozen=True)
class SubaccountTransfer:
    """Money a member moved from one of its subaccounts to another."""

    transfer_id: str
    client_transfer_id: str
    from_subaccount: int
    to_subaccount: int
    amount: Decimal
    created_ts: float


@dataclass
class OrderGroup:
    """Orders that share a rolling 15-second contracts limit."""

    order_group_id: str
    user_id: str
    contracts_limit: Decimal
    subaccount: int = 0
    is_triggered: bool = False
    order_ids: list[str] = field(default_factory=list)
    recent_fills: deque[tuple[float, Decimal]] = field(default_factory=deque, repr=False)


@dataclass
class Subaccount:
    """One of a member's subaccounts (0 is the primary): what it can spend (`balance`), what its
    resting orders hold back (`reserved`), its positions and the closing claims on them."""

    number: int
    balance: Decimal = ZERO
    reserved: Decimal = ZERO
    positions: dict[str, MarketPosition] = field(default_factory=dict)
    claiming: dict[tuple[str, str], dict[str, Order]] = field(default_factory=dict, repr=False)
    netting: bool = True
    updated_ts: float = 0.0

    def position(self, ticker: str) -> Decimal:
        held = self.positions.get(ticker)
        return ZERO if held is None else held.position


@dataclass
class Account:
    """A member of the exchange: its subaccounts' money and holdings, its orders and history."""

    user_id: str
    subaccounts: dict[int, Subaccount] = field(default_factory=dict)
    orders: dict[str, Order] = field(default_factory=dict)
    client_order_ids: dict[str, str] = field(default_factory=dict)
    fills: list[Fill] = field(default_factory=list)
    settlements: list[Settlement] = field(default_factory=list)
    transfers: dict[str, SubaccountTransfer] = field(default_factory=dict)
    """Transfers between subaccounts, by client transfer id, oldest first."""
    order_groups: dict[str, OrderGroup] = field(default_factory=dict)
    resting: dict[tuple[str, str], dict[str, Order]] = field(default_factory=dict, repr=False)

    @property
    def primary(self) -> Subaccount:
        return self.subaccounts[0]


@dataclass
class OrderResult:
    """What creating (or amending) an order did: the order as it stands and its fills."""

    order: Order
    fills: list[Fill]
    ts: float

    @property
    def fill_count(self) -> Decimal:
        return sum((f.count for f in self.fills), ZERO)

    def average_fill_price(self) -> Decimal | None:
        """The average price paid per contract on this order's own leg (YES for bids)."""
        filled = self.fill_count
        if not filled:
            return None
        cost = sum(
            (f.count * (f.yes_price if f.side == "bid" else ONE - f.yes_price) for f in self.fills), ZERO
        )
        return cost / filled

    def average_fee_paid(self) -> Decimal | None:
        filled = self.fill_count
        if not filled:
            return None
        return sum((f.fee_cost for f in self.fills), ZERO) / filled
