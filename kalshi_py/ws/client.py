"""The asyncio WebSocket client: one signed connection to `/trade-api/ws/v2` that survives
disconnects without losing data silently.

- The handshake carries the same `KALSHI-ACCESS-*` headers as REST, signed over the WebSocket
  URL's path. A 401/403 (a rejected key) stops the client with `WebSocketAuthError`; other
  failures reconnect with exponential backoff and jitter.
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
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import inspect
import itertools
import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import msgspec
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

from ..auth import KalshiAuth, KalshiAuthenticatedClient
from ..client import Client
from ..environments import PRODUCTION, Environment, resolve_environment, ws_url_for
from .backfill import FILL_CHANNEL, ORDERS_CHANNEL, Backfill, fill_message, order_message
from .errors import (
    TERMINAL_CODES,
    CommandTimeout,
    StreamOverflowError,
    WebSocketAuthError,
    WebSocketClosed,
    WebSocketCommandError,
    WebSocketConnectionError,
    WebSocketError,
    WebSocketHandshakeError,
)
from .messages import (
    Command,
    ErrorReply,
    Fill,
    GenericMessage,
    ListSubscriptionsCommand,
    Message,
    Ok,
    OkMsg,
    OrderbookDelta,
    OrderbookSnapshot,
    SubscribeCommand,
    Subscribed,
    SubscribeParams,
    SubscriptionInfo,
    UnsubscribeCommand,
    Unsubscribed,
    UnsubscribeParams,
    UpdateSubscriptionCommand,
    UpdateSubscriptionParams,
    UserOrder,
    decode_message,
    encode_command,
)
from .status import StatusKind, StreamStatus

if TYPE_CHECKING:
    from .sync import SyncKalshiWebSocket

__all__ = ["KalshiWebSocket", "Overflow", "StreamItem", "Subscription"]

logger = logging.getLogger("kalshi_py.ws")

Overflow = Literal["raise", "resync"]
StreamItem = Message | StreamStatus
Callback = Callable[[Any], Awaitable[None] | None]

ORDERBOOK_CHANNEL = "orderbook_delta"
_FATAL_STATUSES = frozenset({401, 403})
_TYPE_CHANNEL = {
    "orderbook_snapshot": ORDERBOOK_CHANNEL,
    "orderbook_delta": ORDERBOOK_CHANNEL,
    "ticker": "ticker",
    "trade": "trade",
    "fill": "fill",
    "market_position": "market_positions",
    "user_order": "user_orders",
    "order_group_updates": "order_group_updates",
    "market_lifecycle_v2": "market_lifecycle_v2",
    "event_lifecycle": "market_lifecycle_v2",
    "event_fee_update": "market_lifecycle_v2",
    "multivariate_market_lifecycle": "multivariate_market_lifecycle",
    "cfbenchmarks_value": "cfbenchmarks_value",
    "cfbenchmarks_value_indexlist": "cfbenchmarks_value",
    "cfbenchmarks_value_5hz": "cfbenchmarks_value_5hz",
    "cfbenchmarks_value_5hz_indexlist": "cfbenchmarks_value_5hz",
    "pyth_value": "pyth_value",
    "pyth_value_underlying_list": "pyth_value",
}
_END = object()
_REPLIES = (Ok, Unsubscribed, ErrorReply)


class Subscription:
    """One channel subscription as the client keeps it across reconnects.

    `sid` is the server's id on the current connection; `market_tickers` the markets it covers
    (None: all markets); `params` the other subscribe parameters.
    """

    def __init__(self, channel: str, market_tickers: Sequence[str] | None, params: dict[str, Any]) -> None:
        self.channel = channel
        self.sid: int | None = None
        self.market_tickers: list[str] | None = (
            list(dict.fromkeys(market_tickers)) if market_tickers else None
        )
        self.params = params
        self.active = True
        self.last_seq: int | None = None
        self.known_markets: set[str] = set(self.market_tickers or ())
        self.awaiting: set[str] = set()
        """Order book markets whose deltas are held back until their snapshot arrives."""
        self.healing: set[str] = set()
        self.dropped = 0

    @property
    def is_orderbook(self) -> bool:
        return self.channel == ORDERBOOK_CHANNEL

    def subscribe_params(self) -> SubscribeParams:
        return SubscribeParams(channels=[self.channel], market_tickers=self.market_tickers, **self.params)

    def __repr__(self) -> str:
        markets = len(self.market_tickers) if self.market_tickers is not None else "all"
        return (
            f"Subscription(channel={self.channel!r}, sid={self.sid}, markets={markets}, active={self.active})"
        )


class _ConnectionLost(Exception):
    """The connection closed while a command waited for its reply."""


class _Pending:
    __slots__ = ("command", "expected", "future", "replies", "subscriptions")

    def __init__(self, command: str, expected: int, future: asyncio.Future[list[Message]]) -> None:
        self.command = command
        self.expected = expected
        self.future = future
        self.replies: list[Message] = []
        self.subscriptions: list[Subscription] = []


def _resolve_url_and_auth(
    auth: KalshiAuth | KalshiAuthenticatedClient | None,
    environment: Environment | str | None,
    url: str | None,
) -> tuple[str, KalshiAuth | None]:
    kalshi_auth: KalshiAuth | None
    rest_url: str | None = None
    if auth is None or isinstance(auth, KalshiAuth):
        kalshi_auth = auth
    elif isinstance(auth, KalshiAuthenticatedClient):
        kalshi_auth = auth.auth
        rest_url = str(auth.base_url)
    else:
        raise TypeError(
            f"auth must be a KalshiAuth or a KalshiAuthenticatedClient, got {type(auth).__name__}"
        )
    if url is not None:
        resolved = url
    elif environment is not None:
        env = resolve_environment(environment) if isinstance(environment, str) else environment
        resolved = env.ws_url
    elif rest_url:
        resolved = ws_url_for(rest_url)
    else:
        resolved = PRODUCTION.ws_url
    if urlsplit(resolved).scheme not in ("ws", "wss"):
        raise ValueError(f"WebSocket URL must start with ws:// or wss://, got {resolved!r}")
    return resolved, kalshi_auth


class KalshiWebSocket:
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
        self.url, self.auth = _resolve_url_and_auth(auth, environment, url)
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
        self.max_frame_size = max_frame_size
        self.on_frame = on_frame
        """Called with every frame as received, before decoding (to record or check a feed)."""
        self.backfill = Backfill(rest_client, backfill_margin) if rest_client is not None else None
        """Recovery of `fill` and `user_orders` messages over REST after a reconnect (with `rest_client`)."""
        self._holding = False
        self._held: list[tuple[Message, Subscription | None]] = []
        self._last_server_ms: int | None = None
        self._outage_since_ms: int | None = None
        self._outages = 0
        self._backfill_task: asyncio.Future[None] | None = None

        self._ws: ClientConnection | None = None
        self._run_task: asyncio.Task[None] | None = None
        self._connected = asyncio.Event()
        self._readable = asyncio.Event()
        self._queue: collections.deque[object] = collections.deque()
        self._data_in_queue = 0
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._subscriptions: list[Subscription] = []
        self._by_sid: dict[int, Subscription] = {}
        self._old_sids: dict[int, Subscription] = {}
        self._callbacks: dict[str, list[Callback]] = collections.defaultdict(list)
        self._background: set[asyncio.Task[Any]] = set()
        self._closing = False
        self._fatal: BaseException | None = None
        self._overflowed: StreamOverflowError | None = None
        self._overflow_dropped = 0
        self._overflow_markets: dict[int, set[str]] = {}
        self._jitter = random.SystemRandom()
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
        self._enqueue_status(StreamStatus(kind=StatusKind.CONNECTED))
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
        sub = self._by_sid.get(sid) or self._old_sids.get(sid)
        return sub.sid if sub is not None and sub.active else None

    # --- connection loop -------------------------------------------------------------------------

    async def _open(self) -> ClientConnection:
        headers = self.auth.headers_for("GET", urlsplit(self.url).path) if self.auth is not None else {}
        try:
            ws = await connect(
                self.url,
                additional_headers=headers,
                open_timeout=self.open_timeout,
                ping_interval=self.ping_interval,
                ping_timeout=self.ping_timeout,
                max_size=self.max_frame_size,
                compression=None,
            )
        except InvalidStatus as exc:
            status = exc.response.status_code
            if status in _FATAL_STATUSES:
                raise WebSocketAuthError(
                    f"the WebSocket handshake to {self.url} was rejected with HTTP {status}: "
                    "the API key id, its private key or the environment is wrong (keys are per "
                    "environment), or the clock is off",
                    status=status,
                ) from None
            raise WebSocketHandshakeError(
                f"the WebSocket handshake to {self.url} was rejected with HTTP {status}", status=status
            ) from None
        except InvalidURI as exc:
            raise ValueError(f"invalid WebSocket URL {self.url!r}: {exc}") from None
        except (OSError, TimeoutError, InvalidHandshake, asyncio.TimeoutError) as exc:
            raise WebSocketConnectionError(
                f"could not connect to {self.url}: {type(exc).__name__}: {exc}"
            ) from exc
        self.connections += 1
        return ws

    async def _run(self, ws: ClientConnection) -> None:
        attempt = 0
        first = True
        try:
            while not self._closing:
                self._ws = ws
                reader = asyncio.get_running_loop().create_task(self._read(ws), name="kalshi-ws-reader")
                try:
                    if not first:
                        try:
                            await self._replay()
                        except _ConnectionLost:
                            await ws.close()
                        else:
                            self._enqueue_status(StreamStatus(kind=StatusKind.RECONNECTED, attempt=attempt))
                            self._start_backfill()
                    attempt = 0
                    first = False
                    self._connected.set()
                    reason = await reader
                finally:
                    self._connected.clear()
                    if not reader.done():
                        reader.cancel()
                        with contextlib.suppress(BaseException):
                            await reader
                    with contextlib.suppress(Exception):
                        await ws.close()
                if self._closing or self._fatal is not None:
                    return
                self._on_disconnect(reason)
                if not self.reconnect:
                    self._set_fatal(WebSocketConnectionError(f"the WebSocket connection was lost: {reason}"))
                    return
                ws = await self._reconnect(attempt)
                attempt = 0
        except asyncio.CancelledError:
            raise
        except WebSocketError as exc:
            self._set_fatal(exc)
        except Exception as exc:
            logger.exception("the WebSocket connection loop failed")
            self._set_fatal(WebSocketError(f"the WebSocket connection loop failed: {exc!r}"))

    async def _reconnect(self, attempt: int) -> ClientConnection:
        while True:
            if self.max_reconnect_attempts is not None and attempt >= self.max_reconnect_attempts:
                raise WebSocketConnectionError(f"gave up reconnecting to {self.url} after {attempt} attempts")
            await asyncio.sleep(self.backoff_delay(attempt))
            attempt += 1
            try:
                return await self._open()
            except WebSocketAuthError:
                raise
            except WebSocketConnectionError as exc:
                logger.warning("reconnect attempt %d to %s failed: %s", attempt, self.url, exc)

    def backoff_delay(self, attempt: int) -> float:
        """Seconds to wait before reconnect attempt `attempt + 1`: exponential, capped, with jitter
        (uniform in the upper half of the capped exponential)."""
        ceiling: float = min(self.backoff_max, self.backoff_initial * (2 ** min(attempt, 30)))
        return ceiling / 2 + self._jitter.uniform(0, ceiling / 2)

    def _on_disconnect(self, reason: str) -> None:
        self._fail_pending(_ConnectionLost(reason))
        tickers: set[str] = set()
        for sub in self._subscriptions:
            if sub.sid is not None:
                self._old_sids[sub.sid] = sub
                self._by_sid.pop(sub.sid, None)
            if sub.active and sub.is_orderbook:
                sub.awaiting |= sub.known_markets
                sub.healing |= sub.known_markets
                tickers |= sub.known_markets
        self._enqueue_status(
            StreamStatus(kind=StatusKind.DISCONNECTED, market_tickers=tuple(sorted(tickers)), reason=reason)
        )
        if self.backfill is not None and self._backfilled_subs():
            self._holding = True
            self._outages += 1
            if self._outage_since_ms is None:
                self._outage_since_ms = self._last_server_ms or int(time.time() * 1000)

    async def _replay(self) -> None:
        for sub in list(self._subscriptions):
            if not sub.active:
                continue
            old_sid = sub.sid
            try:
                await self._subscribe_existing(sub, on_current_connection=True)
            except WebSocketCommandError as exc:
                self._lose(sub, f"could not be subscribed again after a reconnect: {exc}")
                continue
            except CommandTimeout:
                raise _ConnectionLost("the server did not acknowledge a replayed subscription") from None
            self._enqueue_status(
                StreamStatus(
                    kind=StatusKind.RESUBSCRIBED,
                    sid=sub.sid,
                    old_sid=old_sid,
                    channel=sub.channel,
                    market_tickers=tuple(sub.market_tickers or ()),
                )
            )

    def _lose(self, sub: Subscription, reason: str) -> None:
        sub.active = False
        self._enqueue_status(
            StreamStatus(kind=StatusKind.SUBSCRIPTION_LOST, sid=sub.sid, channel=sub.channel, reason=reason)
        )

    def _set_fatal(self, exc: BaseException) -> None:
        if self._fatal is None:
            self._fatal = exc
        self._fail_pending(WebSocketClosed(f"the WebSocket client stopped: {exc}"))
        self._readable.set()

    def _fail_pending(self, exc: BaseException) -> None:
        pending, self._pending = self._pending, {}
        for entry in pending.values():
            if not entry.future.done():
                entry.future.set_exception(exc)

    # --- reading ---------------------------------------------------------------------------------

    async def _read(self, ws: ClientConnection) -> str:
        """Read frames until the connection ends; returns why it ended."""
        idle = self.idle_timeout
        try:
            while True:
                if idle is None:
                    frame = await ws.recv(decode=False)
                else:
                    frame = await asyncio.wait_for(ws.recv(decode=False), idle)
                if self.on_frame is not None:
                    self.on_frame(bytes(frame))
                try:
                    message = decode_message(frame)
                except msgspec.DecodeError as exc:
                    message = GenericMessage(error=f"undecodable frame: {exc}", msg=bytes(frame[:200]))
                self._on_message(message)
        except ConnectionClosed as exc:
            return f"connection closed ({exc})"
        except (asyncio.TimeoutError, TimeoutError):
            return f"no traffic for {idle} s"

    def _on_message(self, message: Message) -> None:
        sid = message.sid
        sub = self._by_sid.get(sid) if sid is not None else None
        if message.sending_ts_ms is not None:
            self._last_server_ms = message.sending_ts_ms
        if sub is not None and message.seq is not None:
            self._check_seq(sub, message.seq, isinstance(message, _REPLIES))

        if isinstance(message, OrderbookDelta):
            if sub is not None and message.msg.market_ticker in sub.awaiting:
                sub.dropped += 1
                return
            self._deliver(message, sub)
            return
        if isinstance(message, OrderbookSnapshot):
            ticker = message.msg.market_ticker
            if sub is not None:
                sub.known_markets.add(ticker)
                sub.awaiting.discard(ticker)
                healed = ticker in sub.healing
                sub.healing.discard(ticker)
                self._deliver(message, sub)
                if healed:
                    self._enqueue_status(
                        StreamStatus(
                            kind=StatusKind.RESYNCED,
                            sid=sub.sid,
                            channel=sub.channel,
                            market_tickers=(ticker,),
                        )
                    )
                return
            self._deliver(message, sub)
            return

        if self.backfill is not None and isinstance(message, (Fill, UserOrder)):
            if self._holding:
                self._held.append((message, sub))
            else:
                self._deliver_own(message, sub)
            return

        cid = message.id
        if (
            cid is not None
            and cid in self._pending
            and isinstance(message, (Subscribed, Ok, ErrorReply, Unsubscribed))
        ):
            self._on_reply(self._pending[cid], message)
            return
        if isinstance(message, ErrorReply) and sub is not None and message.msg.code in TERMINAL_CODES:
            self._deliver(message, sub)
            self._spawn(self._resubscribe(sub, f"server error {message.msg.code}: {message.msg.msg}"))
            return
        self._deliver(message, sub)

    def _check_seq(self, sub: Subscription, seq: int, is_reply: bool) -> None:
        expected = (sub.last_seq or 0) + 1
        if is_reply and seq < expected:
            # A reply (ok, unsubscribed, error) may carry the subscription's current seq rather
            # than a number of its own (unverified which Kalshi does); either way nothing was lost.
            return
        sub.last_seq = max(seq, sub.last_seq or 0)
        if seq == expected:
            return
        self._enqueue_status(
            StreamStatus(
                kind=StatusKind.GAP, sid=sub.sid, channel=sub.channel, expected_seq=expected, received_seq=seq
            )
        )
        if sub.is_orderbook:
            self._heal(sub, set(sub.known_markets))

    def _heal(self, sub: Subscription, tickers: set[str]) -> None:
        """Hold back `tickers`' deltas and ask for fresh snapshots of them."""
        tickers = {t for t in tickers if t not in sub.healing}
        if not tickers:
            return
        sub.awaiting |= tickers
        sub.healing |= tickers
        self._enqueue_status(
            StreamStatus(
                kind=StatusKind.RESYNC_REQUESTED,
                sid=sub.sid,
                channel=sub.channel,
                market_tickers=tuple(sorted(tickers)),
            )
        )
        self._spawn(self._request_snapshots(sub, sorted(tickers)))

    async def _request_snapshots(self, sub: Subscription, tickers: list[str]) -> None:
        try:
            await self._update(sub, "get_snapshot", tickers)
        except (_ConnectionLost, WebSocketClosed):
            return
        except WebSocketError as exc:
            logger.warning("get_snapshot for %s failed (%s); subscribing again", sub, exc)
            await self._resubscribe(sub, f"get_snapshot failed: {exc}")

    async def _resubscribe(self, sub: Subscription, reason: str) -> None:
        """Replace `sub` on the server by a fresh subscription (a fresh snapshot per market)."""
        old_sid = sub.sid
        if sub.is_orderbook:
            sub.awaiting |= sub.known_markets
            sub.healing |= sub.known_markets
        with contextlib.suppress(WebSocketError, _ConnectionLost):
            await self._call(
                "unsubscribe",
                lambda cid: UnsubscribeCommand(id=cid, params=UnsubscribeParams(sids=[sub.sid or 0])),
                expected=1,
            )
        try:
            await self._subscribe_existing(sub)
        except (_ConnectionLost, WebSocketClosed):
            return
        except WebSocketError as exc:
            self._lose(sub, f"{reason}; subscribing again failed: {exc}")
            return
        self._enqueue_status(
            StreamStatus(
                kind=StatusKind.RESUBSCRIBED, sid=sub.sid, old_sid=old_sid, channel=sub.channel, reason=reason
            )
        )

    def _on_reply(self, pending: _Pending, reply: Subscribed | Ok | ErrorReply | Unsubscribed) -> None:
        if isinstance(reply, ErrorReply):
            err = reply.msg
            if not pending.future.done():
                pending.future.set_exception(
                    WebSocketCommandError(
                        err.code,
                        err.msg,
                        command=pending.command,
                        command_id=reply.id,
                        market_ticker=err.market_ticker,
                    )
                )
            return
        if isinstance(reply, Subscribed):
            if pending.command == "subscribe":
                self._bind(pending, reply)
        elif isinstance(reply, Unsubscribed) and reply.sid is not None:
            sub = self._by_sid.pop(reply.sid, None)
            if sub is not None:
                sub.active = False
        elif pending.command == "subscribe" and reply.sid is not None and reply.sid in self._by_sid:
            # A repeated subscribe on a channel adds its markets to the existing subscription.
            existing = self._by_sid[reply.sid]
            for sub in pending.subscriptions:
                if sub.channel == existing.channel and sub.market_tickers:
                    self._add_markets(existing, sub.market_tickers)
                    pending.subscriptions.remove(sub)
                    break
        pending.replies.append(reply)
        if len(pending.replies) >= pending.expected and not pending.future.done():
            pending.future.set_result(pending.replies)

    def _bind(self, pending: _Pending, reply: Subscribed) -> None:
        """Give the subscription this `subscribed` reply is for its sid, at once, so that the
        messages that follow it on the wire find their subscription."""
        channel, sid = reply.msg.channel, reply.msg.sid
        for sub in pending.subscriptions:
            if sub.channel == channel:
                pending.subscriptions.remove(sub)
                break
        else:
            sub = Subscription(channel, None, {})
        if sub.sid is not None and sub.sid != sid:
            self._old_sids[sub.sid] = sub
            self._by_sid.pop(sub.sid, None)
        sub.sid = sid
        sub.active = True
        sub.last_seq = None
        if sub.is_orderbook:
            sub.awaiting |= sub.known_markets
        self._by_sid[sid] = sub
        if sub not in self._subscriptions:
            self._subscriptions.append(sub)

    def _add_markets(self, sub: Subscription, tickers: Iterable[str]) -> None:
        tickers = list(tickers)
        if sub.market_tickers is not None:
            sub.market_tickers = list(dict.fromkeys([*sub.market_tickers, *tickers]))
        sub.known_markets.update(tickers)
        if sub.is_orderbook:
            sub.awaiting.update(tickers)

    def _spawn(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # --- backfill over REST ----------------------------------------------------------------------

    def _backfilled_subs(self) -> dict[str, Subscription]:
        channels = (FILL_CHANNEL, ORDERS_CHANNEL)
        return {s.channel: s for s in self._subscriptions if s.active and s.channel in channels}

    def _start_backfill(self) -> None:
        if self._holding and (self._backfill_task is None or self._backfill_task.done()):
            self._backfill_task = asyncio.ensure_future(self._run_backfill())
            self._background.add(self._backfill_task)
            self._backfill_task.add_done_callback(self._background.discard)

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
                    self._enqueue_status(
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
                self._enqueue_status(
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

    # --- the queue -------------------------------------------------------------------------------

    def _deliver(self, message: Message, sub: Subscription | None) -> None:
        if self._overflowed is not None:
            return
        if self._data_in_queue >= self.max_queue:
            self._on_overflow(message, sub)
            return
        self._data_in_queue += 1
        self._queue.append(message)
        self._readable.set()

    def _enqueue_status(self, status: StreamStatus) -> None:
        self._queue.append(status)
        self._readable.set()

    def _on_overflow(self, message: Message, sub: Subscription | None) -> None:
        if self.overflow == "raise":
            self._overflowed = StreamOverflowError(
                f"the consumer fell behind: {self.max_queue} messages were waiting when a "
                f"{message.type!r} message arrived (overflow='raise'); read faster, raise max_queue, "
                "or use overflow='resync'"
            )
            self._queue.append(self._overflowed)
            self._readable.set()
            if self._ws is not None:
                self._spawn(self._ws.close(code=1008, reason="consumer overflow"))
            self._set_fatal(self._overflowed)
            return
        self._overflow_dropped += 1
        if sub is not None and sub.is_orderbook and isinstance(message, (OrderbookDelta, OrderbookSnapshot)):
            ticker = message.msg.market_ticker
            sub.awaiting.add(ticker)
            if isinstance(message, OrderbookSnapshot):
                sub.healing.discard(ticker)
            self._overflow_markets.setdefault(id(sub), set()).add(ticker)

    def _after_consume(self) -> None:
        if not self._overflow_dropped or self._data_in_queue > self.max_queue // 2:
            return
        dropped, self._overflow_dropped = self._overflow_dropped, 0
        marked, self._overflow_markets = self._overflow_markets, {}
        tickers = sorted(set().union(*marked.values())) if marked else []
        self._enqueue_status(
            StreamStatus(kind=StatusKind.OVERFLOW, dropped=dropped, market_tickers=tuple(tickers))
        )
        for sub in self._subscriptions:
            if id(sub) in marked and sub.active:
                self._heal(sub, marked[id(sub)])

    async def _next(self, timeout: float | None = None) -> object:
        """The next stream item, or `_END` once the stream has ended."""
        while True:
            if self._queue:
                item = self._queue.popleft()
                if isinstance(item, StreamOverflowError):
                    raise item
                if not isinstance(item, StreamStatus):
                    self._data_in_queue -= 1
                    self._after_consume()
                return item
            if self._fatal is not None:
                raise self._fatal
            if self._closing:
                return _END
            self._readable.clear()
            if timeout is None:
                await self._readable.wait()
            else:
                try:
                    await asyncio.wait_for(self._readable.wait(), timeout)
                except (asyncio.TimeoutError, TimeoutError):
                    raise TimeoutError(f"no WebSocket message within {timeout} s") from None

    async def recv(self, timeout: float | None = None) -> StreamItem:
        """The next message or status event; raises `WebSocketClosed` once the stream has ended,
        `TimeoutError` if nothing arrives within `timeout` seconds."""
        item = await self._next(timeout)
        if item is _END:
            raise WebSocketClosed("the WebSocket client is closed")
        return item  # type: ignore[return-value]

    def __aiter__(self) -> AsyncIterator[StreamItem]:
        return self.stream()

    async def stream(self) -> AsyncIterator[StreamItem]:
        """Every message and status event in order, until the client is closed."""
        while True:
            item = await self._next()
            if item is _END:
                return
            yield item  # type: ignore[misc]

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
                channel = sub.channel if sub is not None else _TYPE_CHANNEL.get(item.type)
            for callback in (*self._callbacks.get(channel or "", ()), *self._callbacks.get("*", ())):
                result = callback(item)
                if inspect.isawaitable(result):
                    await result

    # --- commands --------------------------------------------------------------------------------

    async def _call(
        self,
        command: str,
        build: Callable[[int], Command],
        *,
        expected: int,
        subscriptions: list[Subscription] | None = None,
        timeout: float | None = None,
        on_current_connection: bool = False,
    ) -> list[Message]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (timeout or self.command_timeout)
        while True:
            if self._fatal is not None or self._closing:
                raise WebSocketClosed("the WebSocket client is closed") from self._fatal
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise CommandTimeout(
                    f"{command}: no acknowledgement within {timeout or self.command_timeout} s"
                )
            if not on_current_connection and not self._connected.is_set():
                try:
                    await asyncio.wait_for(self._connected.wait(), remaining)
                except (asyncio.TimeoutError, TimeoutError):
                    continue
            ws = self._ws
            if ws is None:
                raise WebSocketClosed("the WebSocket client is not connected")
            cid = next(self._ids)
            pending = _Pending(command, expected, loop.create_future())
            pending.subscriptions = list(subscriptions or ())
            self._pending[cid] = pending
            try:
                await ws.send(encode_command(build(cid)), text=True)
                return await asyncio.wait_for(pending.future, deadline - loop.time())
            except (_ConnectionLost, ConnectionClosed) as exc:
                if on_current_connection:
                    raise _ConnectionLost(str(exc)) from None
                continue
            except (asyncio.TimeoutError, TimeoutError):
                raise CommandTimeout(
                    f"{command}: no acknowledgement within {timeout or self.command_timeout} s"
                ) from None
            finally:
                self._pending.pop(cid, None)

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

    async def _subscribe_existing(self, sub: Subscription, *, on_current_connection: bool = False) -> None:
        await self._call(
            "subscribe",
            lambda cid: SubscribeCommand(id=cid, params=sub.subscribe_params()),
            expected=1,
            subscriptions=[sub],
            on_current_connection=on_current_connection,
        )

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
        await self._call(
            "unsubscribe",
            lambda cid: UnsubscribeCommand(id=cid, params=UnsubscribeParams(sids=[s.sid or 0 for s in subs])),
            expected=len(subs),
            timeout=timeout,
        )

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
            self._add_markets(sub, tickers)
        elif action == "delete_markets" and tickers:
            if sub.market_tickers is not None:
                sub.market_tickers = [t for t in sub.market_tickers if t not in tickers]
            for ticker in tickers:
                sub.known_markets.discard(ticker)
                sub.awaiting.discard(ticker)
                sub.healing.discard(ticker)
        return reply

    async def _update(
        self,
        sub: Subscription,
        action: str,
        tickers: list[str] | None,
        *,
        timeout: float | None = None,
        **params: Any,
    ) -> Ok:
        if action == "add_markets" and tickers and sub.is_orderbook:
            sub.awaiting.update(tickers)
            sub.known_markets.update(tickers)
        replies = await self._call(
            "update_subscription",
            lambda cid: UpdateSubscriptionCommand(
                id=cid,
                params=UpdateSubscriptionParams(
                    action=action, sids=[sub.sid or 0], market_tickers=tickers, **params
                ),
            ),
            expected=1,
            timeout=timeout,
        )
        reply = replies[0]
        return reply if isinstance(reply, Ok) else Ok(id=reply.id, sid=reply.sid, msg=OkMsg())

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

    def _subs(self, sids: int | Subscription | Iterable[int | Subscription]) -> list[Subscription]:
        items: Iterable[int | Subscription] = [sids] if isinstance(sids, (int, Subscription)) else sids
        subs: list[Subscription] = []
        for item in items:
            if isinstance(item, Subscription):
                subs.append(item)
                continue
            sub = self._by_sid.get(item) or self._old_sids.get(item)
            if sub is None:
                raise ValueError(f"unknown subscription id {item}: not a subscription of this client")
            subs.append(sub)
        return subs

    @staticmethod
    def _tickers(market_tickers: str | Sequence[str] | None, market_ticker: str | None) -> list[str] | None:
        tickers: list[str] = []
        if isinstance(market_tickers, str):
            tickers.append(market_tickers)
        elif market_tickers is not None:
            tickers.extend(market_tickers)
        if market_ticker:
            tickers.append(market_ticker)
        if not all(isinstance(t, str) and t for t in tickers):
            raise ValueError("market tickers must be non-empty strings")
        return list(dict.fromkeys(tickers)) or None
