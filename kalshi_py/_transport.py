"""kalshi-py's own HTTP/1.1 connections: the fast path under the httpx face.

A call through a client kalshi-py built itself (no `httpx_args`, no client of your own, no proxy
in the environment) is sent here instead of through `httpx.Client.send`: keep-alive connections
per origin, TLS with the client's own `ssl.SSLContext`, answers read with httptools
(`kalshi_py._http11`). The requests and answers are still `httpx.Request` and `httpx.Response`
objects, and failures are httpx's own exceptions, so the pipeline cannot tell the paths apart;
the benchmarks in `benchmarks/bench_transport.py` say why this path exists.

Every read waits at most the smaller of the read timeout and the time left before the call's
deadline, so a body that dribbles or never ends is cut at the deadline without a watchdog; the
size cap is kept while the bytes arrive. The asyncio twin is `kalshi_py._async_transport`.
"""

from __future__ import annotations

import contextlib
import math
import os
import select
import socket
import ssl
import threading
import time
import urllib.request

import httpx

from ._deadline import Deadline
from ._http11 import REPLAYABLE, WIRE_HEADERS, AnswerReader, Buffers, Unanswered, inflate, request_bytes
from ._tls import connection_context

__all__ = [
    "ENV_TRANSPORT",
    "Answer",
    "Connection",
    "Origin",
    "Transport",
    "answer_response",
    "origin_of",
    "own_connections_allowed",
    "untouched",
]

Origin = tuple[str, str, int]  # scheme, host, port
MAX_IDLE = 20  # idle connections kept per origin, as httpx keeps
FRESH = 1.0  # seconds an idle connection is taken as still open without asking the socket


ENV_TRANSPORT = "KALSHI_PY_TRANSPORT"  # "httpx": every call through httpx.Client.send


def own_connections_allowed(base_url: str) -> bool:
    """Whether calls to `base_url` may take kalshi-py's own connections: neither the environment
    (`KALSHI_PY_TRANSPORT=httpx`, a proxy for its scheme) nor the URL asks for what only httpx does."""
    if os.environ.get(ENV_TRANSPORT, "").strip().lower() == "httpx":
        return False
    scheme = httpx.URL(base_url).scheme
    proxies = urllib.request.getproxies()
    return scheme in ("http", "https") and not (proxies.get(scheme) or proxies.get("all"))


def untouched(http: httpx.Client | httpx.AsyncClient, auth: httpx.Auth | None) -> bool:
    """Whether `http` still has only the hooks and auth kalshi-py gave it, and is open."""
    hooks = http.event_hooks
    return (
        not http.is_closed
        and len(hooks["request"]) == 1
        and not hooks["response"]
        and (http.auth is None or http.auth is auth)
    )


def origin_of(url: httpx.URL) -> Origin:
    port = url.port or (443 if url.scheme == "https" else 80)
    return url.scheme, url.host, port


def phase(request: httpx.Request, name: str, deadline: Deadline) -> float | None:
    """The seconds a phase may wait: its timeout from the request, within the deadline."""
    timeout: float | None = request.extensions.get("timeout", {}).get(name)
    left = deadline.left()
    if left is None:
        return timeout
    return left if timeout is None else min(timeout, left)


class Answer(httpx.Response):
    """An `httpx.Response` for an answer read whole by kalshi-py's own connections.

    `httpx.Response(content=...)` reads its body again through its stream machinery, which costs
    more than parsing the answer did; this one starts out read, as `read()` would leave it, and
    behaves as any read httpx response does.
    """

    def __init__(self, request: httpx.Request, reader: AnswerReader, content: bytes) -> None:
        headers = [(name, value) for name, value in reader.headers if name.lower() not in WIRE_HEADERS]
        headers.append((b"Content-Length", b"%d" % len(content)))
        super().__init__(
            reader.status,
            headers=headers,
            stream=httpx.ByteStream(content),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": reader.reason},
        )
        self._content = content
        self.is_stream_consumed = True
        self.is_closed = True


def answer_response(request: httpx.Request, reader: AnswerReader, cap: int | None) -> httpx.Response:
    """The `httpx.Response` for a whole answer, its body decoded from any `Content-Encoding`."""
    content = reader.body()
    encoding = reader.header(b"content-encoding")
    if encoding:
        content = inflate(content, encoding.decode("latin-1"), cap)
    return Answer(request, reader, content)


