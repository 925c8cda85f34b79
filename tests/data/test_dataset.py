"""The messages table: what `MessageWriter` writes (exact frames, exact decimals, whole files),
how a journal left by a dead writer is recovered exactly once, and `book_at` / `coverage` on a
stream with a gap, checked against the books an `OrderBookTracker` holds."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from kalshi_py import ws
from kalshi_py.data import Dataset, IncompleteBook, MessageWriter
from kalshi_py.orderbook import OrderBookTracker

T0 = 1_790_000_000_000_000_000
TICKER = "KXTEST-26DEC01-A"
OTHER = "KXTEST-26DEC01-B"


def frame(document: dict[str, object]) -> bytes:
    return json.dumps(document, separators=(",", ":")).encode()


def snapshot(seq: int, ticker: str, yes: list[list[str]], no: list[list[str]], sid: int = 1) -> bytes:
    return frame(
        {
            "type": "orderbook_snapshot",
            "sid": sid,
            "seq": seq,
            "msg": {"market_ticker": ticker, "market_id": "m", "yes_dollars_fp": yes, "no_dollars_fp": no},
        }
    )


def delta(seq: int, ticker: str, side: str, price: str, change: str, sid: int = 1) -> bytes:
    return frame(
        {
            "type": "orderbook_delta",
            "sid": sid,
            "seq": seq,
            "msg": {
                "market_ticker": ticker,
                "market_id": "m",
                "price_dollars": price,
                "delta_fp": change,
                "side": side,
                "ts_ms": 1_790_000_000_123,
                "clock": seq,
            },
        }
    )


def stream() -> list[bytes]:
    """Two markets on one subscription; a seq gap at seq 8, healed by fresh snapshots."""
    frames = [
        frame({"type": "subscribed", "id": 1, "msg": {"channel": "orderbook_delta", "sid": 1}}),
        snapshot(1, TICKER, [["0.4000", "10.00"], ["0.4100", "5.50"]], [["0.5500", "3.00"]]),
        snapshot(2, OTHER, [["0.1000", "1.00"]], []),
        delta(3, TICKER, "yes", "0.4100", "-2.25"),
        delta(4, TICKER, "yes", "0.4200", "7.00"),
        delta(5, OTHER, "no", "0.8000", "4.00"),
        delta(6, TICKER, "no", "0.5500", "-3.00"),
        delta(7, TICKER, "yes", "0.4000", "0.01"),
        delta(9, TICKER, "yes", "0.4300", "1.00"),  # seq 8 never came
        delta(10, OTHER, "no", "0.8000", "1.00"),
        snapshot(11, TICKER, [["0.4300", "2.00"]], [["0.5000", "9.00"]]),
        delta(12, TICKER, "no", "0.5000", "-1.00"),
    ]
    return frames


def write(root: Path, frames: list[bytes], **options: object) -> MessageWriter:
    writer = MessageWriter(root, **options)  # type: ignore[arg-type]
    for index, body in enumerate(frames):
        writer.add_frame(body, recv_ns=T0 + index * 1000)
    writer.close()
    return writer


def test_every_frame_is_kept_exactly_with_its_fields(tmp_path: Path) -> None:
    frames = stream()
    write(tmp_path, frames)
    ds = Dataset(tmp_path)
    messages = ds.duckdb().filter("kind = 'message'")
    rows = messages.order("record").fetchall()
    columns = messages.columns
    table = [dict(zip(columns, row, strict=False)) for row in rows]
    assert [r["payload"].encode() for r in table] == frames
    assert [r["record"] for r in table] == list(range(1, len(frames) + 1))
    assert {r["channel"] for r in table} == {"orderbook_delta"}
    fifth = table[4]
    assert (fifth["type"], fifth["sid"], fifth["seq"], fifth["market_ticker"]) == (
        "orderbook_delta",
        1,
        4,
        TICKER,
    )
    assert fifth["price_dollars"] == Decimal("0.42")
    assert fifth["delta_fp"] == Decimal("7")
    assert fifth["exchange_ns"] == 1_790_000_000_123_000_000
    assert table[0]["sid"] == 1
    assert table[0]["seq"] is None
    frame_polars = ds.polars().filter(kind="message").sort("record").collect()
    assert frame_polars["delta_fp"].to_list()[3] == Decimal("-2.25")


def test_book_at_equals_the_tracker_until_a_gap_and_after_the_fresh_snapshot(tmp_path: Path) -> None:
    frames = stream()
    write(tmp_path, frames)
    ds = Dataset(tmp_path)
    tracker = OrderBookTracker()
    for index, body in enumerate(frames):
        tracker.apply(ws.decode_message(body))
        at = T0 + index * 1000
        if index in range(1, 8) or index >= 10:
            expected = tracker.get(TICKER)
            assert expected is not None
            assert ds.book_at(TICKER, at) == expected, index
        if index in (8, 9):  # after the gap, before TICKER's fresh snapshot
            with pytest.raises(IncompleteBook, match="a gap on sid 1"):
                ds.book_at(TICKER, at)
    assert ds.book_at(TICKER, T0 + 7000).size_at("yes", "0.41") == Decimal("3.25")
    with pytest.raises(IncompleteBook, match="no orderbook_snapshot"):
        ds.book_at(TICKER, T0 - 1)
    with pytest.raises(IncompleteBook, match="the session stopped"):
        ds.book_at(TICKER, T0 + 10**12)
    spans = ds.coverage(TICKER)
    assert [(s.start_ns, s.end_ns) for s in spans] == [(T0 + 1000, T0 + 8000), (T0 + 10_000, T0 + 11_000 + 1)]
    assert "gap" in spans[0].end
    other = ds.coverage(OTHER)
    assert [(s.start_ns, s.end_ns) for s in other] == [(T0 + 2000, T0 + 8000)]


def test_a_delta_too_precise_for_the_columns_is_still_applied_exactly(tmp_path: Path) -> None:
    frames = [*stream()[:2], delta(2, TICKER, "yes", "0.4000", "0.0000001")]
    write(tmp_path, frames)
    ds = Dataset(tmp_path)
    assert ds.duckdb().filter("seq = 2").aggregate("any_value(delta_fp)").fetchall() == [(None,)]
    assert ds.book_at(TICKER, T0 + 2000).size_at("yes", "0.40") == Decimal("10.0000001")


def test_a_dead_writers_journal_is_recovered_once_and_a_torn_batch_is_dropped(tmp_path: Path) -> None:
    frames = stream()
    writer = MessageWriter(tmp_path, segment_seconds=3600)
    for index, body in enumerate(frames[:6]):
        writer.add_frame(body, recv_ns=T0 + index)
    writer.flush()
    for index, body in enumerate(frames[6:], 6):
        writer.add_frame(body, recv_ns=T0 + index)
    writer.flush()
    journal = next((tmp_path / "_journal").glob("*.arrows"))
    saved = tmp_path / "saved.arrows"
    shutil.copy(journal, saved)
    # The process dies mid-write of a third batch: a torn tail is left behind.
    with journal.open("ab") as handle:
        handle.write(b"\xff\xff\xff\xff" + b"\x00" * 37)
    writer._journal.close()  # type: ignore[union-attr]  # as a dead process's descriptors are

    again = MessageWriter(tmp_path)
    assert again.recovered == [journal.name.removesuffix(".arrows")]
    again.close()
    ds = Dataset(tmp_path)
    assert ds.duckdb().filter("kind = 'message'").aggregate("count(*)").fetchall() == [(len(frames),)]

    # A crash after the Parquet files were written but before the journal was deleted: the
    # segment is written again under the same names, never twice.
    shutil.copy(saved, journal)
    MessageWriter(tmp_path).close()
    assert ds.duckdb().filter("kind = 'message'").aggregate(
        "count(*), count(DISTINCT (session, record))"
    ).fetchall() == [(len(frames), len(frames))]
    assert list((tmp_path / "_journal").glob("*")) == []


def test_a_running_writers_journal_is_left_alone(tmp_path: Path) -> None:
    running = MessageWriter(tmp_path)
    running.add_frame(stream()[1], recv_ns=T0)
    running.flush()
    other = MessageWriter(tmp_path)
    assert other.recovered == []
    other.close()
    running.close()
    assert Dataset(tmp_path).duckdb().filter("kind = 'message'").aggregate("count(*)").fetchall() == [(1,)]


def test_segments_roll_into_separate_files_by_size(tmp_path: Path) -> None:
    writer = MessageWriter(tmp_path, segment_bytes=1)
    for index, body in enumerate(stream()):
        writer.add_frame(body, recv_ns=T0 + index)
        writer.flush()
    writer.close()
    files = sorted((tmp_path / "messages").rglob("*.parquet"))
    assert len({f.name for f in files}) == len(stream()) + 1  # and the stop record's
    assert Dataset(tmp_path).duckdb().aggregate("count(DISTINCT record)").fetchall() == [(len(stream()) + 1,)]


def test_records_are_partitioned_by_utc_date_and_channel(tmp_path: Path) -> None:
    day = 86_400 * 10**9
    midnight = (T0 // day + 1) * day
    writer = MessageWriter(tmp_path)
    writer.add_frame(stream()[1], recv_ns=midnight - 1)
    writer.add_frame(
        frame({"type": "trade", "sid": 2, "seq": 1, "msg": {"market_ticker": TICKER, "ts": 5}}),
        recv_ns=midnight,
    )
    writer.add_frame(b"not json", recv_ns=midnight + 1)
    writer.close()
    parts = sorted(
        p.parent.relative_to(tmp_path / "messages").as_posix()
        for p in (tmp_path / "messages").rglob("*.parquet")
    )
    assert parts == [
        "date=2026-09-21/channel=orderbook_delta",
        "date=2026-09-22/channel=control",
        "date=2026-09-22/channel=recorder",
        "date=2026-09-22/channel=trade",
    ]
    rows = Dataset(tmp_path).duckdb().filter("kind = 'message'").order("record").select("type, exchange_ns")
    assert [r[:2] for r in rows.fetchall()] == [
        ("orderbook_snapshot", None),
        ("trade", 5 * 10**9),
        ("invalid", None),
    ]


def test_a_recv_time_that_goes_back_is_held_at_the_last_one(tmp_path: Path) -> None:
    writer = MessageWriter(tmp_path)
    writer.add_frame(stream()[1], recv_ns=T0)
    writer.add_frame(stream()[2], recv_ns=T0 - 5)
    writer.close()
    assert [r.recv_ns for r in Dataset(tmp_path).messages(kinds=["message"])] == [T0, T0]


def test_messages_come_in_time_order_across_sessions_and_decode(tmp_path: Path) -> None:
    frames = stream()
    first = MessageWriter(tmp_path)
    second = MessageWriter(tmp_path)
    for index, body in enumerate(frames):
        (first if index % 2 else second).add_frame(body, recv_ns=T0 + index)
    first.close()
    second.close()
    records = list(Dataset(tmp_path).messages(kinds=["message"]))
    assert [r.payload.encode() for r in records] == frames
    assert isinstance(records[3].decode(), ws.messages.OrderbookDelta)
    window = list(Dataset(tmp_path).messages(start=T0 + 3, end=T0 + 5, market_tickers=[TICKER]))
    assert [r.seq for r in window] == [3, 4]


def test_a_seq_repeated_or_out_of_order_is_a_gap_even_when_no_number_is_missing(tmp_path: Path) -> None:
    head = stream()[:2]  # subscribed, then TICKER's snapshot at seq 1
    repeated = [*head, delta(2, TICKER, "yes", "0.4200", "1.00"), delta(2, TICKER, "yes", "0.4200", "1.00")]
    ahead = [
        *head,
        frame({"type": "ok", "id": 2, "sid": 1, "seq": 3, "msg": {"market_tickers": [TICKER]}}),
        delta(2, TICKER, "yes", "0.4200", "1.00"),
    ]
    for name, frames, end in (
        ("repeated", repeated, (T0 + 3000, "a gap on sid 1 (seq 2, expected 3)")),
        ("ahead", ahead, (T0 + 2000, "a gap on sid 1 (seq 3, expected 2)")),
    ):
        write(tmp_path / name, [*frames, delta(3, TICKER, "no", "0.5500", "1.00")])
        ds = Dataset(tmp_path / name)
        assert [(s.start_ns, s.end_ns, s.end) for s in ds.coverage(TICKER)] == [(T0 + 1000, *end)]
        with pytest.raises(IncompleteBook, match="a gap on sid 1"):
            ds.book_at(TICKER, T0 + 4000)
