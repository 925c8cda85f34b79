# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""The models of the Kalshi Trade API, one msgspec Struct per schema of openapi.yaml 3.34.0.

Answers decode leniently: every field may be absent (`UNSET`), unknown fields are ignored, and
enum-valued fields are plain `str` (the enum classes below name the values known today).
Request bodies are strict: required fields must be given and enum fields take the listed values.
`*_dollars` prices and `*_fp` counts are `decimal.Decimal`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal

import msgspec
from msgspec import UNSET, UnsetType

from .._model import Model


class AcceptQuoteRequestAcceptedSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class AcceptRFQBatchRequestAcceptedSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class AcceptRFQBatchResponseAcceptedSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class AmendOrderRequestAction(str, enum.Enum):
    BUY = "buy"
    SELL = "sell"


class AmendOrderRequestSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class ApiKeyScope(str, enum.Enum):
    READ = "read"
    WRITE = "write"
    READ_BLOCK_TRADE_ACCEPT = "read::block_trade_accept"
    READ_PORTFOLIO_BALANCE = "read::portfolio_balance"
    WRITE_TRADE = "write::trade"
    WRITE_TRANSFER = "write::transfer"
    WRITE_FCM_RISK = "write::fcm_risk"
    WRITE_BLOCK_TRADE_ACCEPT = "write::block_trade_accept"


class ApiKeyType(str, enum.Enum):
    RSA = "rsa"
    ED25519 = "ed25519"


class BlockTradeProposalMakerSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class BookSide(str, enum.Enum):
    BID = "bid"
    ASK = "ask"


class CreateOrderRequestAction(str, enum.Enum):
    BUY = "buy"
    SELL = "sell"


class CreateOrderRequestSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class CreateOrderRequestTimeInForce(str, enum.Enum):
    FILL_OR_KILL = "fill_or_kill"
    GOOD_TILL_CANCELED = "good_till_canceled"
    IMMEDIATE_OR_CANCEL = "immediate_or_cancel"


class CreateOrderV2RequestTimeInForce(str, enum.Enum):
    FILL_OR_KILL = "fill_or_kill"
    GOOD_TILL_CANCELED = "good_till_canceled"
    IMMEDIATE_OR_CANCEL = "immediate_or_cancel"


class DepositStatus(str, enum.Enum):
    PENDING = "pending"
    APPLIED = "applied"
    FAILED = "failed"
    RETURNED = "returned"


class DepositType(str, enum.Enum):
    ACH = "ach"
    WIRE = "wire"
    CRYPTO = "crypto"
    DEBIT = "debit"
    APM = "apm"


class ExchangeInstance(str, enum.Enum):
    EVENT_CONTRACT = "event_contract"
    MARGINED = "margined"


class FeeType(str, enum.Enum):
    QUADRATIC = "quadratic"
    QUADRATIC_WITH_MAKER_FEES = "quadratic_with_maker_fees"
    QUADRATIC_WITH_COMBO_MAKER_FEES = "quadratic_with_combo_maker_fees"
    FLAT = "flat"


class FillAction(str, enum.Enum):
    BUY = "buy"
    SELL = "sell"


class FillSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class IncentiveProgramIncentiveType(str, enum.Enum):
    LIQUIDITY = "liquidity"
    VOLUME = "volume"
    MARGIN_MAKER_VOLUME = "margin_maker_volume"
    MARGIN_TAKER_VOLUME = "margin_taker_volume"


class IntraExchangeInstanceTransferStatus(str, enum.Enum):
    PENDING = "pending"
    COMPLETE = "complete"


class MarketMarketType(str, enum.Enum):
    BINARY = "binary"
    SCALAR = "scalar"


class MarketResult(str, enum.Enum):
    YES = "yes"
    NO = "no"
    SCALAR = "scalar"
    EMPTY = ""


class MarketSettlementBoundsType(str, enum.Enum):
    DEFAULT = "default"
    FLOOR = "floor"


class MarketStatus(str, enum.Enum):
    INITIALIZED = "initialized"
    INACTIVE = "inactive"
    ACTIVE = "active"
    CLOSED = "closed"
    DETERMINED = "determined"
    DISPUTED = "disputed"
    AMENDED = "amended"
    FINALIZED = "finalized"


class MarketStrikeType(str, enum.Enum):
    GREATER = "greater"
    GREATER_OR_EQUAL = "greater_or_equal"
    LESS = "less"
    LESS_OR_EQUAL = "less_or_equal"
    BETWEEN = "between"
    FUNCTIONAL = "functional"
    CUSTOM = "custom"
    STRUCTURED = "structured"


class OrderAction(str, enum.Enum):
    BUY = "buy"
    SELL = "sell"


class OrderOutcomeSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class OrderSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class OrderStatus(str, enum.Enum):
    RESTING = "resting"
    CANCELED = "canceled"
    EXECUTED = "executed"


class OrderType(str, enum.Enum):
    LIMIT = "limit"
    MARKET = "market"


class OutcomeSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class ProposeBlockTradeRequestMakerSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class QuoteAcceptedSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class QuoteStatus(str, enum.Enum):
    OPEN = "open"
    ACCEPTED = "accepted"
    CONFIRMED = "confirmed"
    EXECUTED = "executed"
    CANCELLED = "cancelled"


class RFQBatchQuoteAcceptedSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class RFQBatchQuoteStatus(str, enum.Enum):
    OPEN = "open"
    ACCEPTED = "accepted"
    CONFIRMED = "confirmed"
    EXECUTED = "executed"
    PARTIALLY_EXECUTED = "partially_executed"
    CANCELLED = "cancelled"


class RFQBatchStatus(str, enum.Enum):
    OPEN = "open"
    ACCEPTED = "accepted"
    CLOSED = "closed"


class RFQStatus(str, enum.Enum):
    OPEN = "open"
    CLOSED = "closed"


class RestingMarginReservation(str, enum.Enum):
    NONE = "none"
    MAX = "max"
    SUM = "sum"


class SelfTradePreventionType(str, enum.Enum):
    TAKER_AT_CROSS = "taker_at_cross"
    MAKER = "maker"


class SettlementMarketResult(str, enum.Enum):
    YES = "yes"
    NO = "no"
    SCALAR = "scalar"


class TickerPairSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class TradeTakerOutcomeSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class TradeTakerSide(str, enum.Enum):
    YES = "yes"
    NO = "no"


class UserFilter(str, enum.Enum):
    SELF = "self"


class WithdrawalStatus(str, enum.Enum):
    PENDING = "pending"
    APPLIED = "applied"
    FAILED = "failed"
    RETURNED = "returned"


class WithdrawalType(str, enum.Enum):
    ACH = "ach"
    WIRE = "wire"
    CRYPTO = "crypto"
    DEBIT = "debit"
    APM = "apm"


class AcceptBlockTradeProposalRequest(Model, kw_only=True):
    subtrader_id: str | UnsetType = UNSET
    subaccount: Annotated[int, msgspec.Meta(ge=0, le=63)] | UnsetType = UNSET


class AcceptQuoteRequest(Model, kw_only=True):
    accepted_side: Literal["yes", "no"]


class AcceptRFQBatchRequest(Model, kw_only=True):
    accepted_side: Literal["yes", "no"]
    min_bids: list[RFQBatchAcceptLimit]
    client_order_id: str | UnsetType = UNSET


class AcceptRFQBatchResponse(Model, kw_only=True):
    accepted_side: str | UnsetType = UNSET
    quotes: list[Quote] | UnsetType = UNSET


class AccountApiUsageLevelVolumeGoal(Model, kw_only=True):
    level: str | UnsetType = UNSET
    earn_volume_goal_fp: Decimal | UnsetType = UNSET
    keep_volume_goal_fp: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "earn_volume_goal_fp": "count",
        "keep_volume_goal_fp": "count",
    }


class AccountApiUsageLevelVolumeProgress(Model, kw_only=True):
    computed_ts: int | UnsetType = UNSET
    trailing_30d_volume_fp: Decimal | UnsetType = UNSET
    goals: list[AccountApiUsageLevelVolumeGoal] | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"trailing_30d_volume_fp": "count"}


class AmendOrderRequest(Model, kw_only=True):
    subaccount: Annotated[int, msgspec.Meta(ge=0)] | UnsetType = UNSET
    ticker: str
    side: Literal["yes", "no"]
    action: Literal["buy", "sell"]
    client_order_id: str | UnsetType = UNSET
    updated_client_order_id: str | UnsetType = UNSET
    yes_price: Annotated[int, msgspec.Meta(ge=1, le=99)] | UnsetType = UNSET
    no_price: Annotated[int, msgspec.Meta(ge=1, le=99)] | UnsetType = UNSET
    yes_price_dollars: Decimal | UnsetType = UNSET
    no_price_dollars: Decimal | UnsetType = UNSET
    count: Annotated[int, msgspec.Meta(ge=1)] | UnsetType = UNSET
    count_fp: Decimal | UnsetType | None = UNSET
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "yes_price_dollars": "dollars",
        "no_price_dollars": "dollars",
        "count_fp": "count",
    }
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "yes_price_dollars": ("0", "1"),
        "no_price_dollars": ("0", "1"),
        "count_fp": ("0", None),
    }


class AmendOrderResponse(Model, kw_only=True):
    old_order: Order | UnsetType = UNSET
    order: Order | UnsetType = UNSET


class AmendOrderV2Request(Model, kw_only=True):
    ticker: str
    side: Literal["bid", "ask"]
    price: Decimal
    count: Decimal
    client_order_id: str | UnsetType = UNSET
    updated_client_order_id: str | UnsetType = UNSET
    expiration_time: Annotated[int, msgspec.Meta(ge=0)] | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"price": "dollars", "count": "count"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "price": ("0", "1"),
        "count": ("0", None),
    }


class AmendOrderV2Response(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    client_order_id: str | UnsetType = UNSET
    remaining_count: Decimal | UnsetType | None = UNSET
    fill_count: Decimal | UnsetType | None = UNSET
    average_fill_price: Decimal | UnsetType | None = UNSET
    average_fee_paid: Decimal | UnsetType | None = UNSET
    ts_ms: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "remaining_count": "count",
        "fill_count": "count",
        "average_fill_price": "dollars",
        "average_fee_paid": "dollars",
    }


class ApiKey(Model, kw_only=True):
    api_key_id: str | UnsetType = UNSET
    name: str | UnsetType = UNSET
    scopes: list[str] | UnsetType = UNSET
    subaccount: int | UnsetType | None = UNSET
    fcm_subtrader_id: str | UnsetType | None = UNSET


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
    exchange_index: int | UnsetType = UNSET


class ApplySubaccountTransferResponse(Model, kw_only=True):
    pass


class AssociatedEvent(Model, kw_only=True):
    ticker: str | UnsetType = UNSET
    is_yes_only: bool | UnsetType = UNSET
    size_max: int | UnsetType | None = UNSET
    size_min: int | UnsetType | None = UNSET
    active_quoters: list[str] | UnsetType = UNSET


class BatchCancelOrdersIndividualResponse(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    order: Order | UnsetType | None = UNSET
    reduced_by_fp: Decimal | UnsetType = UNSET
    error: ErrorResponse | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"reduced_by_fp": "count"}


class BatchCancelOrdersRequest(Model, kw_only=True):
    ids: list[str] | UnsetType = UNSET
    orders: list[BatchCancelOrdersRequestOrder] | UnsetType = UNSET


class BatchCancelOrdersRequestOrder(Model, kw_only=True):
    order_id: str
    subaccount: Annotated[int, msgspec.Meta(ge=0)] | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET


