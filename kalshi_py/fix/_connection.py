"""The client's connection: TLS (or plain TCP) to a FIX host, Logon, and reconnects with
exponential backoff and jitter until closed."""

from __future__ import annotations

import asyncio
import contextlib
import random
import ssl
from collections.abc import Callable

from ..retry import reconnect_delay
from ._message import Message
from ._transport import SessionProtocol
from .errors import FixConnectionError, FixError, LogonRefused, SessionClosed
from .events import ConnectionEvent, Disconnect, Event, Reconnecting, SessionEnded
from .session import Session

__all__ = ["Connection", "tls_context"]


def tls_context() -> ssl.SSLContext:
    """Certificate-checking TLS 1.2 or later, as Kalshi's FIX hosts require."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class Connection:
    """One client session over a connection that is opened again when it drops."""

    def __init__(
        self,
        session: Session,
        host: str,
        port: int,
        *,
        ssl_context: ssl.SSLContext | None,
        on_event: Callable[[ConnectionEvent], None],
        reconnect: bool = True,
        max_reconnect_attempts: int | None = None,
        backoff_initial: float = 0.5,
        backoff_max: float = 30.0,
        connect_timeout: float = 10.0,
    ) -> None:
        self.session = session
        self.host, self.port = host, port
        self.ssl_context = ssl_context
        self.on_event = on_event
        self.reconnect = reconnect
        self.max_reconnect_attempts = max_reconnect_attempts
        self.backoff_initial, self.backoff_max = backoff_initial, backoff_max
        self.connect_timeout = connect_timeout
        self.protocol: SessionProtocol | None = None
        self.connections = 0
        """How many Logons succeeded so far (1 + reconnects)."""
        self._closing = False
        self._task: asyncio.Task[None] | None = None
        self._jitter = random.SystemRandom()

    def __repr__(self) -> str:
        return f"Connection({self.host}:{self.port}, {self.session!r})"

    async def open(self) -> None:
        """Connect and log on; raises `LogonRefused` or `FixConnectionError` if that fails."""
        await self._connect_once()
        self._task = asyncio.get_running_loop().create_task(self._supervise(), name="kalshi-fix")

    async def close(self, text: str | None = None, timeout: float = 5.0) -> None:
        """Log out (waiting up to `timeout` for the answer) and stop reconnecting."""
        self._closing = True
        protocol = self.protocol
        if protocol is not None and not protocol.closed.done():
            if protocol.session.active:
                protocol.logout(text)
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(asyncio.shield(protocol.closed), timeout)
            protocol.abort()
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.on_event(SessionEnded(None))

    def send(self, message: Message) -> int:
        """Send an application message; raises `SessionClosed` while disconnected."""
        protocol = self.protocol
        if protocol is None:
            raise SessionClosed("the FIX session is not connected")
        return protocol.send(message)

    @property
    def connected(self) -> bool:
        return self.protocol is not None and self.session.active

    async def _connect_once(self) -> None:
        loop = asyncio.get_running_loop()

        def protocol_factory() -> SessionProtocol:
            return SessionProtocol(self.session, self._forward)

        try:
            _, protocol = await asyncio.wait_for(
                loop.create_connection(
                    protocol_factory,
                    self.host,
                    self.port,
                    ssl=self.ssl_context,
                    server_hostname=self.host if self.ssl_context is not None else None,
                ),
                self.connect_timeout,
            )
        except (OSError, asyncio.TimeoutError) as exc:
            raise FixConnectionError(
                f"cannot connect to {self.host}:{self.port}: {exc or 'timed out'}"
            ) from exc
        self.protocol = protocol
        try:
            await protocol.logged_on
        except BaseException:
            protocol.abort()
            self.protocol = None
            raise
        self.connections += 1

    def _forward(self, protocol: SessionProtocol, event: Event) -> None:
        if isinstance(event, Disconnect) and protocol is self.protocol:
            self.protocol = None
        self.on_event(event)

    async def _supervise(self) -> None:
        error: FixError | None = None
        while not self._closing:
            protocol = self.protocol
            if protocol is not None:
                ended = await asyncio.shield(protocol.closed)
                error = ended.error
            if self._closing:
                return
            if not self.reconnect or isinstance(error, LogonRefused):
                break
            error = await self._reconnect(error)
            if self.protocol is None:
                break
        if not self._closing:
            self.on_event(SessionEnded(error or SessionClosed("the FIX session ended")))

    async def _reconnect(self, cause: FixError | None) -> FixError | None:
        attempt = 0
        reason = str(cause) if cause else "the connection closed"
        while not self._closing:
            if self.max_reconnect_attempts is not None and attempt >= self.max_reconnect_attempts:
                return FixConnectionError(f"gave up after {attempt} reconnect attempts: {reason}")
            delay = reconnect_delay(attempt, self.backoff_initial, self.backoff_max, self._jitter)
            attempt += 1
            self.on_event(Reconnecting(attempt, delay, reason))
            await asyncio.sleep(delay)
            try:
                await self._connect_once()
                return None
            except LogonRefused as exc:
                return exc
            except FixError as exc:
                reason = str(exc)
        return None
