"""The WebSocket side of the server: `StreamHub` accepts signed connections (`Session`), answers
the commands subscribe, unsubscribe, update_subscription and list_subscriptions (`WsError` is a
refusal with Kalshi's numeric code), and fans the engine's events out to each `Subscription`
through the connection's queue; `seq` counts 1, 2, 3, ... per subscription. The messages
themselves are built in `_stream_messages`."""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import msgspec
from starlette.websockets import WebSocket, WebSocketDisconnect

from ._stream_messages import FAN_OUT, orderbook_snapshot, ticker_message
from ._wire import (
    MAX_NESTING,
    PROTOCOL_KEY,
    TRANSPORT_KEY,
    WS_PATH,
    ApiError,
    api_error_response,
    encode,
    nesting_depth,
    now_ms,
)
from .auth import ApiKey

if TYPE_CHECKING:
    from .server import SimServer

LOG = logging.getLogger("kalshi_py.sim")

CHANNELS_WITH_DATA = (
    "orderbook_delta",
    "ticker",
    "trade",
    "fill",
    "market_positions",
    "user_orders",
    "order_group_updates",
    "market_lifecycle_v2",
)
QUIET_CHANNELS = (
    "multivariate_market_lifecycle",
    "communications",
    "cfbenchmarks_value",
    "cfbenchmarks_value_5hz",
    "pyth_value",
)
PRIVATE_CHANNELS = frozenset(
    {"fill", "market_positions", "user_orders", "order_group_updates", "communications"}
)
MARKET_FILTER_IGNORED = frozenset(
    {"order_group_updates", "communications", "market_lifecycle_v2", "multivariate_market_lifecycle"}
)
MAX_BACKLOG = 200_000

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
    """A command the server refuses: Kalshi's numeric WebSocket error code and text."""

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
    """One WebSocket connection: its account, subscriptions and outgoing queue."""

    def __init__(self, hub: StreamHub, websocket: WebSocket, api_key: ApiKey) -> None:
        self.hub = hub
        self.websocket = websocket
        self.api_key = api_key
        self.user_id = api_key.user_id
        self.queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.subscriptions: dict[int, Subscription] = {}
        self.next_sid = 1
        self.closed = False

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
            self.hub.remove(self, sid)
        while not self.queue.empty():
            self.queue.get_nowait()
        self.push({"type": "error", "msg": {"code": 25, "msg": "Subscription buffer overflow"}})

    def next_seq(self, subscription: Subscription, *, skippable: bool = True) -> int:
        """The subscription's next `seq` (1, 2, 3, ...); the faults may skip one, but never on a
        reply to a command."""
        subscription.seq += 1
        if skippable and self.hub.server.faults.skip_seq():
            subscription.seq += 1
        return subscription.seq

    def reply(self, command_id: int | None, message: dict[str, Any]) -> None:
        """Send the answer to a command, carrying the command's `id` when it had one."""
        if command_id is not None:
            message["id"] = command_id
        self.push(message)

    def send_sequenced(self, subscription: Subscription, kind: MessageType, msg: dict[str, Any]) -> None:
        self.push({"type": kind, "sid": subscription.sid, "seq": self.next_seq(subscription), "msg": msg})

    def send_plain(self, subscription: Subscription, kind: MessageType, msg: dict[str, Any]) -> None:
        self.push({"type": kind, "sid": subscription.sid, "msg": msg})

    def abort(self) -> None:
        transport = self.websocket.scope.get(TRANSPORT_KEY)
        self.closed = True
        self.queue.put_nowait(None)
        if transport is not None:
            transport.abort()


def _tickers_param(params: Mapping[str, Any]) -> list[str] | None:
    """`market_ticker` / `market_tickers` of a command, or None when neither is given."""
    found: list[str] = []
    single = params.get("market_ticker")
    many = params.get("market_tickers")
    if single is not None:
        if not isinstance(single, str) or not single:
            raise WsError(11, "market_ticker must be a non-empty string")
        found.append(single)
    if many is not None:
        if not isinstance(many, list) or not all(isinstance(t, str) and t for t in many):
            raise WsError(11, "market_tickers must be a list of non-empty strings")
        found.extend(many)
    if single is None and many is None:
        return None
    return list(dict.fromkeys(found))


