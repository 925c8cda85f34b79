"""How a local exchange serves its REST and WebSocket front: `ServingThread` runs the ASGI app on
a socket of `host`:`port` in a background thread with an event loop of its own, under
`QuickServer` (uvicorn's server, told to stop by an event rather than by its fixed 0.1 s polling,
so a local exchange stops in milliseconds: test suites start and stop hundreds). `is_loopback`
says whether an address is private to this machine (`ExposedExchangeWarning` when it is not)."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import threading
import warnings

import uvicorn

from ..app import ExchangeApp
from ..ws.heartbeat import HeartbeatWebSocketProtocol

__all__ = ["STARTUP_TIMEOUT", "ExposedExchangeWarning", "QuickServer", "ServingThread", "is_loopback"]

STARTUP_TIMEOUT = 10.0
"""Seconds a server may take to listen before `ServingThread.start()` gives up."""


class ExposedExchangeWarning(UserWarning):
    """The local exchange listens on an address other machines can reach."""


def is_loopback(host: str) -> bool:
    """Whether every address `host` names is a loopback address (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(found) and all(ipaddress.ip_address(info[4][0]).is_loopback for info in found)


class ServingThread:
    """`app` served on `host`:`port` (0: a free port, read back into `port` by `start()`) from a
    daemon thread running its own event loop, with WebSocket pings every `heartbeat_interval`
    seconds."""

    def __init__(self, app: ExchangeApp, host: str, port: int, *, heartbeat_interval: float) -> None:
        self.host = host
        self.port = port
        self.failure: BaseException | None = None
        """What ended the server's thread, if anything did."""
        self._config = uvicorn.Config(
            app,
            log_level="warning",
            lifespan="on",
            access_log=False,
            ws=HeartbeatWebSocketProtocol,
            ws_ping_interval=heartbeat_interval,
            ws_ping_timeout=max(heartbeat_interval * 3, 1.0),
            ws_per_message_deflate=False,
            timeout_graceful_shutdown=2,
        )
        self._server: QuickServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> int:
        """Bind the socket and serve from the thread; returns the port once it listens. Raises
        `OSError` when the address cannot be bound, `RuntimeError` (the thread stopped) when the
        server does not listen within `STARTUP_TIMEOUT` seconds. Warns (`ExposedExchangeWarning`)
        when `host` is not a loopback address."""
        if not is_loopback(self.host):
            warnings.warn(
                f"the local exchange listens on {self.host or 'every interface'}, where other machines "
                "can reach it: it serves plain HTTP, and its test keys and accounts are open to them",
                ExposedExchangeWarning,
                stacklevel=3,
            )
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self.port))
        except BaseException:
            sock.close()
            raise
        self.port = sock.getsockname()[1]
        server = self._server = QuickServer(self._config)

        def run() -> None:
            try:
                asyncio.run(server.serve(sockets=[sock]))
            except BaseException as exc:
                self.failure = exc
            finally:
                sock.close()

        self._thread = threading.Thread(target=run, name=f"kalshi-sim-{self.port}", daemon=True)
        self._thread.start()
        waited = threading.Event()
        for _ in range(int(STARTUP_TIMEOUT / 0.005)):
            if server.started or not self._thread.is_alive():
                break
            waited.wait(0.005)
        if not server.started:
            self.stop()
            raise RuntimeError(f"the local exchange did not start: {self.failure!r}")
        return self.port

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server, closing its connections, and wait up to `timeout` seconds for the thread."""
        if self._server is not None:
            self._server.request_exit()
        if self._thread is not None:
            self._thread.join(timeout=timeout)
            self._thread = None
        self._server = None


class QuickServer(uvicorn.Server):
    """uvicorn's server, stopped by an event and closing its connections at once."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def main_loop(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        while not await self.on_tick(0):
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 1.0)

    def request_exit(self) -> None:
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(wake.set)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        loop = asyncio.get_running_loop()
        for server in self.servers:
            server.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        deadline = loop.time() + float(self.config.timeout_graceful_shutdown or 2)
        while (self.server_state.connections or self.server_state.tasks) and loop.time() < deadline:
            await asyncio.sleep(0.005)
        for task in list(self.server_state.tasks):
            task.cancel()
        for connection in list(self.server_state.connections):
            transport = getattr(connection, "transport", None)
            if transport is not None:
                transport.abort()
        if not self.force_exit:
            await self.lifespan.shutdown()
