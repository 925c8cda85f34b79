# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""The models of Kalshi's margin (Perps) API, one msgspec Struct per schema of perps_openapi.yaml 0.0.1.

Answers decode leniently: every field may be absent (`UNSET`), unknown fields are ignored, and
enum-valued fields are plain `str` (the enum classes below name the values known today).
Request bodies are strict: required fields must be given and enum fields take the listed values.
Prices and amounts (`FixedPointDollars`) and contract counts (`FixedPointCount`) are
`decimal.Decimal`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Annotated, ClassVar, Literal

import msgspec
from msgspec import UNSET, UnsetType

from ..._model import Model


class BookSide(str, enum.Enum):
    BID = "bid"
    ASK = "ask"


class CreateMarginOrderRequestTimeInForce(str, enum.Enum):
    FILL_OR_KILL = "fill_or_kill"
    GOOD_TILL_CANCELED = "good_till_canceled"
    IMMEDIATE_OR_CANCEL = "immediate_or_cancel"


class ExchangeInstance(str, enum.Enum):
    EVENT_CONTRACT = "event_contract"
    MARGINED = "margined"


class ExitTriggerKind(str, enum.Enum):
    BRACKET = "bracket"
    TRAILING = "trailing"


class ExitTriggerLeg(str, enum.Enum):
    STOP_LOSS = "stop_loss"
    TAKE_PROFIT = "take_profit"


class ExitTriggerReason(str, enum.Enum):
    USER_CANCELED = "user_canceled"
    POSITION_CLOSED = "position_closed"
    ENTRY_NOT_FILLED = "entry_not_filled"
    ORDER_REJECTED = "order_rejected"
    POSITION_FLIPPED = "position_flipped"


class ExitTriggerStatus(str, enum.Enum):
    PENDING_ON_ENTRY = "pending_on_entry"
    ACTIVE = "active"
    FILLED = "filled"
    FAILED = "failed"
    CANCELED = "canceled"
    UNKNOWN = "unknown"


class FCMSubtraderRiskControlsAssetClass(str, enum.Enum):
    CRYPTO = "Crypto"
    EQUITIES = "Equities"
    METALS = "Metals"
    FX = "FX"
    ENERGY = "Energy"
    INDICES = "Indices"
    RATES = "Rates"
    COMPUTE = "Compute"
    GPU = "GPU"


class LastUpdateReason(str, enum.Enum):
    EMPTY = ""
    DECREASE = "Decrease"
    AMEND = "Amend"
    MARGINCANCEL = "MarginCancel"
    SELFTRADECANCEL = "SelfTradeCancel"
    EXPIRYCANCEL = "ExpiryCancel"
    TRADE = "Trade"
    POSTONLYCROSSCANCEL = "PostOnlyCrossCancel"


class MarginFeeTierRateFeeSchedule(str, enum.Enum):
    SELF_CLEARING_MEMBERS = "self_clearing_members"
    KALSHI_PRIME = "kalshi_prime"
    FCM = "fcm"


class MarginMarketStatus(str, enum.Enum):
    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"


class OrderReason(str, enum.Enum):
    LIQUIDATION = "liquidation"
    TAKE_PROFIT_STOP_LOSS = "take_profit_stop_loss"


class OrderSource(str, enum.Enum):
    USER = "user"
    SYSTEM = "system"


class SelfTradePreventionType(str, enum.Enum):
    TAKER_AT_CROSS = "taker_at_cross"
    MAKER = "maker"


class UpdateFCMSubtraderRiskControlsRequestAssetClass(str, enum.Enum):
    CRYPTO = "Crypto"
    EQUITIES = "Equities"
    METALS = "Metals"
    FX = "FX"
    ENERGY = "Energy"
    INDICES = "Indices"
    RATES = "Rates"
    COMPUTE = "Compute"
    GPU = "GPU"


