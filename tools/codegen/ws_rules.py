"""The choices the WebSocket generator (`ws_messages`) makes where an asyncapi document is silent:
names, which fields a message cannot do without, which strings are amounts. One set for event
contracts (asyncapi.yaml), one for margin (perps_asyncapi.yaml, `MARGIN_*`)."""

from __future__ import annotations

STRUCT_NAMES = {"errorResponse": "ErrorReply"}
"""Struct names that are not the message's name (without `Response`)."""

SHAPE_NAMES = {
    "listSubscriptionsResponse.msg[]": "SubscriptionInfo",
    "cfbenchmarksIndexList.msg": "IndexListMsg",
    "cfbenchmarks5HzIndexList.msg": "IndexListMsg",
    "pythUnderlyingList.msg": "UnderlyingListMsg",
    "multivariateMarketLifecycle.msg": "MarketLifecycleV2Msg",
    "marketLifecycleV2.msg.price_ranges[]": "PriceRange",
    "rfqCreated.msg.mve_selected_legs[]": "RfqLeg",
    "rfqBatchCreated.msg.legs[]": "RfqLeg",
    "rfqBatchCreated.msg.rfqs[]": "RfqBatchRfq",
    "batchQuoteCreated.msg.quotes[]": "BatchQuoteLeg",
    "batchQuoteAccepted.msg.quotes[]": "BatchQuoteLeg",
    "rfqBatchBestQuotes.msg.rfqs[]": "RfqBatchBestQuote",
}
"""Names of inline objects, by where they are (`message.msg.field[]`); objects given the same name
are one Struct, their schemas merged. Unlisted ones are named after their owner and field."""

_QUOTE = ("quote_id", "rfq_id", "quote_creator_id", "rfq_creator_id", "market_ticker")

KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "SubscribedMsg": ("channel", "sid"),
    "SubscriptionInfo": ("channel", "sid"),
    "ErrorMsg": ("code", "msg"),
    "OrderbookSnapshotMsg": ("market_ticker",),
    "OrderbookDeltaMsg": ("market_ticker", "price_dollars", "delta_fp", "side"),
    "TickerMsg": ("market_ticker",),
    "TradeMsg": ("trade_id", "market_ticker", "yes_price_dollars", "no_price_dollars", "count_fp"),
    "FillMsg": ("trade_id", "order_id", "market_ticker", "yes_price_dollars", "count_fp"),
    "MarketPositionMsg": ("market_ticker", "position_fp"),
    "UserOrderMsg": (
        "order_id",
        "ticker",
        "status",
        "yes_price_dollars",
        "fill_count_fp",
        "remaining_count_fp",
        "initial_count_fp",
    ),
    "OrderGroupUpdatesMsg": ("event_type", "order_group_id"),
    "PriceRange": ("start", "end", "step"),
    "MarketLifecycleV2Msg": ("market_ticker", "event_type"),
    "EventLifecycleMsg": ("event_ticker",),
    "EventFeeUpdateMsg": ("event_ticker",),
    "RfqLeg": ("event_ticker", "market_ticker", "side"),
    "RfqCreatedMsg": ("id", "creator_id", "market_ticker"),
    "RfqDeletedMsg": ("id", "creator_id", "market_ticker"),
    "QuoteCreatedMsg": (*_QUOTE, "yes_bid_dollars", "no_bid_dollars"),
    "QuoteAcceptedMsg": (*_QUOTE, "yes_bid_dollars", "no_bid_dollars"),
    "QuoteExecutedMsg": (*_QUOTE, "order_id", "client_order_id"),
    "RfqBatchRfq": ("id", "market_ticker"),
    "RfqBatchCreatedMsg": ("id", "creator_id"),
    "RfqBatchDeletedMsg": ("id", "creator_id"),
    "BatchQuoteLeg": ("quote_id", "rfq_id", "market_ticker", "yes_bid_dollars", "no_bid_dollars"),
    "BatchQuoteCreatedMsg": ("batch_quote_id", "rfq_batch_id", "quote_creator_id"),
    "RfqBatchBestQuote": ("rfq_id", "market_ticker"),
    "RfqBatchBestQuotesMsg": ("rfq_batch_id", "version"),
    "BatchQuoteAcceptedMsg": (
        "batch_quote_id",
        "rfq_batch_id",
        "quote_creator_id",
        "rfq_creator_id",
        "accepted_side",
    ),
    "RfqBatchExecutedMsg": ("rfq_batch_id", "rfq_creator_id", "close_reason"),
    "BatchQuoteExecutedMsg": ("batch_quote_id", "rfq_batch_id", "rfq_creator_id", "close_reason"),
    "CfbenchmarksAvgData": ("value",),
    "CfbenchmarksValueMsg": ("index_id",),
    "CfbenchmarksValue5HzMsg": ("index_id", "value_usd"),
    "PythValueMsg": ("underlying_ticker", "value_usd"),
}
"""The fields a server message (or a part of one) is useless without: required when decoding.
The identifiers, tickers, sides, prices and counts; not timestamps, ids of other things that
may be left out, or details. Kalshi's production stream leaves out fields its spec requires
(`clock` on `orderbook_delta`), so the spec's `required` alone would turn good messages into
`GenericMessage`."""

ERROR_CONSTANTS = {
    1: "UNABLE_TO_PROCESS",
    4: "SIDS_REQUIRED",
    7: "UNKNOWN_SID",
    8: "UNKNOWN_CHANNEL",
    12: "EXACTLY_ONE_SID_REQUIRED",
    19: "SHARD_FACTOR_INVALID",
    20: "SHARD_FACTOR_REQUIRED",
    21: "SHARD_KEY_INVALID",
    22: "SHARD_FACTOR_TOO_LARGE",
    26: "SUBSCRIPTION_MARKET_LIMIT",
}
"""Constant names of the error codes whose name in the spec makes a poor one (the others are
their name in upper case: `Unknown command` -> `UNKNOWN_COMMAND`)."""

MONEY_FIELDS = frozenset({"fee_cost", "value_usd", "value", "settlement_value", "start", "end", "step"})
"""String fields that carry an amount without saying so in their name (`*_dollars`, `*_fp` do)."""


MARGIN_SHAPE_NAMES = {"listSubscriptionsResponse.msg[]": "SubscriptionInfo"}
"""Names of the margin spec's inline objects (see `SHAPE_NAMES`)."""

MARGIN_KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "SubscribedMsg": ("channel", "sid"),
    "SubscriptionInfo": ("channel", "sid"),
    "ErrorMsg": ("code", "msg"),
    "OrderbookSnapshotMsg": ("market_ticker",),
    "OrderbookDeltaMsg": ("market_ticker", "price", "delta", "side"),
    "TickerMsg": ("market_ticker",),
    "TickerPrice": ("price",),
    "FundingRate": ("rate",),
    "TradeMsg": ("trade_id", "market_ticker", "price", "count"),
    "FillMsg": ("trade_id", "order_id", "market_ticker", "price", "count"),
    "UserOrderMsg": ("order_id", "ticker", "price", "fill_count", "remaining_count"),
    "OrderGroupUpdatesMsg": ("event_type", "order_group_id"),
}
"""The fields a margin message cannot do without (see `KEY_FIELDS`)."""

MARGIN_MONEY_FIELDS = frozenset(
    {
        "price",
        "delta",
        "count",
        "bid",
        "ask",
        "volume",
        "volume_24h",
        "open_interest",
        "fee_cost",
        "post_position",
        "fill_count",
        "remaining_count",
    }
)
"""Margin strings that carry a price, an amount or a contract count: the margin spec names
them without the `_dollars` / `_fp` suffixes."""
