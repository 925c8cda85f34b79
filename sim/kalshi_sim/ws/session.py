"""One WebSocket connection (`Session`): its account, its subscriptions (`Subscription`, each
numbering its `seq` 1, 2, 3, ...) and its queue of outgoing messages; `WsError`, a command the
exchange refuses with Kalshi's numeric code; and `MessageType`, every type the exchange sends."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from starlette.websockets import WebSocket

from ..asgi import abort_connection
from ..auth import ApiKey
from ..faults import Faults
from ..wire import encode, now_ms

__all__ = ["MAX_BACKLOG", "MessageType", "Session", "Subscription", "WsError"]

MAX_BACKLOG = 200_000
"""Messages queued for one connection before it is told it reads too slowly (error 25)."""

MessageType = Literal[
    "subscribed",
    "unsubscribed",
    "ok",
    "error",
    "orderbook_snapshot",
    "orderbook_delta",
    "ticker",
    "trade",
    "fill",
    "user_order",
    "market_position",
    "market_lifecycle_v2",
    "order_group_updates",
]
"""Every type of message the exchange sends: replies to commands, then the channels' data."""


class WsError(Exception):
    """A command the exchange refuses: Kalshi's numeric WebSocket error code and text."""

    def __init__(self, code: int, message: str, market_ticker: str | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.market_ticker = market_ticker


@dataclass
class Subscription:
    """One subscription of one connection: a channel and, optionally, its markets."""

    sid: int
    channel: str
    market_tickers: set[str] | None
    seq: int = 0
    snapshot_clocks: dict[str, int] = field(default_factory=dict)

    def wants(self, market_ticker: str | None) -> bool:
        return self.market_tickers is None or market_ticker is None or market_ticker in self.market_tickers


class Session:
    """One WebSocket connection: its account, subscriptions and outgoing queue. `forget` is how
    the registry of subscriptions lets go of one of them."""

    def __init__(
        self,
        websocket: WebSocket,
        api_key: ApiKey,
        faults: Faults,
        forget: Callable[[Session, int], object],
    ) -> None:
        self.websocket = websocket
        self.api_key = api_key
        self.user_id = api_key.user_id
        self.queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.subscriptions: dict[int, Subscription] = {}
        self.next_sid = 1
        self.closed = False
        self.silent = False
        """Sends no more channel messages (a fault: the feed went silent, the socket stays open)."""
        self._faults = faults
        self._forget = forget

    def push(self, message: dict[str, Any]) -> None:
        if self.closed:
            return
        message["sending_ts_ms"] = now_ms()
        self.queue.put_nowait(encode(message))
        if self.queue.qsize() > MAX_BACKLOG:
            self.overflow()

    def overflow(self) -> None:
        """The client reads too slowly: end its subscriptions with the terminal error 25."""
        for sid in list(self.subscriptions):
            self._forget(self, sid)
        while not self.queue.empty():
            self.queue.get_nowait()
        self.push({"type": "error", "msg": {"code": 25, "msg": "Subscription buffer overflow"}})

    def next_seq(self, subscription: Subscription, *, skippable: bool = True) -> int:
        """The subscription's next `seq` (1, 2, 3, ...); the faults may skip one, but never on a
        reply to a command."""
        subscription.seq += 1
        if skippable and self._faults.skip_seq():
            subscription.seq += 1
        return subscription.seq

    def reply(self, command_id: int | None, message: dict[str, Any]) -> None:
        """Send the answer to a command, carrying the command's `id` when it had one."""
        if command_id is not None:
            message["id"] = command_id
        self.push(message)

    def send_sequenced(self, subscription: Subscription, kind: MessageType, msg: dict[str, Any]) -> None:
        if self.silent:
            return
        self.push({"type": kind, "sid": subscription.sid, "seq": self.next_seq(subscription), "msg": msg})

    def send_plain(self, subscription: Subscription, kind: MessageType, msg: dict[str, Any]) -> None:
        if self.silent:
            return
        self.push({"type": kind, "sid": subscription.sid, "msg": msg})

    def abort(self) -> None:
        """Drop the connection now, with no close frame (a fault)."""
        self.closed = True
        self.queue.put_nowait(None)
        abort_connection(self.websocket.scope)
