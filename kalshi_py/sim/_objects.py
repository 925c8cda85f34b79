"""The things the local exchange keeps, each able to say itself in the API's shape (`to_api()`).

Catalogue: `Series` (a family of recurring events), `Event` (one occurrence, holding markets),
`Market` (one binary contract with its `Book`) and its price grid (`PriceRange`). Trading:
`Order`, `Fill` (one side of a trade as its owner sees it), `Trade` (the public print),
`OrderResult` and `OrderGroup`. Portfolio: `Account`, `MarketPosition`, `EventPosition` and
`Settlement`. The formatting helpers turn `Decimal` dollars and counts and Unix times into the
API's FixedPointDollars, FixedPointCount and RFC 3339 strings.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal
from typing import Any, Literal

from ._book import Book, BookSide, outcome_side
from ._fees import maker_fee_rate, taker_fee_rate

__all__ = [
    "PRICE_LEVEL_STRUCTURES",
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
    "Trade",
    "count_fp",
    "dollars",
    "json_number",
    "rfc3339",
]

ZERO = Decimal(0)
ONE = Decimal(1)
COUNT_STEP = Decimal("0.01")


# ---------------------------------------------------------------------------------------------
# formatting


def dollars(value: Decimal) -> str:
    """A FixedPointDollars string: 4 decimals, 6 when the amount has sub-cent-hundredths."""
    four = value.quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)
    if four == value:
        return f"{four:.4f}"
    return f"{value.quantize(Decimal('0.000001'), rounding=ROUND_HALF_EVEN):.6f}"


def count_fp(value: Decimal) -> str:
    """A FixedPointCount string: always 2 decimals."""
    return f"{value.quantize(COUNT_STEP, rounding=ROUND_HALF_EVEN):.2f}"


def rfc3339(ts: float) -> str:
    """A Unix time as an RFC 3339 UTC timestamp ending in Z."""
    moment = datetime.fromtimestamp(ts, tz=timezone.utc)
    if moment.microsecond:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def json_number(value: Decimal) -> int | float:
    """A Decimal for a schema field typed `number`: an int when whole, else the nearest float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def cents(value: Decimal) -> int:
    """A dollar amount as whole cents, rounded toward zero."""
    return int((value * 100).to_integral_value(rounding=ROUND_DOWN))


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

    def to_api(self) -> dict[str, str]:
        return {"start": dollars(self.start), "end": dollars(self.end), "step": dollars(self.step)}