class BatchCancelOrdersResponse(Model, kw_only=True):
    orders: list[BatchCancelOrdersIndividualResponse] | UnsetType = UNSET


class BatchCancelOrdersV2Request(Model, kw_only=True):
    orders: list[BatchCancelOrdersV2RequestOrdersItem]


class BatchCancelOrdersV2RequestOrdersItem(Model, kw_only=True):
    order_id: str
    subaccount: Annotated[int, msgspec.Meta(ge=0)] | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET


class BatchCancelOrdersV2Response(Model, kw_only=True):
    orders: list[BatchCancelOrdersV2ResponseOrdersItem] | UnsetType = UNSET


class BatchCancelOrdersV2ResponseOrdersItem(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    client_order_id: str | UnsetType | None = UNSET
    reduced_by: Decimal | UnsetType = UNSET
    ts_ms: int | UnsetType | None = UNSET
    error: ErrorResponse | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"reduced_by": "count"}


class BatchCreateOrdersIndividualResponse(Model, kw_only=True):
    client_order_id: str | UnsetType | None = UNSET
    order: Order | UnsetType | None = UNSET
    error: ErrorResponse | UnsetType | None = UNSET


class BatchCreateOrdersRequest(Model, kw_only=True):
    orders: list[CreateOrderRequest]


class BatchCreateOrdersResponse(Model, kw_only=True):
    orders: list[BatchCreateOrdersIndividualResponse] | UnsetType = UNSET


class BatchCreateOrdersV2Request(Model, kw_only=True):
    orders: list[CreateOrderV2Request]


class BatchCreateOrdersV2Response(Model, kw_only=True):
    orders: list[BatchCreateOrdersV2ResponseOrdersItem] | UnsetType = UNSET


class BatchCreateOrdersV2ResponseOrdersItem(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    client_order_id: str | UnsetType | None = UNSET
    fill_count: Decimal | UnsetType | None = UNSET
    remaining_count: Decimal | UnsetType | None = UNSET
    average_fill_price: Decimal | UnsetType | None = UNSET
    average_fee_paid: Decimal | UnsetType | None = UNSET
    ts_ms: int | UnsetType | None = UNSET
    error: ErrorResponse | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "fill_count": "count",
        "remaining_count": "count",
        "average_fill_price": "dollars",
        "average_fee_paid": "dollars",
    }


class BatchGetMarketCandlesticksResponse(Model, kw_only=True):
    markets: list[MarketCandlesticksResponse] | UnsetType = UNSET


class BidAskDistribution(Model, kw_only=True):
    open_dollars: Decimal | UnsetType = UNSET
    low_dollars: Decimal | UnsetType = UNSET
    high_dollars: Decimal | UnsetType = UNSET
    close_dollars: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "open_dollars": "dollars",
        "low_dollars": "dollars",
        "high_dollars": "dollars",
        "close_dollars": "dollars",
    }


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


class BlockTradeProposal(Model, kw_only=True):
    id: str | UnsetType = UNSET
    proposer_user_id: str | UnsetType = UNSET
    buyer_user_id: str | UnsetType = UNSET
    buyer_subtrader_id: str | UnsetType = UNSET
    seller_user_id: str | UnsetType = UNSET
    seller_subtrader_id: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    price_centi_cents: int | UnsetType = UNSET
    centicount: int | UnsetType = UNSET
    maker_side: str | UnsetType = UNSET
    expiration_ts: datetime | UnsetType = UNSET
    status: str | UnsetType = UNSET
    created_ts: datetime | UnsetType = UNSET
    updated_ts: datetime | UnsetType = UNSET
    buyer_accepted: bool | UnsetType = UNSET
    seller_accepted: bool | UnsetType = UNSET
    buyer_accepted_ts: datetime | UnsetType = UNSET
    seller_accepted_ts: datetime | UnsetType = UNSET
    executed_ts: datetime | UnsetType = UNSET
    buyer_order_id: str | UnsetType = UNSET
    seller_order_id: str | UnsetType = UNSET


class BucketLimit(Model, kw_only=True):
    refill_rate: int | UnsetType = UNSET
    bucket_capacity: int | UnsetType = UNSET


class CancelOrderResponse(Model, kw_only=True):
    order: Order | UnsetType = UNSET
    reduced_by: int | UnsetType = UNSET
    reduced_by_fp: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"reduced_by_fp": "count"}


class CancelOrderV2Response(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    client_order_id: str | UnsetType = UNSET
    reduced_by: Decimal | UnsetType = UNSET
    ts_ms: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"reduced_by": "count"}


class CreateApiKeyRequest(Model, kw_only=True):
    name: str
    public_key: str
    scopes: (
        list[
            Literal[
                "read",
                "write",
                "read::block_trade_accept",
                "read::portfolio_balance",
                "write::trade",
                "write::transfer",
                "write::fcm_risk",
                "write::block_trade_accept",
            ]
        ]
        | UnsetType
    ) = UNSET
    subaccount: Annotated[int, msgspec.Meta(ge=0, le=63)] | UnsetType = UNSET
    fcm_subtrader_id: str | UnsetType = UNSET


class CreateApiKeyResponse(Model, kw_only=True):
    api_key_id: str | UnsetType = UNSET
    warning: str | UnsetType | None = UNSET


class CreateFCMPositionTransferRequest(Model, kw_only=True):
    source_subtrader_id: str
    target_subtrader_id: str
    market_ticker: str
    position_centicount: int
    price_centicents: Annotated[int, msgspec.Meta(ge=0, le=10000)]


class CreateFCMPositionTransferResponse(Model, kw_only=True):
    position_transfer_id: str | UnsetType = UNSET


class CreateFCMSubtraderRequest(Model, kw_only=True):
    subtrader_suffix: str


class CreateFCMSubtraderResponse(Model, kw_only=True):
    subtrader_id: str | UnsetType = UNSET


class CreateMarketInMultivariateEventCollectionRequest(Model, kw_only=True):
    selected_markets: list[TickerPair]
    with_market_payload: bool | UnsetType = UNSET


class CreateMarketInMultivariateEventCollectionResponse(Model, kw_only=True):
    event_ticker: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    market: Market | UnsetType = UNSET


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


class CreateOrderRequest(Model, kw_only=True):
    ticker: str
    client_order_id: str | UnsetType = UNSET
    side: Literal["yes", "no"]
    action: Literal["buy", "sell"]
    count: Annotated[int, msgspec.Meta(ge=1)] | UnsetType = UNSET
    count_fp: Decimal | UnsetType | None = UNSET
    yes_price: Annotated[int, msgspec.Meta(ge=1, le=99)] | UnsetType = UNSET
    no_price: Annotated[int, msgspec.Meta(ge=1, le=99)] | UnsetType = UNSET
    yes_price_dollars: Decimal | UnsetType = UNSET
    no_price_dollars: Decimal | UnsetType = UNSET
    expiration_ts: int | UnsetType = UNSET
    time_in_force: Literal["fill_or_kill", "good_till_canceled", "immediate_or_cancel"] | UnsetType = UNSET
    buy_max_cost: int | UnsetType = UNSET
    post_only: bool | UnsetType = UNSET
    reduce_only: bool | UnsetType = UNSET
    sell_position_floor: int | UnsetType = UNSET
    self_trade_prevention_type: Literal["taker_at_cross", "maker"] | UnsetType = UNSET
    order_group_id: str | UnsetType = UNSET
    cancel_order_on_pause: bool | UnsetType = UNSET
    subaccount: Annotated[int, msgspec.Meta(ge=0)] | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "count_fp": "count",
        "yes_price_dollars": "dollars",
        "no_price_dollars": "dollars",
    }
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "count_fp": ("0", None),
        "yes_price_dollars": ("0", "1"),
        "no_price_dollars": ("0", "1"),
    }


class CreateOrderResponse(Model, kw_only=True):
    order: Order | UnsetType = UNSET


class CreateOrderV2Request(Model, kw_only=True):
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
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"count": "count", "price": "dollars"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "count": ("0", None),
        "price": ("0", "1"),
    }


class CreateOrderV2Response(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    client_order_id: str | UnsetType = UNSET
    fill_count: Decimal | UnsetType = UNSET
    remaining_count: Decimal | UnsetType = UNSET
    average_fill_price: Decimal | UnsetType = UNSET
    average_fee_paid: Decimal | UnsetType = UNSET
    ts_ms: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "fill_count": "count",
        "remaining_count": "count",
        "average_fill_price": "dollars",
        "average_fee_paid": "dollars",
    }


class CreateQuoteRequest(Model, kw_only=True):
    rfq_id: str
    yes_bid: Decimal
    no_bid: Decimal
    rest_remainder: bool
    post_only: bool | UnsetType = UNSET
    subaccount: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"yes_bid": "dollars", "no_bid": "dollars"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "yes_bid": ("0", "1"),
        "no_bid": ("0", "1"),
    }


class CreateQuoteResponse(Model, kw_only=True):
    id: str | UnsetType = UNSET


class CreateRFQBatchChild(Model, kw_only=True):
    market_ticker: str | UnsetType = UNSET
    selected_markets: list[TickerPair] | UnsetType = UNSET
    contracts_fp: Decimal | UnsetType | None = UNSET
    target_cost_dollars: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"contracts_fp": "count", "target_cost_dollars": "dollars"}


class CreateRFQBatchQuoteRequest(Model, kw_only=True):
    quotes: list[RFQBatchQuoteEntry]
    rest_remainder: bool
    post_only: bool | UnsetType = UNSET
    subaccount: int | UnsetType = UNSET


class CreateRFQBatchQuoteResponse(Model, kw_only=True):
    id: str | UnsetType = UNSET


class CreateRFQBatchRequest(Model, kw_only=True):
    children: list[CreateRFQBatchChild]
    mve_collection_ticker: str | UnsetType = UNSET
    contracts_fp: Decimal | UnsetType | None = UNSET
    target_cost_dollars: Decimal | UnsetType = UNSET
    target_cost_excludes_fees: bool | UnsetType = UNSET
    rest_remainder: bool | UnsetType = UNSET
    replace_existing: bool | UnsetType = UNSET
    obscure_creator_id: bool | UnsetType = UNSET
    client_batch_id: Annotated[str, msgspec.Meta(max_length=64)] | UnsetType = UNSET
    subtrader_id: str | UnsetType = UNSET
    subaccount: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"contracts_fp": "count", "target_cost_dollars": "dollars"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "contracts_fp": ("0", None),
        "target_cost_dollars": ("0", None),
    }


class CreateRFQBatchResponse(Model, kw_only=True):
    rfq_batch: RFQBatch | UnsetType = UNSET


class CreateRFQRequest(Model, kw_only=True):
    market_ticker: str
    contracts: int | UnsetType = UNSET
    contracts_fp: Decimal | UnsetType | None = UNSET
    target_cost_centi_cents: int | UnsetType = UNSET
    target_cost_dollars: Decimal | UnsetType = UNSET
    target_cost_excludes_fees: bool | UnsetType = UNSET
    obscure_creator_id: bool | UnsetType = UNSET
    rest_remainder: bool
    replace_existing: bool | UnsetType = UNSET
    subtrader_id: str | UnsetType = UNSET
    subaccount: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"contracts_fp": "count", "target_cost_dollars": "dollars"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "contracts_fp": ("0", None),
        "target_cost_dollars": ("0", None),
    }


class CreateRFQResponse(Model, kw_only=True):
    id: str | UnsetType = UNSET


class CreateSubaccountRequest(Model, kw_only=True):
    exchange_index: int | UnsetType = UNSET


class CreateSubaccountResponse(Model, kw_only=True):
    subaccount_number: int | UnsetType = UNSET


