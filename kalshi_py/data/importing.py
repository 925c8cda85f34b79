"""`import_stream`: a WebSocket stream recorded by other means brought into a dataset, as one
session of the messages table.

The source is a JSON file holding a list, or a JSON-lines file, of frames: each item is a Kalshi
message (`{"type": ..., "sid": ..., "seq": ..., "msg": ...}`) or a wrapper carrying one with its
receive time: `{"frame": <message or its JSON text>, "received_ns" | "received_ms": ...}`.
A frame without a receive time of its own gets its exchange time (`ts_ms`, `ts`) if it has one,
else the time of the frame before it (the frames before the first timed one get that one's
time); a source with no time at all is placed at `start`. Receive times never go back.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec

from ._errors import DatasetError
from ._rows import exchange_ns
from ._time import Instant, to_ns
from ._writer import MessageWriter

__all__ = ["import_stream"]

_NS_PER_MS = 1_000_000


def _items(path: Path) -> Iterator[tuple[str, Any]]:
    """`(where, item)` of each item of the file, raw."""
    text = path.read_bytes()
    stripped = text.lstrip()
    if stripped.startswith(b"["):
        try:
            items = msgspec.json.decode(text, type=list[msgspec.Raw])
        except msgspec.DecodeError as exc:
            raise DatasetError(f"{path}: not a JSON list of frames: {exc}") from None
        for index, item in enumerate(items):
            yield f"{path} item {index}", item
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield f"{path} line {number}", msgspec.Raw(line)


def _frame(where: str, raw: msgspec.Raw) -> tuple[bytes, int | None]:
    """The frame's compact JSON bytes and its receive time in ns, if the item carries one."""
    try:
        document = msgspec.json.decode(raw)
    except msgspec.DecodeError as exc:
        raise DatasetError(f"{where}: not JSON: {exc}") from None
    if not isinstance(document, dict):
        raise DatasetError(f"{where}: expected a JSON object (a frame, or a wrapper with 'frame')")
    if "frame" not in document:
        return msgspec.json.format(bytes(raw), indent=0), None
    inner = document["frame"]
    frame = inner.encode("utf-8") if isinstance(inner, str) else msgspec.json.encode(inner)
    received = document.get("received_ns")
    if received is None and document.get("received_ms") is not None:
        received = document["received_ms"] * _NS_PER_MS
    if received is not None and (not isinstance(received, int) or isinstance(received, bool)):
        raise DatasetError(f"{where}: received_ns / received_ms must be an integer, got {received!r}")
    return msgspec.json.format(frame, indent=0), received


def _exchange_time(frame: bytes) -> int | None:
    try:
        document = msgspec.json.decode(frame)
    except msgspec.DecodeError:
        return None
    body = document.get("msg") if isinstance(document, dict) else None
    body = body if isinstance(body, dict) else {}
    return exchange_ns(body.get("ts_ms"), body.get("ts"), document.get("sending_ts_ms"))


def import_stream(
    source: str | os.PathLike[str],
    root: str | os.PathLike[str],
    *,
    start: Instant | None = None,
    journal_dir: str | os.PathLike[str] | None = None,
) -> str:
    """Import the frames of `source` into the dataset at `root` as a new session; its id."""
    path = Path(source)
    frames = [(where, *_frame(where, raw)) for where, raw in _items(path)]
    if not frames:
        raise DatasetError(f"{path}: no frames")
    times: list[int | None] = [
        received if received is not None else _exchange_time(frame) for _, frame, received in frames
    ]
    first = next((t for t in times if t is not None), None)
    if first is None:
        if start is None:
            raise DatasetError(f"{path}: no frame carries a time; pass start= to place the stream in time")
        first = to_ns(start, "start")
    writer = MessageWriter(root, journal_dir=journal_dir, segment_seconds=float("inf"))
    writer.add_session("start", {"imported_from": path.name, "frames": len(frames)}, recv_ns=first)
    last = first
    for (_, frame, _), moment in zip(frames, times, strict=True):
        last = moment if moment is not None else last
        writer.add_frame(frame, recv_ns=last)
    writer.close()
    return writer.session
