"""Order expiry: resting orders whose `expiration_time` has passed are canceled (`ExpiryCancel`)
lazily, at the start of the next call that reads or changes orders. Both products expire orders
this way (the margin exchange hands it its own ledger and matcher)."""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from typing import Generic, Protocol, TypeVar

from .announcer import Transactional
from .clock import Clock
from .groups import Canceler

__all__ = ["ExpiringOrder", "Expiry"]


class ExpiringOrder(Protocol):
    """What expiry reads of an order."""

    @property
    def order_id(self) -> str: ...
    @property
    def priority(self) -> int: ...
    @property
    def expiration_time(self) -> int | None: ...
    @property
    def is_resting(self) -> bool: ...


OrderT = TypeVar("OrderT", bound=ExpiringOrder)
OrderT_co = TypeVar("OrderT_co", bound=ExpiringOrder, covariant=True)


class OrderBookkeeping(Protocol[OrderT_co]):
    """Every order by id."""

    @property
    def orders(self) -> Mapping[str, OrderT_co]: ...


class Expiry(Generic[OrderT]):
    """The orders waiting to expire, soonest first."""

    def __init__(
        self,
        clock: Clock,
        announcer: Transactional,
        ledger: OrderBookkeeping[OrderT],
        matcher: Canceler[OrderT],
    ) -> None:
        self._clock = clock
        self._announcer = announcer
        self._ledger = ledger
        self._matcher = matcher
        self._due: list[tuple[int, int, str]] = []

    def watch(self, order: OrderT) -> None:
        if order.expiration_time is not None:
            heapq.heappush(self._due, (order.expiration_time, order.priority, order.order_id))

    def expire(self) -> list[OrderT]:
        """Cancel resting orders whose expiration_time has passed; returns them."""
        now = self._clock.now()
        expired: list[OrderT] = []
        while self._due and self._due[0][0] <= now:
            expiry, _, order_id = heapq.heappop(self._due)
            order = self._ledger.orders[order_id]
            if order.is_resting and order.expiration_time == expiry and order not in expired:
                expired.append(order)
        if expired:
            with self._announcer.transaction():
                for order in expired:
                    self._matcher.cancel(order, "ExpiryCancel")
        return expired