class DailySchedule(Model, kw_only=True):
    open_time: str | UnsetType = UNSET
    close_time: str | UnsetType = UNSET


class DecreaseOrderRequest(Model, kw_only=True):
    reduce_by: Annotated[int, msgspec.Meta(ge=1)] | UnsetType = UNSET
    reduce_by_fp: Decimal | UnsetType = UNSET
    reduce_to: Annotated[int, msgspec.Meta(ge=0)] | UnsetType = UNSET
    reduce_to_fp: Decimal | UnsetType = UNSET
    subaccount: Annotated[int, msgspec.Meta(ge=0)] | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"reduce_by_fp": "count", "reduce_to_fp": "count"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "reduce_by_fp": ("0", None),
        "reduce_to_fp": ("0", None),
    }


class DecreaseOrderResponse(Model, kw_only=True):
    order: Order | UnsetType = UNSET


class DecreaseOrderV2Request(Model, kw_only=True):
    reduce_by: Decimal | UnsetType | None = UNSET
    reduce_to: Decimal | UnsetType | None = UNSET
    exchange_index: int | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"reduce_by": "count", "reduce_to": "count"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "reduce_by": ("0", None),
        "reduce_to": ("0", None),
    }


class DecreaseOrderV2Response(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    client_order_id: str | UnsetType = UNSET
    remaining_count: Decimal | UnsetType = UNSET
    ts_ms: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"remaining_count": "count"}


class Deposit(Model, kw_only=True):
    id: str | UnsetType = UNSET
    status: str | UnsetType = UNSET
    type: str | UnsetType = UNSET
    amount_cents: int | UnsetType = UNSET
    fee_cents: int | UnsetType = UNSET
    created_ts: int | UnsetType = UNSET
    finalized_ts: int | UnsetType | None = UNSET


class EmptyResponse(Model, kw_only=True):
    pass


class EndpointTokenCost(Model, kw_only=True):
    method: str | UnsetType = UNSET
    path: str | UnsetType = UNSET
    cost: int | UnsetType = UNSET


class ErrorResponse(Model, kw_only=True):
    code: str | UnsetType = UNSET
    message: str | UnsetType = UNSET
    details: str | UnsetType = UNSET


class EventData(Model, kw_only=True):
    event_ticker: str | UnsetType = UNSET
    series_ticker: str | UnsetType = UNSET
    sub_title: str | UnsetType = UNSET
    title: str | UnsetType = UNSET
    collateral_return_type: str | UnsetType = UNSET
    mutually_exclusive: bool | UnsetType = UNSET
    category: str | UnsetType = UNSET
    strike_date: datetime | UnsetType | None = UNSET
    strike_period: str | UnsetType | None = UNSET
    markets: list[Market] | UnsetType = UNSET
    product_metadata: dict[str, Any] | UnsetType | None = UNSET
    settlement_sources: list[SettlementSource] | UnsetType | None = UNSET
    last_updated_ts: datetime | UnsetType = UNSET
    fee_type_override: str | UnsetType | None = UNSET
    fee_multiplier_override: Decimal | UnsetType | None = UNSET
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"fee_multiplier_override": "number"}


class EventFeeChange(Model, kw_only=True):
    id: str | UnsetType = UNSET
    event_ticker: str | UnsetType = UNSET
    series_ticker: str | UnsetType = UNSET
    fee_type_override: str | UnsetType | None = UNSET
    fee_multiplier_override: Decimal | UnsetType | None = UNSET
    scheduled_ts: datetime | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"fee_multiplier_override": "number"}


class EventLiveData(Model, kw_only=True):
    type: str | UnsetType = UNSET
    details: dict[str, Any] | UnsetType = UNSET
    is_historical: bool | UnsetType = UNSET
    default_range: str | UnsetType = UNSET
    range_options: list[str] | UnsetType = UNSET


class EventPosition(Model, kw_only=True):
    event_ticker: str | UnsetType = UNSET
    total_cost_dollars: Decimal | UnsetType = UNSET
    total_cost_shares_fp: Decimal | UnsetType = UNSET
    event_exposure_dollars: Decimal | UnsetType = UNSET
    realized_pnl_dollars: Decimal | UnsetType = UNSET
    fees_paid_dollars: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "total_cost_dollars": "dollars",
        "total_cost_shares_fp": "count",
        "event_exposure_dollars": "dollars",
        "realized_pnl_dollars": "dollars",
        "fees_paid_dollars": "dollars",
    }


class ExchangeIndexStatus(Model, kw_only=True):
    exchange_index: int | UnsetType = UNSET
    description: str | UnsetType = UNSET
    exchange_active: bool | UnsetType = UNSET
    trading_active: bool | UnsetType = UNSET
    intra_exchange_transfers_active: bool | UnsetType = UNSET


class ExchangeStatus(Model, kw_only=True):
    exchange_active: bool | UnsetType = UNSET
    trading_active: bool | UnsetType = UNSET
    intra_exchange_transfers_active: bool | UnsetType = UNSET
    exchange_estimated_resume_time: datetime | UnsetType | None = UNSET
    exchange_index_statuses: list[ExchangeIndexStatus] | UnsetType = UNSET


class FCMSubtrader(Model, kw_only=True):
    subtrader_id: str | UnsetType = UNSET
    exchange_indices: list[int] | UnsetType = UNSET
    trading_blocked: bool | UnsetType = UNSET
    fcm_trading_blocked: bool | UnsetType = UNSET
    propagation_pending: bool | UnsetType = UNSET


class FcmFill(Model, kw_only=True):
    fill_id: str | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET
    ticker: str | UnsetType = UNSET
    taker_outcome_side: str | UnsetType = UNSET
    count_fp: Decimal | UnsetType = UNSET
    yes_price_dollars: Decimal | UnsetType = UNSET
    created_time: datetime | UnsetType = UNSET
    maker_order_id: str | UnsetType = UNSET
    maker_subtrader_id: str | UnsetType = UNSET
    maker_fee_cost: Decimal | UnsetType = UNSET
    taker_order_id: str | UnsetType = UNSET
    taker_subtrader_id: str | UnsetType = UNSET
    taker_fee_cost: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "count_fp": "count",
        "yes_price_dollars": "dollars",
        "maker_fee_cost": "dollars",
        "taker_fee_cost": "dollars",
    }


class Fill(Model, kw_only=True):
    fill_id: str | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET
    trade_id: str | UnsetType = UNSET
    order_id: str | UnsetType = UNSET
    ticker: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    side: str | UnsetType = UNSET
    action: str | UnsetType = UNSET
    outcome_side: str | UnsetType = UNSET
    book_side: str | UnsetType = UNSET
    count_fp: Decimal | UnsetType = UNSET
    yes_price_dollars: Decimal | UnsetType = UNSET
    no_price_dollars: Decimal | UnsetType = UNSET
    is_taker: bool | UnsetType = UNSET
    created_time: datetime | UnsetType = UNSET
    fee_cost: Decimal | UnsetType = UNSET
    subaccount_number: int | UnsetType | None = UNSET
    ts: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "count_fp": "count",
        "yes_price_dollars": "dollars",
        "no_price_dollars": "dollars",
        "fee_cost": "dollars",
    }


class ForecastPercentilesPoint(Model, kw_only=True):
    event_ticker: str | UnsetType = UNSET
    end_period_ts: int | UnsetType = UNSET
    period_interval: int | UnsetType = UNSET
    percentile_points: list[PercentilePoint] | UnsetType = UNSET


class GenerateApiKeyRequest(Model, kw_only=True):
    name: str
    key_type: Literal["rsa", "ed25519"] | UnsetType = UNSET
    scopes: (
        list[
            Literal[
                "read",
                "write",
                "read::block_trade_accept",
                "read::portfolio_balance",
                "write::trade",
                "write::transfer",
                "write::fcm_risk",
                "write::block_trade_accept",
            ]
        ]
        | UnsetType
    ) = UNSET
    subaccount: Annotated[int, msgspec.Meta(ge=0, le=63)] | UnsetType = UNSET
    fcm_subtrader_id: str | UnsetType = UNSET


class GenerateApiKeyResponse(Model, kw_only=True):
    api_key_id: str | UnsetType = UNSET
    key_type: str | UnsetType = UNSET
    private_key: str | UnsetType = UNSET
    warning: str | UnsetType | None = UNSET


class GetAccountApiLimitsResponse(Model, kw_only=True):
    usage_tier: str | UnsetType = UNSET
    read: BucketLimit | UnsetType = UNSET
    write: BucketLimit | UnsetType = UNSET
    grants: list[ApiUsageLevelGrant] | UnsetType = UNSET


class GetAccountApiUsageLevelVolumeProgressResponse(Model, kw_only=True):
    volume_progress: list[AccountApiUsageLevelVolumeProgress] | UnsetType = UNSET


class GetAccountEndpointCostsResponse(Model, kw_only=True):
    default_cost: int | UnsetType = UNSET
    endpoint_costs: list[EndpointTokenCost] | UnsetType = UNSET


class GetApiKeysResponse(Model, kw_only=True):
    api_keys: list[ApiKey] | UnsetType = UNSET
    api_key_region_expiration_ts: int | UnsetType | None = UNSET


class GetBalanceResponse(Model, kw_only=True):
    balance: int | UnsetType = UNSET
    balance_dollars: Decimal | UnsetType = UNSET
    portfolio_value: int | UnsetType = UNSET
    updated_ts: int | UnsetType = UNSET
    balance_breakdown: list[IndexedBalance] | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"balance_dollars": "dollars"}


class GetBlockTradeProposalsResponse(Model, kw_only=True):
    block_trade_proposals: list[BlockTradeProposal] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetCommunicationsIDResponse(Model, kw_only=True):
    communications_id: str | UnsetType = UNSET


class GetDepositsResponse(Model, kw_only=True):
    deposits: list[Deposit] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetEventCandlesticksResponse(Model, kw_only=True):
    market_tickers: list[str] | UnsetType = UNSET
    market_candlesticks: list[list[MarketCandlestick]] | UnsetType = UNSET
    adjusted_end_ts: int | UnsetType = UNSET


class GetEventFeeChangesResponse(Model, kw_only=True):
    event_fee_changes: list[EventFeeChange] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetEventForecastPercentilesHistoryResponse(Model, kw_only=True):
    forecast_history: list[ForecastPercentilesPoint] | UnsetType = UNSET


class GetEventLiveDataResponse(Model, kw_only=True):
    live_data: EventLiveData | UnsetType = UNSET


class GetEventMetadataResponse(Model, kw_only=True):
    image_url: str | UnsetType = UNSET
    featured_image_url: str | UnsetType = UNSET
    market_details: list[MarketMetadata] | UnsetType = UNSET
    settlement_sources: list[SettlementSource] | UnsetType = UNSET
    competition: str | UnsetType | None = UNSET
    competition_scope: str | UnsetType | None = UNSET


class GetEventResponse(Model, kw_only=True):
    event: EventData | UnsetType = UNSET
    markets: list[Market] | UnsetType = UNSET


class GetEventsResponse(Model, kw_only=True):
    events: list[EventData] | UnsetType = UNSET
    milestones: list[Milestone] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetExchangeScheduleResponse(Model, kw_only=True):
    schedule: Schedule | UnsetType = UNSET


class GetFCMEventContractDailyCapResponse(Model, kw_only=True):
    subtrader_id: str | UnsetType = UNSET
    limit: Decimal | UnsetType = UNSET
    executed_utilization: Decimal | UnsetType = UNSET
    resting_order_utilization: Decimal | UnsetType = UNSET
    pending_order_utilization: Decimal | UnsetType = UNSET
    cap_date: str | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "limit": "dollars",
        "executed_utilization": "dollars",
        "resting_order_utilization": "dollars",
        "pending_order_utilization": "dollars",
    }


