"""A `Session` on an asyncio transport: bytes in, events out, timers armed. Used by both roles
(the reconnecting client connection and the acceptor's server)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import cast

from ._message import Message
from .errors import FixConnectionError, SessionClosed
from .events import Disconnect, Event, LoggedOn
from .session import Session

__all__ = ["SessionProtocol"]


class SessionProtocol(asyncio.Protocol):
    """Feeds a session from a connection and writes what it answers. `on_event` is called, in
    order, with every event; `logged_on` and `closed` complete with the session's Logon and end."""

    def __init__(self, session: Session, on_event: Callable[[SessionProtocol, Event], None]) -> None:
        self.session = session
        self.on_event = on_event
        loop = asyncio.get_running_loop()
        self._loop = loop
        self.transport: asyncio.Transport | None = None
        self.logged_on: asyncio.Future[LoggedOn] = loop.create_future()
        self.closed: asyncio.Future[Disconnect] = loop.create_future()
        self._timer: asyncio.TimerHandle | None = None
        self._timer_at = 0.0
        self._holding = False  # while the messages of one read are handled: one write at the end

    @property
    def peer(self) -> str:
        if self.transport is None:
            return "?"
        address = self.transport.get_extra_info("peername")
        return f"{address[0]}:{address[1]}" if isinstance(address, tuple) else str(address)

    # --- asyncio ----------------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport = cast(asyncio.Transport, transport)  # uvloop's transports are not asyncio's classes
        self.transport = transport
        self.session.connection_made()
        self._flush()

    def data_received(self, data: bytes) -> None:
        self._handle(self.session.receive_data(data))

    def eof_received(self) -> bool | None:
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None
        if self._timer is not None:
            self._timer.cancel()
        events = self.session.connection_lost()
        self._handle(events)
        if not self.closed.done():
            error = FixConnectionError(
                f"the connection was lost: {exc}" if exc else "the connection was closed"
            )
            self._finish(Disconnect("the connection was lost", error))

    # --- sending ----------------------------------------------------------------------------------

    def send(self, message: Message) -> int:
        """Send an application message now; returns its MsgSeqNum."""
        if self.transport is None or self.transport.is_closing():
            raise SessionClosed("the FIX connection is closed")
        seq = self.session.send(message)
        if not self._holding:
            self._flush()
        return seq

    def logout(self, text: str | None = None) -> None:
        self.session.logout(text)
        self._flush()

    def abort(self) -> None:
        """Drop the connection without a Logout."""
        if self.transport is not None:
            self.transport.abort()

    # --- fault switches (an acceptor testing its counterparties) ----------------------------------

    def skip_sequence_numbers(self, count: int) -> None:
        """Leave the next `count` MsgSeqNums unused: the counterparty sees a gap."""
        self.session.skip_sequence_numbers(count)

    def send_duplicate(self, seq: int) -> bool:
        """Send message `seq` again now, with PossDupFlag=Y (see `Session.send_duplicate`)."""
        sent = self.session.send_duplicate(seq)
        self._flush()
        return sent

    def delay_heartbeats(self, seconds: float) -> None:
        """Send no Heartbeat for `seconds`, TestRequest answers included (`Session.delay_heartbeats`)."""
        self.session.delay_heartbeats(seconds)
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self._arm()

    # --- the session's answers ------------------------------------------------------------------

    def _flush(self) -> None:
        data = self.session.data_to_send()
        if data and self.transport is not None and not self.transport.is_closing():
            self.transport.write(data)
        self._arm()

    def _handle(self, events: list[Event]) -> None:
        """Pass `events` on; what the session and `on_event` send meanwhile is written in one go
        at the end (an answer and the reports it causes leave in one segment)."""
        holding, self._holding = self._holding, True
        try:
            for event in events:
                if isinstance(event, LoggedOn) and not self.logged_on.done():
                    self.logged_on.set_result(event)
                try:
                    self.on_event(self, event)
                finally:
                    if isinstance(event, Disconnect):
                        self._flush()  # a Logout or Reject queued before the close
                        self._finish(event)
        finally:
            self._holding = holding
            self._flush()

    def _finish(self, event: Disconnect) -> None:
        if not self.logged_on.done():
            self.logged_on.set_exception(event.error or SessionClosed(event.reason))
            self.logged_on.exception()  # retrieved: a failed Logon is reported through `closed` too
        if not self.closed.done():
            self.closed.set_result(event)
        if self.transport is not None:
            self.transport.close()  # after what was queued (a Logout, a Reject) is written

    def _arm(self) -> None:
        when = self.session.next_timer()
        if when is None:
            return
        if self._timer is not None and not self._timer.cancelled() and self._timer_at <= when:
            return
        if self._timer is not None:
            self._timer.cancel()
        self._timer_at = when
        self._timer = self._loop.call_at(self._loop.time() + max(0.0, when - self.session.now()), self._fire)

    def _fire(self) -> None:
        self._timer = None
        self._handle(self.session.on_timer())
