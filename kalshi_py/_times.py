"""ISO 8601 / RFC 3339 times as Kalshi writes them, read the same on every supported Python.

Python 3.10's `datetime.fromisoformat` takes neither a `Z` nor a fraction of a second of other
than 3 or 6 digits; Kalshi sends both (`2026-08-08T04:47:35.57806Z`).
"""

from __future__ import annotations

import re
from datetime import datetime

__all__ = ["parse_iso"]

_FRACTION = re.compile(r"(T\d\d:\d\d:\d\d)\.(\d+)")


def parse_iso(text: str) -> datetime:
    """`text` (an ISO 8601 date or time) as a datetime, naive when it names no zone; raises
    ValueError when it is not one. Digits of a second beyond the sixth are dropped."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    match = _FRACTION.search(value)
    if match is not None:
        micro = match.group(2)[:6].ljust(6, "0")
        value = f"{value[: match.start()]}{match.group(1)}.{micro}{value[match.end() :]}"
    return datetime.fromisoformat(value)
