"""The REST handlers of order groups: list, create, read, delete, reset, trigger, and change
their contracts limit. Both products' APIs answer them alike, each on its own exchange's order
groups (`OrderGroupHandlers(groups_of)`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..engine.groups import OrderGroups
from ..venue import Venue
from ..wire import count_fp
from .calls import Call
from .responses import bad_request
from .shapes import order_group_shape

__all__ = ["EVENT_CONTRACT_GROUPS", "OrderGroupHandlers"]


def _contracts_limit(body: Mapping[str, Any] | None) -> Any:
    body = body or {}
    if body.get("contracts_limit_fp") is not None:
        return body["contracts_limit_fp"]
    if body.get("contracts_limit") is not None:
        return int(body["contracts_limit"])
    raise bad_request("give contracts_limit_fp (or contracts_limit)")


class OrderGroupHandlers:
    """The order-group handlers of one exchange: the one `groups_of(venue)` returns."""

    def __init__(self, groups_of: Callable[[Venue], OrderGroups[Any]]) -> None:
        self._groups_of = groups_of

    def get_order_groups(self, venue: Venue, call: Call) -> Any:
        """The member's order groups: of one subaccount, or of every one when `subaccount` is omitted."""
        subaccount = call.query.get("subaccount")
        groups = [
            g
            for g in self._groups_of(venue).order_groups_of(call.user_id)
            if subaccount is None or g.subaccount == subaccount
        ]
        return {"order_groups": [order_group_shape(g) for g in groups]}

    def create_order_group(self, venue: Venue, call: Call) -> Any:
        subaccount = int((call.body or {}).get("subaccount") or 0)
        group = self._groups_of(venue).create_order_group(
            call.user_id, _contracts_limit(call.body), subaccount=subaccount
        )
        return {"order_group_id": group.order_group_id, "subaccount": group.subaccount, "exchange_index": 0}

    def get_order_group(self, venue: Venue, call: Call) -> Any:
        groups = self._groups_of(venue)
        group_id = call.path_params["order_group_id"]
        group = groups.get_order_group(call.user_id, group_id)
        orders = groups.order_group_orders(call.user_id, group_id)
        return {
            "is_auto_cancel_enabled": True,
            "contracts_limit_fp": count_fp(group.contracts_limit),
            "orders": [o.order_id for o in orders],
            "exchange_index": 0,
        }

    def delete_order_group(self, venue: Venue, call: Call) -> Any:
        self._groups_of(venue).delete_order_group(call.user_id, call.path_params["order_group_id"])
        return {}

    def reset_order_group(self, venue: Venue, call: Call) -> Any:
        self._groups_of(venue).reset_order_group(call.user_id, call.path_params["order_group_id"])
        return {}

    def trigger_order_group(self, venue: Venue, call: Call) -> Any:
        self._groups_of(venue).trigger_order_group(call.user_id, call.path_params["order_group_id"])
        return {}

    def update_order_group_limit(self, venue: Venue, call: Call) -> Any:
        self._groups_of(venue).update_order_group_limit(
            call.user_id, call.path_params["order_group_id"], _contracts_limit(call.body)
        )
        return {}


EVENT_CONTRACT_GROUPS = OrderGroupHandlers(lambda venue: venue.exchange.groups)
