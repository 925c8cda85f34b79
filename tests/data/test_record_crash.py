"""`kalshi record` killed with SIGKILL mid-recording and started again: the dataset opens in
DuckDB and Polars, nothing flushed is lost, nothing is written twice, every file is readable,
and `book_at` equals the exchange's REST order book at instants sampled in both sessions.

This records about 15 seconds in all; a manual run of the same steps over minutes behaves the same.
"""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

import pytest

from kalshi_py.data import Dataset

from .conftest import LocalExchange, active_tickers, frozen_books, kalshi_process, sigkill, wait_for

FLUSH = 0.5
RATE = 60.0
LOSS_SLACK_S = 5.0
"""How far before the kill the last kept record may be: the flush interval plus a loaded machine."""


def _parquet_files(root: Path) -> list[Path]:
    return sorted((root / "messages").rglob("*.parquet")) if (root / "messages").exists() else []


@pytest.mark.slow
def test_a_killed_recorder_loses_only_its_flush_window_and_restarting_appends(
    busy_exchange: LocalExchange, tmp_path: Path
) -> None:
    import pyarrow.parquet as pq

    ex = busy_exchange
    root = tmp_path / "recording"
    credentials = ex.create_account()
    tickers = active_tickers(ex)
    args = [
        "record",
        "--all",
        "--out",
        str(root),
        "--flush-interval",
        str(FLUSH),
        "--segment-minutes",
        "0.05",
    ]

    first = kalshi_process(ex, credentials, *args)
    try:
        wait_for(lambda: bool(_parquet_files(root)), 60, "the first segment of the first session")
        with ex.client(credentials) as client:
            at_first, books_first = frozen_books(ex, client, tickers, RATE)
        time.sleep(1.5)
        killed_ns = time.time_ns()
    finally:
        sigkill(first)
    assert first.returncode == -signal.SIGKILL

    second = kalshi_process(ex, credentials, *args, "--json")
    try:
        wait_for(
            lambda: len({p.name.split("-")[1] for p in _parquet_files(root)}) >= 2,
            60,
            "a segment of the second session",
        )
        with ex.client(credentials) as client:
            at_second, books_second = frozen_books(ex, client, tickers, RATE)
    finally:
        if second.poll() is None:
            second.send_signal(signal.SIGTERM)
        out, err = second.communicate(timeout=30)
    assert second.returncode == 0, err
    summary = json.loads(out)

    # Every file is whole, and nothing is left half-written or unconverted.
    for path in _parquet_files(root):
        assert pq.read_metadata(path).num_rows > 0, path
    assert list((root / "_journal").glob("*")) == []
    assert [p for p in root.rglob(".*")] == []

    ds = Dataset(root)
    rows = ds.duckdb().aggregate("count(*), count(DISTINCT (session, record))").fetchall()[0]
    assert rows[0] == rows[1] > 0, "a record was written twice"
    assert ds.polars().select("record").collect().height == rows[0]

    sessions = (
        ds.duckdb()
        .aggregate(
            "session, count(*) AS n, max(record) AS last, max(recv_ns) AS last_ns, "
            "count(*) FILTER (kind = 'session' AND type = 'stop') AS stops",
            "session",
        )
        .order("session")
        .fetchall()
    )
    assert len(sessions) == 2
    (killed, n1, last1, last_ns1, stops1), (restarted, n2, last2, _, stops2) = sessions
    assert summary["session"] == restarted
    assert (n1, stops1) == (last1, 0), "the killed session kept a prefix of its records, with no hole"
    assert (n2, stops2) == (last2, 1), "the restarted session kept every record and closed cleanly"
    assert last_ns1 >= killed_ns - LOSS_SLACK_S * 1e9, "more than the flush window was lost"
    assert summary["segments recovered"] >= 0

    # Within each session, every subscription's seq runs without a gap.
    holes = ds.duckdb().filter("kind = 'message' AND seq IS NOT NULL")
    holes = holes.aggregate(
        "session, sid, count(*) AS n, count(DISTINCT seq) AS distinct_seqs, max(seq) - min(seq) + 1 AS span",
        "session, sid",
    ).fetchall()
    assert holes
    assert all(n == distinct == span for _, _, n, distinct, span in holes), holes

    for at, books in ((at_first, books_first), (at_second, books_second)):
        for ticker, rest_book in books.items():
            assert ds.book_at(ticker, at).same_levels(rest_book), (ticker, at)

    spans = ds.coverage(tickers[0])
    assert [s.session for s in spans] == [killed, restarted]
    assert "stopped without closing" in spans[0].end
    assert spans[1].end == "the session stopped"
