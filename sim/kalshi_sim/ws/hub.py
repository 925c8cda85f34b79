"""The WebSocket front: Kalshi's WebSocket at `/trade-api/ws/v2`.

The handshake is signed like a REST call (`ts + "GET" + "/trade-api/ws/v2"`); each connection's
commands are answered by `commands.py`, and the engine's events are fanned out to its
subscriptions (`messages.py`) through the connection's queue, written in batches.

Engine calls happen on the server's event loop thread under the venue's engine lock. Events from
engine calls made on another thread (a test driving the engine under the lock) wait until the loop
holds the lock, and go out before any later event, so every subscriber sees the engine's order.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
from collections.abc import Callable, Mapping

from starlette.responses import Response
from starlette.websockets import WebSocket, WebSocketDisconnect

from ..asgi import PROTOCOL_KEY, WS_PATH
from ..auth import ApiKey, AuthenticationError
from ..venue import Venue
from ..wire import encode
from .commands import Commands
from .messages import Fanout
from .registry import Registry
from .session import Session

__all__ = ["WsFront"]

LOG = logging.getLogger("kalshi_sim")


class WsFront:
    """The WebSocket side of one venue: connections, their commands, and the engine's events."""

    path = WS_PATH
    """Where it listens (and the path a connection signs)."""

    def __init__(self, venue: Venue) -> None:
        self.venue = venue
        self.registry = Registry()
        self.fanout = self.make_fanout()
        self.commands = self.make_commands()
        self.foreign: collections.deque[object] = collections.deque()
        venue.faults.on_ws_silence(self.silence_all_threadsafe)

    def make_fanout(self) -> Fanout:
        return Fanout(self.venue, registry=self.registry)

    def make_commands(self) -> Commands:
        return Commands(self.venue, self.registry, self.fanout)

    def authenticate(self, headers: Mapping[str, str]) -> ApiKey:
        """The key that signed the handshake; `AuthenticationError` saying why not."""
        return self.venue.authenticate(headers, "GET", self.path)

    @property
    def sessions(self) -> set[Session]:
        return self.registry.sessions

    async def endpoint(self, websocket: WebSocket) -> None:
        venue = self.venue
        if venue.loop is None:
            venue.bind_loop(asyncio.get_running_loop())
        try:
            api_key = self.authenticate(websocket.headers)
        except AuthenticationError as exc:
            body = {
                "error": {
                    "code": "authentication_error",
                    "message": "authentication_error",
                    "details": exc.details,
                }
            }
            await websocket.send_denial_response(_denial(encode(body)))
            return
        await websocket.accept()
        session = Session(websocket, api_key, venue.faults, self.registry.remove)
        self.registry.sessions.add(session)
        writer = asyncio.ensure_future(self._write(session))
        try:
            while not session.closed:
                try:
                    frame = await websocket.receive()
                except (WebSocketDisconnect, RuntimeError):
                    break
                if frame.get("type") == "websocket.disconnect":
                    break
                text = frame.get("text")
                if text is None:  # a binary frame: read as UTF-8 JSON; anything else gets error 1
                    text = (frame.get("bytes") or b"").decode("utf-8", errors="replace")
                self.commands.answer(session, text)
        finally:
            session.closed = True
            self.registry.close(session)
            session.queue.put_nowait(None)
            with contextlib.suppress(Exception):
                await writer

    async def _write(self, session: Session) -> None:
        websocket = session.websocket
        protocol = websocket.scope.get(PROTOCOL_KEY)
        send_texts = getattr(protocol, "send_texts", None)
        queue = session.queue
        while True:
            batch = [await queue.get()]
            while not queue.empty() and len(batch) < 512:
                batch.append(queue.get_nowait())
            ending = None in batch
            messages = [item for item in batch if item is not None]
            try:
                if send_texts is not None:
                    await send_texts(messages)
                else:
                    for item in messages:
                        await websocket.send_text(item.decode("utf-8"))
            except Exception:
                session.closed = True
                return
            if ending:
                return

    def drop_all_threadsafe(self) -> None:
        self._on_loop(self.drop_all)

    def _on_loop(self, act: Callable[[], None]) -> None:
        """`act()` on the server's loop, from any thread."""
        loop = self.venue.loop
        if loop is None:
            return
        if self.venue.on_loop_thread():
            act()
        else:
            loop.call_soon_threadsafe(act)

    def drop_all(self) -> None:
        for session in list(self.sessions):
            session.abort()

    def silence_all_threadsafe(self) -> None:
        """Make every open connection silent (see `Faults.ws_silence`), from any thread."""
        self._on_loop(self.silence_all)

    def silence_all(self) -> None:
        for session in list(self.sessions):
            session.silent = True

    def on_event(self, event: object) -> None:
        """The engine's listener: fan `event` out on the server's loop.

        Events from engine calls made on another thread (a test driving `ex.exchange` under
        `ex.lock`) wait in `foreign` until the loop holds the engine lock, and go out before any
        later event, so every subscriber sees the engine's order."""
        loop = self.venue.loop
        if loop is None or not self.sessions:
            return
        if self.venue.on_loop_thread():
            if self.foreign:
                self._drain_foreign()
            self.dispatch(event)
        else:
            self.foreign.append(event)
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._drain_foreign_soon)

    def _drain_foreign_soon(self) -> None:
        self.venue.run_locked_on_loop(self._drain_foreign)

    def _drain_foreign(self) -> None:
        while self.foreign:
            self.dispatch(self.foreign.popleft())

    def dispatch(self, event: object) -> None:
        """Turn one engine event into messages for the subscriptions that want it. A fault here
        is logged, never passed back into the engine's call."""
        try:
            self.fanout.send(event)
        except Exception:
            LOG.exception("could not stream %s", type(event).__name__)


def _denial(body: bytes) -> Response:
    return Response(body, status_code=401, media_type="application/json")
