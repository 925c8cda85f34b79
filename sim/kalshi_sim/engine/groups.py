"""Order groups: a cap on the contracts a group's orders match in a rolling 15 seconds.

When the orders of a group have matched `contracts_limit` contracts within the window, the group
triggers: its resting orders are canceled and it takes no new orders until reset.

Both products keep order groups this way: the event-contract exchange and the margin exchange
(`margin/`) each hand it their ledger and matcher, which it reads through the protocols below.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Generic, Literal, Protocol, TypeVar

from ..rules import ORDER_GROUP_WINDOW_SECONDS
from .announcer import Emitter
from .clock import Clock
from .errors import ExchangeError
from .events import OrderGroupUpdate
from .inputs import parse_count
from .objects import OrderGroup

__all__ = ["Canceler", "GroupLedger", "GroupMember", "GroupOrder", "MatchedFill", "OrderGroups"]

ZERO = Decimal(0)


class GroupOrder(Protocol):
    """What order groups read of an order."""

    @property
    def is_resting(self) -> bool: ...
    @property
    def order_group_id(self) -> str | None: ...


class GroupMember(Protocol):
    """An account, holding its order groups."""

    @property
    def order_groups(self) -> dict[str, OrderGroup]: ...


class MatchedFill(Protocol):
    """What order groups read of a fill."""

    @property
    def order_id(self) -> str: ...
    @property
    def count(self) -> Decimal: ...
    @property
    def created_time(self) -> float: ...


OrderT = TypeVar("OrderT", bound=GroupOrder)
OrderT_co = TypeVar("OrderT_co", bound=GroupOrder, covariant=True)
OrderT_contra = TypeVar("OrderT_contra", contravariant=True)


class GroupLedger(Protocol[OrderT_co]):
    """The accounts and every order by id."""

    @property
    def accounts(self) -> Mapping[str, GroupMember]: ...
    @property
    def orders(self) -> Mapping[str, OrderT_co]: ...
    def account(self, user_id: str) -> GroupMember: ...


class Canceler(Protocol[OrderT_contra]):
    """What takes an order off its book."""

    def cancel(self, order: OrderT_contra, reason: str | None) -> object: ...


class OrderGroups(Generic[OrderT]):
    """Creating, triggering, resetting and deleting order groups, and enforcing their limits."""

    def __init__(
        self,
        clock: Clock,
        announcer: Emitter[OrderGroupUpdate],
        ledger: GroupLedger[OrderT],
        matcher: Canceler[OrderT],
        check_subaccount: Callable[[str, int], None] | None = None,
    ) -> None:
        self._clock = clock
        self._announcer = announcer
        self._ledger = ledger
        self._matcher = matcher
        self._check_subaccount = check_subaccount
        """Refuses a subaccount the member has not opened (every number in range when None)."""
        self.order_groups: dict[str, OrderGroup] = {}

    def create_order_group(
        self, user_id: str, contracts_limit: Decimal | str | int, *, subaccount: int = 0
    ) -> OrderGroup:
        account = self._ledger.account(user_id)
        limit = parse_count(contracts_limit, "contracts_limit")
        if self._check_subaccount is not None:
            self._check_subaccount(user_id, subaccount)
        group = OrderGroup(self._clock.new_id(), user_id, limit, subaccount)
        account.order_groups[group.order_group_id] = group
        self.order_groups[group.order_group_id] = group
        with self._announcer.transaction():
            self._emit_group(group, "created")
        return group

    def get_order_group(self, user_id: str, order_group_id: str) -> OrderGroup:
        group = self._ledger.account(user_id).order_groups.get(order_group_id)
        if group is None:
            raise ExchangeError(404, "not_found", f"no order group {order_group_id}")
        return group

    def order_groups_of(self, user_id: str) -> list[OrderGroup]:
        return list(self._ledger.account(user_id).order_groups.values())

    def order_group_orders(self, user_id: str, order_group_id: str) -> list[OrderT]:
        """Orders placed in a group (their ids make GetOrderGroupResponse.orders)."""
        group = self.get_order_group(user_id, order_group_id)
        return [self._ledger.orders[i] for i in group.order_ids]

    def delete_order_group(self, user_id: str, order_group_id: str) -> None:
        with self._announcer.transaction():
            group = self.get_order_group(user_id, order_group_id)
            self._cancel_group_orders(group)
            del self._ledger.accounts[user_id].order_groups[order_group_id]
            del self.order_groups[order_group_id]
            self._emit_group(group, "deleted")

    def reset_order_group(self, user_id: str, order_group_id: str) -> OrderGroup:
        with self._announcer.transaction():
            group = self.get_order_group(user_id, order_group_id)
            group.is_triggered = False
            group.recent_fills.clear()
            self._emit_group(group, "reset")
            return group

    def trigger_order_group(self, user_id: str, order_group_id: str) -> OrderGroup:
        with self._announcer.transaction():
            group = self.get_order_group(user_id, order_group_id)
            self._trigger(group)
            return group

    def update_order_group_limit(
        self, user_id: str, order_group_id: str, contracts_limit: Decimal | str | int
    ) -> OrderGroup:
        with self._announcer.transaction():
            group = self.get_order_group(user_id, order_group_id)
            group.contracts_limit = parse_count(contracts_limit, "contracts_limit")
            self._emit_group(group, "limit_updated")
            return group

    def _emit_group(
        self,
        group: OrderGroup,
        event_type: Literal["created", "triggered", "reset", "deleted", "limit_updated"],
    ) -> None:
        self._announcer.emit(
            OrderGroupUpdate(
                group.user_id,
                event_type,
                group.order_group_id,
                group.contracts_limit,
                self._clock.book,
                int(self._clock.now() * 1000),
            )
        )

    def _trigger(self, group: OrderGroup) -> None:
        group.is_triggered = True
        self._cancel_group_orders(group)
        self._emit_group(group, "triggered")

    def _cancel_group_orders(self, group: OrderGroup) -> None:
        for order_id in group.order_ids:
            order = self._ledger.orders[order_id]
            if order.is_resting:
                self._matcher.cancel(order, None)

    def after_fills(self, fills: Sequence[MatchedFill]) -> None:
        """Count `fills` against their orders' groups, then trigger any group whose matched
        contracts in the last 15 s reached its limit."""
        if not fills:
            return
        for fill in fills:
            group_id = self._ledger.orders[fill.order_id].order_group_id
            group = self.order_groups.get(group_id) if group_id is not None else None
            if group is not None:
                group.recent_fills.append((fill.created_time, fill.count))
        now = self._clock.now()
        for group in list(self.order_groups.values()):
            while group.recent_fills and group.recent_fills[0][0] <= now - ORDER_GROUP_WINDOW_SECONDS:
                group.recent_fills.popleft()
            if (
                not group.is_triggered
                and sum((q for _, q in group.recent_fills), ZERO) >= group.contracts_limit
            ):
                self._trigger(group)
