"""Commands and their acknowledgements: each command gets an id, is sent, and waits for as many
replies as it expects (`subscribed` per channel, `ok`, `unsubscribed`) or for an `error`, within
`command_timeout`. A command sent while disconnected waits for the next connection."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable

from websockets.exceptions import ConnectionClosed

from ._state import ClientState
from ._subscription import Subscription
from .errors import CommandTimeout, WebSocketClosed, WebSocketCommandError
from .messages import Command, ErrorReply, Message, Ok, Subscribed, Unsubscribed, encode_command

__all__ = ["Acks", "ConnectionLost", "Pending"]

Reply = Subscribed | Ok | ErrorReply | Unsubscribed


class ConnectionLost(Exception):
    """The connection closed while a command waited for its reply."""


class Pending:
    """A command waiting for its replies."""

    __slots__ = ("command", "expected", "future", "replies", "subscriptions")

    def __init__(self, command: str, expected: int, future: asyncio.Future[list[Message]]) -> None:
        self.command = command
        self.expected = expected
        self.future = future
        self.replies: list[Message] = []
        self.subscriptions: list[Subscription] = []


class Acks(ClientState):
    """Sending commands and matching the replies to them."""

    def __init__(self) -> None:
        super().__init__()
        self._pending: dict[int, Pending] = {}
        self._ids = itertools.count(1)

    async def _call(
        self,
        command: str,
        build: Callable[[int], Command],
        *,
        expected: int,
        subscriptions: list[Subscription] | None = None,
        timeout: float | None = None,
        on_current_connection: bool = False,
    ) -> list[Message]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (timeout or self.command_timeout)
        while True:
            if self._fatal is not None or self._closing:
                raise WebSocketClosed("the WebSocket client is closed") from self._fatal
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise self._timed_out(command, timeout)
            if not on_current_connection and not self._connected.is_set():
                try:
                    await asyncio.wait_for(self._connected.wait(), remaining)
                except (asyncio.TimeoutError, TimeoutError):
                    continue
            ws = self._ws
            if ws is None:
                raise WebSocketClosed("the WebSocket client is not connected")
            cid = next(self._ids)
            pending = Pending(command, expected, loop.create_future())
            pending.subscriptions = list(subscriptions or ())
            self._pending[cid] = pending
            try:
                await ws.send(encode_command(build(cid)), text=True)
                return await asyncio.wait_for(pending.future, deadline - loop.time())
            except (ConnectionLost, ConnectionClosed) as exc:
                if on_current_connection:
                    raise ConnectionLost(str(exc)) from None
                continue
            except (asyncio.TimeoutError, TimeoutError):
                raise self._timed_out(command, timeout) from None
            finally:
                self._pending.pop(cid, None)

    def _timed_out(self, command: str, timeout: float | None) -> CommandTimeout:
        return CommandTimeout(f"{command}: no acknowledgement within {timeout or self.command_timeout} s")

    def _acknowledge(self, pending: Pending, reply: Reply) -> None:
        """Count `reply` towards `pending`; an `error` fails the command at once."""
        if isinstance(reply, ErrorReply):
            err = reply.msg
            if not pending.future.done():
                pending.future.set_exception(
                    WebSocketCommandError(
                        err.code,
                        err.msg,
                        command=pending.command,
                        command_id=reply.id,
                        market_ticker=err.market_ticker,
                    )
                )
            return
        pending.replies.append(reply)
        if len(pending.replies) >= pending.expected and not pending.future.done():
            pending.future.set_result(pending.replies)

    def _fail_pending(self, exc: BaseException) -> None:
        pending, self._pending = self._pending, {}
        for entry in pending.values():
            if not entry.future.done():
                entry.future.set_exception(exc)

    def _set_fatal(self, exc: BaseException) -> None:
        """Stop the client: the stream ends with `exc` and waiting commands fail."""
        if self._fatal is None:
            self._fatal = exc
        self._fail_pending(WebSocketClosed(f"the WebSocket client stopped: {exc}"))
        self._readable.set()