class GetFCMSubtraderBlockedCategoriesResponse(Model, kw_only=True):
    categories: list[str] | UnsetType = UNSET


class GetFcmFillsResponse(Model, kw_only=True):
    fills: list[FcmFill] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetFillsResponse(Model, kw_only=True):
    fills: list[Fill] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetFiltersBySportsResponse(Model, kw_only=True):
    filters_by_sports: dict[str, SportFilterDetails] | UnsetType = UNSET
    sport_ordering: list[str] | UnsetType = UNSET


class GetGameStatsResponse(Model, kw_only=True):
    pbp: PlayByPlay | UnsetType = UNSET


class GetHistoricalCutoffResponse(Model, kw_only=True):
    market_settled_ts: datetime | UnsetType = UNSET
    trades_created_ts: datetime | UnsetType = UNSET
    orders_updated_ts: datetime | UnsetType = UNSET
    market_positions_last_updated_ts: datetime | UnsetType = UNSET


class GetIncentiveProgramsResponse(Model, kw_only=True):
    incentive_programs: list[IncentiveProgram] | UnsetType = UNSET
    next_cursor: str | UnsetType = UNSET


class GetIntraExchangeInstanceTransferResponse(Model, kw_only=True):
    transfer: IntraExchangeInstanceTransfer | UnsetType = UNSET


class GetIntraExchangeInstanceTransfersResponse(Model, kw_only=True):
    transfers: list[IntraExchangeInstanceTransfer] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetLiveDataResponse(Model, kw_only=True):
    live_data: LiveData | UnsetType = UNSET


class GetLiveDatasResponse(Model, kw_only=True):
    live_datas: list[LiveData] | UnsetType = UNSET


class GetMarketCandlesticksHistoricalResponse(Model, kw_only=True):
    ticker: str | UnsetType = UNSET
    candlesticks: list[MarketCandlestickHistorical] | UnsetType = UNSET


class GetMarketCandlesticksResponse(Model, kw_only=True):
    ticker: str | UnsetType = UNSET
    candlesticks: list[MarketCandlestick] | UnsetType = UNSET


class GetMarketOrderbookResponse(Model, kw_only=True):
    orderbook_fp: OrderbookCountFp | UnsetType = UNSET


class GetMarketOrderbooksResponse(Model, kw_only=True):
    orderbooks: list[MarketOrderbookFp] | UnsetType = UNSET


class GetMarketResponse(Model, kw_only=True):
    market: Market | UnsetType = UNSET


class GetMarketsResponse(Model, kw_only=True):
    markets: list[Market] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetMilestoneResponse(Model, kw_only=True):
    milestone: Milestone | UnsetType = UNSET


class GetMilestonesResponse(Model, kw_only=True):
    milestones: list[Milestone] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetMultivariateEventCollectionResponse(Model, kw_only=True):
    multivariate_contract: MultivariateEventCollection | UnsetType = UNSET


class GetMultivariateEventCollectionsResponse(Model, kw_only=True):
    multivariate_contracts: list[MultivariateEventCollection] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetMultivariateEventsResponse(Model, kw_only=True):
    events: list[EventData] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetOrderGroupResponse(Model, kw_only=True):
    is_auto_cancel_enabled: bool | UnsetType = UNSET
    contracts_limit_fp: Decimal | UnsetType = UNSET
    orders: list[str] | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"contracts_limit_fp": "count"}


class GetOrderGroupsResponse(Model, kw_only=True):
    order_groups: list[OrderGroup] | UnsetType = UNSET


class GetOrderQueuePositionResponse(Model, kw_only=True):
    queue_position_fp: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"queue_position_fp": "count"}


class GetOrderQueuePositionsResponse(Model, kw_only=True):
    queue_positions: list[OrderQueuePosition] | UnsetType = UNSET


class GetOrderResponse(Model, kw_only=True):
    order: Order | UnsetType = UNSET


class GetOrdersResponse(Model, kw_only=True):
    orders: list[Order] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetPortfolioRestingOrderTotalValueResponse(Model, kw_only=True):
    total_resting_order_value: int | UnsetType = UNSET
    resting_order_value_breakdown: list[IndexedBalance] | UnsetType = UNSET


class GetPositionsResponse(Model, kw_only=True):
    cursor: str | UnsetType = UNSET
    market_positions: list[MarketPosition] | UnsetType = UNSET
    event_positions: list[EventPosition] | UnsetType = UNSET


class GetQuoteResponse(Model, kw_only=True):
    quote: Quote | UnsetType = UNSET


class GetQuotesResponse(Model, kw_only=True):
    quotes: list[Quote] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetRFQBatchBestQuotesResponse(Model, kw_only=True):
    best_quotes: RFQBatchBestQuotes | UnsetType = UNSET


class GetRFQBatchQuotesResponse(Model, kw_only=True):
    batch_quotes: list[RFQBatchQuote] | UnsetType = UNSET


class GetRFQBatchResponse(Model, kw_only=True):
    rfq_batch: RFQBatch | UnsetType = UNSET


class GetRFQBatchesResponse(Model, kw_only=True):
    rfq_batches: list[RFQBatch] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetRFQResponse(Model, kw_only=True):
    rfq: RFQ | UnsetType = UNSET


class GetRFQsResponse(Model, kw_only=True):
    rfqs: list[RFQ] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetSeriesFeeChangesResponse(Model, kw_only=True):
    series_fee_change_arr: list[SeriesFeeChange] | UnsetType = UNSET


class GetSeriesListResponse(Model, kw_only=True):
    series: list[Series] | UnsetType = UNSET


class GetSeriesResponse(Model, kw_only=True):
    series: Series | UnsetType = UNSET


class GetSettlementsResponse(Model, kw_only=True):
    settlements: list[Settlement] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetStructuredTargetResponse(Model, kw_only=True):
    structured_target: StructuredTarget | UnsetType = UNSET


class GetStructuredTargetsResponse(Model, kw_only=True):
    structured_targets: list[StructuredTarget] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetSubaccountBalancesResponse(Model, kw_only=True):
    subaccount_balances: list[SubaccountBalance] | UnsetType = UNSET


class GetSubaccountNettingResponse(Model, kw_only=True):
    netting_configs: list[SubaccountNettingConfig] | UnsetType = UNSET


class GetSubaccountTransfersResponse(Model, kw_only=True):
    transfers: list[SubaccountTransfer] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetTagsForSeriesCategoriesResponse(Model, kw_only=True):
    tags_by_categories: dict[str, list[str]] | UnsetType = UNSET


class GetTargetBalanceAllocationResponse(Model, kw_only=True):
    allocations: list[TargetBalanceAllocation] | UnsetType = UNSET
    resting_margin_reservation: str | UnsetType = UNSET


class GetTradesResponse(Model, kw_only=True):
    trades: list[Trade] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class GetUserDataTimestampResponse(Model, kw_only=True):
    as_of_time: datetime | UnsetType = UNSET


class GetWeatherIndexCalibrationsResponse(Model, kw_only=True):
    city: str | UnsetType = UNSET
    units: str | UnsetType = UNSET
    calibrations: list[WeatherIndexCalibration] | UnsetType = UNSET


class GetWeatherIndexResponse(Model, kw_only=True):
    city: str | UnsetType = UNSET
    config_version: str | UnsetType = UNSET
    units: str | UnsetType = UNSET
    timeseries: list[WeatherIndexPoint] | UnsetType = UNSET


class GetWithdrawalsResponse(Model, kw_only=True):
    withdrawals: list[Withdrawal] | UnsetType = UNSET
    cursor: str | UnsetType = UNSET


class IncentiveProgram(Model, kw_only=True):
    id: str | UnsetType = UNSET
    market_id: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    incentive_type: str | UnsetType = UNSET
    incentive_description: str | UnsetType = UNSET
    start_date: datetime | UnsetType = UNSET
    end_date: datetime | UnsetType = UNSET
    period_reward: int | UnsetType = UNSET
    paid_out: bool | UnsetType = UNSET
    discount_factor_bps: int | UnsetType | None = UNSET
    target_size_fp: Decimal | UnsetType | None = UNSET
    max_reward_per_account: int | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"target_size_fp": "count"}


class IndexedBalance(Model, kw_only=True):
    exchange_index: int | UnsetType = UNSET
    balance: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"balance": "dollars"}


class IntraExchangeInstanceTransfer(Model, kw_only=True):
    transfer_id: str | UnsetType = UNSET
    client_transfer_id: str | UnsetType = UNSET
    source: str | UnsetType = UNSET
    destination: str | UnsetType = UNSET
    source_exchange_shard: int | UnsetType = UNSET
    destination_exchange_shard: int | UnsetType = UNSET
    amount: Decimal | UnsetType = UNSET
    status: str | UnsetType = UNSET
    created_ts: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"amount": "dollars"}


class IntraExchangeInstanceTransferRequest(Model, kw_only=True):
    client_transfer_id: str | UnsetType = UNSET
    source: Literal["event_contract", "margined"]
    destination: Literal["event_contract", "margined"]
    amount: int
    source_exchange_shard: Annotated[int, msgspec.Meta(ge=0, le=100)] | UnsetType = UNSET
    destination_exchange_shard: Annotated[int, msgspec.Meta(ge=0, le=100)] | UnsetType = UNSET
    source_subaccount: int | UnsetType = UNSET
    destination_subaccount: int | UnsetType = UNSET


class IntraExchangeInstanceTransferResponse(Model, kw_only=True):
    transfer_id: str | UnsetType = UNSET


class ListFCMSubtradersResponse(Model, kw_only=True):
    subtraders: list[FCMSubtrader] | UnsetType = UNSET


class LiveData(Model, kw_only=True):
    type: str | UnsetType = UNSET
    details: dict[str, Any] | UnsetType = UNSET
    milestone_id: str | UnsetType = UNSET


class MaintenanceWindow(Model, kw_only=True):
    start_datetime: datetime | UnsetType = UNSET
    end_datetime: datetime | UnsetType = UNSET


