"""What both drivers do the same around the socket: sign the handshake (`KALSHI-ACCESS-*` headers
over the WebSocket URL's path, blanked out of the websockets library's logs), say why a
handshake failed (a 401/403 is fatal, anything else is retried), decode a frame, and pace the
reconnects (exponential backoff with jitter, started over only after a healthy connection)."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

import msgspec
from websockets.exceptions import InvalidHandshake, InvalidStatus, InvalidURI

from ..retry import reconnect_delay
from ._settings import Settings
from .errors import WebSocketAuthError, WebSocketConnectionError, WebSocketHandshakeError
from .messages import GenericMessage, Message, decode_message

__all__ = [
    "Backoff",
    "RedactingLogger",
    "connect_options",
    "decode_frame",
    "handshake_error",
]

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


def connect_options(settings: Settings) -> dict[str, Any]:
    """The arguments of websockets' `connect` (asyncio or threading) for one signed handshake."""
    auth = settings.auth
    headers = auth.headers_for("GET", urlsplit(settings.url).path) if auth is not None else {}
    return {
        "additional_headers": headers,
        "open_timeout": settings.open_timeout,
        "ping_interval": settings.ping_interval,
        "ping_timeout": settings.ping_timeout,
        "max_size": settings.max_frame_size,
        "compression": None,
        "logger": RedactingLogger(headers.get(name, "") for name in _CREDENTIAL_HEADERS),
    }


def handshake_error(exc: BaseException, url: str) -> BaseException:
    """What a failed connect raises: `WebSocketAuthError` for a rejected key, another
    `WebSocketConnectionError` for what a retry may fix, `ValueError` for a bad URL; `exc` itself
    if it is none of these."""
    if isinstance(exc, InvalidStatus):
        status = exc.response.status_code
        if status in _FATAL_STATUSES:
            return WebSocketAuthError(
                f"the WebSocket handshake to {url} was rejected with HTTP {status}: the API key id, "
                "its private key or the environment is wrong (keys are per environment), or the clock is off",
                status=status,
            )
        return WebSocketHandshakeError(
            f"the WebSocket handshake to {url} was rejected with HTTP {status}", status=status
        )
    if isinstance(exc, InvalidURI):
        return ValueError(f"invalid WebSocket URL {url!r}: {exc}")
    if isinstance(exc, (OSError, TimeoutError, InvalidHandshake, asyncio.TimeoutError)):
        error = WebSocketConnectionError(f"could not connect to {url}: {type(exc).__name__}: {exc}")
        error.__cause__ = exc
        return error
    return exc


def decode_frame(frame: bytes | str, decode: Callable[[bytes | str], Any] = decode_message) -> Message:
    """The typed message of a frame, by `decode` (the dialect's); one that is not even a JSON
    object becomes a `GenericMessage` saying so, so that a bad frame never ends the stream."""
    try:
        return decode(frame)  # type: ignore[no-any-return]
    except msgspec.DecodeError as exc:
        raw = frame.encode() if isinstance(frame, str) else bytes(frame)
        return GenericMessage(error=f"undecodable frame: {exc}", msg=raw[:200])


class Backoff:
    """The connections of one client: how many were made, reconnect attempts since the last
    healthy one, and the wait before the next.

    A connection is healthy once it has stayed up `healthy_after` seconds with every subscription
    replayed; only then does the count of attempts start over. A connection lost before that
    counts as a failed attempt, also towards `max_reconnect_attempts`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.attempt = 0
        self.connections = 0
        self._ready_at: float | None = None
        self._jitter = random.SystemRandom()

    def delay(self, attempt: int) -> float:
        return reconnect_delay(
            attempt, self.settings.backoff_initial, self.settings.backoff_max, self._jitter
        )

    def opened(self) -> None:
        self.connections += 1
        self._ready_at = None

    def ready(self) -> None:
        """The connection's subscriptions are replayed (called again and again: the first counts)."""
        if self._ready_at is None:
            self._ready_at = time.monotonic()

    def connection_ended(self) -> None:
        ready_at, self._ready_at = self._ready_at, None
        if ready_at is not None and time.monotonic() - ready_at >= self.settings.healthy_after:
            self.attempt = 0

    def next_wait(self) -> float:
        """The wait before the next attempt; raises once `max_reconnect_attempts` are spent."""
        limit = self.settings.max_reconnect_attempts
        if limit is not None and self.attempt >= limit:
            raise WebSocketConnectionError(
                f"gave up reconnecting to {self.settings.url} after {self.attempt} attempts"
            )
        wait = self.delay(self.attempt)
        self.attempt += 1
        return wait

    def failed(self, error: BaseException) -> None:
        """A reconnect attempt failed with `error` (a rejected key is fatal: raised)."""
        if isinstance(error, WebSocketAuthError) or not isinstance(error, WebSocketConnectionError):
            raise error
        logger.warning("reconnect attempt %d to %s failed: %s", self.attempt, self.settings.url, error)
