"""Commands and their acknowledgements, without I/O: each command gets an id when it is sent and
waits for as many replies as it expects (`subscribed` per channel, `ok`, `unsubscribed`) or for an
`error`, until its deadline. A command the consumer gave while disconnected waits for the next
connection; one lost with its connection is sent again on the next (same deadline). The
client's own commands (snapshots, replays) are never sent again: they report `ConnectionLost`."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._subscription import Subscription
from .errors import CommandTimeout, WebSocketCommandError
from .messages import Command, ErrorReply, Message, Ok, Subscribed, Unsubscribed, encode_command

__all__ = ["Answered", "Commands", "ConnectionLost", "Outcome", "Pending", "Reply"]

Reply = Subscribed | Ok | ErrorReply | Unsubscribed
"""A reply to a command (of the event-contract dialect; the margin dialect's have the same shape)."""
Outcome = list[Message] | Exception
"""The replies to a command, or why it failed."""


class ConnectionLost(Exception):
    """The connection closed while a command waited for its reply."""


@dataclass(frozen=True)
class Answered:
    """A consumer's command was acknowledged: `value` is what the command returns."""

    value: object


@dataclass(eq=False)
class Pending:
    """A command waiting to be sent or for its replies."""

    command: str
    build: Callable[[int], Command]
    expected: int
    deadline: float
    timeout: float
    subscriptions: list[Subscription] = field(default_factory=list)
    then: Callable[[Outcome], None] | None = None
    """What the client does with the outcome of its own command; None for the consumer's."""
    result: Callable[[list[Message]], object] | None = None
    """What a consumer's command returns, made from its replies when they arrive."""
    replies: list[Message] = field(default_factory=list)
    cid: int | None = None

    @property
    def own(self) -> bool:
        return self.then is not None


class Commands:
    """Command ids, the frames to send, the commands waiting, and the outcomes of the consumer's."""

    def __init__(self, error_reply: type[Any] = ErrorReply) -> None:
        self._error_reply = error_reply
        self._ids = itertools.count(1)
        self._waiting: dict[int, Pending] = {}
        self._queued: list[Pending] = []
        self._outbox: list[bytes] = []
        self.outcomes: dict[Pending, Answered | Exception] = {}
        """Outcomes of the consumer's commands, until the consumer takes them."""

    def send(self, pending: Pending) -> None:
        """Give `pending` its id and put its frame in the outbox."""
        pending.cid = next(self._ids)
        pending.replies = []
        self._waiting[pending.cid] = pending
        self._outbox.append(encode_command(pending.build(pending.cid)))

    def queue(self, pending: Pending) -> None:
        """Hold `pending` until `send_queued` (the connection is not ready)."""
        self._queued.append(pending)

    def send_queued(self) -> None:
        queued, self._queued = self._queued, []
        for pending in queued:
            self.send(pending)

    @property
    def has_outgoing(self) -> bool:
        return bool(self._outbox)

    def take_outgoing(self) -> list[bytes]:
        """The frames to send now, in order."""
        frames, self._outbox = self._outbox, []
        return frames

    def waiting_for(self, cid: int | None) -> Pending | None:
        return self._waiting.get(cid) if cid is not None else None

    def acknowledge(self, pending: Pending, reply: Reply) -> None:
        """Count `reply` towards `pending`; an `error` fails the command at once."""
        if isinstance(reply, self._error_reply):
            err = reply.msg
            self.finish(
                pending,
                WebSocketCommandError(
                    err.code,
                    err.msg,
                    command=pending.command,
                    command_id=reply.id,
                    market_ticker=getattr(err, "market_ticker", None),
                ),
            )
            return
        pending.replies.append(reply)
        if len(pending.replies) >= pending.expected:
            self.finish(pending, pending.replies)

    def finish(self, pending: Pending, outcome: Outcome) -> None:
        if pending.cid is not None:
            self._waiting.pop(pending.cid, None)
        if pending in self._queued:
            self._queued.remove(pending)
        if pending.then is not None:
            pending.then(outcome)
        elif isinstance(outcome, Exception):
            self.outcomes[pending] = outcome
        else:
            self.outcomes[pending] = Answered(pending.result(outcome) if pending.result else outcome)

    def connection_lost(self, reason: str) -> None:
        """The consumer's unanswered commands wait for the next connection; the client's fail."""
        self._outbox.clear()
        waiting, self._waiting = self._waiting, {}
        for pending in waiting.values():
            if pending.own:
                self.finish(pending, ConnectionLost(reason))
            else:
                pending.cid = None
                self._queued.append(pending)

    def expire(self, now: float) -> None:
        """Fail every command whose deadline has passed with `CommandTimeout`."""
        for pending in [*self._waiting.values(), *self._queued]:
            if pending.deadline <= now:
                self.finish(
                    pending,
                    CommandTimeout(f"{pending.command}: no acknowledgement within {pending.timeout:g} s"),
                )

    def forget(self, pending: Pending) -> None:
        """Stop tracking `pending`: a late reply reaches the consumer like any message."""
        if pending.cid is not None:
            self._waiting.pop(pending.cid, None)
        if pending in self._queued:
            self._queued.remove(pending)
        self.outcomes.pop(pending, None)

    def fail_all(self, error: Exception) -> None:
        for pending in [*self._waiting.values(), *self._queued]:
            self.finish(pending, error)

    def next_deadline(self) -> float | None:
        deadlines = [p.deadline for p in (*self._waiting.values(), *self._queued)]
        return min(deadlines) if deadlines else None
