"""Drop copy (KalshiDC): the account's execution reports replayed on request, by ExecID.

    async with DropCopySession(auth, environment="demo") as drop_copy:
        for report in await drop_copy.replay(begin_exec_id):
            ...

An `OrderEntrySession` given `drop_copy=` uses it to settle orders a disconnect left unknown.
Kalshi allows one live connection per API key: the drop-copy session needs its own key.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

from . import messages as M
from ._message import Message
from .client import FixClient
from .errors import EventResendRejected
from .session_types import SessionType

__all__ = ["DropCopySession"]


class DropCopySession(FixClient):
    """Replays of execution reports (EventResendRequest), and every report the session receives."""

    streams = ("messages", "executions")
    session_types = (SessionType.DROP_COPY,)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lock = asyncio.Lock()
        self._replayed: list[M.ExecutionReport] | None = None

    async def replay(
        self, begin_exec_id: str, end_exec_id: str | None = None, *, timeout: float = 30.0
    ) -> list[M.ExecutionReport]:
        """The execution reports from `begin_exec_id` (to `end_exec_id`), as the exchange replays
        them; raises `EventResendRejected` with its reason (too many requests, outside the
        window, ...)."""
        async with self._lock:
            self._replayed = []
            try:
                answer = await self.ask(
                    M.EventResendRequest(begin_exec_id=begin_exec_id, end_exec_id=end_exec_id),
                    lambda m: isinstance(m, (M.EventResendComplete, M.EventResendReject)),
                    timeout,
                )
                if isinstance(answer, M.EventResendReject):
                    reason = answer.event_resend_reject_reason
                    raise EventResendRejected(
                        f"drop copy replay from {begin_exec_id} refused (reason {reason})", answer
                    )
                return self._replayed
            finally:
                self._replayed = None

    def executions(self) -> AsyncIterator[M.ExecutionReport]:
        """Every execution report this session receives (replays included), in order."""
        return self._stream("executions")

    def _on_message(self, message: Message) -> None:
        if isinstance(message, M.ExecutionReport):
            if self._replayed is not None:
                self._replayed.append(message)
            self._publish("executions", message)
        super()._on_message(message)
