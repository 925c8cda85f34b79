"""Typed WebSocket messages: every message of Kalshi's asyncapi.yaml as a msgspec Struct.

Server messages form one tagged union on `type` (`ServerMessage`) and are decoded straight from
frame bytes by `decode_message`. Prices (`*_dollars`, `fee_cost`, ...) and contract counts
(`*_fp`) are `Decimal`. Decoding is lenient: unknown fields are ignored, enum values stay plain
strings, and a frame whose `type` is unknown (or that does not fit its type) comes back as a
`GenericMessage` carrying the decoded JSON, never an exception. `orderbook_delta`, the bulk of a
live feed, is read through a private layout (`_wire`) so that equal prices share one `Decimal`
object: a book keyed by price then hashes each price once, not once per message.

Commands (client to server) are Structs tagged on `cmd` (`Command`), encoded by `encode_command`.
Several spec messages share one wire `type` and therefore one Struct: `okResponse`,
`listSubscriptionsResponse`, `subscribedIndicesResponse` and `subscribedUnderlyingsResponse` are
all `Ok` (its `msg` is an `OkMsg` or a list of `SubscriptionInfo`); `marketLifecycleV2` and
`marketMetadataUpdated` are both `MarketLifecycleV2`. `SPEC_MESSAGES` maps every message name of
`components/messages` to the Struct that carries it.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, Union

import msgspec

from ._wire import OrderbookDeltaFrame, shared_decimal

__all__ = [
    "SPEC_MESSAGES",
    "BatchQuoteAccepted",
    "BatchQuoteAcceptedMsg",
    "BatchQuoteCreated",
    "BatchQuoteCreatedMsg",
    "BatchQuoteExecuted",
    "BatchQuoteExecutedMsg",
    "BatchQuoteLeg",
    "Cfbenchmarks5HzIndexList",
    "CfbenchmarksAvgData",
    "CfbenchmarksIndexList",
    "CfbenchmarksValue",
    "CfbenchmarksValue5Hz",
    "CfbenchmarksValue5HzMsg",
    "CfbenchmarksValueMsg",
    "Command",
    "ErrorMsg",
    "ErrorReply",
    "EventFeeUpdate",
    "EventFeeUpdateMsg",
    "EventLifecycle",
    "EventLifecycleMsg",
    "Fill",
    "FillMsg",
    "GenericMessage",
    "IndexListMsg",
    "LifecycleAdditionalMetadata",
    "ListSubscriptionsCommand",
    "MarketLifecycleV2",
    "MarketLifecycleV2Msg",
    "MarketPosition",
    "MarketPositionMsg",
    "Message",
    "MultivariateMarketLifecycle",
    "Ok",
    "OkMsg",
    "OrderGroupUpdates",
    "OrderGroupUpdatesMsg",
    "OrderbookDelta",
    "OrderbookDeltaMsg",
    "OrderbookSnapshot",
    "OrderbookSnapshotMsg",
    "Ping",
    "Pong",
    "PriceRange",
    "PythUnderlyingList",
    "PythValue",
    "PythValueMsg",
    "QuoteAccepted",
    "QuoteAcceptedMsg",
    "QuoteCreated",
    "QuoteCreatedMsg",
    "QuoteExecuted",
    "QuoteExecutedMsg",
    "RfqBatchBestQuote",
    "RfqBatchBestQuotes",
    "RfqBatchBestQuotesMsg",
    "RfqBatchCreated",
    "RfqBatchCreatedMsg",
    "RfqBatchDeleted",
    "RfqBatchDeletedMsg",
    "RfqBatchExecuted",
    "RfqBatchExecutedMsg",
    "RfqBatchRfq",
    "RfqCreated",
    "RfqCreatedMsg",
    "RfqDeleted",
    "RfqDeletedMsg",
    "RfqLeg",
    "ServerMessage",
    "SubscribeCommand",
    "SubscribeParams",
    "Subscribed",
    "SubscribedMsg",
    "SubscriptionInfo",
    "Ticker",
    "TickerMsg",
    "Trade",
    "TradeMsg",
    "UnderlyingListMsg",
    "UnsubscribeCommand",
    "UnsubscribeParams",
    "Unsubscribed",
    "UpdateSubscriptionCommand",
    "UpdateSubscriptionParams",
    "UserOrder",
    "UserOrderMsg",
    "decode_command",
    "decode_message",
    "encode_command",
]


class _Payload(msgspec.Struct, kw_only=True, omit_defaults=True, gc=False):
    """Base of every `msg` body."""


class _Server(msgspec.Struct, tag_field="type", kw_only=True, omit_defaults=True, gc=False):
    """Fields every server message may carry beside `type` and `msg`."""

    sid: int | None = None
    seq: int | None = None
    id: int | None = None
    sending_ts_ms: int | None = None

    @property
    def type(self) -> str:
        """The wire `type` of this message."""
        tag = self.__struct_config__.tag
        return tag if isinstance(tag, str) else ""


# --- replies -------------------------------------------------------------------------------------


class SubscribedMsg(_Payload):
    channel: str
    sid: int


class Subscribed(_Server, tag="subscribed"):
    """A subscription was created: `msg.sid` is its id (one reply per subscribed channel)."""

    msg: SubscribedMsg


class Unsubscribed(_Server, tag="unsubscribed"):
    """The subscription `sid` was cancelled."""


class SubscriptionInfo(_Payload):
    channel: str
    sid: int


class OkMsg(_Payload):
    """The body of an `ok` reply to update_subscription (markets, indices or underlyings)."""

    market_tickers: list[str] | None = None
    market_ids: list[str] | None = None
    index_ids: list[str] | None = None
    underlying_tickers: list[str] | None = None


class Ok(_Server, tag="ok"):
    """An acknowledgement: of update_subscription (`msg` is `OkMsg`) or of list_subscriptions
    (`msg` is a list of `SubscriptionInfo`)."""

    msg: OkMsg | list[SubscriptionInfo] | None = None


class ErrorMsg(_Payload):
    code: int
    msg: str
    market_ticker: str | None = None
    market_tickers: list[str] | None = None


class ErrorReply(_Server, tag="error"):
    """A command failed: `msg.code` is Kalshi's numeric WebSocket error code."""

    msg: ErrorMsg


