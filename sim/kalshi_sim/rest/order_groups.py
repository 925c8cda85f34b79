"""The REST handlers of order groups: list, create, read, delete, reset, trigger, and change
their contracts limit."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..venue import Venue
from ..wire import count_fp
from .calls import Call
from .responses import bad_request
from .shapes import order_group_shape

__all__ = [
    "create_order_group",
    "delete_order_group",
    "get_order_group",
    "get_order_groups",
    "reset_order_group",
    "trigger_order_group",
    "update_order_group_limit",
]


def _contracts_limit(body: Mapping[str, Any] | None) -> Any:
    body = body or {}
    if body.get("contracts_limit_fp") is not None:
        return body["contracts_limit_fp"]
    if body.get("contracts_limit") is not None:
        return int(body["contracts_limit"])
    raise bad_request("give contracts_limit_fp (or contracts_limit)")


def get_order_groups(venue: Venue, call: Call) -> Any:
    return {"order_groups": [order_group_shape(g) for g in venue.exchange.order_groups_of(call.user_id)]}


def create_order_group(venue: Venue, call: Call) -> Any:
    subaccount = int((call.body or {}).get("subaccount") or 0)
    group = venue.exchange.create_order_group(
        call.user_id, _contracts_limit(call.body), subaccount=subaccount
    )
    return {"order_group_id": group.order_group_id, "subaccount": group.subaccount, "exchange_index": 0}


def get_order_group(venue: Venue, call: Call) -> Any:
    group_id = call.path_params["order_group_id"]
    group = venue.exchange.get_order_group(call.user_id, group_id)
    orders = venue.exchange.order_group_orders(call.user_id, group_id)
    return {
        "is_auto_cancel_enabled": True,
        "contracts_limit_fp": count_fp(group.contracts_limit),
        "orders": [o.order_id for o in orders],
        "exchange_index": 0,
    }


def delete_order_group(venue: Venue, call: Call) -> Any:
    venue.exchange.delete_order_group(call.user_id, call.path_params["order_group_id"])
    return {}


def reset_order_group(venue: Venue, call: Call) -> Any:
    venue.exchange.reset_order_group(call.user_id, call.path_params["order_group_id"])
    return {}


def trigger_order_group(venue: Venue, call: Call) -> Any:
    venue.exchange.trigger_order_group(call.user_id, call.path_params["order_group_id"])
    return {}


def update_order_group_limit(venue: Venue, call: Call) -> Any:
    venue.exchange.update_order_group_limit(
        call.user_id, call.path_params["order_group_id"], _contracts_limit(call.body)
    )
    return {}
