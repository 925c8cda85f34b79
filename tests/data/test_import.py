"""`import_stream`: a stream recorded elsewhere becomes a session of the dataset: Kalshi's own
production capture (from ../shared, when present) and JSON lines with receive times."""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest
from conftest import require_shared

from kalshi_py import ws
from kalshi_py.data import Dataset, DatasetError, import_stream
from kalshi_py.orderbook import OrderBookTracker

from .test_dataset import TICKER, delta, snapshot

CAPTURE = "recorded/ws_orderbook_delta__josephsapinoso-kalshi-cockpit__1.json"


def test_the_production_capture_imports_whole_and_rebuilds_every_book(tmp_path: Path) -> None:
    source = require_shared() / CAPTURE
    frames = json.loads(source.read_text(encoding="utf-8"))
    session = import_stream(source, tmp_path)
    ds = Dataset(tmp_path)
    records = list(ds.messages(kinds=["message"]))
    assert len(records) == len(frames)
    assert {r.session for r in records} == {session}
    assert [msgspec.json.decode(r.payload) for r in records] == frames
    assert [r.seq for r in records] == [f.get("seq") for f in frames]
    tracker = OrderBookTracker()
    for frame in frames:
        tracker.apply(ws.decode_message(json.dumps(frame)))
    last = records[-1].recv_ns
    for ticker, book in tracker.books.items():
        assert ds.book_at(ticker, last) == book, ticker
        assert ds.coverage(ticker)[0].end == "the session stopped"
    deltas = ds.duckdb().filter("type = 'orderbook_delta'")
    assert deltas.aggregate("count(*), count(price_dollars), count(exchange_ns)").fetchall()[0] == (
        245,
        245,
        245,
    )


def test_json_lines_with_receive_times_keep_them_and_fill_in_the_rest(tmp_path: Path) -> None:
    lines = [
        snapshot(1, TICKER, [["0.4000", "10.00"]], []).decode(),  # no time: takes the first one
        json.dumps({"frame": json.loads(delta(2, TICKER, "yes", "0.4000", "1.00")), "received_ms": 1_000}),
        json.dumps(
            {"frame": delta(3, TICKER, "yes", "0.4100", "2.00").decode(), "received_ns": 2_000_000_000}
        ),
        delta(4, TICKER, "yes", "0.4100", "1.00").decode(),  # its ts_ms
    ]
    source = tmp_path / "stream.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import_stream(source, tmp_path / "ds")
    ds = Dataset(tmp_path / "ds")
    assert [r.recv_ns for r in ds.messages(kinds=["message"])] == [
        1_000_000_000,
        1_000_000_000,
        2_000_000_000,
        1_790_000_000_123_000_000,
    ]
    assert ds.book_at(TICKER, 2_000_000_000).size_at("yes", "0.41") == 2


def test_bad_input_is_refused_naming_where(tmp_path: Path) -> None:
    source = tmp_path / "stream.jsonl"
    source.write_text('{"type": "trade"}\n[1, 2]\n', encoding="utf-8")
    with pytest.raises(DatasetError, match=r"stream\.jsonl line 2: expected a JSON object"):
        import_stream(source, tmp_path / "ds")
    source.write_text('{"type": "trade", "msg": {}}\n', encoding="utf-8")
    with pytest.raises(DatasetError, match="no frame carries a time; pass start="):
        import_stream(source, tmp_path / "ds")
    assert not (tmp_path / "ds" / "messages").exists()
