"""The WebSocket client without I/O: decoded messages and connection events in; stream items,
command frames and command outcomes out.

`Protocol` knows nothing of sockets, tasks or threads. A driver (the asyncio one of
`KalshiWebSocket`, the threading one of `SyncKalshiWebSocket`) opens connections, feeds it what
happens (`connection_made`, `receive`, `connection_lost`, `expire`), sends what
`take_outgoing` returns, hands `take_item` to the consumer, and wakes whoever waits on a
command's outcome. Both clients therefore behave, and fail, the same way.

Its parts, each with its own state: `Subscriptions` (sids across connections), `Commands`
(ids, acknowledgements, deadlines), `Healing` (seq checks, heal-and-hold, resubscribe, replay),
`Delivery` (the bounded queue), `OwnChannels` (fills and orders across an outage).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ._commands import Answered, Commands, ConnectionLost, Pending, Reply
from ._delivery import END, Delivery, Overflow
from ._dialect import EVENT_CONTRACTS, Dialect
from ._healing import Healing
from ._own_channels import OwnChannels
from ._requests import Requests
from ._settings import Settings
from ._subscription import Subscription, Subscriptions
from .backfill import BackfillRequest
from .errors import TERMINAL_CODES, StreamOverflowError, WebSocketClosed
from .messages import Message
from .status import StatusKind, StreamStatus

__all__ = ["END", "Protocol"]

NORMAL_CLOSE_CODE = 1000
OVERFLOW_CLOSE_CODE = 1008


class Protocol:
    """One client's streaming state and rules, driven from outside."""

    def __init__(
        self,
        *,
        command_timeout: float,
        max_queue: int,
        overflow: Overflow,
        backfill_margin: float | None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        dialect: Dialect = EVENT_CONTRACTS,
    ) -> None:
        self.dialect = dialect
        self.command_timeout = command_timeout
        self.overflow = overflow
        self._clock = clock
        self._wall_clock = wall_clock
        self.subscriptions = Subscriptions()
        self.commands = Commands(dialect.error_reply)
        self.delivery = Delivery(max_queue)
        self.healing = Healing(
            self.subscriptions,
            self.commands,
            dialect=dialect,
            status=self.delivery.status,
            send=self._send_own,
            close_connection=self.close_connection,
            clock=clock,
            command_timeout=command_timeout,
        )
        self.requests = Requests(
            self.subscriptions,
            self.healing,
            dialect=dialect,
            submit=self._submit,
            clock=clock,
            command_timeout=command_timeout,
        )
        """The consumer's commands."""
        self.own_channels = (
            OwnChannels(backfill_margin, self._deliver, self.delivery.status)
            if backfill_margin is not None
            else None
        )
        self.connected = False
        self.ready = False
        """Connected with every subscription replayed: the consumer's commands go out."""
        self.closed = False
        self.close_request: tuple[int, str] | None = None
        """The close code and reason the driver should close the current connection with."""
        self._connections = 0
        self._dropped = 0
        self._dropped_markets: dict[int, set[str]] = {}

    @classmethod
    def of(cls, settings: Settings) -> Protocol:
        """The protocol of a client with `settings`."""
        return cls(
            command_timeout=settings.command_timeout,
            max_queue=settings.max_queue,
            overflow=settings.overflow,
            backfill_margin=settings.backfill_margin if settings.rest_client is not None else None,
            dialect=settings.dialect,
        )

    # --- connection events -----------------------------------------------------------------------

    def connection_made(self, attempt: int = 0) -> None:
        """A connection is up (`attempt`: reconnect attempts it took). The first one is ready at
        once; a later one replays every subscription first."""
        self.connected = True
        self.close_request = None
        self._connections += 1
        if self._connections == 1:
            self.delivery.status(StreamStatus(kind=StatusKind.CONNECTED))
            self._ready()
            return

        def replayed() -> None:
            self.delivery.status(StreamStatus(kind=StatusKind.RECONNECTED, attempt=attempt))
            self._ready()

        self.healing.replay(replayed)

    def connection_lost(self, reason: str) -> None:
        """The connection ended: order books are stale until their fresh snapshots, fills and
        orders are held until the backfill."""
        self.connected = self.ready = False
        self.commands.connection_lost(reason)
        tickers: set[str] = set()
        for sub in self.subscriptions.all:
            self.subscriptions.retire_sid(sub)
            if sub.active and sub.is_orderbook:
                sub.hold_all()
                tickers |= sub.known_markets
        self.delivery.status(
            StreamStatus(kind=StatusKind.DISCONNECTED, market_tickers=tuple(sorted(tickers)), reason=reason)
        )
        if self.own_channels is not None:
            subs = self.own_channels.subscriptions(self.subscriptions.all)
            self.own_channels.connection_lost(subs, int(self._wall_clock() * 1000))

    def close_connection(self, reason: str) -> None:
        """Ask the driver to close the current connection (it then reports `connection_lost`)."""
        if self.connected:
            self.close_request = (NORMAL_CLOSE_CODE, reason)

    def expire(self, now: float | None = None) -> None:
        """Fail the commands whose deadline has passed."""
        self.commands.expire(self._clock() if now is None else now)

    def close(self) -> None:
        """The consumer closed the client: commands fail, the stream ends once read."""
        self.closed = True
        self.commands.fail_all(WebSocketClosed("the WebSocket client was closed"))
        self.delivery.end()

    def stop(self, error: BaseException) -> None:
        """The client stops for good: the stream ends with `error` once the items before it are
        read, and waiting commands fail."""
        self.delivery.end(error)
        self.commands.fail_all(WebSocketClosed(f"the WebSocket client stopped: {error}"))

    @property
    def stopped(self) -> bool:
        return self.closed or self.delivery.error is not None

    def _ready(self) -> None:
        self.ready = True
        self.commands.send_queued()

    # --- messages in -----------------------------------------------------------------------------

    def receive(self, message: Message) -> None:
        """One decoded message from the server."""
        dialect = self.dialect
        sid = message.sid
        sub = self.subscriptions.by_sid.get(sid) if sid is not None else None
        if message.sending_ts_ms is not None and self.own_channels is not None:
            self.own_channels.last_server_ms = message.sending_ts_ms
        if sub is not None and message.seq is not None:
            reply = isinstance(message, (dialect.ok, dialect.unsubscribed, dialect.error_reply))
            self.healing.check_seq(sub, message.seq, reply)

        if isinstance(message, dialect.orderbook_delta):
            if sub is not None and message.msg.market_ticker in sub.awaiting:
                sub.dropped += 1
            else:
                self._deliver(message, sub)
            return
        if isinstance(message, dialect.orderbook_snapshot):
            self._on_snapshot(message, sub)
            return
        if self.own_channels is not None and isinstance(message, (dialect.fill, dialect.user_order)):
            self.own_channels.receive(message, sub)
            return
        pending = self.commands.waiting_for(message.id) if isinstance(message, dialect.replies) else None
        if pending is not None:
            self._track_reply(pending, message)  # type: ignore[arg-type]
            self.commands.acknowledge(pending, message)  # type: ignore[arg-type]
            return
        error: Any = message if isinstance(message, dialect.error_reply) else None
        if error is not None and sub is not None and error.msg.code in TERMINAL_CODES:
            self._deliver(message, sub)
            self.healing.resubscribe(sub, f"server error {error.msg.code}: {error.msg.msg}")
            return
        self._deliver(message, sub)

    def _on_snapshot(self, message: Any, sub: Subscription | None) -> None:
        if sub is None:
            self._deliver(message, sub)
            return
        ticker: str = message.msg.market_ticker
        sub.known_markets.add(ticker)
        sub.awaiting.discard(ticker)
        healed = ticker in sub.healing
        sub.healing.discard(ticker)
        self._deliver(message, sub)
        if healed:
            self.delivery.status(
                StreamStatus(
                    kind=StatusKind.RESYNCED, sid=sub.sid, channel=sub.channel, market_tickers=(ticker,)
                )
            )

    def _track_reply(self, pending: Pending, reply: Reply) -> None:
        """What a reply to `pending` changes in the subscriptions (before it is acknowledged)."""
        subs = self.subscriptions
        dialect = self.dialect
        if isinstance(reply, dialect.subscribed):
            if pending.command == "subscribe":
                channel = reply.msg.channel
                sub = next((s for s in pending.subscriptions if s.channel == channel), None)
                if sub is None:
                    sub = Subscription(channel, None, {})
                else:
                    pending.subscriptions.remove(sub)
                subs.bind(sub, reply.msg.sid)
        elif isinstance(reply, dialect.unsubscribed) and reply.sid is not None:
            gone = subs.by_sid.pop(reply.sid, None)
            if gone is not None:
                gone.active = False
        elif isinstance(reply, dialect.ok) and pending.command == "subscribe" and reply.sid in subs.by_sid:
            # A repeated subscribe on a channel adds its markets to the existing subscription.
            existing = subs.by_sid[reply.sid]
            for sub in pending.subscriptions:
                if sub.channel == existing.channel and sub.market_tickers:
                    existing.add_markets(sub.market_tickers)
                    pending.subscriptions.remove(sub)
                    break

    # --- delivery --------------------------------------------------------------------------------

    def _deliver(self, message: Message, sub: Subscription | None) -> None:
        if self.delivery.ended:
            return
        if not self.delivery.full:
            self.delivery.message(message)
        elif self.overflow == "raise":
            error = StreamOverflowError(
                f"the consumer fell behind: {self.delivery.max_queue} messages were waiting when a "
                f"{message.type!r} message arrived (overflow='raise'); read faster, raise max_queue, "
                "or use overflow='resync'"
            )
            self.delivery.point_of_loss(error)
            self.close_request = (OVERFLOW_CLOSE_CODE, "consumer overflow")
            self.stop(error)
        else:
            self._dropped += 1
            book = (self.dialect.orderbook_delta, self.dialect.orderbook_snapshot)
            if sub is not None and sub.is_orderbook and isinstance(message, book):
                ticker = message.msg.market_ticker
                sub.awaiting.add(ticker)
                if isinstance(message, self.dialect.orderbook_snapshot):
                    sub.healing.discard(ticker)
                self._dropped_markets.setdefault(id(sub), set()).add(ticker)

    def take_item(self) -> object | None:
        """The next stream item for the consumer, `END` once the stream has ended, None while
        there is nothing to read. Raises the error that stopped the client."""
        item = self.delivery.take()
        if item is not None and item is not END and not isinstance(item, StreamStatus):
            self._after_consume()
        return item

    def _after_consume(self) -> None:
        """Once the consumer has caught up after an overflow, report it and heal the books."""
        if not self._dropped or not self.delivery.caught_up:
            return
        dropped, self._dropped = self._dropped, 0
        marked, self._dropped_markets = self._dropped_markets, {}
        tickers = sorted(set().union(*marked.values())) if marked else []
        self.delivery.status(
            StreamStatus(kind=StatusKind.OVERFLOW, dropped=dropped, market_tickers=tuple(tickers))
        )
        for sub in self.subscriptions.all:
            if id(sub) in marked and sub.active:
                self.healing.heal(sub, marked[id(sub)])

    # --- frames and outcomes out -----------------------------------------------------------------

    def take_outgoing(self) -> list[bytes]:
        """The command frames to send now, in order."""
        return self.commands.take_outgoing()

    @property
    def has_outgoing(self) -> bool:
        return self.commands.has_outgoing

    def take_outcome(self, pending: Pending) -> Answered | Exception | None:
        """What the consumer's command `pending` returns (`Answered`) or raises; None until then."""
        return self.commands.outcomes.pop(pending, None)

    def forget(self, pending: Pending) -> None:
        """The consumer stopped waiting for `pending` (its task was cancelled)."""
        self.commands.forget(pending)

    def take_close_request(self) -> tuple[int, str] | None:
        request, self.close_request = self.close_request, None
        return request

    def next_deadline(self) -> float | None:
        return self.commands.next_deadline()

    def backfill_request(self) -> BackfillRequest | None:
        """What the driver should fetch over REST now (fills and orders missed in an outage)."""
        if self.own_channels is None or not self.ready:
            return None
        return self.own_channels.request(self.own_channels.subscriptions(self.subscriptions.all))

    def backfill_fetched(self, request: BackfillRequest, fills: list[Any], orders: list[Any]) -> None:
        if self.own_channels is not None and not self.stopped:
            subs = self.own_channels.subscriptions(self.subscriptions.all)
            self.own_channels.fetched(request, fills, orders, subs)

    def backfill_failed(self, error: BaseException) -> None:
        if self.own_channels is not None and not self.stopped:
            self.own_channels.failed(error, self.own_channels.subscriptions(self.subscriptions.all))

    def _submit(self, pending: Pending) -> None:
        """Send a consumer's command now, or once the connection is ready."""
        if self.stopped:
            self.commands.finish(pending, WebSocketClosed("the WebSocket client is closed"))
        elif self.ready:
            self.commands.send(pending)
        else:
            self.commands.queue(pending)

    def _send_own(self, pending: Pending) -> None:
        if self.connected and not self.stopped:
            self.commands.send(pending)
        else:
            self.commands.finish(pending, ConnectionLost("not connected"))