LINEAR_CENT = (PriceRange(Decimal("0"), Decimal("1"), Decimal("0.01")),)
DECI_CENT = (PriceRange(Decimal("0"), Decimal("1"), Decimal("0.001")),)
TAPERED_DECI_CENT = (
    PriceRange(Decimal("0"), Decimal("0.1"), Decimal("0.001")),
    PriceRange(Decimal("0.1"), Decimal("0.9"), Decimal("0.01")),
    PriceRange(Decimal("0.9"), Decimal("1"), Decimal("0.001")),
)
PRICE_LEVEL_STRUCTURES: dict[str, tuple[PriceRange, ...]] = {
    "linear_cent": LINEAR_CENT,
    "deci_cent": DECI_CENT,
    "tapered_deci_cent": TAPERED_DECI_CENT,
}


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

    def to_api(self) -> dict[str, Any]:
        return {
            "ticker": self.ticker,
            "frequency": self.frequency,
            "title": self.title,
            "category": self.category,
            "categories": [self.category],
            "tags": list(self.tags),
            "settlement_sources": [dict(s) for s in self.settlement_sources],
            "contract_url": self.contract_url,
            "contract_terms_url": self.contract_terms_url,
            "fee_type": self.fee_type,
            "fee_multiplier": json_number(self.fee_multiplier),
            "additional_prohibitions": list(self.additional_prohibitions),
            "volume_fp": count_fp(self.volume),
            "last_updated_ts": rfc3339(self.last_updated_ts),
            "exchange_index": 0,
        }


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

    def to_api(self, markets: Sequence[Market] | None = None) -> dict[str, Any]:
        """The EventData shape; pass `markets` to nest them (with_nested_markets)."""
        body: dict[str, Any] = {
            "event_ticker": self.event_ticker,
            "series_ticker": self.series_ticker,
            "sub_title": self.sub_title,
            "title": self.title,
            "collateral_return_type": self.collateral_return_type,
            "mutually_exclusive": self.mutually_exclusive,
            "category": self.category,
            "strike_date": None if self.strike_date is None else rfc3339(self.strike_date),
            "strike_period": self.strike_period,
            "settlement_sources": [],
            "last_updated_ts": rfc3339(self.last_updated_ts),
            "exchange_index": 0,
        }
        if markets is not None:
            body["markets"] = [m.to_api() for m in markets]
        return body


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
    book: Book = field(default_factory=Book, repr=False)

    def on_grid(self, price: Decimal) -> bool:
        return ZERO < price < ONE and any(r.contains(price) for r in self.price_ranges)

    def yes_bid(self) -> tuple[Decimal, Decimal]:
        best = self.book.best_bid()
        return (ZERO, ZERO) if best is None else (best, self.book.size_at("bid", best))

    def yes_ask(self) -> tuple[Decimal, Decimal]:
        best = self.book.best_ask()
        return (ONE, ZERO) if best is None else (best, self.book.size_at("ask", best))

    def to_api(self) -> dict[str, Any]:
        yes_bid, yes_bid_size = self.yes_bid()
        yes_ask, yes_ask_size = self.yes_ask()
        return {
            "ticker": self.ticker,
            "event_ticker": self.event_ticker,
            "market_type": self.market_type,
            "title": self.title,
            "subtitle": self.yes_sub_title,
            "yes_sub_title": self.yes_sub_title,
            "no_sub_title": self.no_sub_title,
            "created_time": rfc3339(self.created_time),
            "updated_time": rfc3339(self.updated_time),
            "open_time": rfc3339(self.open_time),
            "close_time": rfc3339(self.close_time),
            "expected_expiration_time": (
                None if self.expected_expiration_time is None else rfc3339(self.expected_expiration_time)
            ),
            "expiration_time": rfc3339(self.latest_expiration_time),
            "latest_expiration_time": rfc3339(self.latest_expiration_time),
            "settlement_timer_seconds": self.settlement_timer_seconds,
            "status": self.status,
            "notional_value_dollars": dollars(ONE),
            "yes_bid_dollars": dollars(yes_bid),
            "yes_ask_dollars": dollars(yes_ask),
            "no_bid_dollars": dollars(ONE - yes_ask),
            "no_ask_dollars": dollars(ONE - yes_bid),
            "yes_bid_size_fp": count_fp(yes_bid_size),
            "yes_ask_size_fp": count_fp(yes_ask_size),
            "last_price_dollars": dollars(self.last_price),
            "previous_yes_bid_dollars": dollars(self.previous_yes_bid),
            "previous_yes_ask_dollars": dollars(self.previous_yes_ask),
            "previous_price_dollars": dollars(self.previous_price),
            "volume_fp": count_fp(self.volume),
            "volume_24h_fp": count_fp(self.volume),
            "open_interest_fp": count_fp(self.open_interest),
            "result": self.result,
            "can_close_early": self.can_close_early,
            "expiration_value": "" if self.settlement_value is None else dollars(self.settlement_value),
            "rules_primary": self.rules_primary,
            "rules_secondary": self.rules_secondary,
            "price_level_structure": self.price_level_structure,
            "price_ranges": [r.to_api() for r in self.price_ranges],
            "settlement_bounds_type": "default",
            "settlement_value_dollars": (
                None if self.settlement_value is None else dollars(self.settlement_value)
            ),
            "settlement_ts": None if self.settlement_ts is None else rfc3339(self.settlement_ts),
            "strike_type": self.strike_type or "custom",
            "floor_strike": None if self.floor_strike is None else json_number(self.floor_strike),
            "cap_strike": None if self.cap_strike is None else json_number(self.cap_strike),
            "exchange_index": 0,
        }


# ---------------------------------------------------------------------------------------------
# trading objects


