"""`kalshi candles`: a market's candlesticks over a time range, to the terminal or to a file.

The range is fetched in windows of at most `WINDOW` candles, with a progress bar. `--out` writes
CSV (`.csv`) or Parquet (`.parquet`, with the `polars` extra or pyarrow installed); prices and counts keep
their exact decimal values in both.
"""

from __future__ import annotations

import csv
import enum
import importlib
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from .._times import parse_iso
from ..api.market import get_market_candlesticks
from ..types import UNSET
from .command import kalshi_command
from .errors import CliError, UsageProblem
from .session import Session
from .table import COUNT, MONEY, TIME, Column, field, plural

__all__ = [
    "CANDLE_FIELDS",
    "candle_rows",
    "parquet_library",
    "parse_time",
    "windows",
    "write_csv",
    "write_parquet",
]

WINDOW = 1000
"""Candles per request."""
DEFAULT_SPAN = {1: 1440, 60: 24 * 7, 1440: 90}
"""Candles shown when --start is not given: a day of minutes, a week of hours, 90 days."""

CANDLE_FIELDS = (
    "end_period_ts",
    "price_open",
    "price_high",
    "price_low",
    "price_close",
    "price_mean",
    "yes_bid_open",
    "yes_bid_high",
    "yes_bid_low",
    "yes_bid_close",
    "yes_ask_open",
    "yes_ask_high",
    "yes_ask_low",
    "yes_ask_close",
    "volume",
    "open_interest",
)
_DECIMAL_SCALE = 6
PARQUET_NEEDED = (
    'writing Parquet needs polars (or pyarrow): pip install "kalshi-py[polars]", or write a .csv file'
)


class Period(str, enum.Enum):
    """Candle length in minutes."""

    minute = "1"
    hour = "60"
    day = "1440"


