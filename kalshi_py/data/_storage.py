"""Where a dataset lives: a local folder (a path or a `file://` URL) or any fsspec URL (`s3://`,
`gs://`, `memory://`, ...). Files appear whole or not at all: each is written under a hidden
temporary name and then renamed into place (on object stores, the upload of the finished file is
the publication)."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote, urlsplit

from . import _extras

__all__ = ["Storage", "default_journal_dir"]


def _local_path(root: str | os.PathLike[str]) -> Path | None:
    text = os.fspath(root)
    if "://" not in text:
        return Path(text)
    parts = urlsplit(text)
    if parts.scheme == "file" and parts.netloc in ("", "localhost"):
        return Path(unquote(parts.path))
    return None


def default_journal_dir(root: str) -> Path:
    """Where the journals of a dataset at a URL are kept on this machine."""
    digest = hashlib.sha256(root.encode("utf-8")).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "kalshi-py" / "journal" / digest


class Storage:
    """The files of one dataset, by paths relative to its root (always with `/`)."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = os.fspath(root)
        self.local = _local_path(root)
        self._fs: Any = None
        self._base = ""
        if self.local is None:
            fsspec = _extras.fsspec(f"a dataset at {self.root}")
            self._fs, path = fsspec.core.url_to_fs(self.root)
            self._base = str(path).rstrip("/")

    def __repr__(self) -> str:
        return f"Storage({self.root!r})"

    @property
    def fs(self) -> Any:
        """The fsspec filesystem (None for a local folder)."""
        return self._fs

    def full(self, relative: str) -> str:
        if self.local is not None:
            return str(self.local / relative)
        return f"{self._base}/{relative}" if relative else self._base

    def write(self, relative: str, write: Callable[[BinaryIO], None]) -> int:
        """Write a file whole through `write(handle)`: under a hidden name, then renamed into
        place. Returns its size in bytes."""
        folder, _, name = relative.rpartition("/")
        hidden = f"{folder}/.{name}.{uuid.uuid4().hex[:8]}.tmp" if folder else f".{name}.tmp"
        if self.local is not None:
            final = self.local / relative
            temporary = self.local / hidden
            final.parent.mkdir(parents=True, exist_ok=True)
            try:
                with open(temporary, "wb") as handle:
                    write(handle)
                    handle.flush()
                    os.fsync(handle.fileno())
                size = temporary.stat().st_size
                os.replace(temporary, final)
            finally:
                temporary.unlink(missing_ok=True)
            _fsync_folder(final.parent)
            return size
        fs = self._fs
        fs.makedirs(self.full(folder), exist_ok=True)
        with fs.open(self.full(hidden), "wb") as handle:
            write(handle)
        size = int(fs.size(self.full(hidden)))
        fs.mv(self.full(hidden), self.full(relative))
        return size

    def write_bytes(self, relative: str, body: bytes) -> int:
        def write(handle: BinaryIO) -> None:
            handle.write(body)

        return self.write(relative, write)

    def read_bytes(self, relative: str) -> bytes | None:
        """The file's bytes, None if there is none."""
        if self.local is not None:
            try:
                return (self.local / relative).read_bytes()
            except FileNotFoundError:
                return None
        try:
            return bytes(self._fs.cat_file(self.full(relative)))
        except FileNotFoundError:
            return None

    def exists(self, relative: str) -> bool:
        if self.local is not None:
            return (self.local / relative).exists()
        return bool(self._fs.exists(self.full(relative)))

    def glob(self, pattern: str) -> list[str]:
        """Relative paths matching `pattern` (fnmatch-style, `**` for any depth), hidden files left out."""
        if self.local is not None:
            found = [p.relative_to(self.local).as_posix() for p in self.local.glob(pattern) if p.is_file()]
        else:
            prefix = self._base + "/"
            found = [
                str(p)[len(prefix) :] if str(p).startswith(prefix) else str(p).lstrip("/")
                for p in self._fs.glob(self.full(pattern))
            ]
        return sorted(p for p in found if not any(part.startswith((".", "_")) for part in p.split("/")))

    def arrow_filesystem(self) -> tuple[Any, str]:
        """`(pyarrow filesystem, base path)` to read the dataset with pyarrow."""
        pa = _extras.pyarrow()
        if self.local is not None:
            return pa.fs.LocalFileSystem(), str(self.local)
        return pa.fs.PyFileSystem(pa.fs.FSSpecHandler(self._fs)), self._base


def _fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (where the platform allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
