"""The recorder against a local exchange that skips seq numbers and drops connections: every gap
the client detects is a status record beside the frame that showed it, with its resync; books
rebuilt from the recording match the exchange once healed; and recordings go to fsspec URLs."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import msgspec
import pytest

from kalshi_py.data import Dataset, MessageWriter
from kalshi_py.data._selection import MarketSelection
from kalshi_py.data.recorder import Recorder

from .conftest import ROOT, active_tickers, frozen_books, lively_exchange

RATE = 80.0
REPLIES = ("ok", "unsubscribed", "error")


def _skips_in_the_data(ds: Dataset) -> set[tuple[int, int]]:
    """(sid, seq) of every frame whose seq does not follow the one before it on its sid (a new
    `subscribed` frame for a sid starts it over)."""
    last: dict[int, int] = {}
    skips = set()
    for record in ds.messages(kinds=["message"]):
        if record.type == "subscribed" and record.sid is not None:
            last.pop(record.sid, None)
            continue
        if record.sid is None or record.seq is None:
            continue
        before = last.get(record.sid)
        if record.type in REPLIES and before is not None and record.seq <= before:
            continue
        if before is not None and record.seq != before + 1:
            skips.add((record.sid, record.seq))
        last[record.sid] = max(record.seq, before or 0)
    return skips


@pytest.mark.slow
def test_every_gap_and_its_resync_is_recorded_and_healed_books_match(tmp_path: Path) -> None:
    with lively_exchange(seed=9, activity=RATE) as ex, ex.client() as client:
        tickers = active_tickers(ex)
        assert len(tickers) == 6
        recorder = Recorder(
            client,
            tmp_path,
            MarketSelection(all_markets=True),
            ws_url=ex.ws_url,
            channels=["orderbook_delta", "trade"],
            flush_interval=0.3,
        )
        sampled: dict[str, Any] = {}

        async def scenario() -> None:
            stop = asyncio.Event()
            run = asyncio.create_task(recorder.run(stop=stop))
            await asyncio.sleep(2.0)
            ex.faults.ws_skip_seq_rate = 0.03
            await asyncio.sleep(2.0)
            ex.faults.ws_skip_seq_rate = 0.0
            ex.faults.ws_disconnect()
            await asyncio.sleep(3.0)
            sampled["at"], sampled["books"] = await asyncio.to_thread(frozen_books, ex, client, tickers, RATE)
            stop.set()
            await run
            await client.aclose()

        asyncio.run(scenario())
        assert ex.faults.stats.ws_skipped_seq > 0

    ds = Dataset(tmp_path)
    statuses = [r.decode() for r in ds.messages(kinds=["status"])]
    kinds = [s.kind for s in statuses]
    gaps = {(s.sid, s.received_seq) for s in statuses if s.kind == "gap"}
    assert gaps, kinds
    assert gaps == _skips_in_the_data(ds), "every seq skip in the data has its gap record, and no other"
    for kind in ("resync_requested", "resynced", "disconnected", "reconnected"):
        assert kind in kinds, kind
    assert kinds.index("resynced") > kinds.index("gap")
    stats = recorder.stats
    assert stats.gaps == len([k for k in kinds if k == "gap"])
    assert stats.reconnects == 1

    ends = {span.end.split(" (")[0] for t in tickers for span in ds.coverage(t)[:-1]}
    assert ends <= {
        "a gap on sid 1",
        "a gap on sid 2",
        "a 'disconnected' status",
        "a 'subscribed' frame on its sid",
    }
    for ticker, rest_book in sampled["books"].items():
        assert ds.book_at(ticker, sampled["at"]).same_levels(rest_book), ticker


def test_a_recording_written_to_an_fsspec_url_reads_back(tmp_path: Path) -> None:
    url = f"memory://kalshi-py-tests/{uuid.uuid4().hex}"
    with lively_exchange(seed=10, activity=RATE) as ex, ex.client() as client:
        tickers = active_tickers(ex)[:4]
        recorder = Recorder(
            client,
            url,
            MarketSelection(market_tickers=tickers),
            ws_url=ex.ws_url,
            flush_interval=0.2,
            journal_dir=tmp_path / "journal",
        )
        sampled: dict[str, Any] = {}

        async def scenario() -> None:
            stop = asyncio.Event()
            run = asyncio.create_task(recorder.run(stop=stop))
            await asyncio.sleep(1.5)
            sampled["at"], sampled["books"] = await asyncio.to_thread(
                frozen_books, ex, client, tickers, RATE, 1.0
            )
            stop.set()
            await run
            await client.aclose()

        asyncio.run(scenario())
    ds = Dataset(url)
    count = ds.duckdb().aggregate("count(*)").fetchall()[0][0]
    assert count > 0
    assert ds.polars().collect().height == count
    assert ds.arrow().count_rows() == count
    for ticker, rest_book in sampled["books"].items():
        assert ds.book_at(ticker, sampled["at"]).same_levels(rest_book)
    rest = [r for r in ds.messages(kinds=["rest_orderbook"])]
    assert {r.market_ticker for r in rest} == set(tickers)
    assert all("orderbook_fp" in msgspec.json.decode(r.payload) for r in rest)


def test_a_file_url_is_the_local_folder(tmp_path: Path) -> None:
    with MessageWriter(f"file://{tmp_path}") as writer:
        writer.add_frame(
            b'{"type":"trade","sid":1,"seq":1,"msg":{"market_ticker":"X","ts":1}}', recv_ns=10**18
        )
    assert len(list((tmp_path / "messages").rglob("*.parquet"))) == 2  # the trade and the stop record
    assert Dataset(f"file://{tmp_path}").duckdb().filter("type = 'trade'").aggregate(
        "count(*)"
    ).fetchall() == [(1,)]


def _without_pyarrow(program: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    refuse = "import sys\nfor name in ('pyarrow', 'duckdb'):\n    sys.modules[name] = None\n"
    return subprocess.run(
        [sys.executable, "-c", refuse + program],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )


def test_without_pyarrow_the_package_imports_and_says_what_to_install(tmp_path: Path) -> None:
    done = _without_pyarrow(
        "import kalshi_py.data as data\n"
        "try:\n    data.MessageWriter('.')\nexcept data.MissingExtra as exc:\n    print(exc)\n"
        "try:\n    data.Dataset('.').duckdb()\nexcept data.MissingExtra as exc:\n    print(exc)\n",
        tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert 'recording needs pyarrow, which is not installed: pip install "kalshi-py[data]"' in done.stdout
    assert (
        'Dataset.duckdb needs duckdb, which is not installed: pip install "kalshi-py[data,duckdb]"'
        in done.stdout
    )
