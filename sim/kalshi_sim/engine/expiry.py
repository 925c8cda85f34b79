"""Order expiry: resting orders whose `expiration_time` has passed are canceled (`ExpiryCancel`)
lazily, at the start of the next call that reads or changes orders."""

from __future__ import annotations

import heapq

from .announcer import Announcer
from .clock import Clock
from .ledger import Ledger
from .matcher import Matcher
from .objects import Order

__all__ = ["Expiry"]


class Expiry:
    """The orders waiting to expire, soonest first."""

    def __init__(self, clock: Clock, announcer: Announcer, ledger: Ledger, matcher: Matcher) -> None:
        self._clock = clock
        self._announcer = announcer
        self._ledger = ledger
        self._matcher = matcher
        self._due: list[tuple[int, int, str]] = []

    def watch(self, order: Order) -> None:
        if order.expiration_time is not None:
            heapq.heappush(self._due, (order.expiration_time, order.priority, order.order_id))

    def expire(self) -> list[Order]:
        """Cancel resting orders whose expiration_time has passed; returns them."""
        now = self._clock.now()
        expired: list[Order] = []
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
