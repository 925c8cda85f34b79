"""`fill` and `user_orders` across an outage: while disconnected (and until the REST backfill of
`kalshi_py.ws.backfill` is done) their live messages are held; then the missed fills and changed
orders are delivered, fills without duplicates, followed by the held messages."""

from __future__ import annotations

import asyncio
import logging

from ._stream import Stream
from ._subscription import Subscription
from .backfill import FILL_CHANNEL, ORDERS_CHANNEL, fill_message, order_message
from .messages import Fill, Message, UserOrder
from .status import StatusKind, StreamStatus

__all__ = ["Backfilling"]

logger = logging.getLogger("kalshi_py.ws")


class Backfilling(Stream):
    """Recovery of `fill` and `user_orders` messages over REST after a reconnect."""

    def __init__(self) -> None:
        super().__init__()
        self._holding = False
        self._held: list[tuple[Message, Subscription | None]] = []
        self._last_server_ms: int | None = None
        self._outage_since_ms: int | None = None
        self._outages = 0
        self._backfill_task: asyncio.Future[None] | None = None

    def _backfilled_subs(self) -> dict[str, Subscription]:
        channels = (FILL_CHANNEL, ORDERS_CHANNEL)
        return {s.channel: s for s in self._subscriptions if s.active and s.channel in channels}

    def _start_backfill(self) -> None:
        if self._holding and (self._backfill_task is None or self._backfill_task.done()):
            self._backfill_task = self._spawn(self._run_backfill())

    def _deliver_own(self, message: Message, sub: Subscription | None) -> bool:
        """Deliver a fill unless it was delivered already, or an order state; remember it."""
        assert self.backfill is not None
        if isinstance(message, Fill):
            if not self.backfill.fill_is_new(message.msg):
                return False
        elif isinstance(message, UserOrder):
            self.backfill.note_order(message.msg)
        self._deliver(message, sub)
        return True

    async def _run_backfill(self) -> None:
        backfill = self.backfill
        assert backfill is not None
        while not self._closing:
            outages = self._outages
            since_s = int((self._outage_since_ms or 0) // 1000 - backfill.margin)
            subs = self._backfilled_subs()
            fill_sub, order_sub = subs.get(FILL_CHANNEL), subs.get(ORDERS_CHANNEL)
            try:
                fills = await backfill.missed_fills(since_s, fill_sub.market_tickers) if fill_sub else []
                orders = await backfill.current_orders(since_s, order_sub.market_tickers) if order_sub else []
            except Exception as exc:
                logger.warning("fetching the fills and orders missed while disconnected failed: %s", exc)
                self._release_held()
                for sub in subs.values():
                    self._enqueue(
                        StreamStatus(
                            kind=StatusKind.BACKFILL_FAILED,
                            sid=sub.sid,
                            channel=sub.channel,
                            reason=f"{type(exc).__name__}: {exc}",
                        )
                    )
                return
            if outages != self._outages or not self._connected.is_set():
                # Lost again while fetching: fetch once more after the next reconnect.
                await self._connected.wait()
                continue
            counts = dict.fromkeys(subs, 0)
            if fill_sub is not None:
                for fill in fills:
                    if self._deliver_own(fill_message(fill, fill_sub.sid), fill_sub):
                        counts[FILL_CHANNEL] += 1
            if order_sub is not None:
                live = {m.msg.order_id for m, _ in self._held if isinstance(m, UserOrder)}
                for order in orders:
                    message = order_message(order, order_sub.sid)
                    if message.msg.order_id not in live and backfill.order_changed(message.msg):
                        self._deliver_own(message, order_sub)
                        counts[ORDERS_CHANNEL] += 1
            self._release_held()
            for channel, sub in subs.items():
                self._enqueue(
                    StreamStatus(
                        kind=StatusKind.BACKFILLED, sid=sub.sid, channel=channel, backfilled=counts[channel]
                    )
                )
            return

    def _release_held(self) -> None:
        held, self._held = self._held, []
        self._holding = False
        self._outage_since_ms = None
        for message, sub in held:
            self._deliver_own(message, sub)