# --- order book ----------------------------------------------------------------------------------


class OrderbookSnapshotMsg(_Payload):
    market_ticker: str
    market_id: str | None = None
    clock: int | None = None
    yes_dollars_fp: list[tuple[Decimal, Decimal]] = []
    no_dollars_fp: list[tuple[Decimal, Decimal]] = []


class OrderbookSnapshot(_Server, tag="orderbook_snapshot"):
    """The full book of one market: `[price_dollars, count_fp]` bids per side, NO in no-leg prices
    unless the subscription set `use_yes_price`."""

    msg: OrderbookSnapshotMsg


class OrderbookDeltaMsg(_Payload):
    market_ticker: str
    price_dollars: Decimal
    delta_fp: Decimal
    side: str
    market_id: str | None = None
    clock: int | None = None
    client_order_id: str | None = None
    subaccount: int | None = None
    ts: datetime | None = None
    ts_ms: int | None = None


class OrderbookDelta(_Server, tag="orderbook_delta"):
    """A signed change of the size resting at one price on one side of one market's book."""

    msg: OrderbookDeltaMsg


# --- market data ---------------------------------------------------------------------------------


class TickerMsg(_Payload):
    market_ticker: str
    market_id: str | None = None
    price_dollars: Decimal | None = None
    yes_bid_dollars: Decimal | None = None
    yes_ask_dollars: Decimal | None = None
    volume_fp: Decimal | None = None
    open_interest_fp: Decimal | None = None
    dollar_volume: int | None = None
    dollar_open_interest: int | None = None
    yes_bid_size_fp: Decimal | None = None
    yes_ask_size_fp: Decimal | None = None
    last_trade_size_fp: Decimal | None = None
    ts: int | None = None
    ts_ms: int | None = None
    time: datetime | None = None


class Ticker(_Server, tag="ticker"):
    """Price, volume and open interest of one market."""

    msg: TickerMsg


