"""The REST handlers of margin orders: list, read, create, cancel, cancel all, decrease, amend."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...venue import Venue
from ...wire import count_fp
from .. import orders as event_contract_orders
from ..calls import Call
from ..pages import paged
from .shapes import order_result_shape, order_shape

__all__ = [
    "amend_order",
    "cancel_all_orders",
    "cancel_order",
    "create_order",
    "decrease_order",
    "get_order",
    "get_orders",
]

ORDER_FIELDS = tuple(name for name in event_contract_orders.ORDER_FIELDS if name != "exchange_index")
"""The order terms of CreateMarginOrderRequest: the event-contract ones but the shard."""
AMEND_FIELDS = ("ticker", "side", "price", "count", "client_order_id", "updated_client_order_id")


def _fields(body: Mapping[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    return {name: body[name] for name in names if body.get(name) is not None}


def get_orders(venue: Venue, call: Call) -> Any:
    found = venue.margin.orders(
        call.user_id, **call.filters("ticker", "status", "min_ts", "max_ts", "subaccount")
    )
    return paged(call, "orders", found, order_shape)


def get_order(venue: Venue, call: Call) -> Any:
    return {"order": order_shape(venue.margin.get_order(call.user_id, call.path_params["order_id"]))}


def create_order(venue: Venue, call: Call) -> Any:
    result = venue.margin.create_order(call.user_id, **_fields(call.body, ORDER_FIELDS))
    return order_result_shape(result)


def cancel_order(venue: Venue, call: Call) -> Any:
    order, reduced = venue.margin.cancel_order(
        call.user_id, call.path_params["order_id"], subaccount=call.query.get("subaccount")
    )
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "reduced_by": count_fp(reduced),
    }


def cancel_all_orders(venue: Venue, call: Call) -> Any:
    venue.margin.cancel_all_orders(call.user_id, subaccount=call.query.get("subaccount"))
    return None


def decrease_order(venue: Venue, call: Call) -> Any:
    order = venue.margin.decrease_order(
        call.user_id,
        call.path_params["order_id"],
        **_fields(call.body, ("reduce_by", "reduce_to")),
        subaccount=call.query.get("subaccount"),
    )
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "remaining_count": count_fp(order.remaining_count),
    }


def amend_order(venue: Venue, call: Call) -> Any:
    result = venue.margin.amend_order(
        call.user_id,
        call.path_params["order_id"],
        **_fields(call.body, AMEND_FIELDS),
        subaccount=call.query.get("subaccount"),
    )
    return order_result_shape(result)