def parse_time(text: str, option: str) -> int:
    """Unix seconds from Unix seconds or an ISO 8601 date or time (UTC unless it says otherwise)."""
    value = text.strip()
    if value.lstrip("-").isdigit():
        return int(value)
    try:
        moment = parse_iso(value)
    except ValueError:
        raise UsageProblem(
            f"{option} must be Unix seconds or an ISO date/time such as 2026-11-30 or "
            f"2026-11-30T12:00, got {text!r}"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return int(moment.timestamp())


def windows(start: int, end: int, period_minutes: int, size: int = WINDOW) -> list[tuple[int, int]]:
    """Consecutive [start, end] ranges covering start..end, each at most `size` candles long."""
    if end < start:
        raise UsageProblem("--end is before --start")
    step = period_minutes * 60 * size
    spans = []
    left = start
    while True:
        right = min(left + step - 1, end)
        spans.append((left, right))
        if right >= end:
            return spans
        left = right + 1


def _part(value: Any, name: str) -> Any:
    if value is None or value is UNSET:
        return None
    got = getattr(value, name, None)
    return None if got is UNSET else got


def candle_rows(candles: Sequence[Any]) -> list[dict[str, Any]]:
    """Flat rows of `CANDLE_FIELDS`, with Decimal prices (None where the exchange gave none)."""
    rows = []
    for candle in candles:
        row: dict[str, Any] = {"end_period_ts": candle.end_period_ts}
        parts = (("price", candle.price), ("yes_bid", candle.yes_bid), ("yes_ask", candle.yes_ask))
        for prefix, part in parts:
            for name in ("open", "high", "low", "close"):
                row[f"{prefix}_{name}"] = _part(part, f"{name}_dollars")
        row["price_mean"] = _part(candle.price, "mean_dollars")
        row["volume"] = _part(candle, "volume_fp")
        row["open_interest"] = _part(candle, "open_interest_fp")
        rows.append(row)
    return rows


def write_csv(path: Path, rows: Sequence[dict[str, Any]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(CANDLE_FIELDS)
        for row in rows:
            writer.writerow(["" if row[name] is None else str(row[name]) for name in CANDLE_FIELDS])


def parquet_library() -> str | None:
    """The library that would write Parquet (pyarrow, else polars), None if neither can be imported."""
    for name in ("pyarrow", "polars"):
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    return None


def write_parquet(path: Path, rows: Sequence[dict[str, Any]]) -> str:
    """Write `rows` as Parquet with pyarrow, else polars; the library used. Decimal columns keep
    6 decimals exactly."""
    quantum = Decimal(1).scaleb(-_DECIMAL_SCALE)
    columns: dict[str, list[Any]] = {
        name: [
            row[name]
            if name == "end_period_ts" or row[name] is None
            else Decimal(row[name]).quantize(quantum)
            for row in rows
        ]
        for name in CANDLE_FIELDS
    }
    try:
        import pyarrow as pa  # type: ignore[import-not-found,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        pass
    else:
        decimal_type = pa.decimal128(18, _DECIMAL_SCALE)
        table = pa.table(
            {
                name: pa.array(values, type=pa.int64() if name == "end_period_ts" else decimal_type)
                for name, values in columns.items()
            }
        )
        pq.write_table(table, path)
        return "pyarrow"
    try:
        import polars as pl  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise UsageProblem(PARQUET_NEEDED) from None
    decimal_dtype = pl.Decimal(18, _DECIMAL_SCALE)
    frame = pl.DataFrame(
        {
            name: pl.Series(name, values, dtype=pl.Int64 if name == "end_period_ts" else decimal_dtype)
            for name, values in columns.items()
        }
    )
    frame.write_parquet(path)
    return "polars"


CANDLE_COLUMNS = [
    Column("end", lambda row: datetime.fromtimestamp(row["end_period_ts"], tz=timezone.utc), TIME),
    Column("open", field("price_open"), MONEY, priority=2),
    Column("high", field("price_high"), MONEY, priority=3),
    Column("low", field("price_low"), MONEY, priority=3),
    Column("close", field("price_close"), MONEY),
    Column("yes bid", field("yes_bid_close"), MONEY, priority=4),
    Column("yes ask", field("yes_ask_close"), MONEY, priority=4),
    Column("volume", field("volume"), COUNT, priority=1),
    Column("open interest", field("open_interest"), COUNT, priority=5),
]


@kalshi_command("candles")
def candles(
    session: Session,
    ticker: Annotated[str, typer.Argument(help="market ticker")],
    *,
    series: Annotated[str, typer.Option("--series", help="the market's series ticker", show_default=False)],
    period: Annotated[Period, typer.Option("--period", help="minutes per candle")] = Period.hour,
    start: Annotated[
        str | None,
        typer.Option(
            help="from (Unix seconds or ISO date/time; default: a day of "
            "minutes, a week of hours or 90 days back)"
        ),
    ] = None,
    end: Annotated[str | None, typer.Option(help="to (default: now)")] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="write to FILE.csv or FILE.parquet", show_default=False)
    ] = None,
) -> None:
    """Show or save a market's candlesticks."""
    minutes = int(period.value)
    end_ts = parse_time(end, "--end") if end else int(time.time())
    start_ts = parse_time(start, "--start") if start else end_ts - DEFAULT_SPAN[minutes] * minutes * 60
    if out is not None and out.suffix.lower() not in (".csv", ".parquet"):
        raise UsageProblem(f"--out must end in .csv or .parquet, got {out.name!r}")
    if out is not None and out.suffix.lower() == ".parquet" and parquet_library() is None:
        raise UsageProblem(PARQUET_NEEDED)
    spans = windows(start_ts, end_ts, minutes)
    client = session.client()
    found: list[Any] = []
    with Progress(
        TextColumn("candles"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} windows"),
        TimeElapsedColumn(),
        console=session.output.notes,
        transient=True,
        disable=not session.output.notes.is_terminal,
    ) as progress:
        task = progress.add_task("candles", total=len(spans))
        for left, right in spans:
            page = get_market_candlesticks.sync(
                client=client,
                series_ticker=series,
                ticker=ticker,
                start_ts=left,
                end_ts=right,
                period_interval=minutes,
            )
            found.extend(page.candlesticks or ())
            progress.advance(task)
    rows = candle_rows(found)
    if out is None:
        session.output.rows(
            CANDLE_COLUMNS,
            rows,
            title=f"{ticker} candles, {minutes} min",
            document=found,
            empty=f"no candles for {ticker} in that range",
        )
        return
    try:
        if out.suffix.lower() == ".csv":
            write_csv(out, rows)
            how = "CSV"
        else:
            how = "Parquet via " + write_parquet(out, rows)
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc.strerror or exc}") from None
    session.output.note(f"wrote {plural(len(rows), 'candle')} to {out} ({how})")
