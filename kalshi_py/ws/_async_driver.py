"""The asyncio driver of `Protocol`: websockets' asyncio client, a reader task per connection,
one task that sends the command frames in order, the reconnect loop, and futures for the
consumer's commands. Every decision is the protocol's; this module only does the I/O."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Coroutine
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from ._commands import Answered, Pending
from ._handshake import Backoff, connect_options, decode_frame, handshake_error
from ._protocol import Protocol
from ._settings import Settings
from .backfill import BackfillRequest, fetch
from .errors import WebSocketConnectionError, WebSocketError

__all__ = ["AsyncioDriver"]

logger = logging.getLogger("kalshi_py.ws")

CLOSE_TIMEOUT = 10.0


class AsyncioDriver:
    """Runs one client's `Protocol` on the running event loop."""

    def __init__(self, settings: Settings, protocol: Protocol) -> None:
        self.settings = settings
        self.protocol = protocol
        self.backoff = Backoff(settings)
        self._ws: ClientConnection | None = None
        self._run_task: asyncio.Task[None] | None = None
        self._sender: asyncio.Future[Any] | None = None
        self._readable = asyncio.Event()
        self._futures: dict[Pending, asyncio.Future[Any]] = {}
        self._background: set[asyncio.Future[Any]] = set()
        self._last_frame = time.monotonic()
        self._idle: str | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at: float | None = None

    # --- connections -----------------------------------------------------------------------------

    async def connect(self) -> None:
        """Open the connection (raises if the first attempt fails) and start the reconnect loop."""
        if self._run_task is not None:
            raise WebSocketError("this client is already connected; use one client per connection")
        ws = await self._open()
        self._connection_made(ws)
        self._run_task = asyncio.get_running_loop().create_task(self._run(ws), name="kalshi-ws")

    async def _open(self) -> ClientConnection:
        try:
            ws = await connect(self.settings.url, **connect_options(self.settings))
        except Exception as exc:
            error = handshake_error(exc, self.settings.url)
            raise error from error.__cause__
        self.backoff.opened()
        return ws

    def _connection_made(self, ws: ClientConnection) -> None:
        self._ws = ws
        self.protocol.connection_made(self.backoff.attempt)
        self.kick()

    async def _run(self, ws: ClientConnection) -> None:
        try:
            while True:
                try:
                    reason = await self._read(ws)
                finally:
                    with contextlib.suppress(Exception):
                        await ws.close()
                self._ws = None
                if self.protocol.stopped:
                    return
                self.protocol.connection_lost(reason)
                self.kick()
                if not self.settings.reconnect:
                    raise WebSocketConnectionError(f"the WebSocket connection was lost: {reason}")
                self.backoff.connection_ended()
                ws = await self._reconnect()
                self._connection_made(ws)
        except asyncio.CancelledError:
            raise
        except WebSocketError as exc:
            self._stop(exc)
        except Exception as exc:
            logger.exception("the WebSocket connection loop failed")
            self._stop(WebSocketError(f"the WebSocket connection loop failed: {exc!r}"))

    async def _reconnect(self) -> ClientConnection:
        while True:
            await asyncio.sleep(self.backoff.next_wait())
            try:
                return await self._open()
            except WebSocketError as exc:
                self.backoff.failed(exc)

    async def _read(self, ws: ClientConnection) -> str:
        """Feed every frame to the protocol until the connection ends; returns why it ended.
        (No timeout here: cancelling a read that has just completed may swallow the cancellation
        on Python 3.10 and 3.11, so deadlines and the idle timeout are kept by a timer.)"""
        on_frame = self.settings.on_frame
        protocol = self.protocol
        self._last_frame = time.monotonic()
        try:
            while True:
                frame = await ws.recv(decode=False)
                self._last_frame = time.monotonic()
                if on_frame is not None:
                    on_frame(bytes(frame))
                protocol.receive(decode_frame(frame, protocol.dialect.decode))
                self.kick()
        except ConnectionClosed as exc:
            reason, self._idle = self._idle, None
            return reason or f"connection closed ({exc})"

    def _on_timer(self) -> None:
        """Expire overdue commands; drop a connection that stayed silent for `idle_timeout`."""
        self._timer = self._timer_at = None
        now = time.monotonic()
        idle = self.settings.idle_timeout
        if idle is not None and self._ws is not None and now - self._last_frame >= idle:
            self._idle = f"no traffic for {idle} s"
            self._ws.transport.abort()
        self.protocol.expire(now)
        self.kick()

    def _schedule_timer(self) -> None:
        wake = self.protocol.next_deadline()
        if self.settings.idle_timeout is not None and self._ws is not None:
            idle_at = self._last_frame + self.settings.idle_timeout
            wake = idle_at if wake is None else min(wake, idle_at)
        if wake is None or (self._timer_at is not None and self._timer_at <= wake):
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer_at = wake
        delay = max(0.0, wake - time.monotonic())
        self._timer = asyncio.get_running_loop().call_later(delay, self._on_timer)

    # --- after every change ----------------------------------------------------------------------

    def kick(self) -> None:
        """Act on what the protocol has for us: frames to send, outcomes, stream items, a
        connection to close, a backfill to fetch."""
        protocol = self.protocol
        if protocol.ready:
            self.backoff.ready()
        if protocol.has_outgoing and (self._sender is None or self._sender.done()):
            self._sender = self._spawn(self._send())
        for pending, future in list(self._futures.items()):
            outcome = protocol.take_outcome(pending)
            if outcome is not None and not future.done():
                if isinstance(outcome, Answered):
                    future.set_result(outcome.value)
                else:
                    future.set_exception(outcome)
        if protocol.delivery:
            self._readable.set()
        close = protocol.take_close_request()
        if close is not None and self._ws is not None:
            self._spawn(self._ws.close(*close))
        request = protocol.backfill_request()
        if request is not None:
            self._spawn(self._backfill(request))
        self._schedule_timer()

    async def _send(self) -> None:
        """Send the protocol's frames in order while there are any."""
        while self.protocol.has_outgoing:
            frames = self.protocol.take_outgoing()
            ws = self._ws
            if ws is None:
                return
            try:
                for frame in frames:
                    await ws.send(frame, text=True)
            except ConnectionClosed:
                return  # the reader reports the loss

    async def _backfill(self, request: BackfillRequest) -> None:
        rest = self.settings.rest_client
        assert rest is not None
        try:
            fills, orders = await fetch(rest, request)
        except Exception as exc:
            logger.warning("fetching the fills and orders missed while disconnected failed: %s", exc)
            self.protocol.backfill_failed(exc)
        else:
            self.protocol.backfill_fetched(request, fills, orders)
        self.kick()

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Future[Any]:
        task: asyncio.Future[Any] = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    def _stop(self, error: BaseException) -> None:
        self.protocol.stop(error)
        self.kick()

    # --- the consumer ----------------------------------------------------------------------------

    async def call(self, pending: Pending) -> Any:
        """What the consumer's command `pending` returns, once acknowledged (or its error)."""
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._futures[pending] = future
        try:
            self.kick()
            while not future.done():
                remaining = pending.deadline - time.monotonic()
                if remaining <= 0:
                    self.protocol.expire()
                    self.kick()
                    continue
                await asyncio.wait([future], timeout=remaining)
            return future.result()
        finally:
            del self._futures[pending]
            if not future.done():
                self.protocol.forget(pending)

    async def next_item(self, timeout: float | None = None) -> object:
        """The next stream item, or `END` once the stream has ended."""
        while True:
            item = self.protocol.take_item()
            if item is not None:
                if self.protocol.has_outgoing:
                    self.kick()
                return item
            self._readable.clear()
            try:
                await asyncio.wait_for(self._readable.wait(), timeout)
            except (asyncio.TimeoutError, TimeoutError):
                raise TimeoutError(f"no WebSocket message within {timeout} s") from None

    async def close(self) -> None:
        """Close the connection and end the stream; waiting commands fail with `WebSocketClosed`."""
        self.protocol.close()
        self.kick()
        if self._timer is not None:
            self._timer.cancel()
        task, self._run_task = self._run_task, None
        ws = self._ws
        if ws is not None:
            with contextlib.suppress(Exception):
                await ws.close()  # the reader sees the close and the loop ends
        if task is not None:
            if ws is not None:
                await asyncio.wait([task], timeout=CLOSE_TIMEOUT)
            task.cancel()  # waiting to reconnect
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for background in list(self._background):
            background.cancel()
        self._readable.set()
