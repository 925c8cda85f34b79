# generated from asyncapi.yaml 2.0.0 by tools/codegen — do not edit
"""Every message of Kalshi's WebSocket API (asyncapi.yaml 2.0.0) as a msgspec Struct.

Server messages are tagged on `type` (`ServerMessage`), commands on `cmd` (`Command`). A server
message's fields decode leniently: the fields it cannot do without are required, any other field
is None (or an empty list) when absent, unknown fields are ignored and enum values stay plain
strings. Commands carry the fields the spec requires. Prices and counts are `Decimal`.
`SPEC_MESSAGES` maps every message of the spec to the Struct that carries it.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import msgspec

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
    "IndexListMsg",
    "LifecycleAdditionalMetadata",
    "ListSubscriptionsCommand",
    "MarketLifecycleV2",
    "MarketLifecycleV2Msg",
    "MarketPosition",
    "MarketPositionMsg",
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
]


class _Payload(msgspec.Struct, kw_only=True, omit_defaults=True, gc=False):
    """Base of every part of a server message."""


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


class _Params(msgspec.Struct, kw_only=True, omit_defaults=True):
    """Base of every part of a command."""


class _Command(msgspec.Struct, tag_field="cmd", kw_only=True, omit_defaults=True):
    id: int


class SubscribeParams(_Params):
    """Part of a message: `subscribeCommand.params`."""

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


class UnsubscribeParams(_Params):
    """Part of a message: `unsubscribeCommand.params`."""

    sids: list[int]


class UpdateSubscriptionParams(_Params):
    """Parts of a message: `updateSubscriptionCommand.params`, `updateSubscriptionDeleteCommand.params`,
    `updateSubscriptionGetSnapshotCommand.params`, `updateSubscriptionSingleSidCommand.params`,
    `cfbenchmarksUpdateSubscriptionCommand.params`, `pythUpdateSubscriptionCommand.params`."""

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


class SubscribedMsg(_Payload):
    """Part of a message: `subscribedResponse.msg`."""

    channel: str
    sid: int


class OkMsg(_Payload):
    """Parts of a message: `subscribedIndicesResponse.msg`, `subscribedUnderlyingsResponse.msg`,
    `okResponse.msg`."""

    index_ids: list[str] = []
    underlying_tickers: list[str] = []
    market_tickers: list[str] = []
    market_ids: list[str] = []


class SubscriptionInfo(_Payload):
    """Part of a message: `listSubscriptionsResponse.msg[]`."""

    channel: str
    sid: int


class ErrorMsg(_Payload):
    """Part of a message: `errorResponse.msg`."""

    code: int
    msg: str
    market_ticker: str | None = None
    market_tickers: list[str] = []


class OrderbookSnapshotMsg(_Payload):
    """Part of a message: `orderbookSnapshot.msg`."""

    market_ticker: str
    market_id: str | None = None
    clock: int | None = None
    yes_dollars_fp: list[tuple[Decimal, Decimal]] = []
    no_dollars_fp: list[tuple[Decimal, Decimal]] = []


class OrderbookDeltaMsg(_Payload):
    """Part of a message: `orderbookDelta.msg`."""

    market_ticker: str
    price_dollars: Decimal
    delta_fp: Decimal
    side: str
    market_id: str | None = None
    clock: int | None = None
    client_order_id: str | None = None
    ts: datetime | None = None
    ts_ms: int | None = None
    subaccount: int | None = None


class CfbenchmarksAvgData(_Payload):
    """Parts of a message: `cfbenchmarksValue.msg.avg_60s_data`,
    `cfbenchmarksValue.msg.last_60s_windowed_average_15min`."""

    value: Decimal
    window_size: int | None = None
    window_start_ts_ms: int | None = None
    window_end_ts_exclusive: int | None = None


class CfbenchmarksValueMsg(_Payload):
    """Part of a message: `cfbenchmarksValue.msg`."""

    index_id: str
    received_at: int | None = None
    data: str | None = None
    avg_60s_data: CfbenchmarksAvgData | None = None
    last_60s_windowed_average_15min: CfbenchmarksAvgData | None = None


class IndexListMsg(_Payload):
    """Parts of a message: `cfbenchmarksIndexList.msg`, `cfbenchmarks5HzIndexList.msg`."""

    index_ids: list[str] = []


class CfbenchmarksValue5HzMsg(_Payload):
    """Part of a message: `cfbenchmarksValue5Hz.msg`."""

    index_id: str
    value_usd: Decimal
    source_ts_ms: int | None = None
    received_at: int | None = None
    data: str | None = None


class PythValueMsg(_Payload):
    """Part of a message: `pythValue.msg`."""

    underlying_ticker: str
    value_usd: Decimal
    source_ts_ms: int | None = None
    received_at: int | None = None


class UnderlyingListMsg(_Payload):
    """Part of a message: `pythUnderlyingList.msg`."""

    underlying_tickers: list[str] = []


class TickerMsg(_Payload):
    """Part of a message: `ticker.msg`."""

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


class TradeMsg(_Payload):
    """Part of a message: `trade.msg`."""

    trade_id: str
    market_ticker: str
    yes_price_dollars: Decimal
    no_price_dollars: Decimal
    count_fp: Decimal
    taker_side: str | None = None
    taker_outcome_side: str | None = None
    taker_book_side: str | None = None
    is_block_trade: bool | None = None
    ts: int | None = None
    ts_ms: int | None = None


class FillMsg(_Payload):
    """Part of a message: `fill.msg`."""

    trade_id: str
    order_id: str
    market_ticker: str
    yes_price_dollars: Decimal
    count_fp: Decimal
    client_order_id: str | None = None
    exchange_index: int | None = None
    is_taker: bool | None = None
    side: str | None = None
    ts: int | None = None
    ts_ms: int | None = None
    fee_cost: Decimal | None = None
    action: str | None = None
    post_position_fp: Decimal | None = None
    purchased_side: str | None = None
    outcome_side: str | None = None
    book_side: str | None = None
    subaccount: int | None = None


class LifecycleAdditionalMetadata(_Payload):
    """Parts of a message: `marketLifecycleV2.msg.additional_metadata`,
    `multivariateMarketLifecycle.msg.additional_metadata`."""

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
    """Part of a message: `marketLifecycleV2.msg.price_ranges[]`."""

    start: Decimal
    end: Decimal
    step: Decimal


class MarketLifecycleV2Msg(_Payload):
    """Parts of a message: `marketLifecycleV2.msg`, `marketMetadataUpdated.msg`,
    `multivariateMarketLifecycle.msg`."""

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
    price_ranges: list[PriceRange] = []
    strike_type: str | None = None
    floor_strike: Decimal | None = None
    cap_strike: Decimal | None = None
    custom_strike: dict[str, Any] | None = None
    yes_sub_title: str | None = None


class EventLifecycleMsg(_Payload):
    """Part of a message: `eventLifecycle.msg`."""

    event_ticker: str
    exchange_index: int | None = None
    title: str | None = None
    subtitle: str | None = None
    collateral_return_type: str | None = None
    series_ticker: str | None = None
    strike_date: int | None = None
    strike_period: str | None = None


class EventFeeUpdateMsg(_Payload):
    """Part of a message: `eventFeeUpdate.msg`."""

    event_ticker: str
    fee_type_override: str | None = None
    fee_multiplier_override: Decimal | None = None


class MarketPositionMsg(_Payload):
    """Part of a message: `marketPosition.msg`."""

    market_ticker: str
    position_fp: Decimal
    user_id: str | None = None
    position_cost_dollars: Decimal | None = None
    realized_pnl_dollars: Decimal | None = None
    fees_paid_dollars: Decimal | None = None
    position_fee_cost_dollars: Decimal | None = None
    volume_fp: Decimal | None = None
    subaccount: int | None = None


class OrderGroupUpdatesMsg(_Payload):
    """Part of a message: `orderGroupUpdates.msg`."""

    event_type: str
    order_group_id: str
    contracts_limit_fp: Decimal | None = None
    ts_ms: int | None = None


class UserOrderMsg(_Payload):
    """Part of a message: `userOrder.msg`."""

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


class RfqLeg(_Payload):
    """Parts of a message: `rfqCreated.msg.mve_selected_legs[]`, `rfqBatchCreated.msg.legs[]`."""

    event_ticker: str
    market_ticker: str
    side: str
    yes_settlement_value_dollars: Decimal | None = None


class RfqCreatedMsg(_Payload):
    """Part of a message: `rfqCreated.msg`."""

    id: str
    creator_id: str
    market_ticker: str
    event_ticker: str | None = None
    contracts_fp: Decimal | None = None
    target_cost_dollars: Decimal | None = None
    created_ts: datetime | None = None
    mve_collection_ticker: str | None = None
    mve_selected_legs: list[RfqLeg] = []


class RfqDeletedMsg(_Payload):
    """Part of a message: `rfqDeleted.msg`."""

    id: str
    creator_id: str
    market_ticker: str
    event_ticker: str | None = None
    contracts_fp: Decimal | None = None
    target_cost_dollars: Decimal | None = None
    deleted_ts: datetime | None = None


class QuoteCreatedMsg(_Payload):
    """Part of a message: `quoteCreated.msg`."""

    quote_id: str
    rfq_id: str
    quote_creator_id: str
    rfq_creator_id: str
    market_ticker: str
    yes_bid_dollars: Decimal
    no_bid_dollars: Decimal
    event_ticker: str | None = None
    yes_contracts_offered_fp: Decimal | None = None
    no_contracts_offered_fp: Decimal | None = None
    rfq_target_cost_dollars: Decimal | None = None
    created_ts: datetime | None = None
    subaccount: int | None = None


class QuoteAcceptedMsg(_Payload):
    """Part of a message: `quoteAccepted.msg`."""

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


class QuoteExecutedMsg(_Payload):
    """Part of a message: `quoteExecuted.msg`."""

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


class RfqBatchRfq(_Payload):
    """Part of a message: `rfqBatchCreated.msg.rfqs[]`."""

    id: str
    market_ticker: str
    event_ticker: str | None = None
    contracts_fp: Decimal | None = None
    target_cost_dollars: Decimal | None = None
    mve_collection_ticker: str | None = None
    leg_indices: list[int] = []


class RfqBatchCreatedMsg(_Payload):
    """Part of a message: `rfqBatchCreated.msg`."""

    id: str
    creator_id: str
    created_ts: datetime | None = None
    legs: list[RfqLeg] = []
    rfqs: list[RfqBatchRfq] = []


class RfqBatchDeletedMsg(_Payload):
    """Part of a message: `rfqBatchDeleted.msg`."""

    id: str
    creator_id: str
    rfq_ids: list[str] = []
    deleted_ts: datetime | None = None


class BatchQuoteLeg(_Payload):
    """Parts of a message: `batchQuoteCreated.msg.quotes[]`, `batchQuoteAccepted.msg.quotes[]`."""

    quote_id: str
    rfq_id: str
    market_ticker: str
    yes_bid_dollars: Decimal
    no_bid_dollars: Decimal
    event_ticker: str | None = None
    yes_contracts_offered_fp: Decimal | None = None
    no_contracts_offered_fp: Decimal | None = None
    rfq_target_cost_dollars: Decimal | None = None
    contracts_accepted_fp: Decimal | None = None


class BatchQuoteCreatedMsg(_Payload):
    """Part of a message: `batchQuoteCreated.msg`."""

    batch_quote_id: str
    rfq_batch_id: str
    quote_creator_id: str
    created_ts: datetime | None = None
    quotes: list[BatchQuoteLeg] = []
    subaccount: int | None = None


class RfqBatchBestQuote(_Payload):
    """Part of a message: `rfqBatchBestQuotes.msg.rfqs[]`."""

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
    """Part of a message: `rfqBatchBestQuotes.msg`."""

    rfq_batch_id: str
    version: int
    client_batch_id: str | None = None
    updated_ts: datetime | None = None
    yes_complete: bool | None = None
    no_complete: bool | None = None
    rfqs: list[RfqBatchBestQuote] = []
    subaccount: int | None = None


class BatchQuoteAcceptedMsg(_Payload):
    """Part of a message: `batchQuoteAccepted.msg`."""

    batch_quote_id: str
    rfq_batch_id: str
    quote_creator_id: str
    rfq_creator_id: str
    accepted_side: str
    accepted_ts: datetime | None = None
    quotes: list[BatchQuoteLeg] = []
    subaccount: int | None = None


class RfqBatchExecutedMsg(_Payload):
    """Part of a message: `rfqBatchExecuted.msg`."""

    rfq_batch_id: str
    rfq_creator_id: str
    close_reason: str
    client_batch_id: str | None = None
    executed_rfq_ids: list[str] = []
    failed_rfq_ids: list[str] = []
    executed_ts: datetime | None = None
    subaccount: int | None = None


class BatchQuoteExecutedMsg(_Payload):
    """Part of a message: `batchQuoteExecuted.msg`."""

    batch_quote_id: str
    rfq_batch_id: str
    rfq_creator_id: str
    close_reason: str
    executed_rfq_ids: list[str] = []
    failed_rfq_ids: list[str] = []
    executed_ts: datetime | None = None
    subaccount: int | None = None


class Subscribed(_Server, tag="subscribed"):
    """The `subscribed` message: `subscribedResponse`."""

    msg: SubscribedMsg


class Unsubscribed(_Server, tag="unsubscribed"):
    """The `unsubscribed` message: `unsubscribedResponse`."""


class Ok(_Server, tag="ok"):
    """The `ok` message: `subscribedIndicesResponse`, `subscribedUnderlyingsResponse`, `okResponse`,
    `listSubscriptionsResponse`."""

    msg: OkMsg | list[SubscriptionInfo] | None = None


class ErrorReply(_Server, tag="error"):
    """The `error` message: `errorResponse`."""

    msg: ErrorMsg


class OrderbookSnapshot(_Server, tag="orderbook_snapshot"):
    """The `orderbook_snapshot` message: `orderbookSnapshot`."""

    msg: OrderbookSnapshotMsg


class OrderbookDelta(_Server, tag="orderbook_delta"):
    """The `orderbook_delta` message: `orderbookDelta`."""

    msg: OrderbookDeltaMsg


class CfbenchmarksValue(_Server, tag="cfbenchmarks_value"):
    """The `cfbenchmarks_value` message: `cfbenchmarksValue`."""

    msg: CfbenchmarksValueMsg


class CfbenchmarksIndexList(_Server, tag="cfbenchmarks_value_indexlist"):
    """The `cfbenchmarks_value_indexlist` message: `cfbenchmarksIndexList`."""

    msg: IndexListMsg


class CfbenchmarksValue5Hz(_Server, tag="cfbenchmarks_value_5hz"):
    """The `cfbenchmarks_value_5hz` message: `cfbenchmarksValue5Hz`."""

    msg: CfbenchmarksValue5HzMsg


class Cfbenchmarks5HzIndexList(_Server, tag="cfbenchmarks_value_5hz_indexlist"):
    """The `cfbenchmarks_value_5hz_indexlist` message: `cfbenchmarks5HzIndexList`."""

    msg: IndexListMsg


class PythValue(_Server, tag="pyth_value"):
    """The `pyth_value` message: `pythValue`."""

    msg: PythValueMsg


class PythUnderlyingList(_Server, tag="pyth_value_underlying_list"):
    """The `pyth_value_underlying_list` message: `pythUnderlyingList`."""

    msg: UnderlyingListMsg


class Ticker(_Server, tag="ticker"):
    """The `ticker` message: `ticker`."""

    msg: TickerMsg


class Trade(_Server, tag="trade"):
    """The `trade` message: `trade`."""

    msg: TradeMsg


class Fill(_Server, tag="fill"):
    """The `fill` message: `fill`."""

    msg: FillMsg


class MarketLifecycleV2(_Server, tag="market_lifecycle_v2"):
    """The `market_lifecycle_v2` message: `marketLifecycleV2`, `marketMetadataUpdated`."""

    msg: MarketLifecycleV2Msg


class MultivariateMarketLifecycle(_Server, tag="multivariate_market_lifecycle"):
    """The `multivariate_market_lifecycle` message: `multivariateMarketLifecycle`."""

    msg: MarketLifecycleV2Msg


class EventLifecycle(_Server, tag="event_lifecycle"):
    """The `event_lifecycle` message: `eventLifecycle`."""

    msg: EventLifecycleMsg


class EventFeeUpdate(_Server, tag="event_fee_update"):
    """The `event_fee_update` message: `eventFeeUpdate`."""

    msg: EventFeeUpdateMsg


class MarketPosition(_Server, tag="market_position"):
    """The `market_position` message: `marketPosition`."""

    msg: MarketPositionMsg


class OrderGroupUpdates(_Server, tag="order_group_updates"):
    """The `order_group_updates` message: `orderGroupUpdates`."""

    msg: OrderGroupUpdatesMsg


class UserOrder(_Server, tag="user_order"):
    """The `user_order` message: `userOrder`."""

    msg: UserOrderMsg


class RfqCreated(_Server, tag="rfq_created"):
    """The `rfq_created` message: `rfqCreated`."""

    msg: RfqCreatedMsg


class RfqDeleted(_Server, tag="rfq_deleted"):
    """The `rfq_deleted` message: `rfqDeleted`."""

    msg: RfqDeletedMsg


class QuoteCreated(_Server, tag="quote_created"):
    """The `quote_created` message: `quoteCreated`."""

    msg: QuoteCreatedMsg


class QuoteAccepted(_Server, tag="quote_accepted"):
    """The `quote_accepted` message: `quoteAccepted`."""

    msg: QuoteAcceptedMsg


class QuoteExecuted(_Server, tag="quote_executed"):
    """The `quote_executed` message: `quoteExecuted`."""

    msg: QuoteExecutedMsg


class RfqBatchCreated(_Server, tag="rfq_batch_created"):
    """The `rfq_batch_created` message: `rfqBatchCreated`."""

    msg: RfqBatchCreatedMsg


class RfqBatchDeleted(_Server, tag="rfq_batch_deleted"):
    """The `rfq_batch_deleted` message: `rfqBatchDeleted`."""

    msg: RfqBatchDeletedMsg


class BatchQuoteCreated(_Server, tag="batch_quote_created"):
    """The `batch_quote_created` message: `batchQuoteCreated`."""

    msg: BatchQuoteCreatedMsg


class RfqBatchBestQuotes(_Server, tag="rfq_batch_best_quotes"):
    """The `rfq_batch_best_quotes` message: `rfqBatchBestQuotes`."""

    msg: RfqBatchBestQuotesMsg


class BatchQuoteAccepted(_Server, tag="batch_quote_accepted"):
    """The `batch_quote_accepted` message: `batchQuoteAccepted`."""

    msg: BatchQuoteAcceptedMsg


class RfqBatchExecuted(_Server, tag="rfq_batch_executed"):
    """The `rfq_batch_executed` message: `rfqBatchExecuted`."""

    msg: RfqBatchExecutedMsg


class BatchQuoteExecuted(_Server, tag="batch_quote_executed"):
    """The `batch_quote_executed` message: `batchQuoteExecuted`."""

    msg: BatchQuoteExecutedMsg


class SubscribeCommand(_Command, tag="subscribe"):
    """The `subscribe` command: `subscribeCommand`."""

    params: SubscribeParams


class UnsubscribeCommand(_Command, tag="unsubscribe"):
    """The `unsubscribe` command: `unsubscribeCommand`."""

    params: UnsubscribeParams


class ListSubscriptionsCommand(_Command, tag="list_subscriptions"):
    """The `list_subscriptions` command: `listSubscriptionsCommand`."""


class UpdateSubscriptionCommand(_Command, tag="update_subscription"):
    """The `update_subscription` command: `updateSubscriptionCommand`, `updateSubscriptionDeleteCommand`,
    `updateSubscriptionGetSnapshotCommand`, `updateSubscriptionSingleSidCommand`,
    `cfbenchmarksUpdateSubscriptionCommand`, `pythUpdateSubscriptionCommand`."""

    params: UpdateSubscriptionParams


class Ping(msgspec.Struct, frozen=True):
    """A WebSocket Ping control frame; `data` is its payload. The websockets library handles
    these; they never reach the message stream."""

    data: str = ""


class Pong(msgspec.Struct, frozen=True):
    """A WebSocket Pong control frame; `data` is its payload. The websockets library handles
    these; they never reach the message stream."""

    data: str = ""


ServerMessage = (
    Subscribed
    | Unsubscribed
    | Ok
    | ErrorReply
    | OrderbookSnapshot
    | OrderbookDelta
    | CfbenchmarksValue
    | CfbenchmarksIndexList
    | CfbenchmarksValue5Hz
    | Cfbenchmarks5HzIndexList
    | PythValue
    | PythUnderlyingList
    | Ticker
    | Trade
    | Fill
    | MarketLifecycleV2
    | MultivariateMarketLifecycle
    | EventLifecycle
    | EventFeeUpdate
    | MarketPosition
    | OrderGroupUpdates
    | UserOrder
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
)

Command = SubscribeCommand | UnsubscribeCommand | ListSubscriptionsCommand | UpdateSubscriptionCommand

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
