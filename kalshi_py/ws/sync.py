"""A blocking face of the WebSocket client for scripts and notebooks, driven by threads (no event
loop): the same protocol as `KalshiWebSocket`, so the same items, the same rules and the same
errors, raised in the calling thread. A client that is never closed is closed when it is
garbage-collected, or at the latest when the interpreter exits: its connection ends with a
close frame and its threads stop."""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, cast

from ._delivery import END, StreamItem
from ._dialect import EVENT_CONTRACTS, Dialect
from ._protocol import Protocol
from ._settings import Settings
from ._subscription import Subscription
from ._sync_driver import ThreadingDriver
from .errors import WebSocketClosed
from .messages import Ok, SubscriptionInfo

__all__ = ["SyncKalshiWebSocket"]


class SyncKalshiWebSocket:
    """`KalshiWebSocket` with blocking methods (same arguments); use as a context manager:

    with KalshiWebSocket.sync(auth, environment="demo") as ws:
        ws.subscribe(["ticker"])
        for item in ws.stream():
            print(item)
    """

    dialect: Dialect = EVENT_CONTRACTS
    """The API this client speaks (`kalshi_py.margin.ws.SyncMarginWebSocket` speaks margin's)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.settings = Settings.build(*args, dialect=self.dialect, **kwargs)
        self._protocol = Protocol.of(self.settings)
        self._driver = ThreadingDriver(self.settings, self._protocol)
        self._finalizer = weakref.finalize(self, self._driver.close)

    @property
    def url(self) -> str:
        return self.settings.url

    @property
    def connections(self) -> int:
        """How many connections were established so far (1 + reconnects)."""
        return self._driver.backoff.connections

    def __enter__(self) -> SyncKalshiWebSocket:
        self.connect()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def connect(self) -> None:
        """Open the connection (raises if the first attempt fails) and start the reader thread."""
        try:
            self._driver.connect()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Close the connection and stop the threads; pending commands fail with `WebSocketClosed`."""
        self._finalizer()

    @property
    def subscriptions(self) -> list[Subscription]:
        """The active subscriptions."""
        return self._driver.locked(lambda: self._protocol.subscriptions.active)

    def resolve_sid(self, sid: int) -> int | None:
        """The current sid of the subscription that had `sid` on an earlier connection."""
        sub = self._driver.locked(self._protocol.subscriptions.find, sid)
        return sub.sid if sub is not None and sub.active else None

    # --- commands --------------------------------------------------------------------------------

    def subscribe(
        self,
        channels: str | Sequence[str],
        market_tickers: str | Sequence[str] | None = None,
        *,
        timeout: float | None = None,
        **params: Any,
    ) -> list[Subscription]:
        """See `KalshiWebSocket.subscribe`."""
        request = self._protocol.requests.subscribe
        pending = self._driver.locked(request, channels, market_tickers, params, timeout)
        return cast(list[Subscription], self._driver.call(pending))

    def unsubscribe(
        self, sids: int | Subscription | Iterable[int | Subscription], *, timeout: float | None = None
    ) -> None:
        """See `KalshiWebSocket.unsubscribe`."""
        self._driver.call(self._driver.locked(self._protocol.requests.unsubscribe, sids, timeout))

    def update_subscription(
        self,
        sid: int | Subscription,
        action: str,
        market_tickers: str | Sequence[str] | None = None,
        *,
        timeout: float | None = None,
        **params: Any,
    ) -> Ok:
        """See `KalshiWebSocket.update_subscription`."""
        request = self._protocol.requests.update_subscription
        pending = self._driver.locked(request, sid, action, market_tickers, params, timeout)
        return cast(Ok, self._driver.call(pending))

    def list_subscriptions(self, *, timeout: float | None = None) -> list[SubscriptionInfo]:
        """See `KalshiWebSocket.list_subscriptions`."""
        pending = self._driver.locked(self._protocol.requests.list_subscriptions, timeout)
        return cast(list[SubscriptionInfo], self._driver.call(pending))

    def resync(self, market_ticker: str) -> None:
        """See `KalshiWebSocket.resync` (raises `ValueError` here, in the calling thread)."""
        self._driver.locked(self._protocol.requests.resync, market_ticker)

    def reconnect(self, reason: str = "asked to reconnect") -> None:
        """See `KalshiWebSocket.reconnect`."""
        self._driver.locked(self._protocol.close_connection, reason)

    # --- the stream ------------------------------------------------------------------------------

    def recv(self, timeout: float | None = None) -> StreamItem:
        """The next message or status event; raises `WebSocketClosed` once the stream has ended,
        `TimeoutError` if nothing arrives within `timeout` seconds."""
        item = self._driver.next_item(timeout)
        if item is END:
            raise WebSocketClosed("the WebSocket client is closed")
        return cast(StreamItem, item)

    def stream(self, timeout: float | None = None) -> Iterator[StreamItem]:
        """Every message and status event until the client is closed; with `timeout`, raises
        `TimeoutError` when nothing arrives for that long."""
        while True:
            item = self._driver.next_item(timeout)
            if item is END:
                return
            yield cast(StreamItem, item)
