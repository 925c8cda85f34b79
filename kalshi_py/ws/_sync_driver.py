"""The threading driver of `Protocol`: websockets' threading client, a reader thread that feeds
frames to the protocol and reconnects, and a condition the consumer's threads wait on. Every
decision is the protocol's; this module only does the I/O, under one lock."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from ._commands import Answered, Pending
from ._handshake import Backoff, connect_options, decode_frame, handshake_error
from ._protocol import Protocol
from ._settings import Settings
from .backfill import BackfillRequest, fetch_sync
from .errors import WebSocketConnectionError, WebSocketError

__all__ = ["ThreadingDriver"]

logger = logging.getLogger("kalshi_py.ws")

T = TypeVar("T")
JOIN_TIMEOUT = 30.0


class ThreadingDriver:
    """Runs one client's `Protocol` with threads; safe to call from any thread."""

    def __init__(self, settings: Settings, protocol: Protocol) -> None:
        self.settings = settings
        self.protocol = protocol
        self.backoff = Backoff(settings)
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._send_lock = threading.Lock()
        self._stopping = threading.Event()
        self._ws: ClientConnection | None = None
        self._threads: list[threading.Thread] = []

    def locked(self, act: Callable[..., T], *args: Any) -> T:
        """`act(*args)` on the protocol, under the lock; then act on what changed."""
        with self._lock:
            result = act(*args)
        self.after_change()
        return result

    # --- connections -----------------------------------------------------------------------------

    def connect(self) -> None:
        """Open the connection (raises if the first attempt fails) and start the reader thread."""
        if self._threads:
            raise WebSocketError("this client is already connected; use one client per connection")
        ws = self._open()
        self._connection_made(ws)
        self._start(self._run, ws, name="kalshi-ws-reader")

    def _open(self) -> ClientConnection:
        try:
            # Entered as a context manager (as websockets asks) and left by `ws.close()` later.
            ws: ClientConnection = connect(self.settings.url, **connect_options(self.settings))
            ws.__enter__()
        except Exception as exc:
            error = handshake_error(exc, self.settings.url)
            raise error from error.__cause__
        self.backoff.opened()
        return ws

    def _connection_made(self, ws: ClientConnection) -> None:
        with self._lock:
            self._ws = ws
            self.protocol.connection_made(self.backoff.attempt)
        self.after_change()

    def _run(self, ws: ClientConnection) -> None:
        try:
            while True:
                try:
                    reason = self._read(ws)
                finally:
                    with contextlib.suppress(Exception):
                        ws.close()
                with self._lock:
                    self._ws = None
                    if self.protocol.stopped:
                        return
                    self.protocol.connection_lost(reason)
                self.after_change()
                if not self.settings.reconnect:
                    raise WebSocketConnectionError(f"the WebSocket connection was lost: {reason}")
                self.backoff.connection_ended()
                reconnected = self._reconnect()
                if reconnected is None:
                    return
                self._connection_made(reconnected)
                ws = reconnected
        except WebSocketError as exc:
            self._stop(exc)
        except Exception as exc:
            logger.exception("the WebSocket connection loop failed")
            self._stop(WebSocketError(f"the WebSocket connection loop failed: {exc!r}"))

    def _reconnect(self) -> ClientConnection | None:
        while True:
            if self._stopping.wait(self.backoff.next_wait()):
                return None
            try:
                return self._open()
            except WebSocketError as exc:
                self.backoff.failed(exc)

    def _read(self, ws: ClientConnection) -> str:
        """Feed every frame to the protocol until the connection ends; returns why it ended."""
        idle = self.settings.idle_timeout
        on_frame = self.settings.on_frame
        last = time.monotonic()
        try:
            while not self._stopping.is_set():
                try:
                    frame = ws.recv(timeout=self._wait_limit(last), decode=False)
                except TimeoutError:
                    now = time.monotonic()
                    if idle is not None and now - last >= idle:
                        return f"no traffic for {idle} s"
                    self.locked(self.protocol.expire, now)
                    continue
                last = time.monotonic()
                if on_frame is not None:
                    on_frame(bytes(frame))
                self.locked(self.protocol.receive, decode_frame(frame, self.protocol.dialect.decode))
            return "the client was closed"
        except ConnectionClosed as exc:
            return f"connection closed ({exc})"

    def _wait_limit(self, last_frame: float) -> float | None:
        now = time.monotonic()
        limits = []
        if self.settings.idle_timeout is not None:
            limits.append(last_frame + self.settings.idle_timeout - now)
        with self._lock:
            deadline = self.protocol.next_deadline()
        if deadline is not None:
            limits.append(deadline - now)
        return max(0.0, min(limits)) if limits else None

    # --- after every change ----------------------------------------------------------------------

    def after_change(self) -> None:
        """Act on what the protocol has for us: wake the waiting threads, send frames, close a
        connection, fetch a backfill."""
        with self._lock:
            if self.protocol.ready:
                self.backoff.ready()
            close = self.protocol.take_close_request()
            request = self.protocol.backfill_request()
            ws = self._ws
            self._changed.notify_all()
        if self.protocol.has_outgoing:
            self._send()
        if close is not None and ws is not None:
            with contextlib.suppress(Exception):
                ws.close(*close)
        if request is not None:
            self._start(self._backfill, request, name="kalshi-ws-backfill")

    def _send(self) -> None:
        with self._send_lock:
            with self._lock:
                frames = self.protocol.take_outgoing()
                ws = self._ws
            if ws is None:
                return
            with contextlib.suppress(ConnectionClosed):  # the reader reports the loss
                for frame in frames:
                    ws.send(frame, text=True)

    def _backfill(self, request: BackfillRequest) -> None:
        rest = self.settings.rest_client
        assert rest is not None
        try:
            fills, orders = fetch_sync(rest, request)
        except Exception as exc:
            logger.warning("fetching the fills and orders missed while disconnected failed: %s", exc)
            self.locked(self.protocol.backfill_failed, exc)
        else:
            self.locked(self.protocol.backfill_fetched, request, fills, orders)

    def _start(self, target: Callable[..., None], *args: Any, name: str) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(thread)
        thread.start()

    def _stop(self, error: BaseException) -> None:
        self.locked(self.protocol.stop, error)

    # --- the consumer ----------------------------------------------------------------------------

    def call(self, pending: Pending) -> Any:
        """What the consumer's command `pending` returns, once acknowledged (or its error)."""
        outcome: Answered | Exception | None = None
        try:
            with self._changed:
                while (outcome := self.protocol.take_outcome(pending)) is None:
                    remaining = pending.deadline - time.monotonic()
                    if remaining <= 0:
                        self.protocol.expire()
                    else:
                        self._changed.wait(remaining)
        finally:
            if outcome is None:
                self.locked(self.protocol.forget, pending)
        self.after_change()
        if isinstance(outcome, Answered):
            return outcome.value
        raise outcome

    def next_item(self, timeout: float | None = None) -> object:
        """The next stream item, or `END` once the stream has ended."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._changed:
            while (item := self.protocol.take_item()) is None:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise TimeoutError(f"no WebSocket message within {timeout} s")
                self._changed.wait(remaining)
        if self.protocol.has_outgoing:
            self.after_change()
        return item

    def close(self) -> None:
        """Close the connection, end the stream, and wait for the threads to end; waiting
        commands fail with `WebSocketClosed`."""
        self._stopping.set()
        with self._lock:
            self.protocol.close()
            ws = self._ws
            self._changed.notify_all()
        if ws is not None:
            with contextlib.suppress(Exception):
                ws.close()
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join(JOIN_TIMEOUT)
