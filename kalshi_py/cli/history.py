"""`kalshi history`: Kalshi's market and historical data downloaded into a Parquet dataset,
resumable (see `kalshi_py.data.history` and docs/data.md).

    kalshi history trades candlesticks --series KXHIGHNY --start 2026-11-01 --out history/
    kalshi history fills orders settlements --start 2026-01-01 --out history/

Run it again after an interruption: it continues where it stopped, with no duplicate rows.
"""

from __future__ import annotations

import asyncio
import time
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from ..ratelimit import RateLimiter
from .candles import Period, parse_time
from .command import kalshi_command
from .dataset_options import AllMarketsOption, EventOption, MarketOption, OutOption, SeriesOption
from .errors import UsageProblem
from .session import Session

__all__ = ["history"]

DEFAULT_DAYS = 30


@kalshi_command("history")
def history(
    session: Session,
    tables: Annotated[
        list[str],
        typer.Argument(
            help="tables: markets, trades, candlesticks, fills, orders, settlements", show_default=False
        ),
    ],
    *,
    out: OutOption,
    market: MarketOption = None,
    event: EventOption = None,
    series: SeriesOption = None,
    all_markets: AllMarketsOption = False,
    start: Annotated[
        str | None,
        typer.Option(
            help=f"from (Unix seconds or ISO date/time; default: {DEFAULT_DAYS} days ago)", show_default=False
        ),
    ] = None,
    end: Annotated[str | None, typer.Option(help="to (default: now)", show_default=False)] = None,
    period: Annotated[Period, typer.Option("--period", help="minutes per candle")] = Period.hour,
    concurrency: Annotated[int, typer.Option("--concurrency", help="requests at a time")] = 4,
    tier: Annotated[
        str, typer.Option("--tier", help="your API usage tier, whose read budget paces the requests")
    ] = "basic",
) -> None:
    """Download markets, trades, candlesticks, fills, orders or settlements into a dataset."""
    from ..data import DatasetError, MissingExtra
    from ..data._selection import MarketSelection
    from ..data.history import HISTORY_TABLES, History

    unknown = [t for t in tables if t not in HISTORY_TABLES]
    if unknown:
        raise UsageProblem(f"unknown table {unknown[0]!r}; choose among {', '.join(HISTORY_TABLES)}")
    if concurrency < 1:
        raise UsageProblem(f"--concurrency must be 1 or more, got {concurrency}")
    try:
        limiter = RateLimiter.for_tier(tier)
    except (KeyError, ValueError) as exc:
        raise UsageProblem(f"--tier: {exc}") from None
    end_s = parse_time(end, "--end") if end else int(time.time())
    start_s = parse_time(start, "--start") if start else end_s - DEFAULT_DAYS * 86_400
    selection = None
    if market or event or series or all_markets:
        selection = MarketSelection(market or (), event or (), series or (), all_markets)
    needs_key = any(t in ("fills", "orders", "settlements") for t in tables)
    client = session.signed_client("kalshi history") if needs_key else session.client()
    if client.rate_limiter is None:
        client.rate_limiter = limiter
    output = session.output
    with Progress(
        TextColumn("history"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total} units"),
        TextColumn("{task.fields[rows]} rows"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=output.notes,
        transient=True,
        disable=not output.notes.is_terminal,
    ) as progress:
        task = progress.add_task("history", total=None, rows=0)

        def show(stats: Any) -> None:
            progress.update(task, total=stats.units, completed=stats.skipped + stats.done, rows=stats.rows)

        try:
            runner = History(
                client,
                out,
                tables,
                selection,
                start=start_s * 1_000_000_000,
                end=end_s * 1_000_000_000,
                period_minutes=int(period.value),
                concurrency=concurrency,
                on_progress=show,
            )
            stats = asyncio.run(_download(runner))
        except ValueError as exc:
            if isinstance(exc, DatasetError):
                raise UsageProblem(f"kalshi history {out}: {exc}") from None
            raise UsageProblem(str(exc)) from None
        except MissingExtra as exc:
            raise UsageProblem(str(exc)) from None
        except OSError as exc:
            raise UsageProblem(f"kalshi history cannot write to {out}: {exc}") from None
    output.record(
        [
            ("dataset", out),
            ("units", stats.units),
            ("already done", stats.skipped),
            ("fetched", stats.done),
            ("rows", stats.rows),
            ("files written", stats.files),
            ("requests", stats.requests),
            ("markets", stats.markets),
        ],
        title="history",
    )


async def _download(runner: Any) -> Any:
    try:
        return await runner.run()
    finally:
        await runner.client.aclose()
