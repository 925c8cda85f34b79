"""Shared types: `Response`, the `UNSET` marker and `File`.

`UNSET` marks an optional field or argument that was not given. It is distinct from `None`, which
is a value (JSON `null`). It is msgspec's own marker, so models decode and encode it natively:
an UNSET field is simply absent from the JSON.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, TypeVar

import msgspec

Unset = msgspec.UnsetType
UNSET: Unset = msgspec.UNSET

# What `httpx.Client(files=...)` accepts.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]

T = TypeVar("T")


@dataclass
class File:
    """A file for a multipart upload."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx accepts for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


@dataclass
class Response(Generic[T]):
    """A response from an operation's `*_detailed` call.

    `parsed` holds the decoded model for a 2xx answer and `None` for any other status (the `sync`
    and `asyncio` calls raise a `kalshi_py.errors.UnexpectedStatus` subclass for those instead).
    """

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
