"""Order groups of the local exchange: a cap on contracts matched in a rolling 15 seconds.

When the orders of a group have matched `contracts_limit` contracts within the window, the group
triggers: its resting orders are canceled and it takes no new orders until reset.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

from ._core import ExchangeCore, ExchangeError, parse_count
from ._objects import (
    ZERO,
    Fill,
    Order,
    OrderGroup,
)
from .events import (
    OrderGroupUpdate,
)

__all__ = ["ORDER_GROUP_WINDOW_SECONDS", "OrderGroups"]


ORDER_GROUP_WINDOW_SECONDS = 15


class OrderGroups(ExchangeCore):
    """Creating, triggering, resetting and deleting order groups."""

    def create_order_group(
        self, user_id: str, contracts_limit: Decimal | str | int, *, subaccount: int = 0
    ) -> OrderGroup:
        account = self.account(user_id)
        limit = parse_count(contracts_limit, "contracts_limit")
        group = OrderGroup(self._new_id(), user_id, limit, subaccount)
        account.order_groups[group.order_group_id] = group
        self.order_groups[group.order_group_id] = group
        with self._transaction():
            self._emit_group(group, "created")
        return group

    def get_order_group(self, user_id: str, order_group_id: str) -> OrderGroup:
        group = self.account(user_id).order_groups.get(order_group_id)
        if group is None:
            raise ExchangeError(404, "not_found", f"no order group {order_group_id}")
        return group

    def order_groups_of(self, user_id: str) -> list[OrderGroup]:
        return list(self.account(user_id).order_groups.values())

    def order_group_orders(self, user_id: str, order_group_id: str) -> list[Order]:
        """Orders placed in a group (their ids make GetOrderGroupResponse.orders)."""
        group = self.get_order_group(user_id, order_group_id)
        return [self._orders[i] for i in group.order_ids]

    def delete_order_group(self, user_id: str, order_group_id: str) -> None:
        with self._transaction():
            group = self.get_order_group(user_id, order_group_id)
            self._cancel_group_orders(group)
            del self.accounts[user_id].order_groups[order_group_id]
            del self.order_groups[order_group_id]
            self._emit_group(group, "deleted")

    def reset_order_group(self, user_id: str, order_group_id: str) -> OrderGroup:
        with self._transaction():
            group = self.get_order_group(user_id, order_group_id)
            group.is_triggered = False
            group.recent_fills.clear()
            self._emit_group(group, "reset")
            return group

    def trigger_order_group(self, user_id: str, order_group_id: str) -> OrderGroup:
        with self._transaction():
            group = self.get_order_group(user_id, order_group_id)
            self._trigger(group)
            return group

    def update_order_group_limit(
        self, user_id: str, order_group_id: str, contracts_limit: Decimal | str | int
    ) -> OrderGroup:
        with self._transaction():
            group = self.get_order_group(user_id, order_group_id)
            group.contracts_limit = parse_count(contracts_limit, "contracts_limit")
            self._emit_group(group, "limit_updated")
            return group

    def _emit_group(
        self,
        group: OrderGroup,
        event_type: Literal["created", "triggered", "reset", "deleted", "limit_updated"],
    ) -> None:
        self._emit(
            OrderGroupUpdate(
                group.user_id,
                event_type,
                group.order_group_id,
                group.contracts_limit,
                self.clock,
                int(self._now() * 1000),
            )
        )

    def _trigger(self, group: OrderGroup) -> None:
        group.is_triggered = True
        self._cancel_group_orders(group)
        self._emit_group(group, "triggered")

    def _cancel_group_orders(self, group: OrderGroup) -> None:
        for order_id in group.order_ids:
            order = self._orders[order_id]
            if order.is_resting:
                self._cancel(order, None)

    def _note_group_fill(self, order: Order, quantity: Decimal, now: float) -> None:
        if order.order_group_id is None:
            return
        group = self.order_groups.get(order.order_group_id)
        if group is not None:
            group.recent_fills.append((now, quantity))

    def _check_groups_after_fills(self, fills: Sequence[Fill]) -> None:
        """Trigger any group whose matched contracts in the last 15 s reached its limit."""
        if not fills:
            return
        now = self._now()
        for group in list(self.order_groups.values()):
            while group.recent_fills and group.recent_fills[0][0] <= now - ORDER_GROUP_WINDOW_SECONDS:
                group.recent_fills.popleft()
            if (
                not group.is_triggered
                and sum((q for _, q in group.recent_fills), ZERO) >= group.contracts_limit
            ):
                self._trigger(group)
