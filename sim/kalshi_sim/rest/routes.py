"""The REST front's route table: which handler answers which operation of the spec. Operations
without a handler answer a minimal valid instance of their response schema (`schema.example_for`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..venue import Venue
from . import account, market_data, order_groups, orders, portfolio
from .calls import Call

__all__ = ["ROUTES", "Handler"]

Handler = Callable[[Venue, Call], Any]
"""Answers one call: a JSON-able body, a Response, or None for an empty answer."""

ROUTES: Mapping[str, Handler] = {
    # market data
    "GetExchangeStatus": market_data.get_exchange_status,
    "GetSeriesList": market_data.get_series_list,
    "GetSeries": market_data.get_series,
    "GetEvents": market_data.get_events,
    "GetEvent": market_data.get_event,
    "GetMarkets": market_data.get_markets,
    "GetMarket": market_data.get_market,
    "GetMarketOrderbook": market_data.get_market_orderbook,
    "GetMarketOrderbooks": market_data.get_market_orderbooks,
    "GetTrades": market_data.get_trades,
    "GetMarketCandlesticks": market_data.get_market_candlesticks,
    # portfolio
    "GetBalance": portfolio.get_balance,
    "GetPositions": portfolio.get_positions,
    "GetFills": portfolio.get_fills,
    "GetSettlements": portfolio.get_settlements,
    "GetOrders": portfolio.get_orders,
    "GetOrder": portfolio.get_order,
    # orders
    "CreateOrderV2": orders.create_order_v2,
    "BatchCreateOrdersV2": orders.batch_create_orders_v2,
    "CancelOrderV2": orders.cancel_order_v2,
    "BatchCancelOrdersV2": orders.batch_cancel_orders_v2,
    "CancelAllOrders": orders.cancel_all_orders,
    "AmendOrderV2": orders.amend_order_v2,
    "DecreaseOrderV2": orders.decrease_order_v2,
    "GetOrderQueuePosition": orders.get_order_queue_position,
    "GetOrderQueuePositions": orders.get_order_queue_positions,
    # order groups
    "GetOrderGroups": order_groups.get_order_groups,
    "CreateOrderGroup": order_groups.create_order_group,
    "GetOrderGroup": order_groups.get_order_group,
    "DeleteOrderGroup": order_groups.delete_order_group,
    "ResetOrderGroup": order_groups.reset_order_group,
    "TriggerOrderGroup": order_groups.trigger_order_group,
    "UpdateOrderGroupLimit": order_groups.update_order_group_limit,
    # account
    "GetAccountApiLimits": account.get_account_api_limits,
    "GetAccountEndpointCosts": account.get_account_endpoint_costs,
    "GetApiKeys": account.get_api_keys,
    "CreateApiKey": account.create_api_key,
    "GenerateApiKey": account.generate_api_key,
    "DeleteApiKey": account.delete_api_key,
}
