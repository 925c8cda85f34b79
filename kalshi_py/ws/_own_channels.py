"""`fill` and `user_orders` across an outage, without I/O: from the moment the connection is lost
(and until the REST backfill of `kalshi_py.ws.backfill` is done) their live messages are held;
then the missed fills and changed orders are delivered, fills without duplicates, followed by
the held messages. The driver fetches what a `BackfillRequest` asks for and hands it back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._subscription import Subscription
from .backfill import BackfillRequest, Delivered, fill_message, order_message
from .messages import Fill, Message, UserOrder
from .status import StatusKind, StreamStatus

__all__ = ["FILL_CHANNEL", "ORDERS_CHANNEL", "OwnChannels"]

FILL_CHANNEL = "fill"
ORDERS_CHANNEL = "user_orders"

Deliver = Callable[[Message, "Subscription | None"], None]


class OwnChannels:
    """The `fill` and `user_orders` messages of a client with a REST client to backfill from."""

    def __init__(self, margin: float, deliver: Deliver, status: Callable[[StreamStatus], None]) -> None:
        if margin < 0:
            raise ValueError("backfill_margin must be 0 or more seconds")
        self.margin = margin
        self.delivered = Delivered()
        self._deliver = deliver
        self._status = status
        self.holding = False
        self._held: list[tuple[Message, Subscription | None]] = []
        self.last_server_ms: int | None = None
        self._outage_since_ms: int | None = None
        self._outages = 0
        self._fetching = False

    @staticmethod
    def subscriptions(subs: list[Subscription]) -> dict[str, Subscription]:
        """The active subscriptions of the two channels, by channel."""
        channels = (FILL_CHANNEL, ORDERS_CHANNEL)
        return {s.channel: s for s in subs if s.active and s.channel in channels}

    def receive(self, message: Message, sub: Subscription | None) -> None:
        if self.holding:
            self._held.append((message, sub))
        else:
            self._deliver_own(message, sub)

    def connection_lost(self, subs: dict[str, Subscription], now_ms: int) -> None:
        if not subs:
            return
        self.holding = True
        self._outages += 1
        if self._outage_since_ms is None:
            self._outage_since_ms = self.last_server_ms or now_ms

    def request(self, subs: dict[str, Subscription]) -> BackfillRequest | None:
        """What to fetch now (once the subscriptions are replayed), None if nothing."""
        if not self.holding or self._fetching:
            return None
        if not subs:
            self._release_held()
            return None
        self._fetching = True
        fill_sub, order_sub = subs.get(FILL_CHANNEL), subs.get(ORDERS_CHANNEL)
        return BackfillRequest(
            outage=self._outages,
            since_s=int((self._outage_since_ms or 0) // 1000 - self.margin),
            fills=fill_sub is not None,
            fill_tickers=_markets(fill_sub),
            orders=order_sub is not None,
            order_tickers=_markets(order_sub),
            resting_order_ids=self.delivered.resting_orders(),
        )

    def fetched(
        self, request: BackfillRequest, fills: list[Any], orders: list[Any], subs: dict[str, Subscription]
    ) -> bool:
        """Deliver what `request` fetched; False (nothing delivered) when the connection was lost
        again meanwhile: the next `request` fetches once more."""
        self._fetching = False
        if request.outage != self._outages:
            return False
        counts = dict.fromkeys(subs, 0)
        fill_sub, order_sub = subs.get(FILL_CHANNEL), subs.get(ORDERS_CHANNEL)
        if fill_sub is not None:
            for fill in fills:
                if self._deliver_own(fill_message(fill, fill_sub.sid), fill_sub):
                    counts[FILL_CHANNEL] += 1
        if order_sub is not None:
            live = {m.msg.order_id for m, _ in self._held if isinstance(m, UserOrder)}
            for order in orders:
                message = order_message(order, order_sub.sid)
                if message.msg.order_id not in live and self.delivered.order_changed(message.msg):
                    self._deliver_own(message, order_sub)
                    counts[ORDERS_CHANNEL] += 1
        self._release_held()
        for channel, sub in subs.items():
            self._status(
                StreamStatus(
                    kind=StatusKind.BACKFILLED, sid=sub.sid, channel=channel, backfilled=counts[channel]
                )
            )
        return True

    def failed(self, error: BaseException, subs: dict[str, Subscription]) -> None:
        """The fetch failed: release what was held and say that messages may be lost."""
        self._fetching = False
        self._release_held()
        for sub in subs.values():
            self._status(
                StreamStatus(
                    kind=StatusKind.BACKFILL_FAILED,
                    sid=sub.sid,
                    channel=sub.channel,
                    reason=f"{type(error).__name__}: {error}",
                )
            )

    def _deliver_own(self, message: Message, sub: Subscription | None) -> bool:
        """Deliver a fill unless it was delivered already, or an order state; remember it."""
        if isinstance(message, Fill):
            if not self.delivered.fill_is_new(message.msg):
                return False
        elif isinstance(message, UserOrder):
            self.delivered.note_order(message.msg)
        self._deliver(message, sub)
        return True

    def _release_held(self) -> None:
        held, self._held = self._held, []
        self.holding = False
        self._outage_since_ms = None
        for message, sub in held:
            self._deliver_own(message, sub)


def _markets(sub: Subscription | None) -> tuple[str, ...] | None:
    if sub is None or sub.market_tickers is None:
        return None
    return tuple(sub.market_tickers)
