"""The things the margin exchange keeps. Market: `PerpMarket` (a perpetual future with its mark
price, risk parameters, funding state and `Book`). Trading: `MarginOrder`, `MarginFill` (one side
of a trade as its owner sees it), `MarginTrade` (the public print), `MarginOrderResult`.
Portfolio: `PerpPosition`, `Portfolio` (one subaccount's cash and positions), `MarginAccount` (a
member's subaccounts, orders and history). Funding: `FundingRate`, `FundingPayment`. And
`Liquidation`, what a liquidation did.

Positions are signed (long > 0). A position's `cost` is the signed sum of `count * price` of the
contracts it holds, so its unrealized PnL at mark price M is `position * M - cost` and its entry
price is `cost / position`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal

from ..book import Book, BookSide, LimitOrder
from ..objects import OrderGroup

__all__ = [
    "FundingPayment",
    "FundingRate",
    "Liquidation",
    "MarginAccount",
    "MarginFill",
    "MarginOrder",
    "MarginOrderResult",
    "MarginTrade",
    "PerpMarket",
    "PerpPosition",
    "Portfolio",
]

ZERO = Decimal(0)
SIX_PLACES = Decimal("0.000001")


@dataclass
class MarginOrder(LimitOrder):
    """A margin order. `side` is the book side: a bid buys the contract, an ask sells it.
    `order_source` is "system" for the exchange's own liquidation orders."""

    order_source: str = "user"
    order_reason: str | None = None
    fill_cost: Decimal = ZERO
    fees: Decimal = ZERO

    @property
    def direction(self) -> Decimal:
        """+1 for a bid (it buys), -1 for an ask."""
        return Decimal(1) if self.side == "bid" else Decimal(-1)


@dataclass
class PerpMarket:
    """A perpetual future, e.g. KXBTCPERP: its book, mark price, risk and funding parameters and
    trading statistics. Prices are dollars per contract, on multiples of `tick_size`."""

    ticker: str
    title: str
    asset_class: str
    contract_size: Decimal
    tick_size: Decimal
    maintenance_margin_rate: Decimal
    initial_margin_multiplier: Decimal
    mark_price: Decimal
    funding_interval: int
    last_funding_time: int
    created_time: float
    status: str = "active"
    mark_ts: float = 0.0
    reference_price: Decimal | None = None
    fractional_trading_enabled: bool = False
    last_price: Decimal = ZERO
    volume: Decimal = ZERO
    volume_notional: Decimal = ZERO
    open_interest: Decimal = ZERO
    funding_rate_pin: Decimal | None = None
    book: Book[MarginOrder] = field(default_factory=Book, repr=False)

    @property
    def initial_margin_rate(self) -> Decimal:
        return self.maintenance_margin_rate * self.initial_margin_multiplier

    @property
    def next_funding_time(self) -> int:
        return self.last_funding_time + self.funding_interval

    def on_tick(self, price: Decimal) -> bool:
        return price > 0 and price % self.tick_size == 0

    def best(self, side: BookSide) -> tuple[Decimal, Decimal]:
        """(price, count) of the best level of one side; (0, 0) when it is empty."""
        best = self.book.best_bid() if side == "bid" else self.book.best_ask()
        return (ZERO, ZERO) if best is None else (best, self.book.size_at(side, best))


@dataclass(frozen=True)
class MarginFill:
    """One side of a trade as its owner sees it: `entry_price` is the position's entry price the
    fill was measured against and `realized_pnl` what the fill realized (fees apart)."""

    trade_id: str
    order_id: str
    client_order_id: str
    user_id: str
    subaccount: int
    ticker: str
    side: BookSide
    count: Decimal
    price: Decimal
    is_taker: bool
    fee: Decimal
    entry_price: Decimal
    realized_pnl: Decimal
    post_position: Decimal
    order_source: str
    created_time: float

    @property
    def fill_id(self) -> str:
        return self.trade_id


@dataclass(frozen=True)
class MarginTrade:
    """A public trade print."""

    trade_id: str
    ticker: str
    count: Decimal
    price: Decimal
    taker_side: BookSide
    created_time: float


@dataclass
class MarginOrderResult:
    """What creating (or amending) an order did: the order as it stands and its own fills."""

    order: MarginOrder
    fills: list[MarginFill]
    ts: float

    @property
    def fill_count(self) -> Decimal:
        return sum((f.count for f in self.fills), ZERO)

    def average_fill_price(self) -> Decimal | None:
        filled = self.fill_count
        return None if not filled else sum((f.count * f.price for f in self.fills), ZERO) / filled

    def average_fee_paid(self) -> Decimal | None:
        filled = self.fill_count
        return None if not filled else sum((f.fee for f in self.fills), ZERO) / filled


@dataclass
class PerpPosition:
    """A subaccount's holding in one market. `fees` counts since the position last opened from
    flat; `realized_pnl` and `funding` count over its whole life."""

    ticker: str
    subaccount: int
    position: Decimal = ZERO
    cost: Decimal = ZERO
    fees: Decimal = ZERO
    realized_pnl: Decimal = ZERO
    funding: Decimal = ZERO
    last_updated_ts: float = 0.0

    def entry_price(self) -> Decimal:
        """The average price of the contracts held (to the millionth); 0 when flat."""
        if not self.position:
            return ZERO
        return (self.cost / self.position).quantize(SIX_PLACES, rounding=ROUND_HALF_EVEN)

    def unrealized_pnl(self, mark: Decimal) -> Decimal:
        return self.position * mark - self.cost


@dataclass
class Portfolio:
    """One subaccount: its cash (settled funds, which losses may take below zero until a
    liquidation's deficit is covered) and its positions, margined together."""

    user_id: str
    subaccount: int
    cash: Decimal = ZERO
    positions: dict[str, PerpPosition] = field(default_factory=dict)

    def open_positions(self) -> list[PerpPosition]:
        return [p for _, p in sorted(self.positions.items()) if p.position]

    def position(self, ticker: str) -> Decimal:
        held = self.positions.get(ticker)
        return ZERO if held is None else held.position


@dataclass(frozen=True)
class FundingRate:
    """The rate one funding period of a market paid, at its mark price."""

    ticker: str
    funding_time: int
    rate: Decimal
    mark_price: Decimal


@dataclass(frozen=True)
class FundingPayment:
    """What one subaccount paid (amount < 0) or received for one funding period of a market."""

    ticker: str
    subaccount: int
    funding_time: int
    rate: Decimal
    mark_price: Decimal
    quantity: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Liquidation:
    """A subaccount taken below maintenance margin and closed out: what its orders closed, and
    the deficit the insurance fund covered when its cash ended below zero."""

    user_id: str
    subaccount: int
    ts: float
    tickers: tuple[str, ...]
    closed: Decimal
    deficit: Decimal


@dataclass
class MarginAccount:
    """A member of the margin exchange: its subaccounts (0 is the primary), orders and history."""

    user_id: str
    portfolios: dict[int, Portfolio] = field(default_factory=dict)
    orders: dict[str, MarginOrder] = field(default_factory=dict)
    client_order_ids: dict[str, str] = field(default_factory=dict)
    resting: dict[str, MarginOrder] = field(default_factory=dict, repr=False)
    fills: list[MarginFill] = field(default_factory=list)
    funding_payments: list[FundingPayment] = field(default_factory=list)
    liquidations: list[Liquidation] = field(default_factory=list)
    order_groups: dict[str, OrderGroup] = field(default_factory=dict)
    fee_tier: int = 0
    updated_ts: float = 0.0
    transfer_ids: set[str] = field(default_factory=set, repr=False)
