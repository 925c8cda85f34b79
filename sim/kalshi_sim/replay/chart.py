"""The backtest report's chart: equity and positions over time as one HTML page with inline SVG
(step lines, as both change only at fills, settlements and samples)."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

__all__ = ["equity_page"]

WIDTH, HEIGHT, PAD = 900, 260, 48
COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


def _time(ns: int) -> str:
    return datetime.fromtimestamp(ns / 1e9, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _panel(
    title: str, series: Sequence[tuple[str, Sequence[tuple[int, Decimal]]]], start: int, end: int
) -> str:
    values = [float(v) for _, points in series for _, v in points] or [0.0]
    low, high = min(*values, 0.0), max(*values, 0.0)
    if high == low:
        high, low = high + 1, low - 1
    span = max(end - start, 1)

    def x(ts: int) -> float:
        return PAD + (ts - start) / span * (WIDTH - 2 * PAD)

    def y(value: float) -> float:
        return HEIGHT - PAD - (value - low) / (high - low) * (HEIGHT - 2 * PAD)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" role="img">',
        f'<text x="{PAD}" y="20" font-weight="bold">{html.escape(title)}</text>',
        f'<line x1="{PAD}" x2="{WIDTH - PAD}" y1="{y(0):.1f}" y2="{y(0):.1f}" stroke="#999" '
        'stroke-dasharray="4"/>',
        f'<text x="4" y="{y(high) + 4:.1f}" font-size="11">{high:.2f}</text>',
        f'<text x="4" y="{y(low) + 4:.1f}" font-size="11">{low:.2f}</text>',
        f'<text x="{PAD}" y="{HEIGHT - 8}" font-size="11">{_time(start)} UTC</text>',
        f'<text x="{WIDTH - PAD}" y="{HEIGHT - 8}" font-size="11" text-anchor="end">{_time(end)} UTC</text>',
    ]
    for index, (name, points) in enumerate(series):
        colour = COLOURS[index % len(COLOURS)]
        path: list[str] = []
        previous: float | None = None
        for ts, value in [*points, (end, points[-1][1])] if points else []:
            if previous is not None:
                path.append(f"{x(ts):.1f},{y(previous):.1f}")
            path.append(f"{x(ts):.1f},{y(float(value)):.1f}")
            previous = float(value)
        parts.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{" ".join(path)}"/>'
        )
        parts.append(
            f'<text x="{WIDTH - PAD + 4}" y="{36 + 14 * index}" font-size="11" fill="{colour}">'
            f"{html.escape(name)}</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts)


Points = Sequence[tuple[int, Decimal]]


def equity_page(
    summary: str,
    span: tuple[int, int],
    equity: Points,
    positions: Mapping[str, Points],
    fills: Sequence[dict[str, Any]],
) -> str:
    """The page: `summary`, the equity and positions panels over `span` (ns), the fills' table."""
    start, end = span
    rows = "".join(
        f"<tr><td>{html.escape(f['market_ticker'])}</td><td>{f['book_side']}</td><td>{f['count']}</td>"
        f"<td>{f['yes_price']}</td><td>{f['fee']}</td><td>{'taker' if f['is_taker'] else 'maker'}</td>"
        f"<td>{_time(f['ts_ns'])}</td></tr>"
        for f in fills
    )
    lines = html.escape(summary).replace("\n", "<br>")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Backtest report</title>
<style>body{{font-family:sans-serif;margin:2em}}td,th{{padding:2px 8px;text-align:right}}</style></head>
<body><h1>Backtest report</h1><p>{lines}</p>
{_panel("Equity (P&L, dollars)", [("P&L", equity)], start, end)}
{_panel("Positions (contracts; YES positive, NO negative)", list(positions.items()), start, end)}
<h2>Fills</h2><table><tr><th>market</th><th>side</th><th>count</th><th>YES price</th><th>fee</th>
<th>role</th><th>time</th></tr>
{rows}</table></body></html>
"""
