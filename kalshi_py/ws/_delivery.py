"""The bounded queue between the connection and the consumer. Status events always get in; data
messages count against `max_queue`. Once the stream has ended, the consumer reads what is left
and then `END` (or the error that ended it)."""

from __future__ import annotations

import collections
from typing import Literal

from .errors import StreamOverflowError
from .messages import Message
from .status import StreamStatus

__all__ = ["END", "Delivery", "Overflow", "StreamItem"]

Overflow = Literal["raise", "resync"]
StreamItem = Message | StreamStatus

END = object()
"""What `Delivery.take` returns once the stream has ended and everything in it was read."""


class Delivery:
    """Stream items waiting for the consumer, in order."""

    def __init__(self, max_queue: int) -> None:
        self.max_queue = max_queue
        self._items: collections.deque[object] = collections.deque()
        self._data = 0
        self.ended = False
        self.error: BaseException | None = None
        """Why the stream ended, raised to the consumer once the items before it are read."""

    @property
    def full(self) -> bool:
        return self._data >= self.max_queue

    @property
    def caught_up(self) -> bool:
        """Whether the consumer has read at least half of a full queue since it overflowed."""
        return self._data <= self.max_queue // 2

    def __bool__(self) -> bool:
        """Whether the consumer has something to read (an item, the end, or the error)."""
        return bool(self._items) or self.ended or self.error is not None

    def message(self, message: Message) -> None:
        self._data += 1
        self._items.append(message)

    def status(self, status: StreamStatus) -> None:
        self._items.append(status)

    def point_of_loss(self, error: StreamOverflowError) -> None:
        """The consumer fell behind for good: it reads what came before, then `error`."""
        self._items.append(error)

    def end(self, error: BaseException | None = None) -> None:
        """No more items will come; `error` (if any) is raised once the queue is read."""
        self.ended = True
        if error is not None and self.error is None:
            self.error = error

    def take(self) -> object | None:
        """The next item, `END` after the last one, None while there is nothing yet. Raises the
        error that ended the stream once the items before it were read."""
        if self._items:
            item = self._items.popleft()
            if isinstance(item, StreamOverflowError):
                raise item
            if not isinstance(item, StreamStatus):
                self._data -= 1
            return item
        if self.error is not None:
            raise self.error
        return END if self.ended else None