class AmendMarginOrderRequest(Model, kw_only=True):
    ticker: str
    side: Literal["bid", "ask"]
    price: Decimal
    count: Decimal
    client_order_id: str | UnsetType = UNSET
    updated_client_order_id: str | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"price": "dollars", "count": "count"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "price": ("0", None),
        "count": ("0", None),
    }


class AmendMarginOrderResponse(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    client_order_id: str | UnsetType = UNSET
    remaining_count: Decimal | UnsetType | None = UNSET
    fill_count: Decimal | UnsetType | None = UNSET
    average_fill_price: Decimal | UnsetType | None = UNSET
    average_fee_paid: Decimal | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "remaining_count": "count",
        "fill_count": "count",
        "average_fill_price": "dollars",
        "average_fee_paid": "dollars",
    }


class ApiUsageLevelGrant(Model, kw_only=True):
    exchange_instance: str | UnsetType = UNSET
    level: str | UnsetType = UNSET
    expires_ts: int | UnsetType | None = UNSET
    source: str | UnsetType = UNSET


class ApplySubaccountTransferRequest(Model, kw_only=True):
    client_transfer_id: str
    from_subaccount: int
    to_subaccount: int
    amount_cents: int


class ApplySubaccountTransferResponse(Model, kw_only=True):
    pass


class BidAskDistributionHistorical(Model, kw_only=True):
    open: Decimal | UnsetType = UNSET
    low: Decimal | UnsetType = UNSET
    high: Decimal | UnsetType = UNSET
    close: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "open": "dollars",
        "low": "dollars",
        "high": "dollars",
        "close": "dollars",
    }


class BucketLimit(Model, kw_only=True):
    refill_rate: int | UnsetType = UNSET
    bucket_capacity: int | UnsetType = UNSET


class CancelMarginOrderResponse(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    client_order_id: str | UnsetType = UNSET
    reduced_by: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"reduced_by": "count"}


class CreateFCMSubtraderRequest(Model, kw_only=True):
    subtrader_suffix: Annotated[str, msgspec.Meta(pattern="^[a-z0-9]{1,16}$")]


class CreateFCMSubtraderResponse(Model, kw_only=True):
    subtrader_id: str | UnsetType = UNSET


class CreateMarginFCMSubtraderRequest(Model, kw_only=True):
    subtrader_suffix: Annotated[str, msgspec.Meta(pattern="^[a-z0-9]{1,16}$")]


class CreateMarginFCMSubtraderResponse(Model, kw_only=True):
    subtrader_id: str | UnsetType = UNSET


class CreateMarginOrderRequest(Model, kw_only=True):
    ticker: str
    client_order_id: str | UnsetType = UNSET
    side: Literal["bid", "ask"]
    count: Decimal
    price: Decimal
    expiration_time: int | UnsetType = UNSET
    time_in_force: Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"]
    post_only: bool | UnsetType = UNSET
    self_trade_prevention_type: Literal["taker_at_cross", "maker"]
    cancel_order_on_pause: bool | UnsetType = UNSET
    reduce_only: bool | UnsetType = UNSET
    subaccount: Annotated[int, msgspec.Meta(ge=0)] | UnsetType = UNSET
    order_group_id: str | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"count": "count", "price": "dollars"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "count": ("0", None),
        "price": ("0", None),
    }


class CreateMarginOrderResponse(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    client_order_id: str | UnsetType = UNSET
    fill_count: Decimal | UnsetType = UNSET
    remaining_count: Decimal | UnsetType = UNSET
    average_fill_price: Decimal | UnsetType = UNSET
    average_fee_paid: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "fill_count": "count",
        "remaining_count": "count",
        "average_fill_price": "dollars",
        "average_fee_paid": "dollars",
    }