class TradeMsg(_Payload):
    trade_id: str
    market_ticker: str
    yes_price_dollars: Decimal
    no_price_dollars: Decimal
    count_fp: Decimal
    taker_outcome_side: str | None = None
    taker_book_side: str | None = None
    taker_side: str | None = None
    is_block_trade: bool | None = None
    ts: int | None = None
    ts_ms: int | None = None


class Trade(_Server, tag="trade"):
    """A public trade."""

    msg: TradeMsg


class FillMsg(_Payload):
    trade_id: str
    order_id: str
    market_ticker: str
    yes_price_dollars: Decimal
    count_fp: Decimal
    fee_cost: Decimal | None = None
    client_order_id: str | None = None
    exchange_index: int | None = None
    is_taker: bool | None = None
    side: str | None = None
    action: str | None = None
    post_position_fp: Decimal | None = None
    purchased_side: str | None = None
    outcome_side: str | None = None
    book_side: str | None = None
    subaccount: int | None = None
    ts: int | None = None
    ts_ms: int | None = None


class Fill(_Server, tag="fill"):
    """One of your orders traded."""

    msg: FillMsg


class MarketPositionMsg(_Payload):
    market_ticker: str
    position_fp: Decimal
    user_id: str | None = None
    position_cost_dollars: Decimal | None = None
    realized_pnl_dollars: Decimal | None = None
    fees_paid_dollars: Decimal | None = None
    position_fee_cost_dollars: Decimal | None = None
    volume_fp: Decimal | None = None
    subaccount: int | None = None


class MarketPosition(_Server, tag="market_position"):
    """Your position in one market changed."""

    msg: MarketPositionMsg


class UserOrderMsg(_Payload):
    order_id: str
    ticker: str
    status: str
    yes_price_dollars: Decimal
    fill_count_fp: Decimal
    remaining_count_fp: Decimal
    initial_count_fp: Decimal
    user_id: str | None = None
    exchange_index: int | None = None
    side: str | None = None
    is_yes: bool | None = None
    outcome_side: str | None = None
    book_side: str | None = None
    taker_fill_cost_dollars: Decimal | None = None
    maker_fill_cost_dollars: Decimal | None = None
    taker_fees_dollars: Decimal | None = None
    maker_fees_dollars: Decimal | None = None
    client_order_id: str | None = None
    order_group_id: str | None = None
    self_trade_prevention_type: str | None = None
    created_time: datetime | None = None
    last_update_time: datetime | None = None
    expiration_time: datetime | None = None
    expiration_ts_ms: int | None = None
    created_ts_ms: int | None = None
    last_updated_ts_ms: int | None = None
    last_update_reason: str | None = None
    subaccount_number: int | None = None


class UserOrder(_Server, tag="user_order"):
    """One of your orders was created or changed."""

    msg: UserOrderMsg


class OrderGroupUpdatesMsg(_Payload):
    event_type: str
    order_group_id: str
    contracts_limit_fp: Decimal | None = None
    ts_ms: int | None = None


class OrderGroupUpdates(_Server, tag="order_group_updates"):
    """An order group was created, triggered, reset, deleted or had its limit changed."""

    msg: OrderGroupUpdatesMsg


# --- lifecycle -----------------------------------------------------------------------------------


class LifecycleAdditionalMetadata(_Payload):
    name: str | None = None
    title: str | None = None
    yes_sub_title: str | None = None
    no_sub_title: str | None = None
    rules_primary: str | None = None
    rules_secondary: str | None = None
    can_close_early: bool | None = None
    event_ticker: str | None = None
    expected_expiration_ts: int | None = None
    strike_type: str | None = None
    floor_strike: Decimal | None = None
    cap_strike: Decimal | None = None
    custom_strike: dict[str, Any] | None = None


class PriceRange(_Payload):
    start: Decimal
    end: Decimal
    step: Decimal


