"""What the session core tells the code that drives it, after each call.

`Session.receive_data`, `Session.on_timer` and `Session.connection_lost` return a list of these;
the bytes to write are taken with `Session.data_to_send()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._message import Message
from .errors import FixError
from .messages import Logon

__all__ = ["Disconnect", "Event", "LoggedOn", "Notice", "Received"]


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


Event = LoggedOn | Received | Disconnect | Notice
