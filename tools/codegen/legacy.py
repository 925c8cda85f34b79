"""What kalshi-py 2.0.6.6 offered that the current spec moved or removed, as structure.

- `MOVED`: operation modules of 2.0.6.6 whose endpoint still exists under another tag or name;
  each keeps its import path as an alias of the current module.
- `TRANSLATED`: calls on endpoints Kalshi removed (the V1 order routes under `/portfolio/orders`);
  each keeps its import path and is translated onto the V2 order endpoints by `kalshi_py._legacy`.
- `SCHEMAS`: the request and response shapes of those calls that are no longer in the spec.
- `MODEL_NAMES`: model class names of 2.0.6.6 (`Model` + schema name) whose schema still exists;
  each is kept as an alias in `kalshi_py.models`.
"""

from __future__ import annotations

from typing import Any

# 2.0.6.6 module path (package.module) -> current operationId
MOVED: dict[str, str] = {
    "api_keys.create_api_key": "CreateApiKey",
    "api_keys.delete_api_key": "DeleteApiKey",
    "api_keys.generate_api_key": "GenerateApiKey",
    "api_keys.get_api_keys": "GetApiKeys",
    "collection.create_market_in_multivariate_event_collection": "CreateMarketInMultivariateEventCollection",
    "collection.get_multivariate_event_collection": "GetMultivariateEventCollection",
    "collection.get_multivariate_event_collections": "GetMultivariateEventCollections",
    "communications.accept_quote": "AcceptQuote",
    "communications.confirm_quote": "ConfirmQuote",
    "communications.create_quote": "CreateQuote",
    "communications.create_rfq": "CreateRFQ",
    "communications.delete_quote": "DeleteQuote",
    "communications.delete_rfq": "DeleteRFQ",
    "communications.get_communications_id": "GetCommunicationsID",
    "communications.get_quote": "GetQuote",
    "communications.get_quotes": "GetQuotes",
    "communications.get_rf_qs": "GetRFQs",
    "communications.get_rfq": "GetRFQ",
    "default.get_exchange_schedule": "GetExchangeSchedule",
    "default.get_exchange_status": "GetExchangeStatus",
    "default.get_user_data_timestamp": "GetUserDataTimestamp",
    "market.get_event": "GetEvent",
    "market.get_event_metadata": "GetEventMetadata",
    "market.get_events": "GetEvents",
    "market.get_market": "GetMarket",
    "market.get_market_candlesticks": "GetMarketCandlesticks",
    "market.get_market_orderbook": "GetMarketOrderbook",
    "market.get_markets": "GetMarkets",
    "market.get_series": "GetSeries",
    "market.get_series_list": "GetSeriesList",
    "market.get_trades": "GetTrades",
    "milestone.get_milestone": "GetMilestone",
    "milestone.get_milestones": "GetMilestones",
    "portfolio.create_order_group": "CreateOrderGroup",
    "portfolio.delete_order_group": "DeleteOrderGroup",
    "portfolio.get_balance": "GetBalance",
    "portfolio.get_fills": "GetFills",
    "portfolio.get_order": "GetOrder",
    "portfolio.get_order_group": "GetOrderGroup",
    "portfolio.get_order_groups": "GetOrderGroups",
    "portfolio.get_order_queue_position": "GetOrderQueuePosition",
    "portfolio.get_order_queue_positions": "GetOrderQueuePositions",
    "portfolio.get_orders": "GetOrders",
    "portfolio.get_portfolio_resting_order_total_value": "GetPortfolioRestingOrderTotalValue",
    "portfolio.get_positions": "GetPositions",
    "portfolio.get_settlements": "GetSettlements",
    "portfolio.reset_order_group": "ResetOrderGroup",
    "structured_target.get_structured_target": "GetStructuredTarget",
    "structured_target.get_structured_targets": "GetStructuredTargets",
}

