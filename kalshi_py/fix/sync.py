"""A blocking face of the FIX session types for scripts and notebooks: the asyncio session runs in
a background thread with its own event loop; every method waits for its result and every stream
is a plain iterator.

    with OrderEntrySession.sync(auth, environment="demo") as session:
        report = session.place("KXFED-26DEC-T4.00", "buy", 10, Decimal("0.35"))
        for report in session.executions():
            ...
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import SessionClosed

if TYPE_CHECKING:
    from .client import FixClient

__all__ = ["SyncFixClient"]

T = TypeVar("T")


class SyncFixClient:
    """The blocking version of a FIX session type (`OrderEntrySession.sync(...)` and the like):
    the same methods, attributes and streams, without `await`."""

    def __init__(self, cls: type[FixClient], *args: Any, **kwargs: Any) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="kalshi-fix-loop", daemon=True)
        self._thread.start()
        self._closed = False

        async def build() -> FixClient:
            return cls(*args, **kwargs)

        try:
            self.client = self._run(build())
        except BaseException:
            self._stop_loop()
            raise

    def __repr__(self) -> str:
        return f"SyncFixClient({self.client!r})"

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        if self._closed:
            coro.close()
            raise SessionClosed("the FIX session is closed")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    def __enter__(self) -> SyncFixClient:
        self.connect()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def connect(self) -> None:
        try:
            self._run(self.client.connect())
        except BaseException:
            self.close()
            raise

    def close(self, text: str | None = None) -> None:
        """Log out, close, and stop the background thread."""
        if self._closed:
            return
        try:
            asyncio.run_coroutine_threadsafe(self.client.close(text), self._loop).result(30)
        finally:
            self._closed = True
            self._stop_loop()

    def _stop_loop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(30)
        if not self._thread.is_alive():
            self._loop.close()

    def _iterate(self, stream: AsyncIterator[T], timeout: float | None) -> Iterator[T]:
        while not self._closed:
            try:
                item = self._run(asyncio.wait_for(anext(stream), timeout))
            except StopAsyncIteration:
                return
            yield item

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.client, name)
        if name in type(self.client).streams:
            return lambda timeout=None: self._iterate(attribute(), timeout)
        if inspect.iscoroutinefunction(attribute):
            return lambda *args, **kwargs: self._run(attribute(*args, **kwargs))
        if callable(attribute) and name in ("send",):
            return lambda *args, **kwargs: self._run(_call(attribute, *args, **kwargs))
        return attribute


async def _call(function: Any, *args: Any, **kwargs: Any) -> Any:
    return function(*args, **kwargs)
