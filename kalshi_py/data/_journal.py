"""The journal of an open segment: record batches appended to an Arrow IPC stream on local disk,
each flushed and fsynced, so that a process killed at any instant leaves every batch it finished
writing readable. A running writer holds an exclusive lock on its journal; a journal nobody
holds belongs to a writer that died and is converted into the dataset by the next writer."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO, Any

from . import _extras

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: journals are not locked there
    fcntl = None  # type: ignore[assignment]

__all__ = ["Journal", "claim", "read_journal"]

SUFFIX = ".arrows"


class Journal:
    """An append-only journal file of record batches of one schema."""

    def __init__(self, path: Path, schema: Any) -> None:
        pa = _extras.pyarrow()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._file: IO[bytes] = open(path, "xb")  # noqa: SIM115 (held open until close)
        if fcntl is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        self._writer = pa.ipc.new_stream(self._file, schema)
        self.size = 0
        self.rows = 0

    def append(self, batch: Any) -> None:
        """Append `batch` and make it durable before returning."""
        self._writer.write_batch(batch)
        self._file.flush()
        os.fsync(self._file.fileno())
        self.size = self._file.tell()
        self.rows += batch.num_rows

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._writer.close()
        self._file.close()


def claim(path: Path) -> IO[bytes] | None:
    """Open and lock the journal at `path` if no live writer holds it (its handle, to close after
    converting it), else None."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 (the caller closes it)
    except FileNotFoundError:
        return None
    if fcntl is not None:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return None
    return handle


def read_journal(path: Path, schema: Any) -> Any:
    """Every whole batch of the journal at `path` as one table (a batch cut short by a crash is
    left out)."""
    pa = _extras.pyarrow()
    batches = []
    try:
        with pa.OSFile(str(path), "rb") as source:
            reader = pa.ipc.open_stream(source)
            while True:
                try:
                    batches.append(reader.read_next_batch())
                except StopIteration:
                    break
                except (pa.ArrowInvalid, OSError):
                    break
    except (pa.ArrowInvalid, OSError):
        pass
    return pa.Table.from_batches(batches, schema=schema)
