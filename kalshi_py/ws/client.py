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

The machinery is `Protocol` (`_protocol`), which holds every rule without doing any I/O,
driven here by the asyncio driver (`_async_driver`); `SyncKalshiWebSocket` drives the same
protocol with threads.
"""

from __future__ import annotations

import collections
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, cast

from ..auth import KalshiAuth, KalshiAuthenticatedClient
from ..client import Client
from ..environments import Environment
from ._async_driver import AsyncioDriver
from ._delivery import END, Overflow, StreamItem
from ._dialect import EVENT_CONTRACTS, Dialect
from ._protocol import Protocol
from ._settings import Settings
from ._subscription import Subscription
from .errors import WebSocketClosed
from .messages import Ok, SubscriptionInfo
from .status import StreamStatus

if TYPE_CHECKING:
    from .sync import SyncKalshiWebSocket

__all__ = ["KalshiWebSocket", "Overflow", "StreamItem", "Subscription"]

Callback = Callable[[Any], Awaitable[None] | None]


class KalshiWebSocket:
    """An asyncio client of Kalshi's WebSocket API.

        async with KalshiWebSocket(auth, environment="demo") as ws:
            await ws.subscribe(["orderbook_delta"], market_tickers=["KXFED-26DEC-T4.00"])
            async for item in ws:
                ...  # typed messages and StreamStatus events

    `auth` is a `KalshiAuth` or a `KalshiAuthenticatedClient` (whose base URL then selects the
    WebSocket host unless `environment` or `url` is given).
    """

    dialect: Dialect = EVENT_CONTRACTS
    """The API this client speaks (`kalshi_py.margin.ws.MarginWebSocket` speaks margin's)."""

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
        self.settings = Settings.build(
            auth,
            environment=environment,
            url=url,
            command_timeout=command_timeout,
            open_timeout=open_timeout,
            ping_interval=ping_interval,
            ping_timeout=ping_timeout,
            idle_timeout=idle_timeout,
            max_queue=max_queue,
            overflow=overflow,
            reconnect=reconnect,
            max_reconnect_attempts=max_reconnect_attempts,
            backoff_initial=backoff_initial,
            backoff_max=backoff_max,
            healthy_after=healthy_after,
            max_frame_size=max_frame_size,
            on_frame=on_frame,
            rest_client=rest_client,
            backfill_margin=backfill_margin,
            dialect=self.dialect,
        )
        """Every option, as given (see `Settings`). `healthy_after`: seconds a connection must
        stay up, its subscriptions replayed, before the reconnect backoff starts over from
        `backoff_initial`. `on_frame`: called with every frame as received, before decoding (to
        record or check a feed). `rest_client`: fetch the `fill` and `user_orders` messages
        missed during an outage over REST (see `kalshi_py.ws.backfill`)."""
        self._protocol = Protocol.of(self.settings)
        self._driver = AsyncioDriver(self.settings, self._protocol)
        self._callbacks: dict[str, list[Callback]] = collections.defaultdict(list)

    @property
    def url(self) -> str:
        return self.settings.url

    @property
    def auth(self) -> KalshiAuth | None:
        return self.settings.auth

    @property
    def connections(self) -> int:
        """How many connections were established so far (1 + reconnects)."""
        return self._driver.backoff.connections

    # --- lifecycle -------------------------------------------------------------------------------

    @classmethod
    def sync(cls, *args: Any, **kwargs: Any) -> SyncKalshiWebSocket:
        """A blocking client for scripts and notebooks (same arguments), driven by threads:
        `with KalshiWebSocket.sync(auth) as ws: for item in ws.stream(): ...`."""
        from .sync import SyncKalshiWebSocket

        return SyncKalshiWebSocket(*args, **kwargs)

    async def __aenter__(self) -> KalshiWebSocket:
        await self.connect()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def connect(self) -> None:
        """Open the connection (raises if the first attempt fails) and start the reconnect loop."""
        await self._driver.connect()

    async def close(self) -> None:
        """Close the connection and end the stream; pending commands fail with `WebSocketClosed`."""
        await self._driver.close()

    @property
    def subscriptions(self) -> list[Subscription]:
        """The active subscriptions."""
        return self._protocol.subscriptions.active

    def resolve_sid(self, sid: int) -> int | None:
        """The current sid of the subscription that had `sid` on an earlier connection."""
        sub = self._protocol.subscriptions.find(sid)
        return sub.sid if sub is not None and sub.active else None

    def backoff_delay(self, attempt: int) -> float:
        """Seconds to wait before reconnect attempt `attempt + 1`: exponential, capped, with jitter
        (uniform in the upper half of the capped exponential)."""
        return self._driver.backoff.delay(attempt)

    # --- the stream ------------------------------------------------------------------------------

    async def recv(self, timeout: float | None = None) -> StreamItem:
        """The next message or status event; raises `WebSocketClosed` once the stream has ended,
        `TimeoutError` if nothing arrives within `timeout` seconds."""
        item = await self._driver.next_item(timeout)
        if item is END:
            raise WebSocketClosed("the WebSocket client is closed")
        return cast(StreamItem, item)

    def __aiter__(self) -> AsyncIterator[StreamItem]:
        return self.stream()

    async def stream(self) -> AsyncIterator[StreamItem]:
        """Every message and status event in order, until the client is closed."""
        while True:
            item = await self._driver.next_item()
            if item is END:
                return
            yield cast(StreamItem, item)

    # --- callbacks -------------------------------------------------------------------------------

    def on(self, channel: str, callback: Callback) -> None:
        """Call `callback(message)` for every message of `channel` ("orderbook_delta", "fill",
        ...), `"status"` for `StreamStatus` events, or `"*"` for everything, while `run()` runs.
        The callback may be a coroutine function."""
        self._callbacks[channel].append(callback)

    async def run(self) -> None:
        """Read the stream and dispatch every item to the callbacks registered with `on`, until the
        client is closed."""
        by_sid = self._protocol.subscriptions.by_sid
        async for item in self.stream():
            if isinstance(item, StreamStatus):
                channel: str | None = "status"
            else:
                sub = by_sid.get(item.sid) if item.sid is not None else None
                channel = sub.channel if sub is not None else self.dialect.type_channel.get(item.type)
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
        pending = self._protocol.requests.subscribe(channels, market_tickers, params, timeout)
        return cast(list[Subscription], await self._driver.call(pending))

    async def unsubscribe(
        self, sids: int | Subscription | Iterable[int | Subscription], *, timeout: float | None = None
    ) -> None:
        """Cancel subscriptions, given by `Subscription` or by sid (a sid from before a reconnect
        is mapped to the subscription's current one)."""
        await self._driver.call(self._protocol.requests.unsubscribe(sids, timeout))

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
        pending = self._protocol.requests.update_subscription(sid, action, market_tickers, params, timeout)
        return cast(Ok, await self._driver.call(pending))

    async def list_subscriptions(self, *, timeout: float | None = None) -> list[SubscriptionInfo]:
        """The subscriptions the server holds for this connection."""
        pending = self._protocol.requests.list_subscriptions(timeout)
        return cast(list[SubscriptionInfo], await self._driver.call(pending))

    def resync(self, market_ticker: str) -> None:
        """Hold back `market_ticker`'s deltas and ask for a fresh snapshot (e.g. when a local book
        found itself inconsistent). Progress appears as `StreamStatus` events; raises `ValueError`
        when no active order book subscription covers the market."""
        self._protocol.requests.resync(market_ticker)
        self._driver.kick()

    def reconnect(self, reason: str = "asked to reconnect") -> None:
        """Close the current connection and open a new one (every subscription replayed, every
        order book re-snapshotted): the cure for a connection that stays open but went silent."""
        self._protocol.close_connection(reason)
        self._driver.kick()
