"""The connection: a signed handshake (`KALSHI-ACCESS-*` headers over the WebSocket URL's path;
a 401/403 is fatal, other failures are retried), the reader, and the loop that reconnects with
exponential backoff and jitter, replays the subscriptions and starts the backfill."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

import msgspec
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus, InvalidURI

from ..auth import KalshiAuth, KalshiAuthenticatedClient
from ..environments import PRODUCTION, Environment, resolve_environment, ws_url_for
from ._acks import ConnectionLost
from ._routing import Routing
from .errors import (
    WebSocketAuthError,
    WebSocketConnectionError,
    WebSocketError,
    WebSocketHandshakeError,
)
from .messages import GenericMessage, decode_message
from .status import StatusKind, StreamStatus

__all__ = ["Connection", "backoff_delay", "resolve_url_and_auth"]

logger = logging.getLogger("kalshi_py.ws")

_FATAL_STATUSES = frozenset({401, 403})
_CREDENTIAL_HEADERS = ("KALSHI-ACCESS-KEY", "KALSHI-ACCESS-SIGNATURE")
REDACTED = "<redacted>"

class RedactingLogger(logging.LoggerAdapter):  # type: ignore[type-arg]
    """The websockets library's client logger with the handshake's credentials blanked out: at
    DEBUG it logs every request header, and the key id and signature must never reach a log."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__(logging.getLogger("websockets.client"), {})
        self.secrets = tuple(s for s in secrets if s)

    def log(self, level: int, msg: object, *args: object, **kwargs: Any) -> None:
        if self.isEnabledFor(level):
            super().log(level, self._redact(msg), *(self._redact(arg) for arg in args), **kwargs)

    def _redact(self, value: object) -> object:
        if value is None or isinstance(value, (int, float)):
            return value
        text = str(value)
        if not any(secret in text for secret in self.secrets):
            return value
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text


def handshake_logger(headers: Mapping[str, str]) -> RedactingLogger:
    """The logger for a handshake sending `headers`."""
    return RedactingLogger(headers.get(name, "") for name in _CREDENTIAL_HEADERS)


def resolve_url_and_auth(
    auth: KalshiAuth | KalshiAuthenticatedClient | None,
    environment: Environment | str | None,
    url: str | None,
) -> tuple[str, KalshiAuth | None]:
    """The WebSocket URL (`url`, else `environment`'s, else the one of the client's REST host,
    else production) and the key to sign the handshake with."""
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


def backoff_delay(attempt: int, initial: float, maximum: float, jitter: random.Random) -> float:
    """Seconds to wait before reconnect attempt `attempt + 1`: exponential from `initial`, capped
    at `maximum`, uniform in the upper half of that."""
    ceiling: float = min(maximum, initial * (2 ** min(attempt, 30)))
    return ceiling / 2 + jitter.uniform(0, ceiling / 2)


class Connection(Routing):
    """Opening, reading and reconnecting the WebSocket connection."""

    def __init__(self) -> None:
        super().__init__()
        self._run_task: asyncio.Task[None] | None = None
        self._jitter = random.SystemRandom()

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
                logger=handshake_logger(headers),
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
        loop = asyncio.get_running_loop()
        attempt = 0  # reconnect attempts since the last healthy connection
        first = True
        try:
            while not self._closing:
                self._ws = ws
                reader = loop.create_task(self._read(ws), name="kalshi-ws-reader")
                ready_at: float | None = None
                try:
                    if first:
                        ready_at = loop.time()
                    else:
                        try:
                            await self._replay()
                        except ConnectionLost:
                            await ws.close()
                        else:
                            ready_at = loop.time()
                            self._enqueue(StreamStatus(kind=StatusKind.RECONNECTED, attempt=attempt))
                            self._start_backfill()
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
                if ready_at is not None and loop.time() - ready_at >= self.healthy_after:
                    attempt = 0
                self._on_disconnect(reason)
                if not self.reconnect:
                    self._set_fatal(WebSocketConnectionError(f"the WebSocket connection was lost: {reason}"))
                    return
                ws, attempt = await self._reconnect(attempt)
        except asyncio.CancelledError:
            raise
        except WebSocketError as exc:
            self._set_fatal(exc)
        except Exception as exc:
            logger.exception("the WebSocket connection loop failed")
            self._set_fatal(WebSocketError(f"the WebSocket connection loop failed: {exc!r}"))

    async def _reconnect(self, attempt: int) -> tuple[ClientConnection, int]:
        """A new connection after `attempt` attempts since the last healthy one (a connection
        that was lost before it became healthy counts as a failed attempt), and the new count."""
        while True:
            if self.max_reconnect_attempts is not None and attempt >= self.max_reconnect_attempts:
                raise WebSocketConnectionError(f"gave up reconnecting to {self.url} after {attempt} attempts")
            await asyncio.sleep(backoff_delay(attempt, self.backoff_initial, self.backoff_max, self._jitter))
            attempt += 1
            try:
                return await self._open(), attempt
            except WebSocketAuthError:
                raise
            except WebSocketConnectionError as exc:
                logger.warning("reconnect attempt %d to %s failed: %s", attempt, self.url, exc)

    def _on_disconnect(self, reason: str) -> None:
        self._fail_pending(ConnectionLost(reason))
        tickers: set[str] = set()
        for sub in self._subscriptions:
            self._retire_sid(sub)
            if sub.active and sub.is_orderbook:
                sub.hold_all()
                tickers |= sub.known_markets
        self._enqueue(
            StreamStatus(kind=StatusKind.DISCONNECTED, market_tickers=tuple(sorted(tickers)), reason=reason)
        )
        if self.backfill is not None and self._backfilled_subs():
            self._holding = True
            self._outages += 1
            if self._outage_since_ms is None:
                self._outage_since_ms = self._last_server_ms or int(time.time() * 1000)

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