class CreateOrderGroupRequest(Model, kw_only=True):
    subaccount: Annotated[int, msgspec.Meta(ge=0)] | UnsetType = UNSET
    contracts_limit: Annotated[int, msgspec.Meta(ge=1)] | UnsetType = UNSET
    contracts_limit_fp: Decimal | UnsetType | None = UNSET
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"contracts_limit_fp": "count"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "contracts_limit_fp": ("0", None)
    }


class CreateOrderGroupResponse(Model, kw_only=True):
    order_group_id: str | UnsetType = UNSET
    subaccount: int | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET


class CreateSubaccountResponse(Model, kw_only=True):
    subaccount_number: int | UnsetType = UNSET


class DecreaseMarginOrderRequest(Model, kw_only=True):
    reduce_by: Decimal | UnsetType | None = UNSET
    reduce_to: Decimal | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"reduce_by": "count", "reduce_to": "count"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "reduce_by": ("0", None),
        "reduce_to": ("0", None),
    }


class DecreaseMarginOrderResponse(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    client_order_id: str | UnsetType = UNSET
    remaining_count: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"remaining_count": "count"}


class EmptyResponse(Model, kw_only=True):
    pass


class ErrorResponse(Model, kw_only=True):
    code: str | UnsetType = UNSET
    message: str | UnsetType = UNSET
    details: str | UnsetType = UNSET


class ExchangeStatus(Model, kw_only=True):
    exchange_active: bool | UnsetType = UNSET
    trading_active: bool | UnsetType = UNSET


class ExitTrigger(Model, kw_only=True):
    id: str | UnsetType = UNSET
    ticker: str | UnsetType = UNSET
    kind: str | UnsetType = UNSET
    status: str | UnsetType = UNSET
    status_reason: str | UnsetType = UNSET
    triggered_leg: str | UnsetType = UNSET
    triggered_order_id: str | UnsetType = UNSET
    anchor_order_id: str | UnsetType = UNSET
    client_trigger_id: str | UnsetType = UNSET
    stop_loss_price: Decimal | UnsetType = UNSET
    take_profit_price: Decimal | UnsetType = UNSET
    trail_amount: Decimal | UnsetType = UNSET
    trail_bps: int | UnsetType = UNSET
    watermark_price: Decimal | UnsetType = UNSET
    effective_stop_price: Decimal | UnsetType = UNSET
    count: Decimal | UnsetType = UNSET
    filled_count: Decimal | UnsetType = UNSET
    created_time: datetime | UnsetType = UNSET
    updated_time: datetime | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "stop_loss_price": "dollars",
        "take_profit_price": "dollars",
        "trail_amount": "dollars",
        "watermark_price": "dollars",
        "effective_stop_price": "dollars",
        "count": "count",
        "filled_count": "count",
    }


class FCMSubtraderRiskControls(Model, kw_only=True):
    subtrader_id: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    asset_class: str | UnsetType = UNSET
    im_cap: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"im_cap": "dollars"}


class GetAccountApiLimitsResponse(Model, kw_only=True):
    usage_tier: str | UnsetType = UNSET
    read: BucketLimit | UnsetType = UNSET
    write: BucketLimit | UnsetType = UNSET
    grants: list[ApiUsageLevelGrant] | UnsetType = UNSET


class GetExitTriggersResponse(Model, kw_only=True):
    exit_triggers: list[ExitTrigger] | UnsetType = UNSET


class GetFCMSubtraderRiskControlsResponse(Model, kw_only=True):
    risk_controls: list[FCMSubtraderRiskControls] | UnsetType = UNSET


class GetMarginBalanceResponse(Model, kw_only=True):
    subaccount_balances: list[MarginSubaccountBalance] | UnsetType = UNSET
    settled_funds: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"settled_funds": "dollars"}


class GetMarginFeeTierRatesResponse(Model, kw_only=True):
    fee_tier_rates: list[MarginFeeTierRate] | UnsetType = UNSET


class GetMarginFeeTiersResponse(Model, kw_only=True):
    maker_fee_rates: dict[str, Decimal] | UnsetType = UNSET
    taker_fee_rates: dict[str, Decimal] | UnsetType = UNSET


