"""Every REST wire shape of the margin engine's objects, in one place: what each looks like in
Kalshi's margin responses (perps_openapi.yaml's schemas), with money as FixedPointDollars,
counts as FixedPointCount, rates and leverage as JSON numbers and times as RFC 3339."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ...engine.margin import (
    FundingPayment,
    FundingRate,
    MarginFill,
    MarginOrder,
    MarginOrderResult,
    MarginTrade,
    PerpMarket,
    PerpPosition,
    PortfolioRisk,
    PositionRisk,
)
from ...wire import count_fp, dollars, json_number, rfc3339
from ..shapes import average_fields

__all__ = [
    "LEVERAGE_NOTIONALS",
    "fill_shape",
    "funding_payment_shape",
    "funding_rate_shape",
    "market_shape",
    "order_result_shape",
    "order_shape",
    "position_shape",
    "risk_position_shape",
    "subaccount_balance_shape",
    "ticker_price",
    "trade_shape",
]

ZERO = Decimal(0)
SIX_PLACES = Decimal("0.000001")
LEVERAGE_NOTIONALS = ("1000", "10000", "100000", "1000000")
"""The notional sizes `leverage_estimates` are keyed by (the margin rate does not grow with size
here, so they are all the same)."""


def ticker_price(price: Decimal, ts: float) -> dict[str, Any]:
    """The TickerPrice shape: a price and when it was taken."""
    return {"price": dollars(price), "ts_ms": int(ts * 1000)}


def market_shape(market: PerpMarket) -> dict[str, Any]:
    bid, _ = market.best("bid")
    ask, _ = market.best("ask")
    leverage = json_number(1 / market.maintenance_margin_rate)
    estimates = dict.fromkeys(LEVERAGE_NOTIONALS, leverage)
    body: dict[str, Any] = {
        "ticker": market.ticker,
        "title": market.title,
        "exchange_index": 0,
        "contract_size": f"{market.contract_size:.6f}",
        "tick_size": dollars(market.tick_size),
        "status": market.status,
        "fractional_trading_enabled": market.fractional_trading_enabled,
        "leverage_estimate": leverage,
        "leverage_estimates": estimates,
        "long_leverage_estimates": dict(estimates),
        "short_leverage_estimates": dict(estimates),
        "price": dollars(market.last_price),
        "volume": count_fp(market.volume),
        "volume_notional_value_dollars": dollars(market.volume_notional),
        "open_interest": count_fp(market.open_interest),
        "open_interest_notional_value_dollars": dollars(market.open_interest * market.mark_price),
        "volume_24h": count_fp(market.volume),
        "volume_24h_notional_value_dollars": dollars(market.volume_notional),
        "settlement_mark_price": ticker_price(market.mark_price, market.mark_ts),
        "liquidation_mark_price": ticker_price(market.mark_price, market.mark_ts),
        "asset_class": market.asset_class,
        "schedule": None,
    }
    if bid:
        body["bid"] = dollars(bid)
    if ask:
        body["ask"] = dollars(ask)
    if market.reference_price is not None:
        body["reference_price"] = ticker_price(market.reference_price, market.mark_ts)
    return body


def order_shape(order: MarginOrder) -> dict[str, Any]:
    body: dict[str, Any] = {
        "order_id": order.order_id,
        "user_id": order.user_id,
        "client_order_id": order.client_order_id,
        "ticker": order.ticker,
        "side": order.side,
        "price": dollars(order.price),
        "fill_count": count_fp(order.fill_count),
        "remaining_count": count_fp(order.remaining_count),
        "last_update_reason": order.last_update_reason or "",
        "expiration_time": None if order.expiration_time is None else rfc3339(order.expiration_time),
        "created_time": rfc3339(order.created_time),
        "last_update_time": rfc3339(order.last_update_time),
        "self_trade_prevention_type": order.self_trade_prevention_type,
        "cancel_order_on_pause": order.cancel_order_on_pause,
        "order_source": order.order_source,
    }
    if order.order_group_id is not None:
        body["order_group_id"] = order.order_group_id
    if order.order_reason is not None:
        body["order_reason"] = order.order_reason
    return body


def order_result_shape(result: MarginOrderResult) -> dict[str, Any]:
    """The CreateMarginOrderResponse shape (the amend answer is the same, trimmed)."""
    body: dict[str, Any] = {
        "order_id": result.order.order_id,
        "client_order_id": result.order.client_order_id,
        "fill_count": count_fp(result.fill_count),
        "remaining_count": count_fp(result.order.remaining_count),
    }
    return {**body, **average_fields(result.average_fill_price(), result.average_fee_paid())}


def fill_shape(fill: MarginFill) -> dict[str, Any]:
    return {
        "fill_id": fill.fill_id,
        "order_id": fill.order_id,
        "is_taker": fill.is_taker,
        "side": fill.side,
        "count": count_fp(fill.count),
        "created_time": rfc3339(fill.created_time),
        "ticker": fill.ticker,
        "price": dollars(fill.price),
        "entry_price": dollars(fill.entry_price),
        "fees": dollars(fill.fee),
        "realized_pnl": dollars(fill.realized_pnl),
        "order_source": fill.order_source,
    }


def trade_shape(trade: MarginTrade) -> dict[str, Any]:
    return {
        "trade_id": trade.trade_id,
        "ticker": trade.ticker,
        "count": count_fp(trade.count),
        "price": dollars(trade.price),
        "created_time": rfc3339(trade.created_time),
        "taker_side": trade.taker_side,
    }


def position_shape(held: PerpPosition, risk: PositionRisk) -> dict[str, Any]:
    """The MarginPosition shape: `margin_used` is the position's maintenance margin."""
    margin = risk.maintenance_margin
    return {
        "subaccount": held.subaccount,
        "market_ticker": held.ticker,
        "position": count_fp(held.position),
        "entry_price": dollars(held.entry_price()),
        "unrealized_pnl": dollars(risk.unrealized_pnl),
        "margin_used": dollars(margin),
        "fees": dollars(held.fees),
        "roe": None if not margin else json_number(risk.unrealized_pnl / margin * 100),
        "is_portfolio": False,
    }


