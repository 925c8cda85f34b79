"""`ReplayExchange`: a recording played back by the local exchange on loopback, REST and
WebSocket, for a bot to trade against with the code it runs live.

    with ReplayExchange("recording/", speed=None, settle=0.05) as ex, ex.client() as client:
        ...                                  # the bot: ex.rest_url, ex.ws_url, like LocalExchange
        ex.wait()                            # until the tape has played out
        print(ex.report(user_id).summary())

The tape starts with the first WebSocket subscription. `speed` is how many times faster than
recorded it plays (1, 10, ...), or None for as fast as it can. `settle`, given, plays in lock
step with the bot: after each instant that sent frames, the tape waits until every frame was
written, no REST request is in flight, and nothing has arrived for `settle` seconds, so a bot
that answers within `settle` sees its orders placed at the instant it reacted to, and the same
recording and seed give the same fills. With `settle=None` the tape does not wait for the bot
(only for slow readers: a connection more than `MAX_BACKLOG` frames behind).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
import time
from typing import Any

from starlette.types import Receive, Scope, Send

from ..app import ExchangeApp
from ..harness.local import LocalExchange
from ..venue import Venue
from ..ws import WsFront
from .front import ReplayWsFront
from .player import Replay
from .report import BacktestReport
from .tape import Tape

__all__ = ["MAX_BACKLOG", "ReplayExchange"]

MAX_BACKLOG = 20_000
"""Frames queued for one connection before the tape waits for it."""
BATCH = 512
"""Frames played between two yields to the server's loop, at full speed."""


class _ReplayApp(ExchangeApp):
    """The local exchange's fronts over a replay, and the task that plays its tape."""

    def __init__(self, venue: Venue, owner: ReplayExchange) -> None:
        self.owner = owner
        self.busy = 0
        self.quiet_since = time.monotonic()
        self._started: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        super().__init__(venue)

    def _ws_front(self, venue: Venue) -> WsFront:
        return ReplayWsFront(venue, self.owner.replay, self._on_subscribe)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan" and self._task is None:
            self._started = asyncio.Event()
            self._task = asyncio.ensure_future(self._play())
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        self.busy += 1
        try:
            await super().__call__(scope, receive, send)
        finally:
            self.busy -= 1
            self.quiet_since = time.monotonic()

    def close(self) -> None:
        super().close()
        if self._task is not None and self.venue.loop is not None:
            with contextlib.suppress(RuntimeError):
                self.venue.loop.call_soon_threadsafe(self._task.cancel)

    def _on_subscribe(self) -> None:
        self.quiet_since = time.monotonic()
        if self._started is not None:
            self._started.set()

    async def _quiet(self, settle: float) -> None:
        """Until every frame is written, no request is in flight and none came for `settle` s."""
        assert isinstance(self.ws, ReplayWsFront)
        self.quiet_since = time.monotonic()
        while True:
            now = time.monotonic()
            if self.busy or self.ws.backlog():
                self.quiet_since = now
            elif now - self.quiet_since >= settle:
                return
            await asyncio.sleep(min(settle / 4, 0.002))

    async def _play(self) -> None:
        owner, replay = self.owner, self.owner.replay
        ws = self.ws
        assert isinstance(ws, ReplayWsFront)
        assert self._started is not None
        await self._started.wait()
        await self._quiet(max(owner.settle or 0.0, 0.05))  # the bot's other subscriptions
        loop = asyncio.get_running_loop()
        frames = replay.tape.frames
        start_wall, start_ns = loop.time(), replay.tape.start_ns
        lock = self.venue.engine_lock
        try:
            while not replay.finished:
                next_ns = frames[replay.position].recv_ns
                if owner.speed is not None:
                    due = start_wall + (next_ns - start_ns) / 1e9 / owner.speed
                    if due > loop.time():
                        await asyncio.sleep(due - loop.time())
                before = ws.delivered
                with lock:
                    if owner.settle is not None:
                        replay.run_until(next_ns)  # one instant
                    elif owner.speed is not None:  # every frame due by now
                        elapsed = (loop.time() - start_wall) * owner.speed
                        replay.run_until(max(next_ns, start_ns + int(elapsed * 1e9)))
                    else:
                        for _ in range(BATCH):
                            if replay.step() is None:
                                break
                if owner.settle is not None and ws.delivered != before:
                    await self._quiet(owner.settle)
                elif ws.backlog() > MAX_BACKLOG:
                    while ws.backlog() > MAX_BACKLOG // 4:
                        await asyncio.sleep(0.001)
                else:
                    await asyncio.sleep(0)
            await self._quiet(owner.settle or 0.0)
        finally:
            owner.finished.set()
        for session in list(ws.sessions):  # the end of the recording: connections close
            session.closed = True
            session.queue.put_nowait(None)
            with contextlib.suppress(Exception):
                await session.websocket.close(code=1000, reason="end of the recording")


class ReplayExchange(LocalExchange):
    """The local exchange playing the recording at `dataset` (see the module docstring);
    `seed` seeds its engine. Other options are `LocalExchange`'s."""

    def __init__(
        self,
        dataset: str | os.PathLike[str] | Tape,
        *,
        speed: float | None = None,
        settle: float | None = 0.05,
        seed: int = 1,
        **options: Any,
    ) -> None:
        if speed is not None and speed <= 0:
            raise ValueError(f"speed must be positive (or None for as fast as possible), got {speed}")
        if settle is not None and settle < 0:
            raise ValueError(f"settle must not be negative, got {settle}")
        tape = dataset if isinstance(dataset, Tape) else Tape.load(dataset)
        self.replay = Replay(tape, seed=seed)
        self.speed = speed
        self.settle = settle
        self.finished = threading.Event()
        """Set once the tape has played out."""
        options.setdefault("fix", False)
        super().__init__(seed=seed, exchange=self.replay.exchange, **options)

    def _make_app(self, venue: Venue) -> ExchangeApp:
        return _ReplayApp(venue, self)

    def __enter__(self) -> ReplayExchange:
        self.start()
        return self

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the tape has played out; whether it has."""
        return self.finished.wait(timeout)

    def report(self, user_id: str) -> BacktestReport:
        """The backtest report of the account `user_id` (`ex.client()` made it: its
        credentials' `user_id`)."""
        with self.lock:
            return self.replay.report(user_id)
