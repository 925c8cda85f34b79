"""Kalshi's times read the same on every supported Python (3.10's fromisoformat is narrower)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kalshi_py._times import parse_iso

UTC = timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-08-08T04:47:35.57806Z", datetime(2026, 8, 8, 4, 47, 35, 578060, tzinfo=UTC)),
        ("2026-08-08T04:47:35.5+00:00", datetime(2026, 8, 8, 4, 47, 35, 500000, tzinfo=UTC)),
        ("2026-08-08T04:47:35.123456789Z", datetime(2026, 8, 8, 4, 47, 35, 123456, tzinfo=UTC)),
        ("2026-08-08T04:47:35Z", datetime(2026, 8, 8, 4, 47, 35, tzinfo=UTC)),
        (
            "2026-08-08T04:47:35.25-05:00",
            datetime(2026, 8, 8, 4, 47, 35, 250000, tzinfo=timezone(timedelta(hours=-5))),
        ),
        ("2026-11-30", datetime(2026, 11, 30)),
        (" 2026-11-30T12:00 ", datetime(2026, 11, 30, 12, 0)),
    ],
)
def test_wire_and_user_times_parse(text: str, expected: datetime) -> None:
    assert parse_iso(text) == expected


@pytest.mark.parametrize("text", ["", "yesterday", "2026-13-01", "2026-08-08T25:00:00Z"])
def test_what_is_not_a_time_raises_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        parse_iso(text)
