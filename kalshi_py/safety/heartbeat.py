"""The heartbeat file a `DeadMan` writes and `kalshi deadman` watches.

The bot's dead-man's switch rewrites the file a few times a second (atomically: a new file
renamed over the old one, readable by its owner only) with its process id and host, when the bot
last called `alive()`, how long it may go without, and what to cancel: its order group and
subaccount. No key or secret is in it.

`HeartbeatWatch` decides, from the latest heartbeat, whether the bot is gone: its process ended
(when it runs on the same host), its last `alive()` is older than the timeout, or it closed.
"""

from __future__ import annotations

import contextlib
import os
import socket
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import msgspec

__all__ = [
    "Heartbeat",
    "HeartbeatError",
    "HeartbeatWatch",
    "process_ended",
    "read_heartbeat",
    "write_heartbeat",
]

State = Literal["running", "tripped", "closed"]


class HeartbeatError(ValueError):
    """A heartbeat file that is not one (names the file and what is wrong)."""


class Heartbeat(msgspec.Struct, kw_only=True, frozen=True):
    """One heartbeat of a bot (wall-clock times in Unix seconds)."""

    pid: int
    host: str
    alive_at: float
    """When the bot last called `alive()`."""
    written_at: float
    timeout: float | None
    """How long the bot may go without calling `alive()` (None: it is not watched for that)."""
    subaccount: int
    order_group_id: str | None
    state: State
    version: int = 1


_decoder = msgspec.json.Decoder(Heartbeat)
_encoder = msgspec.json.Encoder()


def write_heartbeat(path: str | os.PathLike[str], heartbeat: Heartbeat) -> None:
    """Replace the file at `path` with `heartbeat`, atomically, readable by its owner only."""
    target = Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(_encoder.encode(heartbeat))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def read_heartbeat(path: str | os.PathLike[str]) -> Heartbeat | None:
    """The heartbeat in the file at `path`; None when there is no such file yet."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return None
    try:
        return _decoder.decode(data)
    except msgspec.DecodeError as exc:
        raise HeartbeatError(f"{path} is not a kalshi-py heartbeat file: {exc}") from None


def process_ended(pid: int) -> bool:
    """Whether process `pid` of this host has ended (a zombie counts as ended)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # it exists, under another user
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    state = stat.rpartition(")")[2].split()
    return bool(state) and state[0] in ("Z", "X")


@dataclass
class HeartbeatWatch:
    """Whether the bot behind a heartbeat file is gone. `timeout` overrides the heartbeat's own."""

    path: Path
    timeout: float | None = None
    host: str = socket.gethostname()

    def check(self, heartbeat: Heartbeat, now: float | None = None) -> str | None:
        """Why the bot counts as gone, or None while it is alive."""
        now = time.time() if now is None else now
        if heartbeat.state == "closed":
            return "the bot closed its dead-man's switch"
        if heartbeat.host == self.host and process_ended(heartbeat.pid):
            return f"the bot's process {heartbeat.pid} ended"
        timeout = self.timeout if self.timeout is not None else heartbeat.timeout
        if timeout is not None and now - heartbeat.alive_at > timeout:
            return (
                f"the bot has not called alive() for {now - heartbeat.alive_at:.1f} s (timeout {timeout:g} s)"
            )
        return None

    def wait(self, poll: float = 0.2, sleep: Callable[[float], object] = time.sleep) -> tuple[str, Heartbeat]:
        """Read the file every `poll` seconds until the bot is gone; why, and its last heartbeat.
        Waits for the first heartbeat as long as it takes; a file removed after it counts as gone."""
        last: Heartbeat | None = None
        while True:
            heartbeat = read_heartbeat(self.path)
            if heartbeat is None and last is not None:
                return f"the heartbeat file {self.path} was removed", last
            if heartbeat is not None:
                last = heartbeat
                reason = self.check(heartbeat)
                if reason is not None:
                    return reason, heartbeat
            sleep(poll)
