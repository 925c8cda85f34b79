"""The configuration and state every part of `KalshiWebSocket` shares, and the few acts they all
use: queue a stream item, start a background task, stop the client for good.

`KalshiWebSocket` is built in layers, each a private module that adds one concern to the one
below it: `_state` (this), `_acks` (commands and their acknowledgements), `_subscriptions`
(subscriptions, seq checks, healing), `_stream` (the bounded queue the consumer reads),
`_backfilling` (fills and orders missed while disconnected), `_routing` (where each decoded
message goes) and `_connection` (connect, read, reconnect with backoff). `client` puts the
public face on top.
"""

from __future__ import annotations

import asyncio
import collections
from collections.abc import Awaitable, Callable
from typing import Any, Literal

from websockets.asyncio.client import ClientConnection

from ..auth import KalshiAuth
from ._subscription import Subscription
from .backfill import Backfill
from .messages import Message
from .status import StreamStatus

__all__ = ["END", "Callback", "ClientState", "Overflow", "StreamItem"]

Overflow = Literal["raise", "resync"]
StreamItem = Message | StreamStatus
Callback = Callable[[Any], Awaitable[None] | None]

END = object()
"""What the queue reader returns once the stream has ended."""


class ClientState:
    """Settings (given to `KalshiWebSocket`) and the state shared by every layer."""

    url: str
    auth: KalshiAuth | None
    command_timeout: float
    open_timeout: float
    ping_interval: float | None
    ping_timeout: float | None
    idle_timeout: float | None
    max_queue: int
    overflow: Overflow
    reconnect: bool
    max_reconnect_attempts: int | None
    backoff_initial: float
    backoff_max: float
    healthy_after: float
    max_frame_size: int | None
    on_frame: Callable[[bytes], None] | None
    backfill: Backfill | None
    connections: int

    def __init__(self) -> None:
        self._ws: ClientConnection | None = None
        self._connected = asyncio.Event()
        self._readable = asyncio.Event()
        self._queue: collections.deque[object] = collections.deque()
        self._subscriptions: list[Subscription] = []
        self._by_sid: dict[int, Subscription] = {}
        self._old_sids: dict[int, Subscription] = {}
        self._background: set[asyncio.Future[Any]] = set()
        self._closing = False
        self._fatal: BaseException | None = None

    def _enqueue(self, item: object) -> None:
        """Queue a status event (or the error that ends the stream) for the consumer."""
        self._queue.append(item)
        self._readable.set()

    def _spawn(self, coro: Awaitable[Any]) -> asyncio.Future[Any]:
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    def _find(self, sid: int) -> Subscription | None:
        """The subscription that has, or had on an earlier connection, `sid`."""
        return self._by_sid.get(sid) or self._old_sids.get(sid)

    def _retire_sid(self, sub: Subscription) -> None:
        """Forget `sub`'s current sid, keeping it findable as an old one."""
        if sub.sid is not None:
            self._old_sids[sub.sid] = sub
            self._by_sid.pop(sub.sid, None)