def _command_id(raw: Any) -> int | None:
    """The command's `id` to echo: None when absent, null or 0 (Kalshi's "no id"); a `WsError`
    when it is not a non-negative integer, which no reply could carry."""
    if raw is None or raw == 0:
        return None
    if isinstance(raw, int) and not isinstance(raw, bool) and raw > 0:
        return raw
    raise WsError(11, "id must be a non-negative integer")


class StreamHub:
    """The WebSocket side: connections, their subscriptions, and the engine's events fanned out."""

    def __init__(self, server: SimServer) -> None:
        self.server = server
        self.sessions: set[Session] = set()
        self.by_channel: dict[str, dict[tuple[Session, int], Subscription]] = {}
        self.last_trade_size: dict[str, Decimal] = {}
        self.last_ticker_state: dict[str, Any] = {}
        self.foreign: collections.deque[Any] = collections.deque()

    # connections -----------------------------------------------------------------------------

    async def endpoint(self, websocket: WebSocket) -> None:
        server = self.server
        if server.loop is None:
            server.bind_loop(asyncio.get_running_loop())
        try:
            api_key = server.authenticate(websocket.headers, "GET", WS_PATH)
        except ApiError as exc:
            await websocket.send_denial_response(api_error_response(exc))
            return
        await websocket.accept()
        session = Session(self, websocket, api_key)
        self.sessions.add(session)
        writer = asyncio.ensure_future(self._write(session))
        try:
            while not session.closed:
                try:
                    frame = await websocket.receive()
                except (WebSocketDisconnect, RuntimeError):
                    break
                if frame.get("type") == "websocket.disconnect":
                    break
                text = frame.get("text")
                if text is None:  # a binary frame: read as UTF-8 JSON; anything else gets error 1
                    text = (frame.get("bytes") or b"").decode("utf-8", errors="replace")
                self.command(session, text)
        finally:
            session.closed = True
            for sid in list(session.subscriptions):
                self.remove(session, sid)
            self.sessions.discard(session)
            session.queue.put_nowait(None)
            with contextlib.suppress(Exception):
                await writer

    async def _write(self, session: Session) -> None:
        websocket = session.websocket
        protocol = websocket.scope.get(PROTOCOL_KEY)
        send_texts = getattr(protocol, "send_texts", None)
        queue = session.queue
        while True:
            batch = [await queue.get()]
            while not queue.empty() and len(batch) < 512:
                batch.append(queue.get_nowait())
            ending = None in batch
            messages = [item for item in batch if item is not None]
            try:
                if send_texts is not None:
                    await send_texts(messages)
                else:
                    for item in messages:
                        await websocket.send_text(item.decode("utf-8"))
            except Exception:
                session.closed = True
                return
            if ending:
                return

    def drop_all_threadsafe(self) -> None:
        loop = self.server.loop
        if loop is None:
            return
        if threading.get_ident() == self.server.loop_thread_id:
            self.drop_all()
        else:
            loop.call_soon_threadsafe(self.drop_all)

    def drop_all(self) -> None:
        for session in list(self.sessions):
            session.abort()

    # commands --------------------------------------------------------------------------------

    def command(self, session: Session, text: str) -> None:
        """Answer one command frame. Anything malformed gets an error message, never a dropped
        connection: not JSON, not an object, or nested deeper than any command (error 1)."""
        try:
            parsed = msgspec.json.decode(text)
        except (msgspec.DecodeError, RecursionError):
            parsed = None
        if not isinstance(parsed, dict) or nesting_depth(parsed) > MAX_NESTING:
            session.push({"type": "error", "msg": {"code": 1, "msg": "Unable to process message"}})
            return
        try:
            command_id = _command_id(parsed.get("id"))
        except WsError as exc:
            self.reply_error(session, None, exc)
            return
        try:
            cmd = parsed.get("cmd")
            params = parsed.get("params")
            if cmd == "list_subscriptions":
                self.list_subscriptions(session, command_id)
                return
            if cmd not in ("subscribe", "unsubscribe", "update_subscription"):
                raise WsError(5, "Unknown command")
            if not isinstance(params, dict):
                raise WsError(2, "Params required")
            with self.server.engine_lock:
                if cmd == "subscribe":
                    self.subscribe(session, command_id, params)
                elif cmd == "unsubscribe":
                    self.unsubscribe(session, command_id, params)
                else:
                    self.update_subscription(session, command_id, params)
        except WsError as exc:
            self.reply_error(session, command_id, exc)
        except Exception:
            LOG.exception("could not answer a WebSocket command")
            self.reply_error(session, command_id, WsError(1, "Unable to process message"))

    def reply_error(self, session: Session, command_id: int | None, exc: WsError) -> None:
        msg: dict[str, Any] = {"code": exc.code, "msg": exc.message}
        if exc.market_ticker is not None:
            msg["market_ticker"] = exc.market_ticker
        session.reply(command_id, {"type": "error", "msg": msg})

    def list_subscriptions(self, session: Session, command_id: int | None) -> None:
        listing = [{"channel": sub.channel, "sid": sub.sid} for sub in session.subscriptions.values()]
        session.reply(command_id, {"type": "ok", "msg": listing})

    def _check_markets(self, tickers: Iterable[str]) -> None:
        for ticker in tickers:
            if ticker not in self.server.exchange.markets:
                raise WsError(11, f"market {ticker} not found", ticker)

    def subscribe(self, session: Session, command_id: int | None, params: Mapping[str, Any]) -> None:
        channels = params.get("channels")
        if not channels:
            raise WsError(3, "Channels required")
        if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels):
            raise WsError(11, "channels must be a list of channel names")
        for channel in channels:
            if channel not in CHANNELS_WITH_DATA and channel not in QUIET_CHANNELS:
                raise WsError(8, f"Unknown channel name: {channel}")
        tickers = _tickers_param(params)
        if "orderbook_delta" in channels and not tickers:
            raise WsError(14, "Market Ticker required")
        wants_index = "cfbenchmarks_value" in channels or "cfbenchmarks_value_5hz" in channels
        if wants_index and not params.get("index_ids"):
            raise WsError(24, "Index IDs required")
        if "pyth_value" in channels and not params.get("underlying_tickers"):
            raise WsError(28, "Underlying tickers required")
        if tickers:
            self._check_markets(tickers)
        for channel in channels:
            markets = None if channel in MARKET_FILTER_IGNORED or not tickers else set(tickers)
            existing = next((s for s in session.subscriptions.values() if s.channel == channel), None)
            if existing is not None:
                added = (
                    []
                    if markets is None or existing.market_tickers is None
                    else [t for t in tickers or [] if t not in existing.market_tickers]
                )
                if markets is None:
                    existing.market_tickers = None
                elif existing.market_tickers is not None:
                    existing.market_tickers.update(added)
                self._reply_subscribed(session, command_id, existing)
                self._initial(session, existing, added, params)
                continue
            sub = Subscription(session.next_sid, channel, markets)
            session.next_sid += 1
            session.subscriptions[sub.sid] = sub
            self.by_channel.setdefault(channel, {})[(session, sub.sid)] = sub
            self._reply_subscribed(session, command_id, sub)
            self._initial(session, sub, sorted(markets) if markets else [], params)

    def _reply_subscribed(self, session: Session, command_id: int | None, sub: Subscription) -> None:
        session.reply(command_id, {"type": "subscribed", "msg": {"channel": sub.channel, "sid": sub.sid}})

    def _initial(
        self, session: Session, sub: Subscription, tickers: list[str], params: Mapping[str, Any]
    ) -> None:
        if sub.channel == "orderbook_delta":
            for ticker in tickers:
                self.send_snapshot(session, sub, ticker)
        elif sub.channel == "ticker" and params.get("send_initial_snapshot"):
            for ticker in tickers:
                msg = ticker_message(self.server, ticker)
                if msg is not None:
                    session.send_plain(sub, "ticker", msg)

    def send_snapshot(self, session: Session, sub: Subscription, ticker: str) -> None:
        msg = orderbook_snapshot(self.server, ticker)
        sub.snapshot_clocks[ticker] = int(msg["clock"])
        session.send_sequenced(sub, "orderbook_snapshot", msg)

    def remove(self, session: Session, sid: int) -> Subscription | None:
        sub = session.subscriptions.pop(sid, None)
        if sub is not None:
            self.by_channel.get(sub.channel, {}).pop((session, sid), None)
        return sub

    def _one_sid(self, params: Mapping[str, Any]) -> int:
        sids: list[Any] = []
        if "sid" in params:
            sids.append(params["sid"])
        if "sids" in params:
            listed = params["sids"]
            if not isinstance(listed, list):
                raise WsError(11, "sids must be a list of integers")
            sids.extend(listed)
        if not sids:
            raise WsError(4, "Subscription IDs required")
        if len(sids) != 1:
            raise WsError(12, "Exactly one subscription ID is required")
        sid = sids[0]
        if not isinstance(sid, int) or isinstance(sid, bool):
            raise WsError(11, "sid must be an integer")
        return sid

    def unsubscribe(self, session: Session, command_id: int | None, params: Mapping[str, Any]) -> None:
        sids = params.get("sids")
        if not sids:
            raise WsError(4, "Subscription IDs required")
        if not isinstance(sids, list) or not all(
            isinstance(s, int) and not isinstance(s, bool) for s in sids
        ):
            raise WsError(11, "sids must be a list of integers")
        for sid in sids:
            sub = self.remove(session, sid)
            if sub is None:
                self.reply_error(session, command_id, WsError(7, f"Unknown subscription ID: {sid}"))
                continue
            seq = session.next_seq(sub, skippable=False)
            session.reply(command_id, {"type": "unsubscribed", "sid": sid, "seq": seq})

    def update_subscription(
        self, session: Session, command_id: int | None, params: Mapping[str, Any]
    ) -> None:
        sid = self._one_sid(params)
        sub = session.subscriptions.get(sid)
        if sub is None:
            raise WsError(7, f"Unknown subscription ID: {sid}")
        action = params.get("action")
        if not action:
            raise WsError(15, "Action required")
        if action not in ("add_markets", "delete_markets", "get_snapshot"):
            raise WsError(13, f"Unsupported action: {action}")
        if action == "get_snapshot" and sub.channel != "orderbook_delta":
            raise WsError(13, "get_snapshot is supported on orderbook_delta only")
        if sub.channel in MARKET_FILTER_IGNORED:
            raise WsError(13, f"{sub.channel} has no market filter to update")
        tickers = _tickers_param(params)
        if not tickers:
            raise WsError(14, "Market Ticker required")
        if action != "delete_markets":
            self._check_markets(tickers)
        if action == "get_snapshot":
            if sub.market_tickers is not None:
                missing = [t for t in tickers if t not in sub.market_tickers]
                if missing:
                    raise WsError(11, f"market {missing[0]} is not in this subscription", missing[0])
            for ticker in tickers:
                self.send_snapshot(session, sub, ticker)
        elif action == "add_markets":
            added = [t for t in tickers if sub.market_tickers is not None and t not in sub.market_tickers]
            if sub.market_tickers is not None:
                sub.market_tickers.update(added)
            self._initial(session, sub, added, params)
        elif sub.market_tickers is not None:
            for ticker in tickers:
                sub.market_tickers.discard(ticker)
                sub.snapshot_clocks.pop(ticker, None)
        session.reply(
            command_id,
            {
                "type": "ok",
                "sid": sid,
                "seq": session.next_seq(sub, skippable=False),
                "msg": {"market_tickers": sorted(sub.market_tickers or ())},
            },
        )

    # engine events ---------------------------------------------------------------------------

    def on_event(self, event: Any) -> None:
        """The engine's listener: fan `event` out on the server's loop.

        Events from engine calls made on another thread (a test driving `ex.exchange` under
        `ex.lock`) wait in `foreign` until the loop holds the engine lock, and go out before any
        later event, so every subscriber sees the engine's order."""
        server = self.server
        loop = server.loop
        if loop is None or not self.sessions:
            return
        if threading.get_ident() == server.loop_thread_id:
            if self.foreign:
                self._drain_foreign()
            self.dispatch(event)
        else:
            self.foreign.append(event)
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._drain_foreign_soon)

    def _drain_foreign_soon(self) -> None:
        lock = self.server.engine_lock
        if not lock.acquire(blocking=False):
            loop = self.server.loop
            if loop is not None:
                loop.call_later(0.001, self._drain_foreign_soon)
            return
        try:
            self._drain_foreign()
        finally:
            lock.release()

    def _drain_foreign(self) -> None:
        while self.foreign:
            self.dispatch(self.foreign.popleft())

    def dispatch(self, event: Any) -> None:
        """Turn one engine event into messages for the subscriptions that want it. A fault here
        is logged, never passed back into the engine's call."""
        fan_out = FAN_OUT.get(type(event).__name__)
        if fan_out is None:
            return
        try:
            fan_out(self, event)
        except Exception:
            LOG.exception("could not stream %s", type(event).__name__)

    def subscribers(self, channel: str) -> list[tuple[Session, Subscription]]:
        found = self.by_channel.get(channel)
        if not found:
            return []
        return [(session, sub) for (session, _), sub in found.items()]
