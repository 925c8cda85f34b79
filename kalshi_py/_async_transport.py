"""The asyncio twin of `kalshi_py._transport`: the same connections, answers and limits.

Each connection is an `asyncio.Protocol` feeding an `AnswerReader`; a timer, moved on whenever
bytes arrive, ends a read that waits longer than the read timeout or past the call's deadline.

The pool belongs to one event loop: used from another one, it starts afresh. Its idle connections
are closed when their loop shuts down (`asyncio.run` ends): the pool keeps an async generator
open in the loop, and a loop closes the async generators still open before it stops.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncGenerator
from typing import cast

import httpx

from ._deadline import Deadline
from ._http11 import REPLAYABLE, AnswerReader, Buffers, Unanswered, request_bytes
from ._tls import connection_context
from ._transport import MAX_IDLE, Origin, answer_response, origin_of, phase

__all__ = ["AsyncTransport"]


class _Link(asyncio.BufferedProtocol):
    """One asyncio connection; `exchange` sends a request and waits for its whole answer.
    Bytes are received straight into the answer's buffers (`AnswerReader.buffer`)."""

    def __init__(self, origin: Origin) -> None:
        self.origin = origin
        self.transport: asyncio.Transport | None = None
        self.closed = False
        self._buffers = Buffers()
        self._reader: AnswerReader | None = None
        self._done: asyncio.Future[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._request: httpx.Request | None = None
        self._deadline: Deadline | None = None

    # -- asyncio callbacks -------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport = cast(asyncio.Transport, transport)  # uvloop's transports are not asyncio's classes
        self.transport = transport

    def get_buffer(self, sizehint: int) -> memoryview:
        reader = self._reader
        return reader.buffer() if reader is not None else memoryview(self._buffers.scratch)

    def buffer_updated(self, nbytes: int) -> None:
        reader = self._reader
        if reader is None:  # bytes nobody asked for: the connection is of no further use
            self.close()
            return
        try:
            reader.received(nbytes)
        except Exception as exc:
            self._finish(exc)
            return
        if reader.complete:
            self._finish(None)
        else:
            self._arm()

    def eof_received(self) -> bool:
        self._ended(None)
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self._ended(exc)

    # -- one exchange ------------------------------------------------------------------------------

    async def exchange(
        self, request: httpx.Request, deadline: Deadline, cap: int | None
    ) -> tuple[AnswerReader, bool]:
        assert self.transport is not None
        reader = self._reader = AnswerReader(cap, self._buffers, head=request.method == "HEAD")
        self._request, self._deadline = request, deadline
        done = self._done = asyncio.get_running_loop().create_future()
        try:
            self.transport.write(request_bytes(request))
            self._arm()
            await done
        finally:
            self._disarm()
            self._reader = self._done = self._request = self._deadline = None
        return reader, reader.keep_alive and not self.closed

    def _arm(self) -> None:
        assert self._request is not None
        assert self._deadline is not None
        self._disarm()
        wait = phase(self._request, "read", self._deadline)
        if wait is not None:
            loop = asyncio.get_running_loop()
            self._timer = loop.call_later(
                wait, self._finish, httpx.ReadTimeout("reading the answer timed out")
            )

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _ended(self, exc: Exception | None) -> None:
        reader = self._reader
        if reader is None or reader.complete:
            return
        if exc is not None:
            failure = httpx.ReadError if reader.started else Unanswered
            self._finish(failure(str(exc) or type(exc).__name__))
            return
        try:
            reader.eof()
        except Exception as problem:
            self._finish(problem)
            return
        self._finish(None)

    def _finish(self, problem: Exception | None) -> None:
        done = self._done
        if done is None or done.done():
            return
        if problem is None:
            done.set_result(None)
        else:
            done.set_exception(problem)

    def close(self) -> None:
        """Close at once: idle or failed, the connection has nothing left to send (and a TLS
        goodbye would outlive a loop that is ending)."""
        self.closed = True
        if self.transport is not None:
            self.transport.abort()


class AsyncTransport:
    """A pool of asyncio keep-alive connections for the tasks of one event loop."""

    def __init__(self, verify: ssl.SSLContext | bool) -> None:
        self.context = connection_context(verify)
        self._idle: dict[Origin, list[_Link]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._shutdown_watch: AsyncGenerator[None, None] | None = None
        self.closed = False

    async def send(self, request: httpx.Request, deadline: Deadline, cap: int | None) -> httpx.Response:
        origin = origin_of(request.url)
        loop = asyncio.get_running_loop()
        if self._loop is not loop:  # connections of another (likely finished) loop are unusable
            self._idle.clear()
            self._loop = loop
            self._shutdown_watch = self._until_shutdown()
            await self._shutdown_watch.__anext__()
        link = self._checkout(origin)
        if link is not None:
            try:
                return await self._exchange(link, request, deadline, cap)
            except Unanswered:
                # the server closed the kept-alive connection as the request went out
                if request.method not in REPLAYABLE:
                    raise
        link = await self._open(origin, phase(request, "connect", deadline))
        return await self._exchange(link, request, deadline, cap)

    async def _exchange(
        self, link: _Link, request: httpx.Request, deadline: Deadline, cap: int | None
    ) -> httpx.Response:
        origin = link.origin
        keep = False
        try:
            reader, keep = await link.exchange(request, deadline, cap)
            return answer_response(request, reader, cap)
        finally:
            if keep and not self.closed and len(self._idle.setdefault(origin, [])) < MAX_IDLE:
                self._idle[origin].append(link)
            else:
                link.close()

    async def _open(self, origin: Origin, timeout: float | None) -> _Link:
        scheme, host, port = origin
        loop = asyncio.get_running_loop()
        tls = scheme == "https"
        try:
            _, link = await asyncio.wait_for(
                loop.create_connection(
                    lambda: _Link(origin),
                    host,
                    port,
                    ssl=self.context if tls else None,
                    server_hostname=host if tls else None,
                ),
                timeout,
            )
        except asyncio.TimeoutError as exc:
            raise httpx.ConnectTimeout(f"connecting to {host}:{port} timed out") from exc
        except (OSError, ssl.SSLError) as exc:
            raise httpx.ConnectError(str(exc)) from exc
        return link

    async def _until_shutdown(self) -> AsyncGenerator[None, None]:
        """Suspended for the life of the loop; its loop closes it on shutdown, and with it the
        idle connections."""
        try:
            yield
        finally:
            self._close_idle()

    def _close_idle(self) -> None:
        links = [link for idle in self._idle.values() for link in idle]
        self._idle.clear()
        for link in links:
            link.close()

    def _checkout(self, origin: Origin) -> _Link | None:
        idle = self._idle.get(origin)
        while idle:
            link = idle.pop()
            if not link.closed and link.transport is not None and not link.transport.is_closing():
                return link
        return None

    async def aclose(self) -> None:
        self.closed = True
        if self._loop is asyncio.get_running_loop():
            self._close_idle()
        self._idle.clear()
