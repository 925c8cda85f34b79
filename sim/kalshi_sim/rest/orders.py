"""The REST handlers of V2 order entry: create, batch create, cancel, batch cancel, cancel all,
amend, decrease, and queue positions."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ..engine import ExchangeError, Order
from ..venue import Venue
from ..wire import count_fp, now_ms
from .calls import Call, tickers_query
from .responses import error_body
from .shapes import order_result_shape

__all__ = [
    "amend_order_v2",
    "batch_cancel_orders_v2",
    "batch_create_orders_v2",
    "cancel_all_orders",
    "cancel_order_v2",
    "create_order_v2",
    "decrease_order_v2",
    "get_order_queue_position",
    "get_order_queue_positions",
]

ORDER_FIELDS = (
    "ticker",
    "side",
    "count",
    "price",
    "time_in_force",
    "self_trade_prevention_type",
    "client_order_id",
    "post_only",
    "reduce_only",
    "expiration_time",
    "order_group_id",
    "cancel_order_on_pause",
    "subaccount",
    "exchange_index",
)


def _order_kwargs(body: Mapping[str, Any]) -> dict[str, Any]:
    return {name: body[name] for name in ORDER_FIELDS if name in body and body[name] is not None}


def create_order_v2(venue: Venue, call: Call) -> Any:
    return order_result_shape(venue.exchange.create_order(call.user_id, **_order_kwargs(call.body)))


def batch_create_orders_v2(venue: Venue, call: Call) -> Any:
    orders = call.body["orders"]
    items = venue.exchange.batch_create(call.user_id, [_order_kwargs(o) for o in orders])
    answer = []
    for request_item, item in zip(orders, items, strict=True):
        if isinstance(item, ExchangeError):
            answer.append({"client_order_id": request_item.get("client_order_id"), "error": error_body(item)})
        else:
            answer.append(order_result_shape(item))
    return {"orders": answer}


def _cancel_answer(order: Order, reduced: Decimal) -> dict[str, Any]:
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "reduced_by": count_fp(reduced),
        "ts_ms": now_ms(),
    }


def cancel_order_v2(venue: Venue, call: Call) -> Any:
    order, reduced = venue.exchange.cancel_order(
        call.user_id, call.path_params["order_id"], subaccount=call.query.get("subaccount")
    )
    return _cancel_answer(order, reduced)


def _outside_subaccount(venue: Venue, user_id: str, entry: Mapping[str, Any]) -> ExchangeError | None:
    """Why a batch cancel entry naming a `subaccount` cannot cancel its order, if it cannot."""
    subaccount = entry.get("subaccount")
    if subaccount is None:
        return None
    order_id = str(entry["order_id"])
    try:
        venue.exchange.subaccount(user_id, subaccount)
        order = venue.exchange.get_order(user_id, order_id)
    except ExchangeError as error:
        return error
    if order.subaccount != subaccount:
        return ExchangeError(404, "not_found", f"no order {order_id} in subaccount {subaccount}")
    return None


def batch_cancel_orders_v2(venue: Venue, call: Call) -> Any:
    entries = call.body["orders"]
    ids = [str(entry["order_id"]) for entry in entries]
    refused = [_outside_subaccount(venue, call.user_id, entry) for entry in entries]
    free = [order_id for order_id, why in zip(ids, refused, strict=True) if why is None]
    canceled = iter(venue.exchange.batch_cancel(call.user_id, free))
    items = [r if r is not None else next(canceled) for r in refused]
    answer = []
    for order_id, item in zip(ids, items, strict=True):
        if isinstance(item, ExchangeError):
            answer.append({"order_id": order_id, "reduced_by": "0.00", "error": error_body(item)})
        else:
            answer.append(_cancel_answer(*item))
    return {"orders": answer}


def cancel_all_orders(venue: Venue, call: Call) -> Any:
    venue.exchange.cancel_all_orders(call.user_id, subaccount=call.query.get("subaccount"))
    return None


def amend_order_v2(venue: Venue, call: Call) -> Any:
    body = call.body
    kwargs = {
        name: body[name]
        for name in (
            "ticker",
            "side",
            "price",
            "count",
            "client_order_id",
            "updated_client_order_id",
            "expiration_time",
        )
        if name in body
    }
    result = venue.exchange.amend_order(
        call.user_id, call.path_params["order_id"], subaccount=call.query.get("subaccount"), **kwargs
    )
    answer = order_result_shape(result)
    return {
        key: answer[key]
        for key in (
            "order_id",
            "client_order_id",
            "remaining_count",
            "fill_count",
            "average_fill_price",
            "average_fee_paid",
            "ts_ms",
        )
        if key in answer
    }


def decrease_order_v2(venue: Venue, call: Call) -> Any:
    body = call.body or {}
    order = venue.exchange.decrease_order(
        call.user_id,
        call.path_params["order_id"],
        reduce_by=body.get("reduce_by"),
        reduce_to=body.get("reduce_to"),
        subaccount=call.query.get("subaccount"),
    )
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "remaining_count": count_fp(order.remaining_count),
        "ts_ms": now_ms(),
    }


def get_order_queue_position(venue: Venue, call: Call) -> Any:
    ahead = venue.exchange.queue_position(call.user_id, call.path_params["order_id"])
    return {"queue_position_fp": count_fp(ahead)}


def get_order_queue_positions(venue: Venue, call: Call) -> Any:
    tickers = tickers_query(call.query.get("market_tickers"))
    event_ticker = call.query.get("event_ticker")
    positions = []
    for order in venue.exchange.orders(
        call.user_id, status="resting", event_ticker=event_ticker, subaccount=call.query.get("subaccount")
    ):
        if tickers is not None and order.ticker not in tickers:
            continue
        ahead = venue.exchange.queue_position(call.user_id, order.order_id)
        positions.append(
            {"order_id": order.order_id, "market_ticker": order.ticker, "queue_position_fp": count_fp(ahead)}
        )
    return {"queue_positions": positions}