@dataclass
class Order:
    """A V2 order. `side` is the book side; `price` is always the YES-leg price."""

    order_id: str
    user_id: str
    client_order_id: str
    ticker: str
    side: BookSide
    price: Decimal
    initial_count: Decimal
    time_in_force: str
    self_trade_prevention_type: str
    created_time: float
    post_only: bool = False
    reduce_only: bool = False
    expiration_time: int | None = None
    order_group_id: str | None = None
    cancel_order_on_pause: bool = False
    subaccount: int = 0
    status: str = "resting"
    fill_count: Decimal = ZERO
    remaining_count: Decimal = ZERO
    taker_fill_cost: Decimal = ZERO
    maker_fill_cost: Decimal = ZERO
    taker_fees: Decimal = ZERO
    maker_fees: Decimal = ZERO
    last_update_time: float = 0.0
    last_update_reason: str | None = None
    priority: int = 0
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

    @property
    def is_resting(self) -> bool:
        return self.status == "resting"

    def to_api(self) -> dict[str, Any]:
        return {
            "order_id": self.order_id,
            "user_id": self.user_id,
            "client_order_id": self.client_order_id,
            "ticker": self.ticker,
            "side": self.outcome_side,
            "action": "buy",
            "outcome_side": self.outcome_side,
            "book_side": self.side,
            "type": "limit",
            "status": self.status,
            "yes_price_dollars": dollars(self.price),
            "no_price_dollars": dollars(ONE - self.price),
            "fill_count_fp": count_fp(self.fill_count),
            "remaining_count_fp": count_fp(self.remaining_count),
            "initial_count_fp": count_fp(self.initial_count),
            "taker_fill_cost_dollars": dollars(self.taker_fill_cost),
            "maker_fill_cost_dollars": dollars(self.maker_fill_cost),
            "taker_fees_dollars": dollars(self.taker_fees),
            "maker_fees_dollars": dollars(self.maker_fees),
            "expiration_time": None if self.expiration_time is None else rfc3339(self.expiration_time),
            "created_time": rfc3339(self.created_time),
            "last_update_time": rfc3339(self.last_update_time),
            "self_trade_prevention_type": self.self_trade_prevention_type,
            "order_group_id": self.order_group_id,
            "cancel_order_on_pause": self.cancel_order_on_pause,
            "subaccount_number": self.subaccount,
            "exchange_index": 0,
        }


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

    def to_api(self) -> dict[str, Any]:
        return {
            "fill_id": self.fill_id,
            "exchange_index": 0,
            "trade_id": self.fill_id,
            "order_id": self.order_id,
            "ticker": self.ticker,
            "market_ticker": self.ticker,
            "side": self.outcome_side,
            "action": "buy",
            "outcome_side": self.outcome_side,
            "book_side": self.side,
            "count_fp": count_fp(self.count),
            "yes_price_dollars": dollars(self.yes_price),
            "no_price_dollars": dollars(ONE - self.yes_price),
            "is_taker": self.is_taker,
            "created_time": rfc3339(self.created_time),
            "fee_cost": dollars(self.fee_cost),
            "subaccount_number": self.subaccount,
            "ts": int(self.created_time),
        }


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

    def to_api(self) -> dict[str, Any]:
        return {
            "trade_id": self.trade_id,
            "ticker": self.ticker,
            "count_fp": count_fp(self.count),
            "yes_price_dollars": dollars(self.yes_price),
            "no_price_dollars": dollars(ONE - self.yes_price),
            "taker_side": self.taker_outcome_side,
            "taker_outcome_side": self.taker_outcome_side,
            "taker_book_side": self.taker_side,
            "created_time": rfc3339(self.created_time),
            "is_block_trade": False,
        }