class Market(Model, kw_only=True):
    ticker: str | UnsetType = UNSET
    event_ticker: str | UnsetType = UNSET
    market_type: str | UnsetType = UNSET
    title: str | UnsetType = UNSET
    subtitle: str | UnsetType = UNSET
    yes_sub_title: str | UnsetType = UNSET
    no_sub_title: str | UnsetType = UNSET
    created_time: datetime | UnsetType = UNSET
    updated_time: datetime | UnsetType = UNSET
    open_time: datetime | UnsetType = UNSET
    close_time: datetime | UnsetType = UNSET
    expected_expiration_time: datetime | UnsetType | None = UNSET
    expiration_time: datetime | UnsetType = UNSET
    latest_expiration_time: datetime | UnsetType = UNSET
    settlement_timer_seconds: int | UnsetType = UNSET
    status: str | UnsetType = UNSET
    yes_bid_dollars: Decimal | UnsetType = UNSET
    yes_bid_size_fp: Decimal | UnsetType = UNSET
    yes_ask_dollars: Decimal | UnsetType = UNSET
    yes_ask_size_fp: Decimal | UnsetType = UNSET
    no_bid_dollars: Decimal | UnsetType = UNSET
    no_ask_dollars: Decimal | UnsetType = UNSET
    last_price_dollars: Decimal | UnsetType = UNSET
    volume_fp: Decimal | UnsetType = UNSET
    volume_24h_fp: Decimal | UnsetType = UNSET
    result: str | UnsetType = UNSET
    can_close_early: bool | UnsetType = UNSET
    open_interest_fp: Decimal | UnsetType = UNSET
    notional_value_dollars: Decimal | UnsetType = UNSET
    previous_yes_bid_dollars: Decimal | UnsetType = UNSET
    previous_yes_ask_dollars: Decimal | UnsetType = UNSET
    previous_price_dollars: Decimal | UnsetType = UNSET
    settlement_value_dollars: Decimal | UnsetType | None = UNSET
    settlement_ts: datetime | UnsetType | None = UNSET
    settlement_bounds_type: str | UnsetType = UNSET
    settlement_floor_dollars: Decimal | UnsetType | None = UNSET
    expiration_value: str | UnsetType = UNSET
    occurrence_datetime: datetime | UnsetType | None = UNSET
    fee_waiver_expiration_time: datetime | UnsetType | None = UNSET
    early_close_condition: str | UnsetType | None = UNSET
    strike_type: str | UnsetType = UNSET
    floor_strike: float | UnsetType | None = UNSET
    cap_strike: float | UnsetType | None = UNSET
    functional_strike: str | UnsetType | None = UNSET
    custom_strike: dict[str, Any] | UnsetType | None = UNSET
    rules_primary: str | UnsetType = UNSET
    rules_secondary: str | UnsetType = UNSET
    mve_collection_ticker: str | UnsetType = UNSET
    mve_selected_legs: list[MveSelectedLeg] | UnsetType = UNSET
    primary_participant_key: str | UnsetType | None = UNSET
    price_level_structure: str | UnsetType = UNSET
    price_ranges: list[PriceRange] | UnsetType = UNSET
    is_provisional: bool | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "yes_bid_dollars": "dollars",
        "yes_bid_size_fp": "count",
        "yes_ask_dollars": "dollars",
        "yes_ask_size_fp": "count",
        "no_bid_dollars": "dollars",
        "no_ask_dollars": "dollars",
        "last_price_dollars": "dollars",
        "volume_fp": "count",
        "volume_24h_fp": "count",
        "open_interest_fp": "count",
        "notional_value_dollars": "dollars",
        "previous_yes_bid_dollars": "dollars",
        "previous_yes_ask_dollars": "dollars",
        "previous_price_dollars": "dollars",
        "settlement_value_dollars": "dollars",
        "settlement_floor_dollars": "dollars",
    }


class MarketCandlestick(Model, kw_only=True):
    end_period_ts: int | UnsetType = UNSET
    yes_bid: BidAskDistribution | UnsetType = UNSET
    yes_ask: BidAskDistribution | UnsetType = UNSET
    price: PriceDistribution | UnsetType = UNSET
    volume_fp: Decimal | UnsetType = UNSET
    open_interest_fp: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"volume_fp": "count", "open_interest_fp": "count"}


class MarketCandlestickHistorical(Model, kw_only=True):
    end_period_ts: int | UnsetType = UNSET
    yes_bid: BidAskDistributionHistorical | UnsetType = UNSET
    yes_ask: BidAskDistributionHistorical | UnsetType = UNSET
    price: PriceDistributionHistorical | UnsetType = UNSET
    volume: Decimal | UnsetType = UNSET
    open_interest: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"volume": "count", "open_interest": "count"}


class MarketCandlesticksResponse(Model, kw_only=True):
    market_ticker: str | UnsetType = UNSET
    candlesticks: list[MarketCandlestick] | UnsetType = UNSET


class MarketMetadata(Model, kw_only=True):
    market_ticker: str | UnsetType = UNSET
    image_url: str | UnsetType = UNSET
    color_code: str | UnsetType = UNSET


class MarketOrderbookFp(Model, kw_only=True):
    ticker: str | UnsetType = UNSET
    orderbook_fp: OrderbookCountFp | UnsetType = UNSET


class MarketPosition(Model, kw_only=True):
    ticker: str | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET
    total_traded_dollars: Decimal | UnsetType = UNSET
    position_fp: Decimal | UnsetType = UNSET
    market_exposure_dollars: Decimal | UnsetType = UNSET
    realized_pnl_dollars: Decimal | UnsetType = UNSET
    fees_paid_dollars: Decimal | UnsetType = UNSET
    last_updated_ts: datetime | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "total_traded_dollars": "dollars",
        "position_fp": "count",
        "market_exposure_dollars": "dollars",
        "realized_pnl_dollars": "dollars",
        "fees_paid_dollars": "dollars",
    }


class Milestone(Model, kw_only=True):
    id: str | UnsetType = UNSET
    category: str | UnsetType = UNSET
    type: str | UnsetType = UNSET
    start_date: datetime | UnsetType = UNSET
    end_date: datetime | UnsetType | None = UNSET
    related_event_tickers: list[str] | UnsetType = UNSET
    title: str | UnsetType = UNSET
    notification_message: str | UnsetType = UNSET
    source_id: str | UnsetType | None = UNSET
    source_ids: dict[str, str] | UnsetType = UNSET
    details: dict[str, Any] | UnsetType = UNSET
    primary_event_tickers: list[str] | UnsetType = UNSET
    last_updated_ts: datetime | UnsetType = UNSET


class MultivariateEventCollection(Model, kw_only=True):
    collection_ticker: str | UnsetType = UNSET
    series_ticker: str | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET
    title: str | UnsetType = UNSET
    description: str | UnsetType = UNSET
    open_date: datetime | UnsetType = UNSET
    close_date: datetime | UnsetType = UNSET
    associated_events: list[AssociatedEvent] | UnsetType = UNSET
    associated_event_tickers: list[str] | UnsetType = UNSET
    is_ordered: bool | UnsetType = UNSET
    is_single_market_per_event: bool | UnsetType = UNSET
    is_all_yes: bool | UnsetType = UNSET
    size_min: int | UnsetType = UNSET
    size_max: int | UnsetType = UNSET
    functional_description: str | UnsetType = UNSET
    price_level_structure: str | UnsetType = UNSET
    price_ranges: list[PriceRange] | UnsetType = UNSET


class MveSelectedLeg(Model, kw_only=True):
    event_ticker: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    side: str | UnsetType = UNSET
    yes_settlement_value_dollars: Decimal | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"yes_settlement_value_dollars": "dollars"}


class Order(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    user_id: str | UnsetType = UNSET
    client_order_id: str | UnsetType = UNSET
    ticker: str | UnsetType = UNSET
    side: str | UnsetType = UNSET
    action: str | UnsetType = UNSET
    outcome_side: str | UnsetType = UNSET
    book_side: str | UnsetType = UNSET
    type: str | UnsetType = UNSET
    status: str | UnsetType = UNSET
    yes_price_dollars: Decimal | UnsetType = UNSET
    no_price_dollars: Decimal | UnsetType = UNSET
    fill_count_fp: Decimal | UnsetType = UNSET
    remaining_count_fp: Decimal | UnsetType = UNSET
    initial_count_fp: Decimal | UnsetType = UNSET
    taker_fill_cost_dollars: Decimal | UnsetType = UNSET
    maker_fill_cost_dollars: Decimal | UnsetType = UNSET
    taker_fees_dollars: Decimal | UnsetType = UNSET
    maker_fees_dollars: Decimal | UnsetType = UNSET
    expiration_time: datetime | UnsetType | None = UNSET
    created_time: datetime | UnsetType | None = UNSET
    last_update_time: datetime | UnsetType | None = UNSET
    self_trade_prevention_type: str | UnsetType | None = UNSET
    order_group_id: str | UnsetType | None = UNSET
    cancel_order_on_pause: bool | UnsetType = UNSET
    subaccount_number: int | UnsetType | None = UNSET
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "yes_price_dollars": "dollars",
        "no_price_dollars": "dollars",
        "fill_count_fp": "count",
        "remaining_count_fp": "count",
        "initial_count_fp": "count",
        "taker_fill_cost_dollars": "dollars",
        "maker_fill_cost_dollars": "dollars",
        "taker_fees_dollars": "dollars",
        "maker_fees_dollars": "dollars",
    }


class OrderGroup(Model, kw_only=True):
    id: str | UnsetType = UNSET
    contracts_limit_fp: Decimal | UnsetType = UNSET
    is_auto_cancel_enabled: bool | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"contracts_limit_fp": "count"}


class OrderQueuePosition(Model, kw_only=True):
    order_id: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    queue_position_fp: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"queue_position_fp": "count"}


class OrderbookCountFp(Model, kw_only=True):
    yes_dollars: list[tuple[Decimal, Decimal]] | UnsetType = UNSET
    no_dollars: list[tuple[Decimal, Decimal]] | UnsetType = UNSET


class PercentilePoint(Model, kw_only=True):
    percentile: int | UnsetType = UNSET
    raw_numerical_forecast: float | UnsetType = UNSET
    numerical_forecast: float | UnsetType = UNSET
    formatted_forecast: str | UnsetType = UNSET


class PlayByPlay(Model, kw_only=True):
    periods: list[PlayByPlayPeriodsItem] | UnsetType = UNSET


class PlayByPlayPeriodsItem(Model, kw_only=True):
    events: list[dict[str, Any]] | UnsetType = UNSET


class PriceDistribution(Model, kw_only=True):
    open_dollars: Decimal | UnsetType | None = UNSET
    low_dollars: Decimal | UnsetType | None = UNSET
    high_dollars: Decimal | UnsetType | None = UNSET
    close_dollars: Decimal | UnsetType | None = UNSET
    mean_dollars: Decimal | UnsetType | None = UNSET
    previous_dollars: Decimal | UnsetType | None = UNSET
    min_dollars: Decimal | UnsetType | None = UNSET
    max_dollars: Decimal | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "open_dollars": "dollars",
        "low_dollars": "dollars",
        "high_dollars": "dollars",
        "close_dollars": "dollars",
        "mean_dollars": "dollars",
        "previous_dollars": "dollars",
        "min_dollars": "dollars",
        "max_dollars": "dollars",
    }


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


class PriceRange(Model, kw_only=True):
    start: Decimal | UnsetType = UNSET
    end: Decimal | UnsetType = UNSET
    step: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"start": "dollars", "end": "dollars", "step": "dollars"}


class ProposeBlockTradeRequest(Model, kw_only=True):
    buyer_user_id: str
    buyer_subtrader_id: str | UnsetType = UNSET
    buyer_subaccount: Annotated[int, msgspec.Meta(ge=0, le=63)] | UnsetType = UNSET
    seller_user_id: str
    seller_subtrader_id: str | UnsetType = UNSET
    seller_subaccount: Annotated[int, msgspec.Meta(ge=0, le=63)] | UnsetType = UNSET
    market_ticker: str
    price_centi_cents: Annotated[int, msgspec.Meta(ge=1)]
    centicount: Annotated[int, msgspec.Meta(ge=1)]
    maker_side: Literal["yes", "no"]
    expiration_ts: datetime


class ProposeBlockTradeResponse(Model, kw_only=True):
    block_trade_proposal_id: str | UnsetType = UNSET


