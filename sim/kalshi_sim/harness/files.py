"""Files the local exchange writes for its user: private keys, the ready file, the env file, and
the folders holding them, readable by their owner only and never written through a symlink."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

__all__ = ["private_folder", "write_new_private_file", "write_private_file"]


def write_new_private_file(path: Path, text: str) -> None:
    """A new file readable by its owner only; never opened through a symlink or over a file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(text)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def private_folder(path: Path) -> Path:
    """`path` as a folder: made (with its parents) readable by its owner only when it is new."""
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.mkdir(mode=stat.S_IRWXU)
        os.chmod(path, stat.S_IRWXU)
    return path


def write_private_file(path: Path, text: str) -> None:
    """Put `text` at `path`, readable by its owner only, all at once: it is written to a new file of
    an unpredictable name beside `path` (created exclusively, never through a symlink), then renamed
    over `path`. A symlink planted at `path` or at any temporary name is replaced, never followed."""
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