class GetMarginFillsResponse(Model, kw_only=True):
    fills: list[MarginFill] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetMarginFundingHistoryResponse(Model, kw_only=True):
    funding_history: list[MarginFundingHistoryEntry] | UnsetType = UNSET


class GetMarginFundingRateEstimateResponse(Model, kw_only=True):
    market_ticker: str | UnsetType = UNSET
    computed_time: datetime | UnsetType = UNSET
    funding_rate: float | UnsetType = UNSET
    mark_price: Decimal | UnsetType = UNSET
    next_funding_time: datetime | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"mark_price": "dollars"}


class GetMarginHistoricalFundingRatesResponse(Model, kw_only=True):
    funding_rates: list[MarginFundingRate] | UnsetType = UNSET


class GetMarginMarketCandlesticksResponse(Model, kw_only=True):
    ticker: str | UnsetType = UNSET
    candlesticks: list[MarginMarketCandlestick] | UnsetType = UNSET


class GetMarginMarketsResponse(Model, kw_only=True):
    markets: list[MarginMarket] | UnsetType = UNSET


class GetMarginOrderResponse(Model, kw_only=True):
    order: MarginOrder | UnsetType = UNSET


class GetMarginOrdersResponse(Model, kw_only=True):
    orders: list[MarginOrder] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetMarginPositionsResponse(Model, kw_only=True):
    positions: list[MarginPosition] | UnsetType = UNSET


class GetMarginPremiumIndexResponse(Model, kw_only=True):
    points: list[MarginPremiumIndexPoint] | UnsetType = UNSET


class GetMarginRiskParametersResponse(Model, kw_only=True):
    liquidation_margin_ratio_threshold: float | UnsetType = UNSET
    queue_entry_margin_ratio_threshold: float | UnsetType = UNSET
    initial_margin_multiplier: dict[str, float] | UnsetType = UNSET


class GetMarginRiskResponse(Model, kw_only=True):
    account_leverage: float | UnsetType | None = UNSET
    total_position_notional: Decimal | UnsetType = UNSET
    total_maintenance_margin: Decimal | UnsetType = UNSET
    positions: list[MarginRiskPosition] | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "total_position_notional": "dollars",
        "total_maintenance_margin": "dollars",
    }


class GetMarginTradesResponse(Model, kw_only=True):
    trades: list[MarginTrade] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetOrderGroupResponse(Model, kw_only=True):
    is_auto_cancel_enabled: bool | UnsetType = UNSET
    contracts_limit_fp: Decimal | UnsetType = UNSET
    orders: list[str] | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"contracts_limit_fp": "count"}


class GetOrderGroupsResponse(Model, kw_only=True):
    order_groups: list[OrderGroup] | UnsetType = UNSET


class IntraExchangeInstanceTransferRequest(Model, kw_only=True):
    source: Literal["event_contract", "margined"]
    destination: Literal["event_contract", "margined"]
    amount: int
    source_exchange_shard: Annotated[int, msgspec.Meta(ge=0, le=100)] | UnsetType = UNSET
    destination_exchange_shard: Annotated[int, msgspec.Meta(ge=0, le=100)] | UnsetType = UNSET


class IntraExchangeInstanceTransferResponse(Model, kw_only=True):
    transfer_id: str | UnsetType = UNSET


class MarginEnabledResponse(Model, kw_only=True):
    enabled: bool | UnsetType = UNSET


class MarginFeeTierRate(Model, kw_only=True):
    fee_schedule: str | UnsetType = UNSET
    tier: int | UnsetType = UNSET
    maker_fee_rate: Decimal | UnsetType = UNSET
    taker_fee_rate: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"maker_fee_rate": "number", "taker_fee_rate": "number"}