class Quote(Model, kw_only=True):
    id: str | UnsetType = UNSET
    rfq_id: str | UnsetType = UNSET
    creator_id: str | UnsetType = UNSET
    rfq_creator_id: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    contracts_fp: Decimal | UnsetType = UNSET
    yes_bid_dollars: Decimal | UnsetType = UNSET
    no_bid_dollars: Decimal | UnsetType = UNSET
    created_ts: datetime | UnsetType = UNSET
    updated_ts: datetime | UnsetType = UNSET
    status: str | UnsetType = UNSET
    accepted_side: str | UnsetType = UNSET
    accepted_ts: datetime | UnsetType = UNSET
    confirmed_ts: datetime | UnsetType = UNSET
    executed_ts: datetime | UnsetType = UNSET
    cancelled_ts: datetime | UnsetType = UNSET
    rest_remainder: bool | UnsetType = UNSET
    post_only: bool | UnsetType = UNSET
    cancellation_reason: str | UnsetType = UNSET
    creator_user_id: str | UnsetType = UNSET
    rfq_creator_user_id: str | UnsetType = UNSET
    rfq_target_cost_dollars: Decimal | UnsetType = UNSET
    target_cost_excludes_fees: bool | UnsetType = UNSET
    rfq_creator_order_id: str | UnsetType = UNSET
    creator_order_id: str | UnsetType = UNSET
    creator_subaccount: int | UnsetType = UNSET
    rfq_creator_subaccount: int | UnsetType = UNSET
    yes_contracts_fp: Decimal | UnsetType = UNSET
    no_contracts_fp: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "contracts_fp": "count",
        "yes_bid_dollars": "dollars",
        "no_bid_dollars": "dollars",
        "rfq_target_cost_dollars": "dollars",
        "yes_contracts_fp": "count",
        "no_contracts_fp": "count",
    }


class RFQ(Model, kw_only=True):
    id: str | UnsetType = UNSET
    creator_id: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    contracts_fp: Decimal | UnsetType = UNSET
    target_cost_dollars: Decimal | UnsetType = UNSET
    target_cost_excludes_fees: bool | UnsetType = UNSET
    status: str | UnsetType = UNSET
    created_ts: datetime | UnsetType = UNSET
    mve_collection_ticker: str | UnsetType = UNSET
    mve_selected_legs: list[MveSelectedLeg] | UnsetType = UNSET
    rest_remainder: bool | UnsetType = UNSET
    cancellation_reason: str | UnsetType = UNSET
    creator_user_id: str | UnsetType = UNSET
    creator_subaccount: int | UnsetType = UNSET
    cancelled_ts: datetime | UnsetType = UNSET
    updated_ts: datetime | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"contracts_fp": "count", "target_cost_dollars": "dollars"}


class RFQBatch(Model, kw_only=True):
    id: str | UnsetType = UNSET
    creator_id: str | UnsetType = UNSET
    status: str | UnsetType = UNSET
    created_ts: datetime | UnsetType = UNSET
    accepted_ts: datetime | UnsetType = UNSET
    closed_ts: datetime | UnsetType = UNSET
    rfqs: list[RFQ] | UnsetType = UNSET
    updated_ts: datetime | UnsetType = UNSET
    close_reason: str | UnsetType = UNSET
    client_batch_id: str | UnsetType = UNSET
    creator_user_id: str | UnsetType = UNSET
    creator_subaccount: int | UnsetType = UNSET


class RFQBatchAcceptLimit(Model, kw_only=True):
    rfq_id: str | UnsetType = UNSET
    bid_dollars: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"bid_dollars": "dollars"}


class RFQBatchBestQuote(Model, kw_only=True):
    rfq_id: str | UnsetType = UNSET
    market_ticker: str | UnsetType = UNSET
    yes_bid_dollars: Decimal | UnsetType = UNSET
    no_bid_dollars: Decimal | UnsetType = UNSET
    yes_contracts_offered_fp: Decimal | UnsetType = UNSET
    no_contracts_offered_fp: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "yes_bid_dollars": "dollars",
        "no_bid_dollars": "dollars",
        "yes_contracts_offered_fp": "count",
        "no_contracts_offered_fp": "count",
    }


class RFQBatchBestQuotes(Model, kw_only=True):
    rfq_batch_id: str | UnsetType = UNSET
    status: str | UnsetType = UNSET
    version: int | UnsetType = UNSET
    updated_ts: datetime | UnsetType = UNSET
    yes_complete: bool | UnsetType = UNSET
    no_complete: bool | UnsetType = UNSET
    rfqs: list[RFQBatchBestQuote] | UnsetType = UNSET


class RFQBatchQuote(Model, kw_only=True):
    id: str | UnsetType = UNSET
    rfq_batch_id: str | UnsetType = UNSET
    creator_id: str | UnsetType = UNSET
    rfq_creator_id: str | UnsetType = UNSET
    status: str | UnsetType = UNSET
    created_ts: datetime | UnsetType = UNSET
    updated_ts: datetime | UnsetType = UNSET
    accepted_side: str | UnsetType = UNSET
    accepted_ts: datetime | UnsetType = UNSET
    confirmed_ts: datetime | UnsetType = UNSET
    quotes: list[Quote] | UnsetType = UNSET
    rest_remainder: bool | UnsetType = UNSET
    post_only: bool | UnsetType = UNSET
    creator_user_id: str | UnsetType = UNSET
    creator_subaccount: int | UnsetType = UNSET
    rfq_creator_user_id: str | UnsetType = UNSET
    rfq_creator_subaccount: int | UnsetType = UNSET


class RFQBatchQuoteEntry(Model, kw_only=True):
    rfq_id: str | UnsetType = UNSET
    yes_bid: Decimal | UnsetType = UNSET
    no_bid: Decimal | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"yes_bid": "dollars", "no_bid": "dollars"}


class Schedule(Model, kw_only=True):
    standard_hours: list[WeeklySchedule] | UnsetType = UNSET
    maintenance_windows: list[MaintenanceWindow] | UnsetType = UNSET


class ScopeList(Model, kw_only=True):
    scopes: list[str] | UnsetType = UNSET


class Series(Model, kw_only=True):
    ticker: str | UnsetType = UNSET
    frequency: str | UnsetType = UNSET
    title: str | UnsetType = UNSET
    category: str | UnsetType = UNSET
    categories: list[str] | UnsetType = UNSET
    tags: list[str] | UnsetType | None = UNSET
    settlement_sources: list[SettlementSource] | UnsetType | None = UNSET
    contract_url: str | UnsetType = UNSET
    contract_terms_url: str | UnsetType = UNSET
    product_metadata: dict[str, Any] | UnsetType | None = UNSET
    fee_type: str | UnsetType = UNSET
    fee_multiplier: Decimal | UnsetType = UNSET
    additional_prohibitions: list[str] | UnsetType | None = UNSET
    volume_fp: Decimal | UnsetType = UNSET
    last_updated_ts: datetime | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"fee_multiplier": "number", "volume_fp": "count"}


class SeriesFeeChange(Model, kw_only=True):
    id: str | UnsetType = UNSET
    series_ticker: str | UnsetType = UNSET
    fee_type: str | UnsetType = UNSET
    fee_multiplier: Decimal | UnsetType = UNSET
    scheduled_ts: datetime | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"fee_multiplier": "number"}


class SetTargetBalanceAllocationRequest(Model, kw_only=True):
    allocations: list[TargetBalanceAllocationInput]
    resting_margin_reservation: Literal["none", "max", "sum"] | UnsetType = UNSET


class Settlement(Model, kw_only=True):
    ticker: str | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET
    event_ticker: str | UnsetType = UNSET
    market_result: str | UnsetType = UNSET
    yes_count_fp: Decimal | UnsetType = UNSET
    yes_total_cost_dollars: Decimal | UnsetType = UNSET
    no_count_fp: Decimal | UnsetType = UNSET
    no_total_cost_dollars: Decimal | UnsetType = UNSET
    revenue: int | UnsetType = UNSET
    settled_time: datetime | UnsetType = UNSET
    fee_cost: Decimal | UnsetType = UNSET
    value: int | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "yes_count_fp": "count",
        "yes_total_cost_dollars": "dollars",
        "no_count_fp": "count",
        "no_total_cost_dollars": "dollars",
        "fee_cost": "dollars",
    }


class SettlementSource(Model, kw_only=True):
    name: str | UnsetType = UNSET
    url: str | UnsetType = UNSET


class SportFilterDetails(Model, kw_only=True):
    scopes: list[str] | UnsetType = UNSET
    competitions: dict[str, ScopeList] | UnsetType = UNSET


class StructuredTarget(Model, kw_only=True):
    id: str | UnsetType = UNSET
    name: str | UnsetType = UNSET
    type: str | UnsetType = UNSET
    details: dict[str, Any] | UnsetType = UNSET
    source_id: str | UnsetType = UNSET
    source_ids: dict[str, str] | UnsetType = UNSET
    last_updated_ts: datetime | UnsetType = UNSET


class SubaccountBalance(Model, kw_only=True):
    subaccount_number: int | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET
    balance: Decimal | UnsetType = UNSET
    updated_ts: int | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"balance": "dollars"}


class SubaccountNettingConfig(Model, kw_only=True):
    subaccount_number: int | UnsetType = UNSET
    enabled: bool | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET


class SubaccountTransfer(Model, kw_only=True):
    transfer_id: str | UnsetType = UNSET
    from_subaccount: int | UnsetType = UNSET
    to_subaccount: int | UnsetType = UNSET
    amount_cents: int | UnsetType = UNSET
    created_ts: int | UnsetType = UNSET
    exchange_index: int | UnsetType = UNSET


class TargetBalanceAllocation(Model, kw_only=True):
    exchange_index: int | UnsetType = UNSET
    percent: int | UnsetType = UNSET


class TargetBalanceAllocationInput(Model, kw_only=True):
    exchange_index: Annotated[int, msgspec.Meta(ge=0)]
    percent: Annotated[int, msgspec.Meta(ge=0, le=100)]


class TickerPair(Model, kw_only=True):
    market_ticker: str
    event_ticker: str
    side: Literal["yes", "no"]


class Trade(Model, kw_only=True):
    trade_id: str | UnsetType = UNSET
    ticker: str | UnsetType = UNSET
    count_fp: Decimal | UnsetType = UNSET
    yes_price_dollars: Decimal | UnsetType = UNSET
    no_price_dollars: Decimal | UnsetType = UNSET
    taker_side: str | UnsetType = UNSET
    taker_outcome_side: str | UnsetType = UNSET
    taker_book_side: str | UnsetType = UNSET
    created_time: datetime | UnsetType = UNSET
    is_block_trade: bool | UnsetType = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {
        "count_fp": "count",
        "yes_price_dollars": "dollars",
        "no_price_dollars": "dollars",
    }


