"""Every REST wire shape of the engine's objects, in one place: what each object looks like in
Kalshi's responses (openapi.yaml's schemas), with money as FixedPointDollars, counts as
FixedPointCount and times as RFC 3339."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from ..engine import (
    Event,
    EventPosition,
    Fill,
    Market,
    MarketPosition,
    Order,
    OrderGroup,
    OrderResult,
    PriceRange,
    Series,
    Settlement,
    Subaccount,
    SubaccountTransfer,
    Trade,
)
from ..wire import cents, count_fp, dollars, json_number, rfc3339

__all__ = [
    "average_fields",
    "balance_shape",
    "event_position_shape",
    "event_shape",
    "fill_shape",
    "market_position_shape",
    "market_shape",
    "order_group_shape",
    "order_result_shape",
    "order_shape",
    "price_range_shape",
    "series_shape",
    "settlement_shape",
    "subaccount_balance_shape",
    "subaccount_transfer_shape",
    "trade_shape",
]

ZERO = Decimal(0)
ONE = Decimal(1)
SIX_PLACES = Decimal("0.000001")


def price_range_shape(band: PriceRange) -> dict[str, str]:
    return {"start": dollars(band.start), "end": dollars(band.end), "step": dollars(band.step)}


def series_shape(series: Series) -> dict[str, Any]:
    return {
        "ticker": series.ticker,
        "frequency": series.frequency,
        "title": series.title,
        "category": series.category,
        "categories": [series.category],
        "tags": list(series.tags),
        "settlement_sources": [dict(s) for s in series.settlement_sources],
        "contract_url": series.contract_url,
        "contract_terms_url": series.contract_terms_url,
        "fee_type": series.fee_type,
        "fee_multiplier": json_number(series.fee_multiplier),
        "additional_prohibitions": list(series.additional_prohibitions),
        "volume_fp": count_fp(series.volume),
        "last_updated_ts": rfc3339(series.last_updated_ts),
        "exchange_index": 0,
    }


def event_shape(event: Event, markets: Sequence[Market] | None = None) -> dict[str, Any]:
    """The EventData shape; pass `markets` to nest them (with_nested_markets)."""
    body: dict[str, Any] = {
        "event_ticker": event.event_ticker,
        "series_ticker": event.series_ticker,
        "sub_title": event.sub_title,
        "title": event.title,
        "collateral_return_type": event.collateral_return_type,
        "mutually_exclusive": event.mutually_exclusive,
        "category": event.category,
        "strike_date": None if event.strike_date is None else rfc3339(event.strike_date),
        "strike_period": event.strike_period,
        "settlement_sources": [],
        "last_updated_ts": rfc3339(event.last_updated_ts),
        "exchange_index": 0,
    }
    if markets is not None:
        body["markets"] = [market_shape(m) for m in markets]
    return body


def market_shape(market: Market) -> dict[str, Any]:
    yes_bid, yes_bid_size = market.yes_bid()
    yes_ask, yes_ask_size = market.yes_ask()
    return {
        "ticker": market.ticker,
        "event_ticker": market.event_ticker,
        "market_type": market.market_type,
        "title": market.title,
        "subtitle": market.yes_sub_title,
        "yes_sub_title": market.yes_sub_title,
        "no_sub_title": market.no_sub_title,
        "created_time": rfc3339(market.created_time),
        "updated_time": rfc3339(market.updated_time),
        "open_time": rfc3339(market.open_time),
        "close_time": rfc3339(market.close_time),
        "expected_expiration_time": (
            None if market.expected_expiration_time is None else rfc3339(market.expected_expiration_time)
        ),
        "expiration_time": rfc3339(market.latest_expiration_time),
        "latest_expiration_time": rfc3339(market.latest_expiration_time),
        "settlement_timer_seconds": market.settlement_timer_seconds,
        "status": market.status,
        "notional_value_dollars": dollars(ONE),
        "yes_bid_dollars": dollars(yes_bid),
        "yes_ask_dollars": dollars(yes_ask),
        "no_bid_dollars": dollars(ONE - yes_ask),
        "no_ask_dollars": dollars(ONE - yes_bid),
        "yes_bid_size_fp": count_fp(yes_bid_size),
        "yes_ask_size_fp": count_fp(yes_ask_size),
        "last_price_dollars": dollars(market.last_price),
        "previous_yes_bid_dollars": dollars(market.previous_yes_bid),
        "previous_yes_ask_dollars": dollars(market.previous_yes_ask),
        "previous_price_dollars": dollars(market.previous_price),
        "volume_fp": count_fp(market.volume),
        "volume_24h_fp": count_fp(market.volume),
        "open_interest_fp": count_fp(market.open_interest),
        "result": market.result,
        "can_close_early": market.can_close_early,
        "expiration_value": "" if market.settlement_value is None else dollars(market.settlement_value),
        "rules_primary": market.rules_primary,
        "rules_secondary": market.rules_secondary,
        "price_level_structure": market.price_level_structure,
        "price_ranges": [price_range_shape(r) for r in market.price_ranges],
        "settlement_bounds_type": "default",
        "settlement_value_dollars": (
            None if market.settlement_value is None else dollars(market.settlement_value)
        ),
        "settlement_ts": None if market.settlement_ts is None else rfc3339(market.settlement_ts),
        "strike_type": market.strike_type or "custom",
        "floor_strike": None if market.floor_strike is None else json_number(market.floor_strike),
        "cap_strike": None if market.cap_strike is None else json_number(market.cap_strike),
        "exchange_index": 0,
    }


def order_shape(order: Order) -> dict[str, Any]:
    return {
        "order_id": order.order_id,
        "user_id": order.user_id,
        "client_order_id": order.client_order_id,
        "ticker": order.ticker,
        "side": order.outcome_side,
        "action": "buy",
        "outcome_side": order.outcome_side,
        "book_side": order.side,
        "type": "limit",
        "status": order.status,
        "yes_price_dollars": dollars(order.price),
        "no_price_dollars": dollars(ONE - order.price),
        "fill_count_fp": count_fp(order.fill_count),
        "remaining_count_fp": count_fp(order.remaining_count),
        "initial_count_fp": count_fp(order.initial_count),
        "taker_fill_cost_dollars": dollars(order.taker_fill_cost),
        "maker_fill_cost_dollars": dollars(order.maker_fill_cost),
        "taker_fees_dollars": dollars(order.taker_fees),
        "maker_fees_dollars": dollars(order.maker_fees),
        "expiration_time": None if order.expiration_time is None else rfc3339(order.expiration_time),
        "created_time": rfc3339(order.created_time),
        "last_update_time": rfc3339(order.last_update_time),
        "self_trade_prevention_type": order.self_trade_prevention_type,
        "order_group_id": order.order_group_id,
        "cancel_order_on_pause": order.cancel_order_on_pause,
        "subaccount_number": order.subaccount,
        "exchange_index": 0,
    }


def fill_shape(fill: Fill) -> dict[str, Any]:
    return {
        "fill_id": fill.fill_id,
        "exchange_index": 0,
        "trade_id": fill.fill_id,
        "order_id": fill.order_id,
        "ticker": fill.ticker,
        "market_ticker": fill.ticker,
        "side": fill.outcome_side,
        "action": "buy",
        "outcome_side": fill.outcome_side,
        "book_side": fill.side,
        "count_fp": count_fp(fill.count),
        "yes_price_dollars": dollars(fill.yes_price),
        "no_price_dollars": dollars(ONE - fill.yes_price),
        "is_taker": fill.is_taker,
        "created_time": rfc3339(fill.created_time),
        "fee_cost": dollars(fill.fee_cost),
        "subaccount_number": fill.subaccount,
        "ts": int(fill.created_time),
    }


def trade_shape(trade: Trade) -> dict[str, Any]:
    return {
        "trade_id": trade.trade_id,
        "ticker": trade.ticker,
        "count_fp": count_fp(trade.count),
        "yes_price_dollars": dollars(trade.yes_price),
        "no_price_dollars": dollars(ONE - trade.yes_price),
        "taker_side": trade.taker_outcome_side,
        "taker_outcome_side": trade.taker_outcome_side,
        "taker_book_side": trade.taker_side,
        "created_time": rfc3339(trade.created_time),
        "is_block_trade": False,
    }


def market_position_shape(position: MarketPosition) -> dict[str, Any]:
    return {
        "ticker": position.ticker,
        "exchange_index": 0,
        "total_traded_dollars": dollars(position.total_traded),
        "position_fp": count_fp(position.position),
        "market_exposure_dollars": dollars(position.cost_basis),
        "realized_pnl_dollars": dollars(position.realized_pnl),
        "fees_paid_dollars": dollars(position.fees_paid),
        "last_updated_ts": rfc3339(position.last_updated_ts),
    }


def event_position_shape(position: EventPosition) -> dict[str, Any]:
    return {
        "event_ticker": position.event_ticker,
        "total_cost_dollars": dollars(position.total_cost),
        "total_cost_shares_fp": count_fp(position.total_cost_shares),
        "event_exposure_dollars": dollars(position.event_exposure),
        "realized_pnl_dollars": dollars(position.realized_pnl),
        "fees_paid_dollars": dollars(position.fees_paid),
    }


def settlement_shape(settlement: Settlement) -> dict[str, Any]:
    return {
        "ticker": settlement.ticker,
        "exchange_index": 0,
        "event_ticker": settlement.event_ticker,
        "market_result": settlement.market_result,
        "yes_count_fp": count_fp(settlement.yes_count),
        "yes_total_cost_dollars": dollars(settlement.yes_total_cost),
        "no_count_fp": count_fp(settlement.no_count),
        "no_total_cost_dollars": dollars(settlement.no_total_cost),
        "revenue": cents(settlement.revenue),
        "settled_time": rfc3339(settlement.settled_time),
        "fee_cost": dollars(settlement.fee_cost),
        "value": None if settlement.value is None else int((settlement.value * 100).to_integral_value()),
    }


def order_group_shape(group: OrderGroup) -> dict[str, Any]:
    return {
        "id": group.order_group_id,
        "contracts_limit_fp": count_fp(group.contracts_limit),
        "is_auto_cancel_enabled": True,
        "exchange_index": 0,
    }


def balance_shape(holder: Subaccount, portfolio_value: Decimal = ZERO) -> dict[str, Any]:
    """The GetBalanceResponse shape of one subaccount (cents as ints alongside `balance_dollars`)."""
    return {
        "balance": cents(holder.balance),
        "balance_dollars": dollars(holder.balance),
        "portfolio_value": cents(portfolio_value),
        "updated_ts": int(holder.updated_ts),
    }


def subaccount_balance_shape(holder: Subaccount) -> dict[str, Any]:
    """The SubaccountBalance shape."""
    return {
        "subaccount_number": holder.number,
        "exchange_index": 0,
        "balance": dollars(holder.balance),
        "updated_ts": int(holder.updated_ts),
    }


def subaccount_transfer_shape(transfer: SubaccountTransfer) -> dict[str, Any]:
    """The SubaccountTransfer shape."""
    return {
        "transfer_id": transfer.transfer_id,
        "from_subaccount": transfer.from_subaccount,
        "to_subaccount": transfer.to_subaccount,
        "amount_cents": cents(transfer.amount),
        "created_ts": int(transfer.created_ts),
        "exchange_index": 0,
    }


def order_result_shape(result: OrderResult) -> dict[str, Any]:
    """The CreateOrderV2Response shape."""
    body: dict[str, Any] = {
        "order_id": result.order.order_id,
        "client_order_id": result.order.client_order_id,
        "fill_count": count_fp(result.fill_count),
        "remaining_count": count_fp(result.order.remaining_count),
        "ts_ms": int(result.ts * 1000),
    }
    return {**body, **average_fields(result.average_fill_price(), result.average_fee_paid())}


def average_fields(price: Decimal | None, fee: Decimal | None) -> dict[str, str]:
    """`average_fill_price` and `average_fee_paid` of an order's fills, when it has any."""
    if price is None or fee is None:
        return {}
    return {
        "average_fill_price": dollars(price.quantize(SIX_PLACES)),
        "average_fee_paid": dollars(fee.quantize(SIX_PLACES)),
    }
