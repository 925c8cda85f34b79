"""The margin API's route table (`MARGIN`): Kalshi's Perps REST API under /trade-api/v2, most of
it under /margin, signed with margin API keys and drawing on rate-limit buckets of its own.

Operations with a handler trade on the margin engine; the others (FCM subtraders, their orders,
risk controls and notional risk limits, exit triggers, the transfer between the two exchanges,
the premium index) answer a minimal valid body of their response schema (`schema.example_for`)
and change nothing. The spec includes the operations only Kalshi's documentation pages have."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.requests import Request

from ...auth import ApiKey
from ...rules import DEFAULT_COST, MARGIN_BALANCE_COST, MARGIN_BALANCE_WITH_AVAILABLE_COST
from ...venue import Venue
from ..api import Handler, RestApi
from ..order_groups import OrderGroupHandlers
from ..spec import Operation, spec_table
from . import market_data, orders, portfolio

__all__ = ["MARGIN", "MARGIN_ROUTES"]

GROUPS = OrderGroupHandlers(lambda venue: venue.margin.groups)

MARGIN_ROUTES: Mapping[str, Handler] = {
    # public data
    "GetMarginExchangeStatus": market_data.get_exchange_status,
    "GetMarginRiskParameters": market_data.get_risk_parameters,
    "GetMarginMarkets": market_data.get_markets,
    "GetMarginMarket": market_data.get_market,
    "GetMarginMarketOrderbook": market_data.get_orderbook,
    "GetMarginMarketCandlesticks": market_data.get_candlesticks,
    "GetMarginTrades": market_data.get_trades,
    "GetMarginHistoricalFundingRates": market_data.get_historical_funding_rates,
    "GetMarginFundingRateEstimate": market_data.get_funding_rate_estimate,
    # the member's own
    "GetMarginEnabled": portfolio.get_enabled,
    "GetPerpsAccountApiLimits": portfolio.get_perps_api_limits,
    "GetMarginBalance": portfolio.get_balance,
    "GetMarginPositions": portfolio.get_positions,
    "GetMarginRisk": portfolio.get_risk,
    "GetMarginFills": portfolio.get_fills,
    "GetMarginNotionalRiskLimit": portfolio.get_notional_risk_limit,
    "GetMarginFeeTiers": portfolio.get_fee_tiers,
    "GetMarginFeeTierRates": portfolio.get_fee_tier_rates,
    "GetMarginFundingHistory": portfolio.get_funding_history,
    "CreateMarginSubaccount": portfolio.create_subaccount,
    "ApplyMarginSubaccountTransfer": portfolio.apply_subaccount_transfer,
    "IntraExchangeInstanceTransfer": portfolio.intra_exchange_transfer,
    # orders
    "GetMarginOrders": orders.get_orders,
    "GetMarginOrder": orders.get_order,
    "CreateMarginOrder": orders.create_order,
    "CancelMarginOrder": orders.cancel_order,
    "CancelAllMarginOrders": orders.cancel_all_orders,
    "DecreaseMarginOrder": orders.decrease_order,
    "AmendMarginOrder": orders.amend_order,
    # order groups
    "GetMarginOrderGroups": GROUPS.get_order_groups,
    "CreateMarginOrderGroup": GROUPS.create_order_group,
    "GetMarginOrderGroup": GROUPS.get_order_group,
    "DeleteMarginOrderGroup": GROUPS.delete_order_group,
    "ResetMarginOrderGroup": GROUPS.reset_order_group,
    "TriggerMarginOrderGroup": GROUPS.trigger_order_group,
    "UpdateMarginOrderGroupLimit": GROUPS.update_order_group_limit,
}


def _authenticate(venue: Venue, request: Request, path: str) -> ApiKey:
    return venue.authenticate_margin(request.headers, request.method, path)


def _cost(op: Operation, body: Any, request: Request) -> int:
    """10 tokens a call (a cancel too, on the margin exchange); the balance 5, or 50 when it
    computes the available balance."""
    if op.operation_id == "GetMarginBalance":
        wanted = request.query_params.get("compute_available_balance", "").lower() == "true"
        return MARGIN_BALANCE_WITH_AVAILABLE_COST if wanted else MARGIN_BALANCE_COST
    return DEFAULT_COST


MARGIN = RestApi(
    spec_table("kalshi_sim.rest.margin", "perps_openapi.json"),
    MARGIN_ROUTES,
    _authenticate,
    _cost,
    lane="margin:",
)
"""Kalshi's margin (Perps) REST API."""