class MarketLifecycleV2Msg(_Payload):
    """A market's lifecycle event; `event_type="metadata_updated"` carries the strike fields."""

    market_ticker: str
    event_type: str
    exchange_index: int | None = None
    open_ts: int | None = None
    close_ts: int | None = None
    determination_ts: int | None = None
    settled_ts: int | None = None
    result: str | None = None
    settlement_value: Decimal | None = None
    is_deactivated: bool | None = None
    additional_metadata: LifecycleAdditionalMetadata | None = None
    price_level_structure: str | None = None
    price_ranges: list[PriceRange] | None = None
    strike_type: str | None = None
    floor_strike: Decimal | None = None
    cap_strike: Decimal | None = None
    custom_strike: dict[str, Any] | None = None
    yes_sub_title: str | None = None


class MarketLifecycleV2(_Server, tag="market_lifecycle_v2"):
    """A market was created, (de)activated, re-dated, determined, settled, re-gridded or updated."""

    msg: MarketLifecycleV2Msg


class MultivariateMarketLifecycle(_Server, tag="multivariate_market_lifecycle"):
    """A lifecycle event of a multivariate (combo) market."""

    msg: MarketLifecycleV2Msg


class EventLifecycleMsg(_Payload):
    event_ticker: str
    exchange_index: int | None = None
    title: str | None = None
    subtitle: str | None = None
    collateral_return_type: str | None = None
    series_ticker: str | None = None
    strike_date: int | None = None
    strike_period: str | None = None


class EventLifecycle(_Server, tag="event_lifecycle"):
    """An event was created."""

    msg: EventLifecycleMsg


class EventFeeUpdateMsg(_Payload):
    event_ticker: str
    fee_type_override: str | None = None
    fee_multiplier_override: Decimal | None = None


class EventFeeUpdate(_Server, tag="event_fee_update"):
    """An event-level fee override was set (or cleared, with nulls)."""

    msg: EventFeeUpdateMsg


# --- communications (RFQs and quotes) ------------------------------------------------------------


class RfqLeg(_Payload):
    event_ticker: str
    market_ticker: str
    side: str
    yes_settlement_value_dollars: Decimal | None = None


class RfqCreatedMsg(_Payload):
    id: str
    creator_id: str
    market_ticker: str
    created_ts: datetime | None = None
    event_ticker: str | None = None
    contracts_fp: Decimal | None = None
    target_cost_dollars: Decimal | None = None
    mve_collection_ticker: str | None = None
    mve_selected_legs: list[RfqLeg] | None = None


class RfqCreated(_Server, tag="rfq_created"):
    msg: RfqCreatedMsg


class RfqDeletedMsg(_Payload):
    id: str
    creator_id: str
    market_ticker: str
    deleted_ts: datetime | None = None
    event_ticker: str | None = None
    contracts_fp: Decimal | None = None
    target_cost_dollars: Decimal | None = None


class RfqDeleted(_Server, tag="rfq_deleted"):
    msg: RfqDeletedMsg


class QuoteCreatedMsg(_Payload):
    quote_id: str
    rfq_id: str
    quote_creator_id: str
    rfq_creator_id: str
    market_ticker: str
    yes_bid_dollars: Decimal
    no_bid_dollars: Decimal
    created_ts: datetime | None = None
    event_ticker: str | None = None
    yes_contracts_offered_fp: Decimal | None = None
    no_contracts_offered_fp: Decimal | None = None
    rfq_target_cost_dollars: Decimal | None = None
    subaccount: int | None = None


class QuoteCreated(_Server, tag="quote_created"):
    msg: QuoteCreatedMsg


class QuoteAcceptedMsg(_Payload):
    quote_id: str
    rfq_id: str
    quote_creator_id: str
    rfq_creator_id: str
    market_ticker: str
    yes_bid_dollars: Decimal
    no_bid_dollars: Decimal
    event_ticker: str | None = None
    accepted_side: str | None = None
    contracts_accepted_fp: Decimal | None = None
    yes_contracts_offered_fp: Decimal | None = None
    no_contracts_offered_fp: Decimal | None = None
    rfq_target_cost_dollars: Decimal | None = None
    subaccount: int | None = None


class QuoteAccepted(_Server, tag="quote_accepted"):
    msg: QuoteAcceptedMsg


