"""`Announcer`: the exchange's events, delivered to its listeners once a call's state is whole.

A public call runs inside `transaction()`: events emitted meanwhile are queued and delivered, in
order, when the outermost call ends. Listeners are called synchronously; one that fails does not
starve the others, and the first failure is raised after all were called.

`EventAnnouncer` is generic in the events it carries: `Announcer` carries the event-contract
exchange's, and the margin exchange has its own (`margin/events.py`). A part both products share
takes an `Emitter` of just the events it emits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Generic, Protocol, TypeVar

from .events import ExchangeEvent

__all__ = ["Announcer", "Emitter", "EventAnnouncer", "Listener", "Transactional"]

E = TypeVar("E")
E_contra = TypeVar("E_contra", contravariant=True)


class Transactional(Protocol):
    """What a part needs to make one public call's events go out together."""

    def transaction(self) -> AbstractContextManager[None]: ...


class Emitter(Transactional, Protocol[E_contra]):
    """What a part needs to announce events of type `E_contra`."""

    @property
    def listening(self) -> bool: ...
    def emit(self, event: E_contra) -> None: ...


class EventAnnouncer(Generic[E]):
    """Queues the events of a call and delivers them when it ends."""

    def __init__(self) -> None:
        self._listeners: list[Callable[[E], None]] = []
        self._pending: list[E] = []
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

    def emit(self, event: E) -> None:
        if self._listeners:
            self._pending.append(event)

    def subscribe(self, listener: Callable[[E], None]) -> Callable[[], None]:
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


Announcer = EventAnnouncer[ExchangeEvent]
"""The event-contract exchange's announcer."""
Listener = Callable[[ExchangeEvent], None]
