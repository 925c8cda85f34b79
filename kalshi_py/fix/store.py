"""Where a FIX session keeps its sequence numbers and the messages it sent.

A session resumes where it stopped only if both sides remember the next MsgSeqNum to send and
to expect, and answers a ResendRequest only if it kept what it sent. `FileStore` keeps both in
one append-only log per session, so that a process killed at any instant restarts with every
number it had acknowledged; `MemoryStore` keeps them for the life of the process.

The log holds one record per line: `S <seq> <sending time> <msg type> <length>` followed by the
message's fields (what follows the header) for a message sent, `T <seq>` for the next MsgSeqNum
expected, `N <seq>` for the next to send when set otherwise, `R <time>` for a reset to 1/1. A
record cut short by a crash is dropped when the log is read back. Every record is flushed to the
operating system before the call returns (a crash of the process loses nothing); `fsync=True`
also forces it to the disk (a power cut loses nothing), at the cost of a disk write per message.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

__all__ = ["FileStore", "MemoryStore", "SentMessage", "SessionStore"]


@dataclass(frozen=True)
class SentMessage:
    """A message as sent: its MsgSeqNum, SendingTime, MsgType and fields after the header."""

    msg_seq_num: int
    sending_time: str
    msg_type: str
    body: str


class SessionStore(Protocol):
    """What a session needs to remember between connections and across restarts."""

    @property
    def next_sender_seq(self) -> int:
        """The MsgSeqNum of the next message this side sends."""

    @property
    def next_target_seq(self) -> int:
        """The MsgSeqNum expected on the next message the counterparty sends."""

    def record_sent(self, message: SentMessage) -> None:
        """Keep `message` and make its MsgSeqNum + 1 the next to send."""

    def set_next_target_seq(self, seq: int) -> None: ...

    def set_next_sender_seq(self, seq: int) -> None: ...

    def sent(self, begin: int, end: int) -> list[SentMessage]:
        """The messages kept with MsgSeqNum in `[begin, end]` (`end` 0: no end), in order."""

    def reset(self) -> None:
        """Both sequence numbers back to 1, the messages kept forgotten."""

    def close(self) -> None: ...


class MemoryStore:
    """A `SessionStore` that lives as long as the process."""

    def __init__(self, *, keep_messages: int = 100_000) -> None:
        self._next_sender = 1
        self._next_target = 1
        self._messages: dict[int, SentMessage] = {}
        self._keep = keep_messages

    @property
    def next_sender_seq(self) -> int:
        return self._next_sender

    @property
    def next_target_seq(self) -> int:
        return self._next_target

    def record_sent(self, message: SentMessage) -> None:
        self._messages[message.msg_seq_num] = message
        self._next_sender = message.msg_seq_num + 1
        if len(self._messages) > self._keep:
            del self._messages[min(self._messages)]

    def set_next_target_seq(self, seq: int) -> None:
        self._next_target = seq

    def set_next_sender_seq(self, seq: int) -> None:
        self._next_sender = seq

    def sent(self, begin: int, end: int) -> list[SentMessage]:
        last = end if end > 0 else self._next_sender - 1
        return [self._messages[seq] for seq in range(begin, last + 1) if seq in self._messages]

    def reset(self) -> None:
        self._next_sender = self._next_target = 1
        self._messages.clear()

    def close(self) -> None:
        return None


_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


class FileStore(MemoryStore):
    """A `SessionStore` in an append-only log file, `<directory>/<sender>-<target>.fixlog`.

    Reopening the same directory with the same CompIDs resumes the session's sequence numbers
    and the messages kept. The log is rewritten without its stale records when it is opened and
    has grown past `compact_bytes`.
    """

    def __init__(
        self,
        directory: str | os.PathLike[str],
        sender_comp_id: str,
        target_comp_id: str,
        *,
        fsync: bool = False,
        keep_messages: int = 100_000,
        compact_bytes: int = 64 * 1024 * 1024,
    ) -> None:
        super().__init__(keep_messages=keep_messages)
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        name = f"{_UNSAFE.sub('_', sender_comp_id)}-{_UNSAFE.sub('_', target_comp_id)}.fixlog"
        self.path = folder / name
        self.fsync = fsync
        self._file: BinaryIO | None = None
        self._load()
        if self.path.exists() and self.path.stat().st_size > compact_bytes:
            self._compact()
        self._file = open(self.path, "ab")  # noqa: SIM115 - held open for the life of the store

    def __repr__(self) -> str:
        numbers = f"next_sender_seq={self._next_sender}, next_target_seq={self._next_target}"
        return f"FileStore({str(self.path)!r}, {numbers})"

    # --- reading the log back ---------------------------------------------------------------------

    def _load(self) -> None:
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        good = 0  # where the last complete record ends
        position = 0
        while position < len(data):
            line_end = data.find(b"\n", position)
            if line_end < 0:
                break
            head = data[position:line_end].decode("ascii", "replace").split(" ")
            if head[0] == "S" and len(head) == 5 and head[1].isdigit() and head[4].isdigit():
                body_end = line_end + 1 + int(head[4])
                if body_end + 1 > len(data) or data[body_end : body_end + 1] != b"\n":
                    break
                body = data[line_end + 1 : body_end].decode("utf-8", "surrogateescape")
                MemoryStore.record_sent(self, SentMessage(int(head[1]), head[2], head[3], body))
                position = body_end + 1
            elif head[0] == "T" and len(head) == 2 and head[1].isdigit():
                self._next_target = int(head[1])
                position = line_end + 1
            elif head[0] == "N" and len(head) == 2 and head[1].isdigit():
                self._next_sender = int(head[1])
                position = line_end + 1
            elif head[0] == "R":
                MemoryStore.reset(self)
                position = line_end + 1
            else:
                break
            good = position
        if good < len(data):  # a record cut short by a crash: drop it so appends stay readable
            with open(self.path, "r+b") as handle:
                handle.truncate(good)

    def _compact(self) -> None:
        temporary = self.path.with_suffix(".fixlog.tmp")
        with open(temporary, "wb") as handle:
            handle.write(b"R %d\n" % time.time_ns())
            for message in self._messages.values():
                handle.write(_sent_record(message))
            handle.write(b"N %d\nT %d\n" % (self._next_sender, self._next_target))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)

    # --- writing ------------------------------------------------------------------------------------

    def _append(self, record: bytes) -> None:
        if self._file is None:
            return
        self._file.write(record)
        self._file.flush()
        if self.fsync:
            os.fsync(self._file.fileno())

    def record_sent(self, message: SentMessage) -> None:
        super().record_sent(message)
        self._append(_sent_record(message))

    def set_next_target_seq(self, seq: int) -> None:
        super().set_next_target_seq(seq)
        self._append(b"T %d\n" % seq)

    def set_next_sender_seq(self, seq: int) -> None:
        super().set_next_sender_seq(seq)
        self._append(b"N %d\n" % seq)

    def reset(self) -> None:
        super().reset()
        self._append(b"R %d\n" % time.time_ns())

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


def _sent_record(message: SentMessage) -> bytes:
    body = message.body.encode("utf-8", "surrogateescape")
    head = f"S {message.msg_seq_num} {message.sending_time} {message.msg_type} {len(body)}\n".encode("ascii")
    return head + body + b"\n"