class QuoteExecutedMsg(_Payload):
    quote_id: str
    rfq_id: str
    quote_creator_id: str
    rfq_creator_id: str
    order_id: str
    client_order_id: str
    market_ticker: str
    executed_ts: datetime | None = None
    subaccount: int | None = None
    rfq_batch_id: str | None = None


class QuoteExecuted(_Server, tag="quote_executed"):
    msg: QuoteExecutedMsg


class RfqBatchRfq(_Payload):
    id: str
    market_ticker: str
    leg_indices: list[int] = []
    event_ticker: str | None = None
    contracts_fp: Decimal | None = None
    target_cost_dollars: Decimal | None = None
    mve_collection_ticker: str | None = None


class RfqBatchCreatedMsg(_Payload):
    id: str
    creator_id: str
    created_ts: datetime | None = None
    legs: list[RfqLeg] = []
    rfqs: list[RfqBatchRfq] = []


class RfqBatchCreated(_Server, tag="rfq_batch_created"):
    msg: RfqBatchCreatedMsg


class RfqBatchDeletedMsg(_Payload):
    id: str
    creator_id: str
    rfq_ids: list[str] = []
    deleted_ts: datetime | None = None


class RfqBatchDeleted(_Server, tag="rfq_batch_deleted"):
    msg: RfqBatchDeletedMsg


class BatchQuoteLeg(_Payload):
    """One child quote of a batch quote."""

    quote_id: str
    rfq_id: str
    market_ticker: str
    yes_bid_dollars: Decimal
    no_bid_dollars: Decimal
    event_ticker: str | None = None
    contracts_accepted_fp: Decimal | None = None
    yes_contracts_offered_fp: Decimal | None = None
    no_contracts_offered_fp: Decimal | None = None
    rfq_target_cost_dollars: Decimal | None = None


class BatchQuoteCreatedMsg(_Payload):
    batch_quote_id: str
    rfq_batch_id: str
    quote_creator_id: str
    created_ts: datetime | None = None
    quotes: list[BatchQuoteLeg] = []
    subaccount: int | None = None


class BatchQuoteCreated(_Server, tag="batch_quote_created"):
    msg: BatchQuoteCreatedMsg


class RfqBatchBestQuote(_Payload):
    rfq_id: str
    market_ticker: str
    event_ticker: str | None = None
    yes_bid_dollars: Decimal | None = None
    no_bid_dollars: Decimal | None = None
    contracts_fp: Decimal | None = None
    yes_contracts_offered_fp: Decimal | None = None
    no_contracts_offered_fp: Decimal | None = None
    rfq_target_cost_dollars: Decimal | None = None


class RfqBatchBestQuotesMsg(_Payload):
    rfq_batch_id: str
    version: int
    client_batch_id: str | None = None
    updated_ts: datetime | None = None
    yes_complete: bool | None = None
    no_complete: bool | None = None
    rfqs: list[RfqBatchBestQuote] = []
    subaccount: int | None = None


class RfqBatchBestQuotes(_Server, tag="rfq_batch_best_quotes"):
    msg: RfqBatchBestQuotesMsg


class BatchQuoteAcceptedMsg(_Payload):
    batch_quote_id: str
    rfq_batch_id: str
    quote_creator_id: str
    rfq_creator_id: str
    accepted_side: str
    accepted_ts: datetime | None = None
    quotes: list[BatchQuoteLeg] = []
    subaccount: int | None = None


class BatchQuoteAccepted(_Server, tag="batch_quote_accepted"):
    msg: BatchQuoteAcceptedMsg


class RfqBatchExecutedMsg(_Payload):
    rfq_batch_id: str
    rfq_creator_id: str
    close_reason: str
    executed_rfq_ids: list[str] = []
    failed_rfq_ids: list[str] = []
    executed_ts: datetime | None = None
    client_batch_id: str | None = None
    subaccount: int | None = None


class RfqBatchExecuted(_Server, tag="rfq_batch_executed"):
    msg: RfqBatchExecutedMsg


class BatchQuoteExecutedMsg(_Payload):
    batch_quote_id: str
    rfq_batch_id: str
    rfq_creator_id: str
    close_reason: str
    executed_rfq_ids: list[str] = []
    failed_rfq_ids: list[str] = []
    executed_ts: datetime | None = None
    subaccount: int | None = None


