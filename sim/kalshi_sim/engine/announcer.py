"""`Announcer`: the exchange's events, delivered to its listeners once a call's state is whole.

A public call runs inside `transaction()`: events emitted meanwhile are queued and delivered, in
order, when the outermost call ends. Listeners are called synchronously; one that fails does not
starve the others, and the first failure is raised after all were called.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from .events import ExchangeEvent

__all__ = ["Announcer", "Listener"]

Listener = Callable[[ExchangeEvent], None]


class Announcer:
    """Queues the events of a call and delivers them when it ends."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._pending: list[ExchangeEvent] = []
        self._depth = 0

    @property
    def listening(self) -> bool:
        """Whether anyone listens: events are built only then (a catalogue being built has no one)."""
        return bool(self._listeners)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Collect events during one public call and deliver them when its state is whole."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._flush()

    def emit(self, event: ExchangeEvent) -> None:
        if self._listeners:
            self._pending.append(event)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` with every event from now on; returns the function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _flush(self) -> None:
        first_error: BaseException | None = None
        while self._pending:
            batch, self._pending = self._pending, []
            for event in batch:
                for listener in list(self._listeners):
                    try:
                        listener(event)
                    except Exception as error:  # a faulty listener must not starve the others
                        first_error = first_error or error
        if first_error is not None:
            raise first_error
