"""`kalshi record`: the WebSocket stream of chosen markets written to a Parquet dataset, until
Ctrl-C, SIGTERM or `--duration` (see `kalshi_py.data.recorder` and docs/data.md).

    kalshi record --series KXHIGHNY --out recordings/
    kalshi record --all --channel orderbook_delta --channel trade --out s3://bucket/kalshi/

A status line on stderr shows messages per second, markets, bytes written and gaps; a summary
is printed at the end (`--json` for a document).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time
from typing import Annotated, Any

import typer

from .command import kalshi_command
from .dataset_options import AllMarketsOption, EventOption, MarketOption, OutOption, SeriesOption
from .errors import UsageProblem
from .session import Session
from .table import plural

__all__ = ["record", "status_line"]

STATUS_EVERY = 1.0
"""Seconds between status line updates on a terminal."""
PLAIN_STATUS_EVERY = 10.0
"""Seconds between status lines when stderr is not a terminal."""


def _size(count: int) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if count < 1000 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1000  # type: ignore[assignment]
    return f"{count} B"


def status_line(stats: Any, rate: float) -> str:
    """One line of the recorder's progress."""
    return (
        f"recording: {rate:,.0f} msg/s, {stats.records:,} {'message' if stats.records == 1 else 'messages'}, "
        f"{plural(stats.markets, 'market')}, {_size(stats.bytes_written)} written, "
        f"{plural(stats.gaps, 'gap')}, {plural(stats.reconnects, 'reconnect')}"
    )


@kalshi_command("record")
def record(
    session: Session,
    *,
    out: OutOption,
    market: MarketOption = None,
    event: EventOption = None,
    series: SeriesOption = None,
    all_markets: AllMarketsOption = False,
    channel: Annotated[
        list[str] | None,
        typer.Option(
            "--channel",
            help="a channel to record (repeat; default: orderbook_delta, trade, ticker, market_lifecycle_v2)",
            show_default=False,
        ),
    ] = None,
    flush_interval: Annotated[
        float,
        typer.Option("--flush-interval", help="seconds between flushes to disk: the most a crash can lose"),
    ] = 2.0,
    segment_minutes: Annotated[
        float, typer.Option("--segment-minutes", help="minutes of records per Parquet file")
    ] = 5.0,
    duration: Annotated[
        float | None,
        typer.Option(
            "--duration", help="stop after this many seconds (default: Ctrl-C or SIGTERM)", show_default=False
        ),
    ] = None,
    rest_snapshots: Annotated[
        bool,
        typer.Option(
            "--rest-snapshots/--no-rest-snapshots",
            help="also fetch each book over REST when it is (re)synced",
        ),
    ] = True,
    journal_dir: Annotated[
        str | None,
        typer.Option(
            "--journal-dir",
            help="where open segments are journaled (default: DATASET/_journal, or a cache folder for a URL)",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Record the WebSocket stream of markets to a Parquet dataset."""
    from ..data import DatasetError, MissingExtra
    from ..data._selection import MarketSelection
    from ..data.recorder import DEFAULT_CHANNELS, Recorder

    if flush_interval <= 0 or segment_minutes <= 0:
        raise UsageProblem("--flush-interval and --segment-minutes must be positive")
    if duration is not None and duration <= 0:
        raise UsageProblem(f"--duration must be positive, got {duration}")
    try:
        selection = MarketSelection(market or (), event or (), series or (), all_markets)
    except ValueError:
        raise UsageProblem("choose markets: --market, --event, --series or --all") from None
    output = session.output
    client = session.signed_client("kalshi record")
    try:
        recorder = Recorder(
            client,
            out,
            selection,
            channels=channel or DEFAULT_CHANNELS,
            ws_url=session.settings.ws_url,
            flush_interval=flush_interval,
            segment_seconds=segment_minutes * 60,
            rest_snapshots=rest_snapshots,
            journal_dir=journal_dir,
            on_status=lambda s: output.note(
                f"~ {s.kind}" + (f" sid={s.sid}" if s.sid else "") + (f": {s.reason}" if s.reason else "")
            ),
        )
        stats = asyncio.run(_run(recorder, output, duration))
    except (MissingExtra, DatasetError) as exc:
        raise UsageProblem(f"kalshi record {out}: {exc}") from None
    except OSError as exc:
        raise UsageProblem(f"kalshi record cannot write to {out}: {exc}") from None
    elapsed = max((time.time_ns() - stats.started_ns) / 1e9, 1e-9)
    output.record(
        [
            ("dataset", out),
            ("session", stats.session),
            ("seconds", round(elapsed, 1)),
            ("messages", stats.records),
            ("markets", stats.markets),
            ("gaps", stats.gaps),
            ("resyncs", stats.resyncs),
            ("reconnects", stats.reconnects),
            ("rest snapshots", stats.rest_snapshots),
            ("files written", stats.files),
            ("bytes written", stats.bytes_written),
            ("segments recovered", stats.recovered_segments),
        ],
        title="recording",
    )


async def _run(recorder: Any, output: Any, duration: float | None) -> Any:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    progress = asyncio.create_task(_show_progress(recorder, output, stop))
    try:
        return await recorder.run(duration=duration, stop=stop)
    finally:
        await recorder.client.aclose()
        progress.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await progress
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(sig)


async def _show_progress(recorder: Any, output: Any, stop: asyncio.Event) -> None:
    notes = output.notes
    terminal = notes.is_terminal
    every = STATUS_EVERY if terminal else PLAIN_STATUS_EVERY
    last_records, last_time = 0, time.monotonic()
    status = notes.status("recording: starting") if terminal else contextlib.nullcontext()
    with status as live:
        while not stop.is_set():
            await asyncio.sleep(every)
            stats = recorder.stats
            now = time.monotonic()
            rate = (stats.records - last_records) / max(now - last_time, 1e-9)
            last_records, last_time = stats.records, now
            line = status_line(stats, rate)
            if live is not None:
                live.update(line)
            else:
                output.note(line)
