"""The event-contract API's route table: which handler answers which operation of the spec, and
the API as the REST front serves it (`EVENT_CONTRACTS`). Operations without a handler answer a
minimal valid instance of their response schema (`schema.example_for`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.requests import Request

from ..auth import ApiKey
from ..venue import Venue
from . import account, market_data, orders, portfolio, subaccounts
from .api import Handler, RestApi
from .calls import request_cost
from .order_groups import EVENT_CONTRACT_GROUPS
from .spec import Operation, spec_table

__all__ = ["EVENT_CONTRACTS", "ROUTES"]

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
    # subaccounts
    "CreateSubaccount": subaccounts.create_subaccount,
    "ApplySubaccountTransfer": subaccounts.apply_subaccount_transfer,
    "GetSubaccountBalances": subaccounts.get_subaccount_balances,
    "GetSubaccountTransfers": subaccounts.get_subaccount_transfers,
    "UpdateSubaccountNetting": subaccounts.update_subaccount_netting,
    "GetSubaccountNetting": subaccounts.get_subaccount_netting,
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
    "GetOrderGroups": EVENT_CONTRACT_GROUPS.get_order_groups,
    "CreateOrderGroup": EVENT_CONTRACT_GROUPS.create_order_group,
    "GetOrderGroup": EVENT_CONTRACT_GROUPS.get_order_group,
    "DeleteOrderGroup": EVENT_CONTRACT_GROUPS.delete_order_group,
    "ResetOrderGroup": EVENT_CONTRACT_GROUPS.reset_order_group,
    "TriggerOrderGroup": EVENT_CONTRACT_GROUPS.trigger_order_group,
    "UpdateOrderGroupLimit": EVENT_CONTRACT_GROUPS.update_order_group_limit,
    # account
    "GetAccountApiLimits": account.get_account_api_limits,
    "GetAccountEndpointCosts": account.get_account_endpoint_costs,
    "GetApiKeys": account.get_api_keys,
    "CreateApiKey": account.create_api_key,
    "GenerateApiKey": account.generate_api_key,
    "DeleteApiKey": account.delete_api_key,
}


def _authenticate(venue: Venue, request: Request, path: str) -> ApiKey:
    return venue.authenticate(request.headers, request.method, path)


def _cost(op: Operation, body: Any, request: Request) -> int:
    return request_cost(op, body)


EVENT_CONTRACTS = RestApi(spec_table(), ROUTES, _authenticate, _cost)
"""Kalshi's event-contract REST API under /trade-api/v2."""
