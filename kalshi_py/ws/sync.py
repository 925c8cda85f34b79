"""A blocking face of `KalshiWebSocket` for scripts and notebooks: the asyncio client runs in a
background thread with its own event loop; every method waits for its result."""

from __future__ import annotations

import asyncio
import threading
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
            self._stop_loop()
            raise

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
        try:
            asyncio.run_coroutine_threadsafe(self.client.close(), self._loop).result(30)
        finally:
            self._closed = True
            self._stop_loop()

    def _stop_loop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(30)
        if not self._thread.is_alive():
            self._loop.close()

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