def risk_position_shape(risk: PositionRisk) -> dict[str, Any]:
    leverage = risk.leverage
    return {
        "subaccount": risk.subaccount,
        "market_ticker": risk.ticker,
        "position": count_fp(risk.position),
        "mark_price": dollars(risk.mark_price),
        "position_notional": dollars(risk.notional),
        "maintenance_margin_required": dollars(risk.maintenance_margin),
        "position_leverage": None if leverage is None else json_number(leverage),
        "estimated_liquidation_price": (
            None if risk.liquidation_price is None else dollars(risk.liquidation_price)
        ),
        "is_portfolio": False,
    }


def subaccount_balance_shape(risk: PortfolioRisk, *, with_available: bool) -> dict[str, Any]:
    """The MarginSubaccountBalance shape; the resting orders' margin and the available balance
    are 0 unless asked for (`compute_available_balance`), as on Kalshi."""
    return {
        "subaccount": risk.subaccount,
        "position_value": dollars(risk.unrealized_pnl),
        "account_equity": dollars(risk.equity),
        "maintenance_margin": dollars(risk.maintenance_margin),
        "initial_margin": dollars(risk.initial_margin),
        "resting_orders_margin": dollars(risk.order_margin if with_available else ZERO),
        "available_balance": dollars(risk.available if with_available else ZERO),
    }


def _funding_period(ticker: str, funding_time: int, rate: Decimal, mark_price: Decimal) -> dict[str, Any]:
    return {
        "market_ticker": ticker,
        "funding_time": rfc3339(funding_time),
        "funding_rate": json_number(rate),
        "mark_price": dollars(mark_price),
    }


def funding_rate_shape(rate: FundingRate) -> dict[str, Any]:
    return _funding_period(rate.ticker, rate.funding_time, rate.rate, rate.mark_price)


def funding_payment_shape(payment: FundingPayment) -> dict[str, Any]:
    return {
        **_funding_period(payment.ticker, payment.funding_time, payment.rate, payment.mark_price),
        "funding_amount": dollars(payment.amount),
        "quantity": count_fp(payment.quantity),
        "subaccount_number": payment.subaccount,
    }