@dataclass
class MarketPosition:
    """An account's holding in one market: signed `position` (YES > 0, NO < 0) and its costs."""

    ticker: str
    event_ticker: str
    position: Decimal = ZERO
    cost_basis: Decimal = ZERO
    total_traded: Decimal = ZERO
    realized_pnl: Decimal = ZERO
    fees_paid: Decimal = ZERO
    volume: Decimal = ZERO
    last_updated_ts: float = 0.0

    def to_api(self) -> dict[str, Any]:
        return {
            "ticker": self.ticker,
            "exchange_index": 0,
            "total_traded_dollars": dollars(self.total_traded),
            "position_fp": count_fp(self.position),
            "market_exposure_dollars": dollars(self.cost_basis),
            "realized_pnl_dollars": dollars(self.realized_pnl),
            "fees_paid_dollars": dollars(self.fees_paid),
            "last_updated_ts": rfc3339(self.last_updated_ts),
        }


@dataclass(frozen=True)
class EventPosition:
    """An account's holdings summed over the markets of one event."""

    event_ticker: str
    total_cost: Decimal
    total_cost_shares: Decimal
    event_exposure: Decimal
    realized_pnl: Decimal
    fees_paid: Decimal

    def to_api(self) -> dict[str, Any]:
        return {
            "event_ticker": self.event_ticker,
            "total_cost_dollars": dollars(self.total_cost),
            "total_cost_shares_fp": count_fp(self.total_cost_shares),
            "event_exposure_dollars": dollars(self.event_exposure),
            "realized_pnl_dollars": dollars(self.realized_pnl),
            "fees_paid_dollars": dollars(self.fees_paid),
        }


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

    def to_api(self) -> dict[str, Any]:
        return {
            "ticker": self.ticker,
            "exchange_index": 0,
            "event_ticker": self.event_ticker,
            "market_result": self.market_result,
            "yes_count_fp": count_fp(self.yes_count),
            "yes_total_cost_dollars": dollars(self.yes_total_cost),
            "no_count_fp": count_fp(self.no_count),
            "no_total_cost_dollars": dollars(self.no_total_cost),
            "revenue": cents(self.revenue),
            "settled_time": rfc3339(self.settled_time),
            "fee_cost": dollars(self.fee_cost),
            "value": None if self.value is None else int((self.value * 100).to_integral_value()),
        }


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

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.order_group_id,
            "contracts_limit_fp": count_fp(self.contracts_limit),
            "is_auto_cancel_enabled": True,
            "exchange_index": 0,
        }


@dataclass
class Account:
    """A member of the exchange: cash, holdings, orders and history."""

    user_id: str
    balance: Decimal
    reserved: Decimal = ZERO
    positions: dict[str, MarketPosition] = field(default_factory=dict)
    orders: dict[str, Order] = field(default_factory=dict)
    client_order_ids: dict[str, str] = field(default_factory=dict)
    fills: list[Fill] = field(default_factory=list)
    settlements: list[Settlement] = field(default_factory=list)
    order_groups: dict[str, OrderGroup] = field(default_factory=dict)
    resting: dict[tuple[str, str], dict[str, Order]] = field(default_factory=dict, repr=False)
    claiming: dict[tuple[str, str], dict[str, Order]] = field(default_factory=dict, repr=False)
    updated_ts: float = 0.0

    def position(self, ticker: str) -> Decimal:
        held = self.positions.get(ticker)
        return ZERO if held is None else held.position

    def to_api_balance(self, portfolio_value: Decimal = ZERO) -> dict[str, Any]:
        """The GetBalanceResponse shape (cents as ints alongside `balance_dollars`)."""
        return {
            "balance": cents(self.balance),
            "balance_dollars": dollars(self.balance),
            "portfolio_value": cents(portfolio_value),
            "updated_ts": int(self.updated_ts),
        }


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

    def to_api(self) -> dict[str, Any]:
        """The CreateOrderV2Response shape."""
        body: dict[str, Any] = {
            "order_id": self.order.order_id,
            "client_order_id": self.order.client_order_id,
            "fill_count": count_fp(self.fill_count),
            "remaining_count": count_fp(self.order.remaining_count),
            "ts_ms": int(self.ts * 1000),
        }
        price = self.average_fill_price()
        fee = self.average_fee_paid()
        if price is not None and fee is not None:
            body["average_fill_price"] = dollars(price.quantize(Decimal("0.000001")))
            body["average_fee_paid"] = dollars(fee.quantize(Decimal("0.000001")))
        return body
