"""Every script in benchmarks/ runs end to end, at the smallest sizes that still go through each of
its phases, and prints each of its figures.

The README quotes what these scripts print, so a change to the library that breaks one of them
must fail here. These are not timings: nothing is asserted about speed. What is asserted: the
script exits 0, its output has exactly the shape it has when run with its defaults (each line
matched in order by a pattern below, a line more or a line less fails), every figure in it is a
number, the figures a pattern captures (`P`) are above zero, and it leaves no process behind (the
local exchange of bench_sim, bench_fix and bench_tick_to_trade, the relays and the maker of
bench_tick_to_trade, the loopback server of bench_transport and bench_async).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"
TIMEOUT = 240.0
"""Seconds a benchmark may take at these sizes: several times what a loaded machine needs."""

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="bench_sim and the check for processes left behind read /proc (Linux)"
)

N = r"\d[\d,]*(?:\.\d+)?"
"""A figure as the benchmarks print them: 12, 1,234 or 0.42."""
P = f"({N})"
"""A figure that must be above zero (a rate, a count, a median)."""


@dataclass(frozen=True)
class Benchmark:
    script: str
    arguments: tuple[str, ...]
    lines: tuple[str, ...]
    """One pattern for each non-blank line of the output, in order."""
    needs: str | None = None
    """A module `pip install -e ".[dev]"` does not bring (the `bench` extra's), if it needs one."""

    def missing(self) -> bool:
        return self.needs is not None and importlib.util.find_spec(self.needs) is None


def table(header: str, rows: list[str], columns: int) -> tuple[str, ...]:
    """A Markdown table's lines: its header, its rule, and a row per name with `columns` figures."""
    rule = re.escape("|" + "---|" * (columns + 1))
    cells = r" \| ".join([P] * columns)
    return (
        re.escape(header),
        rule,
        *(rf"\| {re.escape(row)} \| {cells} \|" for row in rows),
    )


def ratio_table(header: str, rows: list[str]) -> tuple[str, ...]:
    """A table of cases: `| name | median µs | ratio x |`."""
    return (
        re.escape(header),
        re.escape("|---|---|---|"),
        *(rf"\| {re.escape(row)} \| {P} \| {P}x \|" for row in rows),
    )


TRANSPORT_KINDS = {
    "balance": "GET /trade-api/v2/portfolio/balance",
    "page": "GET /trade-api/v2/markets?limit=1000",
    "order": "POST /trade-api/v2/portfolio/events/orders",
}
TRANSPORT_CASES = [
    "http.client (floor)",
    "httpx.Client",
    "httpx.Client over http.client",
    "httpx.Client.send, canned answer (no I/O)",
    *(["urllib3"] if importlib.util.find_spec("urllib3") else []),
    *(["pycurl (libcurl)"] if importlib.util.find_spec("pycurl") else []),
    "kalshi-py own connections",
    "kalshi-py call, own connections",
    "kalshi-py call, through httpx",
]
ASYNC_CASES = [
    "floor: aiohttp + msgspec",
    "httpx.AsyncClient + msgspec",
    "kalshi-py, own connections",
    "kalshi-py, through httpx",
]
SIM_REST_CASES = [
    "GET /markets/{ticker}/orderbook",
    "GET /portfolio/balance (signed, RSA)",
    "GET /portfolio/balance (signed, Ed25519)",
]
FIX_CODEC = ["encode NewOrderSingle", "decode ExecutionReport (ack)", "decode ExecutionReport (fill)"]

BENCHMARKS_RUN = [
    Benchmark(
        "bench_ws.py",
        ("--frames", "1000", "--repeat", "2", "--snapshots", "24"),
        (
            rf"frames: 1000 orderbook_delta \({P} bytes each\), best of 2",
            rf"json\.loads \+ dicts \(floor\): +{P} msg/s",
            rf"kalshi_py decode_message \+ apply: +{P} msg/s +\({P}x the floor\)",
            rf"\+ the client's protocol: +{P} msg/s +\({P}x the floor\)",
            r"snapshots: 24 orderbook_snapshot of 2x99 levels, compact JSON, best of 2",
            rf"msgspec, levels as strings \(floor\): +{P} us",
            rf"msgspec, levels as Decimal: +{P} us +\({P}x the floor\)",
            rf"kalshi_py, levels seen before: +{P} us +\({P}x the floor\)",
            rf"kalshi_py, levels never seen: +{P} us +\({P}x the floor\)",
        ),
    ),
    Benchmark(
        "bench_signing.py",
        ("--rounds", "2", "--calls", "2"),
        (
            *ratio_table(
                "| signer | µs per request | ratio to its floor |",
                [
                    f"{who} {key}"
                    for key in ("RSA 2048", "Ed25519")
                    for who in ("floor: cryptography", "kalshi-py")
                ],
            ),
            rf"Ed25519 signs {P}x faster than RSA 2048 \({P} µs, {P} µs\)\.",
        ),
    ),
    Benchmark(
        "bench_margin.py",
        ("--frames", "1000", "--calls", "5", "--repeat", "2"),
        (
            rf"parse 1000 margin orders: {P} ms \(floor, strings: {P} ms, {P}x\)",
            rf"margin orderbook_delta decoded and applied: {P} msg/s",
            rf"signed GET /margin/balance: {P} ms median over 5",
            rf"signed margin order: {P} ms median over 5",
        ),
    ),
    Benchmark(
        "bench_data.py",
        ("--messages", "2000", "--book-messages", "2000", "--flush-every", "500", "--repeat", "2"),
        (
            rf"record: 2,000 orderbook_delta frames \({P} bytes each\), best of 2: {P} msg/s; "
            rf"Parquet {P} bytes a message",
            rf"book_at: 2,000-message recording, 12 markets, best {N} s, worst {N} s "
            r"\(checked against OrderBookTracker\)",
        ),
    ),
    Benchmark(
        "bench_replay.py",
        ("--messages", "2000", "--loopback-messages", "2000", "--repeat", "2"),
        (
            rf"load: {P} frames read in {N} s, decoded for the fill model in {N} s",
            rf"replay: {P} frames to one subscription, best of 2: {P} msg/s",
            rf"loopback: {P} frames received by one KalshiWebSocket client: {P} msg/s",
        ),
    ),
    Benchmark(
        "bench_fix.py",
        # 30 orders: a block of 25 of each kind and a shorter one, as the default 1000 alternate them
        ("--messages", "50", "--repeat", "2", "--orders", "30"),
        (
            *(
                rf"{re.escape(name)} +{P} msg/s +{N} us CPU/msg +\((meets|below) the 200,000 msg/s target\)"
                for name in FIX_CODEC
            ),
            rf"REST V2 order round trip +median +{P} us +p90 +{P} us",
            rf"FIX order round trip +median +{P} us +p90 +{P} us",
            rf"FIX / REST: {P} \((meets|misses) the target of at most 1/3\)",
        ),
    ),
    Benchmark(
        "bench_sim.py",
        (
            "--seconds",
            "0.5",
            "--threads",
            "1",
            "--processes",
            "1",
            "--activity",
            "200",
            "--subscribers",
            "1,2",
        ),
        (
            *(
                rf"REST {re.escape(case)} +{P} req/s \(1x1 client threads\); "
                rf"exchange process +\d+% of a core, i\.e\. +(?:{N}|nan) req/s per exchange core"
                for case in SIM_REST_CASES
            ),
            *(
                rf"WS +{n} subscriber\(s\): +{P} msgs/s each, +{P} msgs/s in all "
                r"\(activity 200 orders/s asked; exchange process +\d+% of a core\)"
                for n in (1, 2)
            ),
        ),
    ),
    Benchmark(
        "bench_tick_to_trade.py",
        # the script fails when fewer than 90% of the ticks lead to an order: 10 ticks allow one to be
        # lost, and 0.2 s between them leaves a loaded machine the time to answer each
        ("--ticks", "10", "--interval", "0.2"),
        (
            r"tick-to-trade, 10 ticks, ed25519 key, market \S+",
            *table(
                "| client | p50 µs | p99 µs | mean µs |",
                [
                    "floor: websockets + json + raw socket",
                    "kalshi-py: KalshiWebSocket -> callback -> create_order_v2",
                ],
                3,
            ),
        ),
    ),
    Benchmark(
        "bench_transport.py",
        ("--rounds", "2", "--calls", "10"),
        tuple(
            line
            for kind, request in TRANSPORT_KINDS.items()
            for line in (
                re.escape(f"{kind}: {request}"),
                *ratio_table("| case | median µs | ratio to http.client |", TRANSPORT_CASES),
            )
        ),
    ),
    Benchmark(
        "bench_async.py",
        ("--rounds", "2", "--calls", "10"),
        tuple(
            line
            for kind in ("balance", "order", "page", "10 balances at once")
            for line in (
                re.escape(kind),
                *ratio_table("| case | median µs | ratio to the floor |", ASYNC_CASES),
            )
        ),
        needs="aiohttp",
    ),
]


def live_processes(group: int) -> list[str]:
    """The command lines of the processes of process group `group` still running (zombies, which
    only wait for their parent to collect them, are not)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, IndexError):
            continue  # it ended while we looked
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(f"{stat.parent.name}: {command.strip()}")
    return found


def end_group(group: int, grace: float) -> list[str]:
    """Wait up to `grace` seconds for the processes of `group` to end, then kill those left; the
    command lines of those it killed."""
    deadline = time.monotonic() + grace
    while (left := live_processes(group)) and time.monotonic() < deadline:
        time.sleep(0.1)
    if left:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
    return left


def run(benchmark: Benchmark) -> str:
    """The benchmark's standard output, once it exited 0 and left no process running.

    It runs in a process group of its own, so that whatever it starts can be found and ended, and
    writes to files rather than pipes, so that a process it leaves holding them cannot hang the
    test."""
    command = [sys.executable, str(BENCHMARKS / benchmark.script), *benchmark.arguments]
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            command, cwd=ROOT, env=environment, stdout=out, stderr=err, start_new_session=True
        )
        try:
            returncode: int | None = process.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            returncode = None
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        finally:
            left = end_group(process.pid, grace=5.0)
        out.seek(0)
        err.seek(0)
        printed, complaint = out.read().decode(), err.read().decode(errors="replace")[-3000:]
    name = benchmark.script
    assert returncode is not None, f"{name} ran for more than {TIMEOUT:.0f} s\n{printed}\n{complaint}"
    assert returncode == 0, f"{name} exited {returncode}\n{printed}\n{complaint}"
    assert not left, f"{name} left processes running: {left}"
    return printed


def figures(pattern: str, line: str) -> list[str]:
    """The positive figures of `line` as `pattern` finds them; fails when the line does not match."""
    match = re.fullmatch(pattern, line)
    assert match is not None, f"{line!r} does not match {pattern!r}"
    return [group for group in match.groups() if group is not None and re.fullmatch(N, group)]


@pytest.mark.parametrize(
    "benchmark",
    [
        pytest.param(
            b,
            id=b.script,
            marks=pytest.mark.skipif(
                b.missing(), reason=f"{b.script} needs {b.needs}, not installed (pip install -e '.[bench]')"
            ),
        )
        for b in BENCHMARKS_RUN
    ],
)
def test_the_benchmark_runs_and_prints_each_figure(benchmark: Benchmark) -> None:
    lines = [line.strip() for line in run(benchmark).splitlines() if line.strip()]
    assert len(lines) == len(benchmark.lines), (
        f"{benchmark.script} printed {len(lines)} lines, {len(benchmark.lines)} expected:\n"
        + "\n".join(lines)
    )
    for pattern, line in zip(benchmark.lines, lines, strict=True):
        for figure in figures(pattern, line):
            assert float(figure.replace(",", "")) > 0, f"{line!r}: {figure} should be above zero"


def test_every_benchmark_is_run_here() -> None:
    scripts = {path.name for path in BENCHMARKS.glob("bench_*.py")}
    assert scripts == {b.script for b in BENCHMARKS_RUN}


def test_a_line_out_of_shape_is_caught() -> None:
    """The patterns hold a benchmark to its figures: a label changed, a figure missing or not a
    number each fail."""
    pattern = BENCHMARKS_RUN[0].lines[1]
    assert figures(pattern, "json.loads + dicts (floor):        95,064 msg/s") == ["95,064"]
    for broken in (
        "json.loads + dicts (floor):        msg/s",
        "json.loads + dicts (floor):        nan msg/s",
        "json.loads + dict (floor):        95,064 msg/s",
    ):
        with pytest.raises(AssertionError):
            figures(pattern, broken)
