"""The machinery of a dead-man's switch, shared by `DeadMan` and `AsyncDeadMan`: a watchdog
thread that does every cancel, so that a bot whose own thread or event loop is stuck is still
covered; its heartbeat file; and the SIGTERM/SIGINT and interpreter-exit hooks.

Every cancel runs on the watchdog thread with a client of its own (its own connections), one at
a time: callers hand it a request and wait for its outcome, a signal handler only for a bounded
time. The switch is armed (watching), tripped (its orders canceled, new ones refused until
`reset`), or closed.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import contextlib
import logging
import os
import queue
import signal
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any, Literal

from ..api.order_groups import delete_order_group, reset_order_group
from ..client import Client
from ..errors import KalshiError
from .cancels import Cancellation, cancel_resting_orders
from .heartbeat import Heartbeat, write_heartbeat

__all__ = ["SIGNAL_WAIT", "Switch", "Trip", "TripKind"]

logger = logging.getLogger("kalshi_py.safety")

SIGNAL_WAIT = 20.0
"""Seconds a signal handler or the exit hook waits for the cancels before letting the bot go."""

TripKind = Literal["timeout", "signal", "exit", "feed", "trip"]


@dataclass(frozen=True)
class Trip:
    """One time the switch canceled the bot's orders: why (`kind`, and `reason` in words), when
    (Unix seconds), and what the cancels did."""

    kind: TripKind
    reason: str
    at: float
    cancellation: Cancellation


@dataclass
class _Request:
    action: Literal["trip", "close", "reset"]
    kind: TripKind
    reason: str
    done: concurrent.futures.Future[Any]


class Switch:
    """The watchdog thread and hooks of one dead-man's switch."""

    def __init__(
        self,
        client: Client,
        *,
        timeout: float | None,
        subaccount: int,
        heartbeat: str | os.PathLike[str] | None,
        on_trip: Callable[[Trip], object] | None,
    ) -> None:
        if timeout is not None and timeout <= 0:
            raise ValueError(f"timeout must be positive seconds (or None), got {timeout}")
        self.timeout = timeout
        self.subaccount = subaccount
        self.heartbeat_path = Path(heartbeat) if heartbeat is not None else None
        self.on_trip = on_trip
        self.client = client.with_headers({})  # connections of its own
        self.order_group_id: str | None = None
        self.state: Literal["new", "armed", "tripped", "closed"] = "new"
        self.trips: list[Trip] = []
        self.last_alive = time.monotonic()
        self._tick = 0.25 if timeout is None else min(0.25, timeout / 4)
        self._requests: queue.Queue[_Request] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._previous: dict[int, Any] = {}

    # --- life ------------------------------------------------------------------------------------

    def arm(self, order_group_id: str | None, *, signals: bool) -> None:
        """Start watching: the watchdog thread, the heartbeat, the signal and exit hooks."""
        self.order_group_id = order_group_id
        self.last_alive = time.monotonic()
        self.state = "armed"
        self._write_heartbeat()
        self._thread = threading.Thread(target=self._run, name="kalshi-deadman", daemon=True)
        self._thread.start()
        if signals and threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGTERM, signal.SIGINT):
                self._previous[signum] = signal.signal(signum, self._on_signal)
        atexit.register(self._at_exit)

    def join(self, timeout: float) -> None:
        """Wait for the watchdog thread to end (after a close)."""
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def request(
        self, action: Literal["trip", "close", "reset"], kind: TripKind, reason: str
    ) -> concurrent.futures.Future[Any]:
        """Ask the watchdog thread for `action`; the future holds its outcome."""
        done: concurrent.futures.Future[Any] = concurrent.futures.Future()
        if self._thread is None or not self._thread.is_alive():
            if action == "close" and self.state in ("new", "closed"):
                done.set_result(None)
                return done
            if self.state == "new":
                done.set_exception(RuntimeError("the dead-man's switch is not started"))
                return done
            self._perform(_Request(action, kind, reason, done))  # the thread is gone: do it here
            return done
        self._requests.put(_Request(action, kind, reason, done))
        return done

    def _run(self) -> None:
        while self.state != "closed":
            try:
                request: _Request | None = self._requests.get(timeout=self._tick)
            except queue.Empty:
                request = None
            if request is not None:
                self._perform(request)
                continue
            if (
                self.state == "armed"
                and self.timeout is not None
                and time.monotonic() - self.last_alive > self.timeout
            ):
                idle = time.monotonic() - self.last_alive
                self._trip("timeout", f"alive() was not called for {idle:.1f} s (timeout {self.timeout:g} s)")
            self._write_heartbeat()

    def _perform(self, request: _Request) -> None:
        try:
            if request.action == "trip":
                result: Any = self._trip(request.kind, request.reason)
            elif request.action == "reset":
                self._reset()
                result = None
            else:
                result = self._close()
        except BaseException as exc:
            request.done.set_exception(exc)
        else:
            request.done.set_result(result)

    # --- what the thread does --------------------------------------------------------------------

    def _cancel(self) -> Cancellation:
        return cancel_resting_orders(
            self.client, subaccount=self.subaccount, order_group_id=self.order_group_id
        )

    def _trip(self, kind: TripKind, reason: str) -> Trip:
        if self.state == "closed":
            raise RuntimeError("the dead-man's switch is closed")
        cancellation = self._cancel()
        trip = Trip(kind, reason, time.time(), cancellation)
        self.trips.append(trip)
        self.state = "tripped"
        self._write_heartbeat()
        logger.warning(
            "dead-man's switch tripped (%s): %d order(s) canceled, %d still resting",
            reason,
            len(cancellation.canceled),
            len(cancellation.still_resting),
        )
        if self.on_trip is not None:
            try:
                self.on_trip(trip)
            except Exception:
                logger.exception("the dead-man's switch's on_trip callback failed")
        return trip

    def _reset(self) -> None:
        if self.state == "closed":
            raise RuntimeError("the dead-man's switch is closed")
        if self.order_group_id is not None:
            reset_order_group.sync(
                client=self.client, order_group_id=self.order_group_id, subaccount=self.subaccount
            )
        self.last_alive = time.monotonic()
        self.state = "armed"
        self._write_heartbeat()

    def _close(self) -> Cancellation | None:
        if self.state in ("new", "closed"):
            return None
        cancellation = self._cancel()
        if self.order_group_id is not None:
            try:
                delete_order_group.sync(
                    client=self.client, order_group_id=self.order_group_id, subaccount=self.subaccount
                )
            except KalshiError as exc:
                cancellation.errors.append(f"deleting order group {self.order_group_id} failed: {exc}")
        self.state = "closed"
        self._write_heartbeat()
        self.client.close()
        return cancellation

    def _write_heartbeat(self) -> None:
        if self.heartbeat_path is None:
            return
        now = time.time()
        heartbeat = Heartbeat(
            pid=os.getpid(),
            host=socket.gethostname(),
            alive_at=now - (time.monotonic() - self.last_alive),
            written_at=now,
            timeout=self.timeout,
            subaccount=self.subaccount,
            order_group_id=self.order_group_id,
            state="closed" if self.state == "closed" else "tripped" if self.state == "tripped" else "running",
        )
        try:
            write_heartbeat(self.heartbeat_path, heartbeat)
        except OSError as exc:
            logger.warning("could not write the heartbeat file %s: %s", self.heartbeat_path, exc)

    # --- hooks -----------------------------------------------------------------------------------

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        if self.state == "armed":
            done = self.request("trip", "signal", f"the process received {name}")
            with contextlib.suppress(Exception):
                done.result(timeout=SIGNAL_WAIT)
        previous = self._previous.get(signum, signal.SIG_DFL)
        if callable(previous):
            previous(signum, frame)
        elif previous == signal.SIG_DFL:
            if signum == signal.SIGINT:
                raise KeyboardInterrupt
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)

    def _at_exit(self) -> None:
        if self.state in ("armed", "tripped"):
            if self.state == "armed":
                done = self.request("trip", "exit", "the interpreter is exiting")
                with contextlib.suppress(Exception):
                    done.result(timeout=SIGNAL_WAIT)
            closing = self.request("close", "exit", "the interpreter is exiting")
            with contextlib.suppress(Exception):
                closing.result(timeout=SIGNAL_WAIT)
        self.unhook()

    def unhook(self) -> None:
        """Take the exit hook and (from the main thread) the signal handlers away again."""
        atexit.unregister(self._at_exit)
        if threading.current_thread() is not threading.main_thread():
            return  # signal handlers can be changed from the main thread only: they stay, inert
        for signum, previous in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                if signal.getsignal(signum) == self._on_signal:
                    signal.signal(signum, previous)
        self._previous.clear()
