"""The bounded queue between the connection and the consumer. Status events always get in;
messages count against `max_queue`. When it is full, `overflow="raise"` ends the stream with
`StreamOverflowError` once the consumer reaches the point of loss; `overflow="resync"` drops the
message, holds back the order books concerned and heals them when the consumer has caught up."""

from __future__ import annotations

import asyncio
import collections

from ._state import END, Callback
from ._subscription import Subscription
from ._subscriptions import Subscriptions
from .errors import StreamOverflowError
from .messages import Message, OrderbookDelta, OrderbookSnapshot
from .status import StatusKind, StreamStatus

__all__ = ["Stream"]


class Stream(Subscriptions):
    """Delivery of messages and status events to the consumer, in order."""

    def __init__(self) -> None:
        super().__init__()
        self._data_in_queue = 0
        self._overflowed: StreamOverflowError | None = None
        self._overflow_dropped = 0
        self._overflow_markets: dict[int, set[str]] = {}
        self._callbacks: dict[str, list[Callback]] = collections.defaultdict(list)

    def _deliver(self, message: Message, sub: Subscription | None) -> None:
        if self._overflowed is not None:
            return
        if self._data_in_queue >= self.max_queue:
            self._on_overflow(message, sub)
            return
        self._data_in_queue += 1
        self._queue.append(message)
        self._readable.set()

    def _on_overflow(self, message: Message, sub: Subscription | None) -> None:
        if self.overflow == "raise":
            self._overflowed = StreamOverflowError(
                f"the consumer fell behind: {self.max_queue} messages were waiting when a "
                f"{message.type!r} message arrived (overflow='raise'); read faster, raise max_queue, "
                "or use overflow='resync'"
            )
            self._enqueue(self._overflowed)
            if self._ws is not None:
                self._spawn(self._ws.close(code=1008, reason="consumer overflow"))
            self._set_fatal(self._overflowed)
            return
        self._overflow_dropped += 1
        if sub is not None and sub.is_orderbook and isinstance(message, (OrderbookDelta, OrderbookSnapshot)):
            ticker = message.msg.market_ticker
            sub.awaiting.add(ticker)
            if isinstance(message, OrderbookSnapshot):
                sub.healing.discard(ticker)
            self._overflow_markets.setdefault(id(sub), set()).add(ticker)

    def _after_consume(self) -> None:
        if not self._overflow_dropped or self._data_in_queue > self.max_queue // 2:
            return
        dropped, self._overflow_dropped = self._overflow_dropped, 0
        marked, self._overflow_markets = self._overflow_markets, {}
        tickers = sorted(set().union(*marked.values())) if marked else []
        self._enqueue(StreamStatus(kind=StatusKind.OVERFLOW, dropped=dropped, market_tickers=tuple(tickers)))
        for sub in self._subscriptions:
            if id(sub) in marked and sub.active:
                self._heal(sub, marked[id(sub)])

    async def _next(self, timeout: float | None = None) -> object:
        """The next stream item, or `END` once the stream has ended."""
        while True:
            if self._queue:
                item = self._queue.popleft()
                if isinstance(item, StreamOverflowError):
                    raise item
                if not isinstance(item, StreamStatus):
                    self._data_in_queue -= 1
                    self._after_consume()
                return item
            if self._fatal is not None:
                raise self._fatal
            if self._closing:
                return END
            self._readable.clear()
            if timeout is None:
                await self._readable.wait()
            else:
                try:
                    await asyncio.wait_for(self._readable.wait(), timeout)
                except (asyncio.TimeoutError, TimeoutError):
                    raise TimeoutError(f"no WebSocket message within {timeout} s") from None
