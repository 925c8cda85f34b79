"""Instants as nanoseconds since the Unix epoch (UTC), from what users pass."""

from __future__ import annotations

from datetime import date, datetime, timezone

from .._times import parse_iso
from ._errors import DatasetError

__all__ = ["format_ns", "to_ns"]

Instant = int | datetime | date | str


def to_ns(value: Instant, name: str = "time") -> int:
    """`value` as ns since the epoch: an int (ns), a datetime (naive means UTC), a date (its
    midnight UTC) or an ISO 8601 string."""
    if isinstance(value, bool):
        raise DatasetError(f"{name} must be a time, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            value = parse_iso(value)
        except ValueError:
            raise DatasetError(
                f"{name} must be ns since the epoch, a datetime or an ISO 8601 time, got {value!r}"
            ) from None
    if isinstance(value, datetime):
        moment = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
        delta = moment - datetime(1970, 1, 1, tzinfo=timezone.utc)
        return (delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1000
    if isinstance(value, date):
        return to_ns(datetime(value.year, value.month, value.day, tzinfo=timezone.utc), name)
    raise DatasetError(f"{name} must be ns since the epoch, a datetime or an ISO 8601 time, got {value!r}")


def format_ns(ns: int) -> str:
    """An instant as RFC 3339 UTC with nanoseconds, for messages."""
    seconds, rest = divmod(ns, 1_000_000_000)
    moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
    return f"{moment:%Y-%m-%dT%H:%M:%S}.{rest:09d}Z"