class UpdateFCMEventContractDailyCapRequest(Model, kw_only=True):
    subtrader_id: str
    limit: Decimal

    __fixed_point__: ClassVar[Mapping[str, str]] = {"limit": "dollars"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {"limit": ("0", None)}


class UpdateFCMSubtraderBlockedCategoriesRequest(Model, kw_only=True):
    subtrader_id: str
    category: str
    blocked: bool


class UpdateFCMSubtraderBlockedCategoriesResponse(Model, kw_only=True):
    categories: list[str] | UnsetType = UNSET


class UpdateOrderGroupLimitRequest(Model, kw_only=True):
    contracts_limit: Annotated[int, msgspec.Meta(ge=1)] | UnsetType = UNSET
    contracts_limit_fp: Decimal | UnsetType | None = UNSET

    __fixed_point__: ClassVar[Mapping[str, str]] = {"contracts_limit_fp": "count"}
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {
        "contracts_limit_fp": ("0", None)
    }


class UpdateSubaccountNettingRequest(Model, kw_only=True):
    subaccount_number: int
    enabled: bool


class WeatherIndexCalibration(Model, kw_only=True):
    config_version: str | UnsetType = UNSET
    published_at_ms: int | UnsetType = UNSET
    effective_at_ms: int | UnsetType = UNSET
    change_reason: str | UnsetType = UNSET
    calibration_window_start_ms: int | UnsetType = UNSET
    calibration_window_end_ms: int | UnsetType = UNSET
    city_reference_c: float | UnsetType = UNSET
    stations: list[WeatherIndexCalibrationStation] | UnsetType = UNSET


class WeatherIndexCalibrationStation(Model, kw_only=True):
    station_id: str | UnsetType = UNSET
    weight: float | UnsetType = UNSET
    offset_c: float | UnsetType = UNSET
    update_note: str | UnsetType = UNSET


class WeatherIndexPoint(Model, kw_only=True):
    t: int | UnsetType = UNSET
    v: float | UnsetType = UNSET
    status: str | UnsetType = UNSET
    contributors: int | UnsetType = UNSET
    receipt_basis: str | UnsetType = UNSET
    stations: list[WeatherIndexStationReading] | UnsetType = UNSET


class WeatherIndexStationReading(Model, kw_only=True):
    station_id: str | UnsetType = UNSET
    code: str | UnsetType = UNSET
    source: str | UnsetType = UNSET
    temp_f: float | UnsetType = UNSET
    obs_time_ms: int | UnsetType = UNSET
    received_at_ms: int | UnsetType = UNSET
    primary_code: str | UnsetType = UNSET


class WeeklySchedule(Model, kw_only=True):
    start_time: datetime | UnsetType = UNSET
    end_time: datetime | UnsetType = UNSET
    monday: list[DailySchedule] | UnsetType = UNSET
    tuesday: list[DailySchedule] | UnsetType = UNSET
    wednesday: list[DailySchedule] | UnsetType = UNSET
    thursday: list[DailySchedule] | UnsetType = UNSET
    friday: list[DailySchedule] | UnsetType = UNSET
    saturday: list[DailySchedule] | UnsetType = UNSET
    sunday: list[DailySchedule] | UnsetType = UNSET


class Withdrawal(Model, kw_only=True):
    id: str | UnsetType = UNSET
    status: str | UnsetType = UNSET
    type: str | UnsetType = UNSET
    amount_cents: int | UnsetType = UNSET
    fee_cents: int | UnsetType = UNSET
    created_ts: int | UnsetType = UNSET
    finalized_ts: int | UnsetType | None = UNSET


# names of kalshi-py 2.0.6.6
ModelAcceptQuoteRequest = AcceptQuoteRequest
ModelAmendOrderRequest = AmendOrderRequest
ModelAmendOrderResponse = AmendOrderResponse
ModelBatchCancelOrdersRequest = BatchCancelOrdersRequest
ModelBatchCancelOrdersResponse = BatchCancelOrdersResponse
ModelBatchCreateOrdersRequest = BatchCreateOrdersRequest
ModelBatchCreateOrdersResponse = BatchCreateOrdersResponse
ModelBidAskDistribution = BidAskDistribution
ModelCreateMarketInMultivariateEventCollectionRequest = CreateMarketInMultivariateEventCollectionRequest
ModelCreateMarketInMultivariateEventCollectionResponse = CreateMarketInMultivariateEventCollectionResponse
ModelCreateOrderGroupRequest = CreateOrderGroupRequest
ModelCreateOrderGroupResponse = CreateOrderGroupResponse
ModelCreateOrderRequest = CreateOrderRequest
ModelCreateOrderResponse = CreateOrderResponse
ModelCreateQuoteRequest = CreateQuoteRequest
ModelCreateQuoteResponse = CreateQuoteResponse
ModelCreateRFQRequest = CreateRFQRequest
ModelCreateRFQResponse = CreateRFQResponse
ModelEmptyResponse = EmptyResponse
ModelEventData = EventData
ModelExchangeStatus = ExchangeStatus
ModelFill = Fill
ModelGetBalanceResponse = GetBalanceResponse
ModelGetCommunicationsIDResponse = GetCommunicationsIDResponse
ModelGetEventMetadataResponse = GetEventMetadataResponse
ModelGetEventResponse = GetEventResponse
ModelGetEventsResponse = GetEventsResponse
ModelGetExchangeScheduleResponse = GetExchangeScheduleResponse
ModelGetFillsResponse = GetFillsResponse
ModelGetMarketCandlesticksResponse = GetMarketCandlesticksResponse
ModelGetMarketOrderbookResponse = GetMarketOrderbookResponse
ModelGetMarketResponse = GetMarketResponse
ModelGetMarketsResponse = GetMarketsResponse
ModelGetMilestoneResponse = GetMilestoneResponse
ModelGetMilestonesResponse = GetMilestonesResponse
ModelGetMultivariateEventCollectionResponse = GetMultivariateEventCollectionResponse
ModelGetMultivariateEventCollectionsResponse = GetMultivariateEventCollectionsResponse
ModelGetOrderGroupResponse = GetOrderGroupResponse
ModelGetOrderGroupsResponse = GetOrderGroupsResponse
ModelGetOrderQueuePositionResponse = GetOrderQueuePositionResponse
ModelGetOrderQueuePositionsResponse = GetOrderQueuePositionsResponse
ModelGetOrderResponse = GetOrderResponse
ModelGetOrdersResponse = GetOrdersResponse
ModelGetPositionsResponse = GetPositionsResponse
ModelGetQuoteResponse = GetQuoteResponse
ModelGetQuotesResponse = GetQuotesResponse
ModelGetRFQResponse = GetRFQResponse
ModelGetRFQsResponse = GetRFQsResponse
ModelGetSettlementsResponse = GetSettlementsResponse
ModelGetStructuredTargetResponse = GetStructuredTargetResponse
ModelGetStructuredTargetsResponse = GetStructuredTargetsResponse
ModelGetUserDataTimestampResponse = GetUserDataTimestampResponse
ModelMarket = Market
ModelMilestone = Milestone
ModelMultivariateEventCollection = MultivariateEventCollection
ModelOrder = Order
ModelPriceDistribution = PriceDistribution
ModelStructuredTarget = StructuredTarget
ModelTickerPair = TickerPair
ModelCancelOrderResponse = CancelOrderResponse
ModelDecreaseOrderRequest = DecreaseOrderRequest
ModelDecreaseOrderResponse = DecreaseOrderResponse
ModelPublicTrade = Trade
ModelPublicTradesGetResponse = GetTradesResponse
ModelUserCreateApiKeyRequest = CreateApiKeyRequest
ModelUserCreateApiKeyResponse = CreateApiKeyResponse
ModelUserGenerateApiKeyRequest = GenerateApiKeyRequest
ModelUserGenerateApiKeyResponse = GenerateApiKeyResponse
ModelUserGetApiKeysResponse = GetApiKeysResponse
ModelUserGetApiKeysResponseApiKeysItem = ApiKey
ModelGetUserRestingOrderTotalValueResponse = GetPortfolioRestingOrderTotalValueResponse
ModelGetPositionsResponseMarketPositionsItem = MarketPosition
ModelGetPositionsResponseEventPositionsItem = EventPosition
ModelGetSettlementsResponseSettlementsItem = Settlement
ModelGetQuotesResponseQuotesItem = Quote
ModelGetRFQsResponseRfqsItem = RFQ
ModelGetOrderQueuePositionsResponseQueuePositionsItem = OrderQueuePosition
ModelBatchCreateOrdersResponseOrdersItem = BatchCreateOrdersIndividualResponse
ModelBatchCancelOrdersResponseOrdersItem = BatchCancelOrdersIndividualResponse
ModelOrderGroupSummary = OrderGroup
ModelGetEventMetadataResponseSettlementSourcesItem = SettlementSource
GithubComKalshiExchangeInfraSvcApi2ModelMarket = Market
GithubComKalshiExchangeInfraCommonApiJSONError = ErrorResponse
GithubComKalshiExchangeInfraCommonCommunicationsQuote = Quote
GithubComKalshiExchangeInfraCommonCommunicationsRFQ = RFQ
GithubComKalshiExchangeInfraCommonExchangeMetadataDailySchedule = DailySchedule
GithubComKalshiExchangeInfraCommonExchangeMetadataSchedule = Schedule
ModelAcceptQuoteRequestAcceptedSide = AcceptQuoteRequestAcceptedSide
ModelAmendOrderRequestAction = AmendOrderRequestAction
ModelAmendOrderRequestSide = AmendOrderRequestSide
ModelCreateOrderRequestAction = CreateOrderRequestAction
ModelCreateOrderRequestSide = CreateOrderRequestSide
ModelCreateOrderRequestTimeInForce = CreateOrderRequestTimeInForce
ModelTickerPairSide = TickerPairSide
ModelGetMarketCandlesticksResponseCandlesticksItem = MarketCandlestick
ModelGetSettlementsResponseSettlementsItemMarketResult = SettlementMarketResult

__all__ = [
    "RFQ",
    "AcceptBlockTradeProposalRequest",
    "AcceptQuoteRequest",
    "AcceptQuoteRequestAcceptedSide",
    "AcceptRFQBatchRequest",
    "AcceptRFQBatchRequestAcceptedSide",
    "AcceptRFQBatchResponse",
    "AcceptRFQBatchResponseAcceptedSide",
    "AccountApiUsageLevelVolumeGoal",
    "AccountApiUsageLevelVolumeProgress",
    "AmendOrderRequest",
    "AmendOrderRequestAction",
    "AmendOrderRequestSide",
    "AmendOrderResponse",
    "AmendOrderV2Request",
    "AmendOrderV2Response",
    "ApiKey",
    "ApiKeyScope",
    "ApiKeyType",
    "ApiUsageLevelGrant",
    "ApplySubaccountTransferRequest",
    "ApplySubaccountTransferResponse",
    "AssociatedEvent",
    "BatchCancelOrdersIndividualResponse",
    "BatchCancelOrdersRequest",
    "BatchCancelOrdersRequestOrder",
    "BatchCancelOrdersResponse",
    "BatchCancelOrdersV2Request",
    "BatchCancelOrdersV2RequestOrdersItem",
    "BatchCancelOrdersV2Response",
    "BatchCancelOrdersV2ResponseOrdersItem",
    "BatchCreateOrdersIndividualResponse",
    "BatchCreateOrdersRequest",
    "BatchCreateOrdersResponse",
    "BatchCreateOrdersV2Request",
    "BatchCreateOrdersV2Response",
    "BatchCreateOrdersV2ResponseOrdersItem",
    "BatchGetMarketCandlesticksResponse",
    "BidAskDistribution",
    "BidAskDistributionHistorical",
    "BlockTradeProposal",
    "BlockTradeProposalMakerSide",
    "BookSide",
    "BucketLimit",
    "CancelOrderResponse",
    "CancelOrderV2Response",
    "CreateApiKeyRequest",
    "CreateApiKeyResponse",
    "CreateFCMPositionTransferRequest",
    "CreateFCMPositionTransferResponse",
    "CreateFCMSubtraderRequest",
    "CreateFCMSubtraderResponse",
    "CreateMarketInMultivariateEventCollectionRequest",
    "CreateMarketInMultivariateEventCollectionResponse",
    "CreateOrderGroupRequest",
    "CreateOrderGroupResponse",
    "CreateOrderRequest",
    "CreateOrderRequestAction",
    "CreateOrderRequestSide",
    "CreateOrderRequestTimeInForce",
    "CreateOrderResponse",
    "CreateOrderV2Request",
    "CreateOrderV2RequestTimeInForce",
    "CreateOrderV2Response",
    "CreateQuoteRequest",
    "CreateQuoteResponse",
    "CreateRFQBatchChild",
    "CreateRFQBatchQuoteRequest",
    "CreateRFQBatchQuoteResponse",
    "CreateRFQBatchRequest",
    "CreateRFQBatchResponse",
    "CreateRFQRequest",
    "CreateRFQResponse",
    "CreateSubaccountRequest",
    "CreateSubaccountResponse",
    "DailySchedule",
    "DecreaseOrderRequest",
    "DecreaseOrderResponse",
    "DecreaseOrderV2Request",
    "DecreaseOrderV2Response",
    "Deposit",
    "DepositStatus",
    "DepositType",
    "EmptyResponse",
    "EndpointTokenCost",
    "ErrorResponse",
    "EventData",
    "EventFeeChange",
    "EventLiveData",
    "EventPosition",
    "ExchangeIndexStatus",
    "ExchangeInstance",
    "ExchangeStatus",
    "FCMSubtrader",
    "FcmFill",
    "FeeType",
    "Fill",
    "FillAction",
    "FillSide",
    "ForecastPercentilesPoint",
    "GenerateApiKeyRequest",
    "GenerateApiKeyResponse",
    "GetAccountApiLimitsResponse",
    "GetAccountApiUsageLevelVolumeProgressResponse",
    "GetAccountEndpointCostsResponse",
    "GetApiKeysResponse",
    "GetBalanceResponse",
    "GetBlockTradeProposalsResponse",
    "GetCommunicationsIDResponse",
    "GetDepositsResponse",
    "GetEventCandlesticksResponse",
    "GetEventFeeChangesResponse",
    "GetEventForecastPercentilesHistoryResponse",
    "GetEventLiveDataResponse",
    "GetEventMetadataResponse",
    "GetEventResponse",
    "GetEventsResponse",
    "GetExchangeScheduleResponse",
    "GetFCMEventContractDailyCapResponse",
    "GetFCMSubtraderBlockedCategoriesResponse",
    "GetFcmFillsResponse",
    "GetFillsResponse",
    "GetFiltersBySportsResponse",
    "GetGameStatsResponse",
    "GetHistoricalCutoffResponse",
    "GetIncentiveProgramsResponse",
    "GetIntraExchangeInstanceTransferResponse",
    "GetIntraExchangeInstanceTransfersResponse",
    "GetLiveDataResponse",
    "GetLiveDatasResponse",
    "GetMarketCandlesticksHistoricalResponse",
    "GetMarketCandlesticksResponse",
    "GetMarketOrderbookResponse",
    "GetMarketOrderbooksResponse",
    "GetMarketResponse",
    "GetMarketsResponse",
    "GetMilestoneResponse",
    "GetMilestonesResponse",
    "GetMultivariateEventCollectionResponse",
    "GetMultivariateEventCollectionsResponse",
    "GetMultivariateEventsResponse",
    "GetOrderGroupResponse",
    "GetOrderGroupsResponse",
    "GetOrderQueuePositionResponse",
    "GetOrderQueuePositionsResponse",
    "GetOrderResponse",
    "GetOrdersResponse",
    "GetPortfolioRestingOrderTotalValueResponse",
    "GetPositionsResponse",
    "GetQuoteResponse",
    "GetQuotesResponse",
    "GetRFQBatchBestQuotesResponse",
    "GetRFQBatchQuotesResponse",
    "GetRFQBatchResponse",
    "GetRFQBatchesResponse",
    "GetRFQResponse",
    "GetRFQsResponse",
    "GetSeriesFeeChangesResponse",
    "GetSeriesListResponse",
    "GetSeriesResponse",
    "GetSettlementsResponse",
    "GetStructuredTargetResponse",
    "GetStructuredTargetsResponse",
    "GetSubaccountBalancesResponse",
    "GetSubaccountNettingResponse",
    "GetSubaccountTransfersResponse",
    "GetTagsForSeriesCategoriesResponse",
    "GetTargetBalanceAllocationResponse",
    "GetTradesResponse",
    "GetUserDataTimestampResponse",
    "GetWeatherIndexCalibrationsResponse",
    "GetWeatherIndexResponse",
    "GetWithdrawalsResponse",
    "GithubComKalshiExchangeInfraCommonApiJSONError",
    "GithubComKalshiExchangeInfraCommonCommunicationsQuote",
    "GithubComKalshiExchangeInfraCommonCommunicationsRFQ",
    "GithubComKalshiExchangeInfraCommonExchangeMetadataDailySchedule",
    "GithubComKalshiExchangeInfraCommonExchangeMetadataSchedule",
    "GithubComKalshiExchangeInfraSvcApi2ModelMarket",
    "IncentiveProgram",
    "IncentiveProgramIncentiveType",
    "IndexedBalance",
    "IntraExchangeInstanceTransfer",
    "IntraExchangeInstanceTransferRequest",
    "IntraExchangeInstanceTransferResponse",
    "IntraExchangeInstanceTransferStatus",
    "ListFCMSubtradersResponse",
    "LiveData",
    "MaintenanceWindow",
    "Market",
    "MarketCandlestick",
    "MarketCandlestickHistorical",
    "MarketCandlesticksResponse",
    "MarketMarketType",
    "MarketMetadata",
    "MarketOrderbookFp",
    "MarketPosition",
    "MarketResult",
    "MarketSettlementBoundsType",
    "MarketStatus",
    "MarketStrikeType",
    "Milestone",
    "ModelAcceptQuoteRequest",
    "ModelAcceptQuoteRequestAcceptedSide",
    "ModelAmendOrderRequest",
    "ModelAmendOrderRequestAction",
    "ModelAmendOrderRequestSide",
    "ModelAmendOrderResponse",
    "ModelBatchCancelOrdersRequest",
    "ModelBatchCancelOrdersResponse",
    "ModelBatchCancelOrdersResponseOrdersItem",
    "ModelBatchCreateOrdersRequest",
    "ModelBatchCreateOrdersResponse",
    "ModelBatchCreateOrdersResponseOrdersItem",
    "ModelBidAskDistribution",
    "ModelCancelOrderResponse",
    "ModelCreateMarketInMultivariateEventCollectionRequest",
    "ModelCreateMarketInMultivariateEventCollectionResponse",
    "ModelCreateOrderGroupRequest",
    "ModelCreateOrderGroupResponse",
    "ModelCreateOrderRequest",
    "ModelCreateOrderRequestAction",
    "ModelCreateOrderRequestSide",
    "ModelCreateOrderRequestTimeInForce",
    "ModelCreateOrderResponse",
    "ModelCreateQuoteRequest",
    "ModelCreateQuoteResponse",
    "ModelCreateRFQRequest",
    "ModelCreateRFQResponse",
    "ModelDecreaseOrderRequest",
    "ModelDecreaseOrderResponse",
    "ModelEmptyResponse",
    "ModelEventData",
    "ModelExchangeStatus",
    "ModelFill",
    "ModelGetBalanceResponse",
    "ModelGetCommunicationsIDResponse",
    "ModelGetEventMetadataResponse",
    "ModelGetEventMetadataResponseSettlementSourcesItem",
    "ModelGetEventResponse",
    "ModelGetEventsResponse",
    "ModelGetExchangeScheduleResponse",
    "ModelGetFillsResponse",
    "ModelGetMarketCandlesticksResponse",
    "ModelGetMarketCandlesticksResponseCandlesticksItem",
    "ModelGetMarketOrderbookResponse",
    "ModelGetMarketResponse",
    "ModelGetMarketsResponse",
    "ModelGetMilestoneResponse",
    "ModelGetMilestonesResponse",
    "ModelGetMultivariateEventCollectionResponse",
    "ModelGetMultivariateEventCollectionsResponse",
    "ModelGetOrderGroupResponse",
    "ModelGetOrderGroupsResponse",
    "ModelGetOrderQueuePositionResponse",
    "ModelGetOrderQueuePositionsResponse",
    "ModelGetOrderQueuePositionsResponseQueuePositionsItem",
    "ModelGetOrderResponse",
    "ModelGetOrdersResponse",
    "ModelGetPositionsResponse",
    "ModelGetPositionsResponseEventPositionsItem",
    "ModelGetPositionsResponseMarketPositionsItem",
    "ModelGetQuoteResponse",
    "ModelGetQuotesResponse",
    "ModelGetQuotesResponseQuotesItem",
    "ModelGetRFQResponse",
    "ModelGetRFQsResponse",
    "ModelGetRFQsResponseRfqsItem",
    "ModelGetSettlementsResponse",
    "ModelGetSettlementsResponseSettlementsItem",
    "ModelGetSettlementsResponseSettlementsItemMarketResult",
    "ModelGetStructuredTargetResponse",
    "ModelGetStructuredTargetsResponse",
    "ModelGetUserDataTimestampResponse",
    "ModelGetUserRestingOrderTotalValueResponse",
    "ModelMarket",
    "ModelMilestone",
    "ModelMultivariateEventCollection",
    "ModelOrder",
    "ModelOrderGroupSummary",
    "ModelPriceDistribution",
    "ModelPublicTrade",
    "ModelPublicTradesGetResponse",
    "ModelStructuredTarget",
    "ModelTickerPair",
    "ModelTickerPairSide",
    "ModelUserCreateApiKeyRequest",
    "ModelUserCreateApiKeyResponse",
    "ModelUserGenerateApiKeyRequest",
    "ModelUserGenerateApiKeyResponse",
    "ModelUserGetApiKeysResponse",
    "ModelUserGetApiKeysResponseApiKeysItem",
    "MultivariateEventCollection",
    "MveSelectedLeg",
    "Order",
    "OrderAction",
    "OrderGroup",
    "OrderOutcomeSide",
    "OrderQueuePosition",
    "OrderSide",
    "OrderStatus",
    "OrderType",
    "OrderbookCountFp",
    "OutcomeSide",
    "PercentilePoint",
    "PlayByPlay",
    "PlayByPlayPeriodsItem",
    "PriceDistribution",
    "PriceDistributionHistorical",
    "PriceRange",
    "ProposeBlockTradeRequest",
    "ProposeBlockTradeRequestMakerSide",
    "ProposeBlockTradeResponse",
    "Quote",
    "QuoteAcceptedSide",
    "QuoteStatus",
    "RFQBatch",
    "RFQBatchAcceptLimit",
    "RFQBatchBestQuote",
    "RFQBatchBestQuotes",
    "RFQBatchQuote",
    "RFQBatchQuoteAcceptedSide",
    "RFQBatchQuoteEntry",
    "RFQBatchQuoteStatus",
    "RFQBatchStatus",
    "RFQStatus",
    "RestingMarginReservation",
    "Schedule",
    "ScopeList",
    "SelfTradePreventionType",
    "Series",
    "SeriesFeeChange",
    "SetTargetBalanceAllocationRequest",
    "Settlement",
    "SettlementMarketResult",
    "SettlementSource",
    "SportFilterDetails",
    "StructuredTarget",
    "SubaccountBalance",
    "SubaccountNettingConfig",
    "SubaccountTransfer",
    "TargetBalanceAllocation",
    "TargetBalanceAllocationInput",
    "TickerPair",
    "TickerPairSide",
    "Trade",
    "TradeTakerOutcomeSide",
    "TradeTakerSide",
    "UpdateFCMEventContractDailyCapRequest",
    "UpdateFCMSubtraderBlockedCategoriesRequest",
    "UpdateFCMSubtraderBlockedCategoriesResponse",
    "UpdateOrderGroupLimitRequest",
    "UpdateSubaccountNettingRequest",
    "UserFilter",
    "WeatherIndexCalibration",
    "WeatherIndexCalibrationStation",
    "WeatherIndexPoint",
    "WeatherIndexStationReading",
    "WeeklySchedule",
    "Withdrawal",
    "WithdrawalStatus",
    "WithdrawalType",
]