class BatchQuoteExecuted(_Server, tag="batch_quote_executed"):
    msg: BatchQuoteExecutedMsg


# --- index feeds ---------------------------------------------------------------------------------


class CfbenchmarksAvgData(_Payload):
    value: Decimal
    window_size: int | None = None
    window_start_ts_ms: int | None = None
    window_end_ts_exclusive: int | None = None


class CfbenchmarksValueMsg(_Payload):
    index_id: str
    received_at: int | None = None
    data: str | None = None
    avg_60s_data: CfbenchmarksAvgData | None = None
    last_60s_windowed_average_15min: CfbenchmarksAvgData | None = None


class CfbenchmarksValue(_Server, tag="cfbenchmarks_value"):
    """A CF Benchmarks index frame (`data` is the raw upstream JSON) with trailing averages."""

    msg: CfbenchmarksValueMsg


class IndexListMsg(_Payload):
    index_ids: list[str] = []


class CfbenchmarksIndexList(_Server, tag="cfbenchmarks_value_indexlist"):
    msg: IndexListMsg


class CfbenchmarksValue5HzMsg(_Payload):
    index_id: str
    value_usd: Decimal
    source_ts_ms: int | None = None
    received_at: int | None = None
    data: str | None = None


class CfbenchmarksValue5Hz(_Server, tag="cfbenchmarks_value_5hz"):
    msg: CfbenchmarksValue5HzMsg


class Cfbenchmarks5HzIndexList(_Server, tag="cfbenchmarks_value_5hz_indexlist"):
    msg: IndexListMsg


class PythValueMsg(_Payload):
    underlying_ticker: str
    value_usd: Decimal
    source_ts_ms: int | None = None
    received_at: int | None = None


class PythValue(_Server, tag="pyth_value"):
    msg: PythValueMsg


class UnderlyingListMsg(_Payload):
    underlying_tickers: list[str] = []


class PythUnderlyingList(_Server, tag="pyth_value_underlying_list"):
    msg: UnderlyingListMsg


ServerMessage = (
    Subscribed
    | Unsubscribed
    | Ok
    | ErrorReply
    | OrderbookSnapshot
    | OrderbookDelta
    | Ticker
    | Trade
    | Fill
    | MarketPosition
    | UserOrder
    | OrderGroupUpdates
    | MarketLifecycleV2
    | MultivariateMarketLifecycle
    | EventLifecycle
    | EventFeeUpdate
    | RfqCreated
    | RfqDeleted
    | QuoteCreated
    | QuoteAccepted
    | QuoteExecuted
    | RfqBatchCreated
    | RfqBatchDeleted
    | BatchQuoteCreated
    | RfqBatchBestQuotes
    | BatchQuoteAccepted
    | RfqBatchExecuted
    | BatchQuoteExecuted
    | CfbenchmarksValue
    | CfbenchmarksIndexList
    | CfbenchmarksValue5Hz
    | Cfbenchmarks5HzIndexList
    | PythValue
    | PythUnderlyingList
)


