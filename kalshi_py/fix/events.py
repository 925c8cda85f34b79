"""What the session core tells the code that drives it, after each call.

`Session.receive_data`, `Session.on_timer` and `Session.connection_lost` return a list of these;
the bytes to write are taken with `Session.data_to_send()`. A connection driver adds its own
(`Reconnecting`, `SessionEnded`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ._message import Message
from .errors import FixError
from .messages import Logon

__all__ = [
    "ConnectionEvent",
    "Disconnect",
    "Event",
    "LoggedOn",
    "Notice",
    "Received",
    "Reconnecting",
    "SessionEnded",
]


@dataclass(frozen=True)
class LoggedOn:
    """The Logon exchange is complete: the counterparty's Logon (its answer, for an initiator;
    the one it sent, for an acceptor)."""

    logon: Logon


@dataclass(frozen=True)
class Received:
    """An application message (or a session-level Reject) received in sequence."""

    message: Message


@dataclass(frozen=True)
class Disconnect:
    """The session is over: write what is left to send, then close the connection. `error` says
    what went wrong, None for an orderly Logout."""

    reason: str
    error: FixError | None = None


@dataclass(frozen=True)
class Notice:
    """Something happened at the session level that the application may log: a gap and the
    ResendRequest sent for it, a retransmission answered, a message rejected, a duplicate
    ignored."""

    text: str


@dataclass(frozen=True)
class Reconnecting:
    """The connection driver will try again in `delay` seconds (attempt `attempt`)."""

    attempt: int
    delay: float
    reason: str


@dataclass(frozen=True)
class SessionEnded:
    """The connection driver stopped for good: closed by the caller (`error` None), a refused
    Logon, or reconnecting gave up."""

    error: FixError | None


Event = LoggedOn | Received | Disconnect | Notice
"""What the session core reports."""
ConnectionEvent = Event | Reconnecting | SessionEnded
"""What a connection driver reports: the session core's events and its own."""
