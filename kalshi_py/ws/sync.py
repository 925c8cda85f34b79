"""A blocking face of `KalshiWebSocket` for scripts and notebooks: the asyncio client runs in a
background thread with its own event loop; every method waits for its result. A client that is
never closed is closed when it is garbage-collected, or at the latest when the interpreter exits:
its connection ends with a close frame and its thread stops."""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections.abc import Coroutine, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from ._state import END
from .client import KalshiWebSocket, StreamItem, Subscription
from .errors import WebSocketClosed
from .messages import Ok, SubscriptionInfo

__all__ = ["SyncKalshiWebSocket"]

T = TypeVar("T")


class SyncKalshiWebSocket:
    """`KalshiWebSocket` with blocking methods; use as a context manager:

    with KalshiWebSocket.sync(auth, environment="demo") as ws:
        ws.subscribe(["ticker"])
        for item in ws.stream():
            print(item)
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="kalshi-ws-loop", daemon=True)
        self._thread.start()
        self._closed = False

        async def build() -> KalshiWebSocket:
            return KalshiWebSocket(*args, **kwargs)

        try:
            self.client = self._run(build(), None)
        except BaseException:
            _shut_down(self._loop, self._thread, None)
            raise
        self._finalizer = weakref.finalize(self, _shut_down, self._loop, self._thread, self.client)

    def _run(self, coro: Coroutine[Any, Any, T], timeout: float | None) -> T:
        if self._closed:
            coro.close()
            raise WebSocketClosed("the WebSocket client is closed")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def __enter__(self) -> SyncKalshiWebSocket:
        self.connect()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def connect(self) -> None:
        try:
            self._run(self.client.connect(), None)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Close the connection and stop the background thread."""
        if self._closed:
            return
        self._closed = True
        self._finalizer()

    def subscribe(
        self, channels: str | Sequence[str], market_tickers: str | Sequence[str] | None = None, **params: Any
    ) -> list[Subscription]:
        return self._run(self.client.subscribe(channels, market_tickers, **params), None)

    def unsubscribe(self, sids: int | Subscription | Iterable[int | Subscription]) -> None:
        self._run(self.client.unsubscribe(sids), None)

    def update_subscription(
        self,
        sid: int | Subscription,
        action: str,
        market_tickers: str | Sequence[str] | None = None,
        **params: Any,
    ) -> Ok:
        return self._run(self.client.update_subscription(sid, action, market_tickers, **params), None)

    def list_subscriptions(self) -> list[SubscriptionInfo]:
        return self._run(self.client.list_subscriptions(), None)

    def resync(self, market_ticker: str) -> None:
        self._loop.call_soon_threadsafe(self.client.resync, market_ticker)

    def recv(self, timeout: float | None = None) -> StreamItem:
        """The next message or status event (`TimeoutError` after `timeout` seconds)."""
        return self._run(self.client.recv(timeout), None)

    def stream(self, timeout: float | None = None) -> Iterator[StreamItem]:
        """Every message and status event until the client is closed; with `timeout`, raises
        `TimeoutError` when nothing arrives for that long."""
        while not self._closed:
            item = self._run(self.client._next(timeout), None)
            if item is END:
                return
            yield item  # type: ignore[misc]

    @property
    def subscriptions(self) -> list[Subscription]:
        return self.client.subscriptions


def _shut_down(
    loop: asyncio.AbstractEventLoop, thread: threading.Thread, client: KalshiWebSocket | None
) -> None:
    """Close `client` on `loop`, then stop the loop and its `thread`. Holds no reference to the
    blocking client, so that it can run when that client is collected or at interpreter exit."""
    if loop.is_closed():
        return
    if threading.current_thread() is thread:  # collected on its own loop: finish in the background
        if client is None:
            loop.stop()
        else:
            loop.create_task(client.close()).add_done_callback(lambda _: loop.stop())
        return
    try:
        if client is not None and thread.is_alive():
            asyncio.run_coroutine_threadsafe(client.close(), loop).result(30)
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(30)
        if not thread.is_alive():
            loop.close()