class Connection:
    """One connection, its socket non-blocking; `exchange` sends a request and reads its answer
    whole. Each wait is one `poll` bounded by the phase timeout and the deadline: three system
    calls a round trip (send, poll, receive) where a socket with a timeout makes seven."""

    def __init__(self, origin: Origin, sock: socket.socket) -> None:
        self.origin = origin
        self.sock = sock
        self.tls = isinstance(sock, ssl.SSLSocket)
        self.buffers = Buffers()
        self.idle_since = 0.0
        sock.setblocking(False)
        self._poll = select.poll()
        self._poll.register(sock, select.POLLIN)

    @classmethod
    def open(cls, origin: Origin, context: ssl.SSLContext, timeout: float | None) -> Connection:
        scheme, host, port = origin
        try:
            sock = socket.create_connection((host, port), timeout=timeout)
        except TimeoutError as exc:
            raise httpx.ConnectTimeout(f"connecting to {host}:{port} timed out") from exc
        except OSError as exc:
            raise httpx.ConnectError(str(exc)) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if scheme == "https":
                sock = context.wrap_socket(sock, server_hostname=host)
        except TimeoutError as exc:
            sock.close()
            raise httpx.ConnectTimeout(f"the TLS handshake with {host}:{port} timed out") from exc
        except (OSError, ssl.SSLError) as exc:
            sock.close()
            raise httpx.ConnectError(str(exc)) from exc
        return cls(origin, sock)

    def dropped(self) -> bool:
        """Whether the peer closed this connection while it was idle (it would read as ready).
        A connection idle for less than `FRESH` seconds is taken as open: servers close idle
        connections after seconds, and a read that finds one closed is sent again anyway."""
        if time.monotonic() - self.idle_since < FRESH:
            return False
        try:
            return bool(self._poll.poll(0))
        except (OSError, ValueError):
            return True

    def _wait(self, events: int, seconds: float | None) -> bool:
        """Wait until the socket is ready for `events`; False when `seconds` pass first."""
        self._poll.modify(self.sock, events)
        return bool(self._poll.poll(None if seconds is None else max(0, math.ceil(seconds * 1000))))

    def exchange(
        self, request: httpx.Request, deadline: Deadline, cap: int | None
    ) -> tuple[AnswerReader, bool]:
        """Send `request` and read its answer; the reader, and whether to keep the connection."""
        self._send(request_bytes(request), request, deadline)
        sock = self.sock
        reader = AnswerReader(cap, self.buffers, head=request.method == "HEAD")
        while not reader.complete:
            if not (self.tls and sock.pending()):  # type: ignore[attr-defined]
                wait = phase(request, "read", deadline)
                if (wait is not None and wait <= 0) or not self._wait(select.POLLIN, wait):
                    raise httpx.ReadTimeout("reading the answer timed out")
            try:
                size = sock.recv_into(reader.buffer())
            except (BlockingIOError, ssl.SSLWantReadError, ssl.SSLWantWriteError):
                continue
            except ConnectionResetError as exc:
                raise (httpx.ReadError if reader.started else Unanswered)(str(exc)) from exc
            except OSError as exc:
                raise httpx.ReadError(str(exc)) from exc
            if not size:
                reader.eof()
                break
            reader.received(size)
        return reader, reader.keep_alive

    def _send(self, data: bytes, request: httpx.Request, deadline: Deadline) -> None:
        view = memoryview(data)
        while view:
            try:
                view = view[self.sock.send(view) :]
                continue
            except (BlockingIOError, ssl.SSLWantWriteError):
                events = select.POLLOUT
            except ssl.SSLWantReadError:
                events = select.POLLIN
            except (BrokenPipeError, ConnectionResetError) as exc:
                raise Unanswered(str(exc)) from exc
            except OSError as exc:
                raise httpx.WriteError(str(exc)) from exc
            wait = phase(request, "write", deadline)
            if (wait is not None and wait <= 0) or not self._wait(events, wait):
                raise httpx.WriteTimeout("writing the request timed out")

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


class Transport:
    """A pool of blocking keep-alive connections, shared by the threads of one client."""

    def __init__(self, verify: ssl.SSLContext | bool) -> None:
        self.context = connection_context(verify)
        self._idle: dict[Origin, list[Connection]] = {}
        self._lock = threading.Lock()
        self.closed = False

    def send(self, request: httpx.Request, deadline: Deadline, cap: int | None) -> httpx.Response:
        origin = origin_of(request.url)
        connection = self._checkout(origin)
        if connection is not None:
            try:
                return self._exchange(connection, request, deadline, cap)
            except Unanswered:
                # the server closed the kept-alive connection as the request went out
                if request.method not in REPLAYABLE:
                    raise
        connection = Connection.open(origin, self.context, phase(request, "connect", deadline))
        return self._exchange(connection, request, deadline, cap)

    def _exchange(
        self, connection: Connection, request: httpx.Request, deadline: Deadline, cap: int | None
    ) -> httpx.Response:
        keep = False
        try:
            reader, keep = connection.exchange(request, deadline, cap)
            return answer_response(request, reader, cap)
        finally:
            if keep:
                self._checkin(connection)
            else:
                connection.close()

    def _checkout(self, origin: Origin) -> Connection | None:
        while True:
            with self._lock:
                idle = self._idle.get(origin)
                if not idle:
                    return None
                connection = idle.pop()
            if not connection.dropped():
                return connection
            connection.close()

    def _checkin(self, connection: Connection) -> None:
        connection.idle_since = time.monotonic()
        with self._lock:
            idle = self._idle.setdefault(connection.origin, [])
            if not self.closed and len(idle) < MAX_IDLE:
                idle.append(connection)
                return
        connection.close()

    def close(self) -> None:
        with self._lock:
            self.closed = True
            connections = [c for idle in self._idle.values() for c in idle]
            self._idle.clear()
        for connection in connections:
            connection.close()

    def __repr__(self) -> str:
        return f"<kalshi_py Transport: {sum(len(v) for v in self._idle.values())} idle connections>"
