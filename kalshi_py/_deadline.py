"""The total deadline of one call: every attempt, every wait and every byte read fit inside it.

`Deadline(seconds)` starts counting when it is made; `None` means no total bound. It caps each
httpx phase timeout (connect, write, read, pool) of an attempt at the time left, and the reading
of a body is checked against it between reads. A blocking read cannot be interrupted from its own
thread, so for sync calls one watchdog thread shuts down the socket of a body read whose deadline
passes (`watch_body`); async calls are cancelled by the event loop instead. (Before the headers of
a sync answer are in, httpx owns the socket: there each read waits at most the time left.)
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx

__all__ = ["Deadline", "watch_body"]


class Deadline:
    """A point in time, on the monotonic clock, by which a call must be over."""

    __slots__ = ("at", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.at = None if seconds is None else time.monotonic() + seconds

    def __repr__(self) -> str:
        return f"Deadline({self.seconds!r} s, {self.left()!r} s left)"

    def left(self) -> float | None:
        """Seconds left (0 once passed), or None when there is no deadline."""
        return None if self.at is None else max(0.0, self.at - time.monotonic())

    def expired(self) -> bool:
        return self.at is not None and time.monotonic() >= self.at

    def cap(self, timeout: httpx.Timeout) -> httpx.Timeout:
        """`timeout` with every phase capped at the time left."""
        if self.at is None:
            return timeout
        return httpx.Timeout(**self.limits(timeout))

    def limits(self, timeout: httpx.Timeout) -> dict[str, float | None]:
        """The seconds of each phase of `timeout` (connect, read, write, pool), capped at the time
        left, as httpx's request extensions hold them."""
        left = self.left()
        connect, read, write, pool = timeout.connect, timeout.read, timeout.write, timeout.pool
        if left is None or (
            connect is not None
            and read is not None
            and write is not None
            and pool is not None
            and left >= max(connect, read, write, pool)
        ):
            return {"connect": connect, "read": read, "write": write, "pool": pool}
        return {
            "connect": left if connect is None else min(connect, left),
            "read": left if read is None else min(read, left),
            "write": left if write is None else min(write, left),
            "pool": left if pool is None else min(pool, left),
        }


class _Watchdog:
    """One daemon thread that shuts down the sockets of sync body reads whose deadline passed.

    It runs while there is something to watch and ends when idle; `watch` starts it again.
    Shutting a socket down (not closing it) makes the blocked read return at once; the connection
    is then broken and httpx drops it from its pool.
    """

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._heap: list[tuple[float, int]] = []
        self._sockets: dict[int, socket.socket] = {}
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None

    def watch(self, at: float, sock: socket.socket) -> int:
        with self._lock:
            token = next(self._ids)
            self._sockets[token] = sock
            heapq.heappush(self._heap, (at, token))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="kalshi-py-deadlines", daemon=True)
                self._thread.start()
            self._lock.notify()
            return token

    def unwatch(self, token: int) -> None:
        with self._lock:
            self._sockets.pop(token, None)
            if not self._sockets:
                self._lock.notify()  # nothing left to watch: let the thread end now

    def _run(self) -> None:
        with self._lock:
            while self._sockets:
                at, token = self._heap[0]
                if token not in self._sockets:
                    heapq.heappop(self._heap)
                    continue
                wait = at - time.monotonic()
                if wait > 0:
                    self._lock.wait(wait)
                    continue
                heapq.heappop(self._heap)
                sock = self._sockets.pop(token)
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
            self._heap.clear()
            self._thread = None


_WATCHDOG = _Watchdog()


@contextlib.contextmanager
def watch_body(response: httpx.Response, deadline: Deadline) -> Iterator[None]:
    """While the block runs, cut the connection of `response` when `deadline` passes."""
    stream: Any = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if deadline.at is None or not isinstance(sock, socket.socket):
        yield
        return
    token = _WATCHDOG.watch(deadline.at, sock)
    try:
        yield
    finally:
        _WATCHDOG.unwatch(token)