class GenericMessage(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A server message of a `type` this client does not know, or one that did not fit its
    Struct (`error` says why); `msg` holds the decoded JSON as sent."""

    type: str = ""
    sid: int | None = None
    seq: int | None = None
    id: int | None = None
    sending_ts_ms: int | None = None
    msg: Any = None
    error: str | None = None


Message = ServerMessage | GenericMessage

_server_decoder: msgspec.json.Decoder[ServerMessage] = msgspec.json.Decoder(ServerMessage)
_generic_decoder = msgspec.json.Decoder(GenericMessage)


def _typed_delta(frame: OrderbookDeltaFrame) -> OrderbookDelta:
    """The `OrderbookDelta` the public Structs would decode from the same frame, with shared
    prices; raises `ArithmeticError` for a price or delta that is no number."""
    msg = frame.msg
    return OrderbookDelta(
        sid=frame.sid,
        seq=frame.seq,
        id=frame.id,
        sending_ts_ms=frame.sending_ts_ms,
        msg=OrderbookDeltaMsg(
            market_ticker=msg.market_ticker,
            price_dollars=shared_decimal(msg.price_dollars),
            delta_fp=shared_decimal(msg.delta_fp),
            side=msg.side,
            market_id=msg.market_id,
            clock=msg.clock,
            client_order_id=msg.client_order_id,
            subaccount=msg.subaccount,
            ts=msg.ts,
            ts_ms=msg.ts_ms,
        ),
    )


_frame_decoder: msgspec.json.Decoder[Any] = msgspec.json.Decoder(
    Union[tuple(OrderbookDeltaFrame if t is OrderbookDelta else t for t in ServerMessage.__args__)]  # noqa: UP007
)
"""`ServerMessage` with `orderbook_delta` read as `OrderbookDeltaFrame`."""


def decode_message(frame: bytes | str) -> Message:
    """Decode one WebSocket frame into its typed message; never raises for a well-formed JSON
    object (unknown or ill-fitting messages become `GenericMessage`).

    Raises `msgspec.DecodeError` only when the frame is not a JSON object at all.
    """
    try:
        message = _frame_decoder.decode(frame)
    except msgspec.ValidationError:
        return _decode_typed(frame)
    if type(message) is OrderbookDeltaFrame:
        try:
            return _typed_delta(message)
        except ArithmeticError:
            return _decode_typed(frame)
    return message  # type: ignore[no-any-return]


def _decode_typed(frame: bytes | str) -> Message:
    """The frame through the public Structs alone (the slow path of `decode_message`)."""
    try:
        return _server_decoder.decode(frame)
    except msgspec.ValidationError as exc:
        generic = _lenient_generic(frame)
        if generic.type in _KNOWN_TYPES:
            generic.error = str(exc)
        return generic


def _lenient_generic(frame: bytes | str) -> GenericMessage:
    try:
        return _generic_decoder.decode(frame)
    except msgspec.ValidationError as exc:
        raw = msgspec.json.decode(frame)
        if not isinstance(raw, dict):
            raise msgspec.DecodeError("a Kalshi WebSocket message must be a JSON object") from None
        kind = raw.get("type")
        return GenericMessage(type=kind if isinstance(kind, str) else "", msg=raw.get("msg"), error=str(exc))


_KNOWN_TYPES = frozenset(
    msgspec.inspect.type_info(t).tag  # type: ignore[attr-defined]
    for t in ServerMessage.__args__
)


# --- commands ------------------------------------------------------------------------------------


class _Command(msgspec.Struct, tag_field="cmd", kw_only=True, omit_defaults=True):
    id: int


class SubscribeParams(msgspec.Struct, kw_only=True, omit_defaults=True):
    channels: list[str]
    market_ticker: str | None = None
    market_tickers: list[str] | None = None
    market_id: str | None = None
    market_ids: list[str] | None = None
    send_initial_snapshot: bool | None = None
    skip_ticker_ack: bool | None = None
    use_yes_price: bool | None = None
    user_filter: str | None = None
    shard_factor: int | None = None
    shard_key: int | None = None
    index_ids: list[str] | None = None
    underlying_tickers: list[str] | None = None


class SubscribeCommand(_Command, tag="subscribe"):
    """Subscribe to one or more channels (the server answers one `subscribed` per channel)."""

    params: SubscribeParams


class UnsubscribeParams(msgspec.Struct, kw_only=True, omit_defaults=True):
    sids: list[int]


class UnsubscribeCommand(_Command, tag="unsubscribe"):
    params: UnsubscribeParams


class UpdateSubscriptionParams(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Parameters of every update_subscription form: markets (add_markets, delete_markets,
    get_snapshot), CF Benchmarks indices and Pyth underlyings."""

    action: str
    sid: int | None = None
    sids: list[int] | None = None
    market_ticker: str | None = None
    market_tickers: list[str] | None = None
    market_id: str | None = None
    market_ids: list[str] | None = None
    send_initial_snapshot: bool | None = None
    index_ids: list[str] | None = None
    underlying_tickers: list[str] | None = None


class UpdateSubscriptionCommand(_Command, tag="update_subscription"):
    params: UpdateSubscriptionParams


class ListSubscriptionsCommand(_Command, tag="list_subscriptions"):
    pass


Command = SubscribeCommand | UnsubscribeCommand | UpdateSubscriptionCommand | ListSubscriptionsCommand

_command_decoder: msgspec.json.Decoder[Command] = msgspec.json.Decoder(Command)
_encoder = msgspec.json.Encoder()


def encode_command(command: Command) -> bytes:
    """The JSON frame of a command."""
    return _encoder.encode(command)


def decode_command(frame: bytes | str) -> Command:
    """Decode a command frame (what a server receives); raises `msgspec.ValidationError`."""
    return _command_decoder.decode(frame)


# --- control frames ------------------------------------------------------------------------------


class Ping(msgspec.Struct, frozen=True):
    """A WebSocket Ping control frame (opcode 0x9); the server's carries `heartbeat`. The
    websockets library answers it; it never reaches the message stream."""

    data: str = ""


class Pong(msgspec.Struct, frozen=True):
    """A WebSocket Pong control frame (opcode 0xA)."""

    data: str = ""


SPEC_MESSAGES: dict[str, type[Any]] = {
    "incomingPing": Ping,
    "incomingPong": Pong,
    "outgoingPing": Ping,
    "outgoingPong": Pong,
    "subscribeCommand": SubscribeCommand,
    "unsubscribeCommand": UnsubscribeCommand,
    "listSubscriptionsCommand": ListSubscriptionsCommand,
    "updateSubscriptionCommand": UpdateSubscriptionCommand,
    "updateSubscriptionDeleteCommand": UpdateSubscriptionCommand,
    "updateSubscriptionGetSnapshotCommand": UpdateSubscriptionCommand,
    "updateSubscriptionSingleSidCommand": UpdateSubscriptionCommand,
    "cfbenchmarksUpdateSubscriptionCommand": UpdateSubscriptionCommand,
    "pythUpdateSubscriptionCommand": UpdateSubscriptionCommand,
    "subscribedResponse": Subscribed,
    "unsubscribedResponse": Unsubscribed,
    "subscribedIndicesResponse": Ok,
    "subscribedUnderlyingsResponse": Ok,
    "okResponse": Ok,
    "listSubscriptionsResponse": Ok,
    "errorResponse": ErrorReply,
    "orderbookSnapshot": OrderbookSnapshot,
    "orderbookDelta": OrderbookDelta,
    "cfbenchmarksValue": CfbenchmarksValue,
    "cfbenchmarksIndexList": CfbenchmarksIndexList,
    "cfbenchmarksValue5Hz": CfbenchmarksValue5Hz,
    "cfbenchmarks5HzIndexList": Cfbenchmarks5HzIndexList,
    "pythValue": PythValue,
    "pythUnderlyingList": PythUnderlyingList,
    "ticker": Ticker,
    "trade": Trade,
    "fill": Fill,
    "marketLifecycleV2": MarketLifecycleV2,
    "marketMetadataUpdated": MarketLifecycleV2,
    "multivariateMarketLifecycle": MultivariateMarketLifecycle,
    "eventLifecycle": EventLifecycle,
    "eventFeeUpdate": EventFeeUpdate,
    "marketPosition": MarketPosition,
    "orderGroupUpdates": OrderGroupUpdates,
    "userOrder": UserOrder,
    "rfqCreated": RfqCreated,
    "rfqDeleted": RfqDeleted,
    "quoteCreated": QuoteCreated,
    "quoteAccepted": QuoteAccepted,
    "quoteExecuted": QuoteExecuted,
    "rfqBatchCreated": RfqBatchCreated,
    "rfqBatchDeleted": RfqBatchDeleted,
    "batchQuoteCreated": BatchQuoteCreated,
    "rfqBatchBestQuotes": RfqBatchBestQuotes,
    "batchQuoteAccepted": BatchQuoteAccepted,
    "rfqBatchExecuted": RfqBatchExecuted,
    "batchQuoteExecuted": BatchQuoteExecuted,
}
