"""The asyncio WebSocket client: one signed connection to `/trade-api/ws/v2` that survives
disconnects without losing data silently.

- The handshake carries the same `KALSHI-ACCESS-*` headers as REST, signed over the WebSocket
  URL's path (the key id and signature are blanked out of the websockets library's logs). A
  401/403 (a rejected key) stops the client with `WebSocketAuthError`; other failures reconnect
  with exponential backoff and jitter. The backoff starts again from `backoff_initial` only
  after a connection has proven healthy (stayed up `healthy_after` seconds with every
  subscription replayed); a connection lost before that counts as a failed attempt, also
  towards `max_reconnect_attempts`.
- The server's heartbeat pings are answered by the websockets library; our own pings
  (`ping_interval`, `ping_timeout`) and an optional `idle_timeout` detect a dead connection.
- Every subscription is a `Subscription` object that outlives connections: after a reconnect it
  is subscribed again and its `sid` changes (`resolve_sid` maps an old sid to the new one).
- `seq` is checked per subscription. On a gap, and after a reconnect, the order books concerned
  are healed with a fresh snapshot (`update_subscription` `get_snapshot`, or a new subscription)
  and their deltas are held back until that snapshot arrives: a consumer applying the stream in
  order always holds correct books.
- Messages wait for the consumer in a bounded queue (`max_queue`). When it is full,
  `overflow="raise"` ends the stream with `StreamOverflowError` once the consumer reaches the
  point of loss; `overflow="resync"` drops the message, holds back the order books concerned
  and re-snapshots them when the consumer has caught up, and reports what was dropped.
- `fill` and `user_orders` carry no `seq`: what the server sent while the connection was down is
  lost. Every reconnect is reported (`disconnected`, `reconnected`); given `rest_client`, the
  client also fetches the missed fills and order states over REST and delivers them in the stream
  without duplicates (see `kalshi_py.ws.backfill`). Without one, reconcile over REST on
  `reconnected`.
- Reconnects, gaps, resyncs, overflows and backfills appear in the stream as `StreamStatus` items.

This module is the public face; the machinery lives in private layers, each adding one concern
to the one below it (see `_state`): `_acks`, `_subscriptions`, `_stream`, `_backfilling`,
`_routing`, `_connection`.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from ..auth import KalshiAuth, KalshiAuthenticatedClient
from ..client import Client
from ..environments import Environment
from ._connection import Connection, backoff_delay, resolve_url_and_auth
from ._state import END, Callback, Overflow, StreamItem
from ._subscription import TYPE_CHANNEL, Subscription
from .backfill import Backfill
from .errors import WebSocketClosed, WebSocketError
from .messages import (
    ListSubscriptionsCommand,
    Ok,
    SubscribeCommand,
    Subscribed,
    SubscribeParams,
    SubscriptionInfo,
    UpdateSubscriptionParams,
)
from .status import StatusKind, StreamStatus

if TYPE_CHECKING:
    from .sync import SyncKalshiWebSocket

__all__ = ["KalshiWebSocket", "Overflow", "StreamItem", "Subscription"]


class KalshiWebSocket(Connection):
    """An asyncio client of Kalshi's WebSocket API.

        async with KalshiWebSocket(auth, environment="demo") as ws:
            await ws.subscribe(["orderbook_delta"], market_tickers=["KXFED-26DEC-T4.00"])
            async for item in ws:
                ...  # typed messages and StreamStatus events

    `auth` is a `KalshiAuth` or a `KalshiAuthenticatedClient` (whose base URL then selects the
    WebSocket host unless `environment` or `url` is given).
    """

    def __init__(
        self,
        auth: KalshiAuth | KalshiAuthenticatedClient | None = None,
        *,
        environment: Environment | str | None = None,
        url: str | None = None,
        command_timeout: float = 10.0,
        open_timeout: float = 10.0,
        ping_interval: float | None = 10.0,
        ping_timeout: float | None = 20.0,
        idle_timeout: float | None = None,
        max_queue: int = 10_000,
        overflow: Overflow = "raise",
        reconnect: bool = True,
        max_reconnect_attempts: int | None = None,
        backoff_initial: float = 0.5,
        backoff_max: float = 30.0,
        healthy_after: float = 5.0,
        max_frame_size: int | None = 16 * 1024 * 1024,
        on_frame: Callable[[bytes], None] | None = None,
        rest_client: Client | None = None,
        backfill_margin: float = 5.0,
    ) -> None:
        if overflow not in ("raise", "resync"):
            raise ValueError(f"overflow must be 'raise' or 'resync', got {overflow!r}")
        if max_queue < 1:
            raise ValueError("max_queue must be at least 1")
        if command_timeout <= 0:
            raise ValueError("command_timeout must be positive")
        if healthy_after < 0:
            raise ValueError("healthy_after must be >= 0")
        super().__init__()
        self.url, self.auth = resolve_url_and_auth(auth, environment, url)
        self.command_timeout = command_timeout
        self.open_timeout = open_timeout
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout
        self.idle_timeout = idle_timeout
        self.max_queue = max_queue
        self.overflow: Overflow = overflow
        self.reconnect = reconnect
        self.max_reconnect_attempts = max_reconnect_attempts
        self.backoff_initial = backoff_initial
        self.backoff_max = backoff_max
        self.healthy_after = healthy_after
        """Seconds a connection must stay up, its subscriptions replayed, to count as healthy: only
        then does the reconnect backoff start again from `backoff_initial`. A server that accepts
        and drops connections at once is thus reconnected to ever more slowly, not in a loop."""
        self.max_frame_size = max_frame_size
        self.on_frame = on_frame
        """Called with every frame as received, before decoding (to record or check a feed)."""
        self.backfill = Backfill(rest_client, backfill_margin) if rest_client is not None else None
        """Recovery of `fill` and `user_orders` messages over REST after a reconnect (with `rest_client`)."""
        self.connections = 0
        """How many connections were established so far (1 + reconnects)."""

    # --- lifecycle -------------------------------------------------------------------------------

    @classmethod
    def sync(cls, *args: Any, **kwargs: Any) -> SyncKalshiWebSocket:
        """A blocking client for scripts and notebooks (same arguments), running its event loop in
        a background thread: `with KalshiWebSocket.sync(auth) as ws: for item in ws.stream(): ...`."""
        from .sync import SyncKalshiWebSocket

        return SyncKalshiWebSocket(*args, **kwargs)

    async def __aenter__(self) -> KalshiWebSocket:
        await self.connect()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def connect(self) -> None:
        """Open the connection (raises if the first attempt fails) and start the reconnect loop."""
        if self._run_task is not None:
            raise WebSocketError("this client is already connected; use one client per connection")
        ws = await self._open()
        self._enqueue(StreamStatus(kind=StatusKind.CONNECTED))
        self._run_task = asyncio.get_running_loop().create_task(self._run(ws), name="kalshi-ws")

    async def close(self) -> None:
        """Close the connection and end the stream; pending commands fail with `WebSocketClosed`."""
        self._closing = True
        task, self._run_task = self._run_task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for background in list(self._background):
            background.cancel()
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await self._ws.close()
            self._ws = None
        self._fail_pending(WebSocketClosed("the WebSocket client was closed"))
        self._readable.set()

    @property
    def subscriptions(self) -> list[Subscription]:
        """The active subscriptions."""
        return [s for s in self._subscriptions if s.active]

    def resolve_sid(self, sid: int) -> int | None:
        """The current sid of the subscription that had `sid` on an earlier connection."""
        sub = self._find(sid)
        return sub.sid if sub is not None and sub.active else None

    # --- the stream ------------------------------------------------------------------------------

    async def recv(self, timeout: float | None = None) -> StreamItem:
        """The next message or status event; raises `WebSocketClosed` once the stream has ended,
        `TimeoutError` if nothing arrives within `timeout` seconds."""
        item = await self._next(timeout)
        if item is END:
            raise WebSocketClosed("the WebSocket client is closed")
        return item  # type: ignore[return-value]

    def __aiter__(self) -> AsyncIterator[StreamItem]:
        return self.stream()

    async def stream(self) -> AsyncIterator[StreamItem]:
        """Every message and status event in order, until the client is closed."""
        while True:
            item = await self._next()
            if item is END:
                return
            yield item  # type: ignore[misc]

    def backoff_delay(self, attempt: int) -> float:
        """Seconds to wait before reconnect attempt `attempt + 1`: exponential, capped, with jitter
        (uniform in the upper half of the capped exponential)."""
        return backoff_delay(attempt, self.backoff_initial, self.backoff_max, self._jitter)

    # --- callbacks -------------------------------------------------------------------------------

    def on(self, channel: str, callback: Callback) -> None:
        """Call `callback(message)` for every message of `channel` ("orderbook_delta", "fill",
        ...), `"status"` for `StreamStatus` events, or `"*"` for everything, while `run()` runs.
        The callback may be a coroutine function."""
        self._callbacks[channel].append(callback)

    async def run(self) -> None:
        """Read the stream and dispatch every item to the callbacks registered with `on`, until the
        client is closed."""
        async for item in self.stream():
            if isinstance(item, StreamStatus):
                channel: str | None = "status"
            else:
                sub = self._by_sid.get(item.sid) if item.sid is not None else None
                channel = sub.channel if sub is not None else TYPE_CHANNEL.get(item.type)
            for callback in (*self._callbacks.get(channel or "", ()), *self._callbacks.get("*", ())):
                result = callback(item)
                if inspect.isawaitable(result):
                    await result

    # --- commands --------------------------------------------------------------------------------

    async def subscribe(
        self,
        channels: str | Sequence[str],
        market_tickers: str | Sequence[str] | None = None,
        *,
        timeout: float | None = None,
        **params: Any,
    ) -> list[Subscription]:
        """Subscribe to `channels` (for `market_tickers`, or all markets where the channel allows),
        with other subscribe parameters by keyword (`use_yes_price`, `send_initial_snapshot`,
        `index_ids`, ...). Returns one `Subscription` per channel once all are acknowledged."""
        names = [channels] if isinstance(channels, str) else list(channels)
        if not names or not all(isinstance(c, str) and c for c in names):
            raise ValueError("subscribe needs at least one channel name, e.g. ['orderbook_delta']")
        tickers = self._tickers(market_tickers, params.pop("market_ticker", None))
        for key in ("channels", "market_tickers"):
            params.pop(key, None)
        try:
            SubscribeParams(channels=names, **params)
        except TypeError as exc:
            raise ValueError(f"unknown subscribe parameter: {exc}") from None
        subs = [Subscription(channel, tickers, dict(params)) for channel in names]
        params_msg = SubscribeParams(channels=names, market_tickers=tickers, **params)
        replies = await self._call(
            "subscribe",
            lambda cid: SubscribeCommand(id=cid, params=params_msg),
            expected=len(names),
            subscriptions=subs,
            timeout=timeout,
        )
        result: list[Subscription] = []
        for reply in replies:
            sid = reply.msg.sid if isinstance(reply, Subscribed) else reply.sid
            sub = self._by_sid.get(sid) if sid is not None else None
            if sub is not None and sub not in result:
                result.append(sub)
        return result

    async def unsubscribe(
        self, sids: int | Subscription | Iterable[int | Subscription], *, timeout: float | None = None
    ) -> None:
        """Cancel subscriptions, given by `Subscription` or by sid (a sid from before a reconnect
        is mapped to the subscription's current one)."""
        subs = self._subs(sids)
        if not subs:
            raise ValueError("unsubscribe needs at least one subscription or sid")
        for sub in subs:
            sub.active = False
        await self._unsubscribe(subs, timeout=timeout)

    async def update_subscription(
        self,
        sid: int | Subscription,
        action: str,
        market_tickers: str | Sequence[str] | None = None,
        *,
        timeout: float | None = None,
        **params: Any,
    ) -> Ok:
        """Change one subscription: `action` is "add_markets", "delete_markets" or "get_snapshot"
        (or the index/underlying actions of cfbenchmarks and pyth, with `index_ids` /
        `underlying_tickers`). Returns the server's `ok` acknowledgement."""
        (sub,) = self._subs(sid)
        tickers = self._tickers(market_tickers, params.pop("market_ticker", None))
        if action in ("add_markets", "delete_markets", "get_snapshot") and not tickers:
            raise ValueError(f"update_subscription {action} needs market_tickers")
        try:
            UpdateSubscriptionParams(action=action, **params)
        except TypeError as exc:
            raise ValueError(f"unknown update_subscription parameter: {exc}") from None
        reply = await self._update(sub, action, tickers, timeout=timeout, **params)
        if action == "add_markets" and tickers:
            sub.add_markets(tickers)
        elif action == "delete_markets" and tickers:
            sub.delete_markets(tickers)
        return reply

    async def list_subscriptions(self, *, timeout: float | None = None) -> list[SubscriptionInfo]:
        """The subscriptions the server holds for this connection."""
        replies = await self._call(
            "list_subscriptions", lambda cid: ListSubscriptionsCommand(id=cid), expected=1, timeout=timeout
        )
        reply = replies[0]
        if isinstance(reply, Ok) and isinstance(reply.msg, list):
            return reply.msg
        return []

    def resync(self, market_ticker: str) -> None:
        """Hold back `market_ticker`'s deltas and ask for a fresh snapshot (e.g. when a local book
        found itself inconsistent). Progress appears as `StreamStatus` events."""
        for sub in self._subscriptions:
            if sub.active and sub.is_orderbook and market_ticker in sub.known_markets:
                self._heal(sub, {market_ticker})
                return
        raise ValueError(f"no active orderbook_delta subscription covers {market_ticker!r}")