class MarginFill(Model, kw_only=True):
    fill_id: str | UnsetType = UNSET
    order_id: str | UnsetType = UNSET
    is_taker: bool | UnsetType = UNSET
    side: str | UnsetType = UNSET
    count: Decimal | UnsetType = UNSET
    created_time: datetime | UnsetType = UNSET
    ticker: str | UnsetType = UNSET
    price: str | UnsetType = UNSET
    entry_price: str | UnsetType = UNSET
    fees: str | UnsetType = UNSET
    realized_pnl: str | UnsetType = UNSET
    order_source: str | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"count": "count"}


class MarginFundingHistoryEntry(Model, kw_only=True):
    market_ticker: str | UnsetType = UNSET
    funding_time: datetime | UnsetType = UNSET
    funding_rate: float | UnsetType = UNSET
    mark_price: Decimal | UnsetType = UNSET
    funding_amount: Decimal | UnsetType = UNSET
    quantity: Decimal | UnsetType = UNSET
    subaccount_number: int | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "mark_price": "dollars",
        "funding_amount": "dollars",
        "quantity": "count",
    }


class MarginFundingRate(Model, kw_only=True):
    market_ticker: str | UnsetType = UNSET
    funding_time: datetime | UnsetType = UNSET
    funding_rate: float | UnsetType = UNSET
    mark_price: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"mark_price": "dollars"}


class MarginMarket(Model, kw_only=True):
    ticker: str | UnsetType = UNSET
    title: str | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET
    contract_size: str | UnsetType = UNSET
    tick_size: Decimal | UnsetType = UNSET
    status: str | UnsetType = UNSET
    fractional_trading_enabled: bool | UnsetType = UNSET
    leverage_estimate: float | UnsetType = UNSET
    leverage_estimates: dict[str, float] | UnsetType = UNSET
    long_leverage_estimates: dict[str, float] | UnsetType = UNSET
    short_leverage_estimates: dict[str, float] | UnsetType = UNSET
    price: Decimal | UnsetType = UNSET
    volume: Decimal | UnsetType = UNSET
    volume_notional_value_dollars: Decimal | UnsetType = UNSET
    open_interest: Decimal | UnsetType = UNSET
    open_interest_notional_value_dollars: Decimal | UnsetType = UNSET
    volume_24h: Decimal | UnsetType = UNSET
    volume_24h_notional_value_dollars: Decimal | UnsetType = UNSET
    bid: Decimal | UnsetType = UNSET
    ask: Decimal | UnsetType = UNSET
    settlement_mark_price: TickerPrice | UnsetType = UNSET
    liquidation_mark_price: TickerPrice | UnsetType = UNSET
    reference_price: TickerPrice | UnsetType = UNSET
    asset_class: str | UnsetType = UNSET
    schedule: MarginMarketSchedule | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "tick_size": "dollars",
        "price": "dollars",
        "volume": "count",
        "volume_notional_value_dollars": "dollars",
        "open_interest": "count",
        "open_interest_notional_value_dollars": "dollars",
        "volume_24h": "count",
        "volume_24h_notional_value_dollars": "dollars",
        "bid": "dollars",
        "ask": "dollars",
    }


class MarginMarketCandlestick(Model, kw_only=True):
    end_period_ts: int | UnsetType = UNSET
    bid: BidAskDistributionHistorical | UnsetType = UNSET
    ask: BidAskDistributionHistorical | UnsetType = UNSET
    price: PriceDistributionHistorical | UnsetType = UNSET
    volume: Decimal | UnsetType = UNSET
    volume_notional_value_dollars: Decimal | UnsetType = UNSET
    open_interest: Decimal | UnsetType = UNSET
    open_interest_notional_value_dollars: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "volume": "count",
        "volume_notional_value_dollars": "dollars",
        "open_interest": "count",
        "open_interest_notional_value_dollars": "dollars",
    }


class MarginMarketResponse(Model, kw_only=True):
    market: MarginMarket | UnsetType = UNSET