# 2.0.6.6 module path -> (legacy operation name, method, legacy path, body schema, response schema)
TRANSLATED: dict[str, tuple[str, str, str, str | None, str]] = {
    "portfolio.create_order": (
        "CreateOrder",
        "POST",
        "/portfolio/orders",
        "CreateOrderRequest",
        "CreateOrderResponse",
    ),
    "portfolio.cancel_order": (
        "CancelOrder",
        "DELETE",
        "/portfolio/orders/{order_id}",
        None,
        "CancelOrderResponse",
    ),
    "portfolio.amend_order": (
        "AmendOrder",
        "POST",
        "/portfolio/orders/{order_id}/amend",
        "AmendOrderRequest",
        "AmendOrderResponse",
    ),
    "portfolio.decrease_order": (
        "DecreaseOrder",
        "POST",
        "/portfolio/orders/{order_id}/decrease",
        "DecreaseOrderRequest",
        "DecreaseOrderResponse",
    ),
    "portfolio.batch_create_orders": (
        "BatchCreateOrders",
        "POST",
        "/portfolio/orders/batched",
        "BatchCreateOrdersRequest",
        "BatchCreateOrdersResponse",
    ),
    "portfolio.batch_cancel_orders": (
        "BatchCancelOrders",
        "DELETE",
        "/portfolio/orders/batched",
        "BatchCancelOrdersRequest",
        "BatchCancelOrdersResponse",
    ),
}

_ORDER = {"$ref": "#/components/schemas/Order"}
_COUNT = {"$ref": "#/components/schemas/FixedPointCount"}

SCHEMAS: dict[str, dict[str, Any]] = {
    "CancelOrderResponse": {
        "type": "object",
        "required": ["order", "reduced_by"],
        "properties": {"order": _ORDER, "reduced_by": {"type": "integer"}, "reduced_by_fp": _COUNT},
    },
    "DecreaseOrderRequest": {
        "type": "object",
        "properties": {
            "reduce_by": {"type": "integer", "minimum": 1},
            "reduce_by_fp": _COUNT,
            "reduce_to": {"type": "integer", "minimum": 0},
            "reduce_to_fp": _COUNT,
            "subaccount": {"type": "integer", "minimum": 0},
        },
    },
    "DecreaseOrderResponse": {"type": "object", "required": ["order"], "properties": {"order": _ORDER}},
}

MODEL_NAMES: tuple[str, ...] = (
    "AcceptQuoteRequest",
    "AmendOrderRequest",
    "AmendOrderResponse",
    "BatchCancelOrdersRequest",
    "BatchCancelOrdersResponse",
    "BatchCreateOrdersRequest",
    "BatchCreateOrdersResponse",
    "BidAskDistribution",
    "CreateMarketInMultivariateEventCollectionRequest",
    "CreateMarketInMultivariateEventCollectionResponse",
    "CreateOrderGroupRequest",
    "CreateOrderGroupResponse",
    "CreateOrderRequest",
    "CreateOrderResponse",
    "CreateQuoteRequest",
    "CreateQuoteResponse",
    "CreateRFQRequest",
    "CreateRFQResponse",
    "EmptyResponse",
    "EventData",
    "ExchangeStatus",
    "Fill",
    "GetBalanceResponse",
    "GetCommunicationsIDResponse",
    "GetEventMetadataResponse",
    "GetEventResponse",
    "GetEventsResponse",
    "GetExchangeScheduleResponse",
    "GetFillsResponse",
    "GetMarketCandlesticksResponse",
    "GetMarketOrderbookResponse",
    "GetMarketResponse",
    "GetMarketsResponse",
    "GetMilestoneResponse",
    "GetMilestonesResponse",
    "GetMultivariateEventCollectionResponse",
    "GetMultivariateEventCollectionsResponse",
    "GetOrderGroupResponse",
    "GetOrderGroupsResponse",
    "GetOrderQueuePositionResponse",
    "GetOrderQueuePositionsResponse",
    "GetOrderResponse",
    "GetOrdersResponse",
    "GetPositionsResponse",
    "GetQuoteResponse",
    "GetQuotesResponse",
    "GetRFQResponse",
    "GetRFQsResponse",
    "GetSettlementsResponse",
    "GetStructuredTargetResponse",
    "GetStructuredTargetsResponse",
    "GetUserDataTimestampResponse",
    "Market",
    "Milestone",
    "MultivariateEventCollection",
    "Order",
    "PriceDistribution",
    "StructuredTarget",
    "TickerPair",
    "CancelOrderResponse",
    "DecreaseOrderRequest",
    "DecreaseOrderResponse",
)
