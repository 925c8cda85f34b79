"""A chart in the terminal: a value over time as columns of block characters above and below a
zero line, with the extremes on the left and the first and last times below."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from decimal import Decimal

__all__ = ["step_chart"]

FULL = "█"
AXIS = "─"
ZERO = Decimal(0)


def _at(points: Sequence[tuple[float, Decimal]], moment: float) -> Decimal:
    """The value in force at `moment`: the last point at or before it (0 before the first)."""
    value = ZERO
    for ts, point in points:
        if ts > moment:
            break
        value = point
    return value


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%d %H:%M")


def step_chart(points: Sequence[tuple[float, Decimal]], *, width: int = 60, height: int = 10) -> list[str]:
    """The lines of a chart of `points` ((Unix seconds, value), in time order) as a step function
    sampled at `width` moments, about `height` rows tall; [] without points."""
    if not points:
        return []
    width, height = max(width, 2), max(height, 3)
    first, last = points[0][0], points[-1][0]
    span = max(last - first, 1e-9)
    samples = [_at(points, first + span * i / (width - 1)) for i in range(width)]
    top, bottom = max(*samples, ZERO), min(*samples, ZERO)
    scale = (top - bottom) / (height - 1) if top != bottom else Decimal(1)

    def row_of(value: Decimal) -> int:
        return int(((top - value) / scale).to_integral_value())

    zero = row_of(ZERO)
    tops = [row_of(v) for v in samples]
    gutter = max(len(f"{top:.2f}"), len(f"{bottom:.2f}"))
    lines = []
    for row in range(row_of(bottom) + 1):
        cells = "".join(
            FULL
            if (v > 0 and r <= row < zero) or (v < 0 and zero < row <= r)
            else AXIS
            if row == zero
            else " "
            for v, r in zip(samples, tops, strict=True)
        )
        tag = (
            f"{top:.2f}"
            if row == 0
            else "0.00"
            if row == zero
            else f"{bottom:.2f}"
            if row == row_of(bottom)
            else ""
        )
        lines.append(f"{tag:>{gutter}} │{cells}")
    start, end = _when(first), _when(last)
    lines.append(" " * (gutter + 2) + start + end.rjust(max(width - len(start), len(end) + 1)))
    return lines