class MarginMarketSchedule(Model, kw_only=True):
    is_open: bool | UnsetType = UNSET
    next_close_ts: int | UnsetType | None = UNSET
    next_open_ts: int | UnsetType | None = UNSET


class MarginOrder(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    user_id: str | UnsetType = UNSET
    client_order_id: str | UnsetType = UNSET
    ticker: str | UnsetType = UNSET
    side: str | UnsetType = UNSET
    last_update_reason: str | UnsetType = UNSET
    price: Decimal | UnsetType = UNSET
    fill_count: Decimal | UnsetType = UNSET
    remaining_count: Decimal | UnsetType = UNSET
    expiration_time: datetime | UnsetType | None = UNSET
    created_time: datetime | UnsetType | None = UNSET
    last_update_time: datetime | UnsetType | None = UNSET
    self_trade_prevention_type: str | UnsetType | None = UNSET
    cancel_order_on_pause: bool | UnsetType = UNSET
    order_group_id: str | UnsetType = UNSET
    order_source: str | UnsetType = UNSET
    order_reason: str | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "price": "dollars",
        "fill_count": "count",
        "remaining_count": "count",
    }


class MarginOrderbookCount(Model, kw_only=True):
    bids: list[tuple[Decimal, Decimal]] | UnsetType = UNSET
    asks: list[tuple[Decimal, Decimal]] | UnsetType = UNSET


class MarginOrderbookResponse(Model, kw_only=True):
    orderbook: MarginOrderbookCount | UnsetType = UNSET


class MarginPosition(Model, kw_only=True):
    subaccount: int | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    position: Decimal | UnsetType = UNSET
    entry_price: Decimal | UnsetType = UNSET
    unrealized_pnl: Decimal | UnsetType = UNSET
    margin_used: Decimal | UnsetType | None = UNSET
    fees: Decimal | UnsetType = UNSET
    roe: float | UnsetType | None = UNSET
    is_portfolio: bool | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "position": "count",
        "entry_price": "dollars",
        "unrealized_pnl": "dollars",
        "margin_used": "dollars",
        "fees": "dollars",
    }


class MarginPremiumIndexPoint(Model, kw_only=True):
    second_ts: datetime | UnsetType = UNSET
    premium_index: str | UnsetType = UNSET


class MarginRiskPosition(Model, kw_only=True):
    subaccount: int | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    position: Decimal | UnsetType = UNSET
    mark_price: Decimal | UnsetType = UNSET
    position_notional: Decimal | UnsetType = UNSET
    maintenance_margin_required: Decimal | UnsetType | None = UNSET
    position_leverage: float | UnsetType | None = UNSET
    estimated_liquidation_price: Decimal | UnsetType | None = UNSET
    is_portfolio: bool | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "position": "count",
        "mark_price": "dollars",
        "position_notional": "dollars",
        "maintenance_margin_required": "dollars",
        "estimated_liquidation_price": "dollars",
    }


class MarginSubaccountBalance(Model, kw_only=True):
    subaccount: int | UnsetType = UNSET
    position_value: Decimal | UnsetType = UNSET
    account_equity: Decimal | UnsetType = UNSET
    maintenance_margin: Decimal | UnsetType = UNSET
    initial_margin: Decimal | UnsetType = UNSET
    resting_orders_margin: Decimal | UnsetType = UNSET
    available_balance: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "position_value": "dollars",
        "account_equity": "dollars",
        "maintenance_margin": "dollars",
        "initial_margin": "dollars",
        "resting_orders_margin": "dollars",
        "available_balance": "dollars",
    }


class MarginTrade(Model, kw_only=True):
    trade_id: str | UnsetType = UNSET
    ticker: str | UnsetType = UNSET
    count: Decimal | UnsetType = UNSET
    price: str | UnsetType = UNSET
    created_time: datetime | UnsetType = UNSET
    taker_side: str | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"count": "count"}


class NotionalRiskLimitResponse(Model, kw_only=True):
    default_notional_value_risk_limit: str | UnsetType = UNSET
    notional_value_risk_limits_by_market_ticker: dict[str, str] | UnsetType = UNSET


class OrderGroup(Model, kw_only=True):
    id: str | UnsetType = UNSET
    contracts_limit_fp: Decimal | UnsetType = UNSET
    is_auto_cancel_enabled: bool | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"contracts_limit_fp": "count"}


class PriceDistributionHistorical(Model, kw_only=True):
    open: Decimal | UnsetType | None = UNSET
    low: Decimal | UnsetType | None = UNSET
    high: Decimal | UnsetType | None = UNSET
    close: Decimal | UnsetType | None = UNSET
    mean: Decimal | UnsetType | None = UNSET
    previous: Decimal | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "open": "dollars",
        "low": "dollars",
        "high": "dollars",
        "close": "dollars",
        "mean": "dollars",
        "previous": "dollars",
    }


class SetCrossExitTriggerRequest(Model, kw_only=True):
    count: Decimal | UnsetType = UNSET
    anchor_order_id: str | UnsetType = UNSET
    client_trigger_id: Annotated[str, msgspec.Meta(max_length=64)] | UnsetType = UNSET
    kind: Literal["bracket", "trailing"] | UnsetType = UNSET
    stop_loss_price: Decimal | UnsetType = UNSET
    take_profit_price: Decimal | UnsetType = UNSET
    trail_amount: Decimal | UnsetType = UNSET
    trail_bps: Annotated[int, msgspec.Meta(ge=1, le=9999)] | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "count": "count",
        "stop_loss_price": "dollars",
        "take_profit_price": "dollars",
        "trail_amount": "dollars",
    }
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "count": ("0", None),
        "stop_loss_price": ("0", None),
        "take_profit_price": ("0", None),
        "trail_amount": ("0", None),
    }


class SetIsolatedExitTriggerRequest(Model, kw_only=True):
    kind: Literal["bracket", "trailing"] | UnsetType = UNSET
    stop_loss_price: Decimal | UnsetType = UNSET
    take_profit_price: Decimal | UnsetType = UNSET
    trail_amount: Decimal | UnsetType = UNSET
    trail_bps: Annotated[int, msgspec.Meta(ge=1, le=9999)] | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "stop_loss_price": "dollars",
        "take_profit_price": "dollars",
        "trail_amount": "dollars",
    }
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "stop_loss_price": ("0", None),
        "take_profit_price": ("0", None),
        "trail_amount": ("0", None),
    }


class TickerPrice(Model, kw_only=True):
    price: Decimal | UnsetType = UNSET
    ts_ms: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"price": "dollars"}


class UpdateExitTriggerRequest(Model, kw_only=True):
    stop_loss_price: Decimal | UnsetType = UNSET
    take_profit_price: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "stop_loss_price": "dollars",
        "take_profit_price": "dollars",
    }
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "stop_loss_price": ("0", None),
        "take_profit_price": ("0", None),
    }


class UpdateFCMNotionalRiskLimitRequest(Model, kw_only=True):
    notional_value_risk_limit: Decimal

    __fixed_point__: ClassVar[Mapping[str, str]] = {"notional_value_risk_limit": "dollars"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "notional_value_risk_limit": ("0", None)
    }


class UpdateFCMSubtraderRiskControlsRequest(Model, kw_only=True):
    subtrader_id: str
    market_ticker: str | UnsetType = UNSET
    asset_class: (
        Literal["Crypto", "Equities", "Metals", "FX", "Energy", "Indices", "Rates", "Compute", "GPU"]
        | UnsetType
    ) = UNSET
    im_cap: Decimal

    __fixed_point__: ClassVar[Mapping[str, str]] = {"im_cap": "dollars"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {"im_cap": ("0", None)}


class UpdateOrderGroupLimitRequest(Model, kw_only=True):
    contracts_limit: Annotated[int, msgspec.Meta(ge=1)] | UnsetType = UNSET
    contracts_limit_fp: Decimal | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"contracts_limit_fp": "count"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "contracts_limit_fp": ("0", None)
    }


__all__ = [
    "AmendMarginOrderRequest",
    "AmendMarginOrderResponse",
    "ApiUsageLevelGrant",
    "ApplySubaccountTransferRequest",
    "ApplySubaccountTransferResponse",
    "BidAskDistributionHistorical",
    "BookSide",
    "BucketLimit",
    "CancelMarginOrderResponse",
    "CreateFCMSubtraderRequest",
    "CreateFCMSubtraderResponse",
    "CreateMarginFCMSubtraderRequest",
    "CreateMarginFCMSubtraderResponse",
    "CreateMarginOrderRequest",
    "CreateMarginOrderRequestTimeInForce",
    "CreateMarginOrderResponse",
    "CreateOrderGroupRequest",
    "CreateOrderGroupResponse",
    "CreateSubaccountResponse",
    "DecreaseMarginOrderRequest",
    "DecreaseMarginOrderResponse",
    "EmptyResponse",
    "ErrorResponse",
    "ExchangeInstance",
    "ExchangeStatus",
    "ExitTrigger",
    "ExitTriggerKind",
    "ExitTriggerLeg",
    "ExitTriggerReason",
    "ExitTriggerStatus",
    "FCMSubtraderRiskControls",
    "FCMSubtraderRiskControlsAssetClass",
    "GetAccountApiLimitsResponse",
    "GetExitTriggersResponse",
    "GetFCMSubtraderRiskControlsResponse",
    "GetMarginBalanceResponse",
    "GetMarginFeeTierRatesResponse",
    "GetMarginFeeTiersResponse",
    "GetMarginFillsResponse",
    "GetMarginFundingHistoryResponse",
    "GetMarginFundingRateEstimateResponse",
    "GetMarginHistoricalFundingRatesResponse",
    "GetMarginMarketCandlesticksResponse",
    "GetMarginMarketsResponse",
    "GetMarginOrderResponse",
    "GetMarginOrdersResponse",
    "GetMarginPositionsResponse",
    "GetMarginPremiumIndexResponse",
    "GetMarginRiskParametersResponse",
    "GetMarginRiskResponse",
    "GetMarginTradesResponse",
    "GetOrderGroupResponse",
    "GetOrderGroupsResponse",
    "IntraExchangeInstanceTransferRequest",
    "IntraExchangeInstanceTransferResponse",
    "LastUpdateReason",
    "MarginEnabledResponse",
    "MarginFeeTierRate",
    "MarginFeeTierRateFeeSchedule",
    "MarginFill",
    "MarginFundingHistoryEntry",
    "MarginFundingRate",
    "MarginMarket",
    "MarginMarketCandlestick",
    "MarginMarketResponse",
    "MarginMarketSchedule",
    "MarginMarketStatus",
    "MarginOrder",
    "MarginOrderbookCount",
    "MarginOrderbookResponse",
    "MarginPosition",
    "MarginPremiumIndexPoint",
    "MarginRiskPosition",
    "MarginSubaccountBalance",
    "MarginTrade",
    "NotionalRiskLimitResponse",
    "OrderGroup",
    "OrderReason",
    "OrderSource",
    "PriceDistributionHistorical",
    "SelfTradePreventionType",
    "SetCrossExitTriggerRequest",
    "SetIsolatedExitTriggerRequest",
    "TickerPrice",
    "UpdateExitTriggerRequest",
    "UpdateFCMNotionalRiskLimitRequest",
    "UpdateFCMSubtraderRiskControlsRequest",
    "UpdateFCMSubtraderRiskControlsRequestAssetClass",
    "UpdateOrderGroupLimitRequest",
]
