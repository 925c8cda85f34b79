"""`coverage` and `book_at` against a plain reading of the completeness rule (docs/data.md):
random recordings with lost and repeated frames, replies that carry the next, the current or an
old `seq`, replies without one, errors and unsubscribes, disconnects with sids handed out again,
overflows, lost subscriptions, several sessions (some killed) and snapshots without a seq.
The reference walks the records one by one for every snapshot; the dataset must agree with it on
every span, every reason and every book."""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from pathlib import Path

import pytest

from kalshi_py import ws
from kalshi_py.data import Dataset, IncompleteBook, MessageWriter, RecordedMessage, Span
from kalshi_py.orderbook import OrderBook

T0 = 1_790_000_000_000_000_000
MARKETS = ("KXREF-26DEC01-A", "KXREF-26DEC01-B", "KXREF-26DEC01-C")
REPLIES = ("ok", "unsubscribed", "error")
SID_ENDS = ("unsubscribed", "error", "subscribed")
_DELTA = "orderbook_delta"
STATUSES = (
    ("overflow", None),
    ("subscription_lost", 1),
    ("subscription_lost", 2),
    ("subscription_lost", None),
    ("gap", 1),
    ("resynced", 2),
)
"""Status records the generator writes, with the sid each concerns: the first four end books."""


def _frame(document: dict[str, object]) -> bytes:
    return json.dumps(document, separators=(",", ":")).encode()


class _Connection:
    """One WebSocket connection as a recorder sees it: markets on two orderbook sids, trades on a
    third, each sid numbering its frames, and the true book of every market."""

    def __init__(self, rng: random.Random, writer: MessageWriter, clock: list[int]) -> None:
        self.rng, self.writer, self.clock = rng, writer, clock
        self.books: dict[str, dict[str, dict[int, int]]] = {m: {"yes": {}, "no": {}} for m in MARKETS}
        self.last: dict[int, bytes] = {}
        self.connect()

    def emit(self, document: dict[str, object]) -> None:
        self.clock[0] += self.rng.choice((0, 1, 700, 1000, 5000))
        body = _frame(document)
        sid = document.get("sid")
        if "seq" in document and isinstance(sid, int):
            self.last[sid] = body
        self.writer.add_frame(body, recv_ns=self.clock[0])

    def status(self, kind: str, sid: int | None = None) -> None:
        self.clock[0] += self.rng.choice((0, 1000))
        self.writer.add_status(ws.StreamStatus(kind=kind, sid=sid), recv_ns=self.clock[0])

    def next_seq(self, sid: int) -> int:
        self.seq[sid] += 1
        return self.seq[sid]

    def connect(self) -> None:
        first, second = self.rng.sample((1, 2), 2)  # a new connection may hand the sids out again
        self.sid_of = {MARKETS[0]: first, MARKETS[1]: first, MARKETS[2]: second}
        self.seq = {1: 0, 2: 0, 3: 0}
        for sid, channel in ((1, "orderbook_delta"), (2, "orderbook_delta"), (3, "trade")):
            self.emit({"type": "subscribed", "id": sid, "msg": {"channel": channel, "sid": sid}})
        for market in MARKETS:
            self.snapshot(market)

    def snapshot(self, market: str, with_seq: bool = True) -> None:
        sid = self.sid_of[market]
        levels = {
            f"{side}_dollars_fp": [[f"0.{p:02d}00", f"{n}.00"] for p, n in sorted(book.items()) if n]
            for side, book in self.books[market].items()
        }
        document: dict[str, object] = {"type": "orderbook_snapshot", "sid": sid, "seq": self.next_seq(sid)}
        if not with_seq:
            del document["seq"]
        self.emit({**document, "msg": {"market_ticker": market, "market_id": "m", **levels}})

    def delta(self, lost: bool) -> None:
        market = self.rng.choice(MARKETS)
        side = self.rng.choice(("yes", "no"))
        levels = self.books[market][side]
        price = self.rng.randint(1, 9)
        change = self.rng.randint(-levels.get(price, 0), 5) or 1
        levels[price] = levels.get(price, 0) + change
        sid = self.sid_of[market]
        document = {
            "type": "orderbook_delta",
            "sid": sid,
            "seq": self.next_seq(sid),
            "msg": {
                "market_ticker": market,
                "market_id": "m",
                "price_dollars": f"0.{price:02d}00",
                "delta_fp": f"{change}.00",
                "side": side,
                "clock": self.seq[sid],
            },
        }
        if not lost:
            self.emit(document)

    def reply(self) -> None:
        sid = self.rng.choice((1, 2, 3))
        seq = self.rng.choice(("next", "current", "old", "skip", "none"))
        document: dict[str, object] = {"type": "ok", "id": 9, "sid": sid, "msg": {"market_tickers": []}}
        if seq == "next":  # what the local exchange sends: the ack takes the next number
            document["seq"] = self.next_seq(sid)
        elif seq == "current":
            document["seq"] = self.seq[sid]
        elif seq == "old":
            document["seq"] = max(self.seq[sid] - 2, 0)
        elif seq == "skip":
            document["seq"] = self.seq[sid] + 2
        self.emit(document)

    def step(self) -> None:
        rng = self.rng
        kind = rng.choices(
            ("delta", "lost", "repeat", "reply", "snapshot", "trade", "status", "end", "reconnect", "rest"),
            weights=(40, 2, 2, 6, 5, 5, 4, 1, 1, 2),
        )[0]
        if kind in ("delta", "lost"):
            self.delta(lost=kind == "lost")
        elif kind == "repeat" and self.last:
            sid = rng.choice(sorted(self.last))
            self.clock[0] += 1000
            self.writer.add_frame(self.last[sid], recv_ns=self.clock[0])
        elif kind == "reply":
            self.reply()
        elif kind == "snapshot":
            self.snapshot(rng.choice(MARKETS), with_seq=rng.random() > 0.1)
        elif kind == "trade":
            seq = self.next_seq(3) + rng.choice((0, 0, 0, 1))
            self.emit({"type": "trade", "sid": 3, "seq": seq, "msg": {"market_ticker": MARKETS[0], "ts": 1}})
        elif kind == "status":
            self.status(*rng.choice(STATUSES))
        elif kind == "end":
            sid = rng.choice((1, 2))
            ending = rng.choice(("unsubscribed", "error", "subscribed"))
            if ending == "subscribed":
                self.emit({"type": "subscribed", "id": 5, "msg": {"channel": "orderbook_delta", "sid": sid}})
            else:
                self.emit(
                    {"type": ending, "id": 5, "sid": sid, "seq": self.next_seq(sid), "msg": {"code": 7}}
                )
        elif kind == "reconnect":
            self.status("disconnected")
            self.connect()
            self.status("reconnected")
        else:
            self.clock[0] += 1000
            self.writer.add_rest_orderbook(rng.choice(MARKETS), b'{"orderbook_fp":{}}', recv_ns=self.clock[0])


def _record(root: Path, seed: int) -> None:
    rng = random.Random(seed)
    start = T0
    for index in range(rng.randint(2, 3)):
        writer = MessageWriter(root, session=f"20260921T{index:02d}0000Z-{seed:06x}")
        clock = [start]
        connection = _Connection(rng, writer, clock)
        for _ in range(rng.randint(80, 220)):
            connection.step()
        start = clock[0] - rng.choice((0, 20_000, -20_000))  # sessions may overlap in time
        if rng.random() < 0.3:  # the recorder was killed: no stop record
            writer.flush()
            writer.close_segment()
        else:
            writer.close()


# --- the reference: the rule of docs/data.md, record by record ----------------------------------


def _session_end(records: list[RecordedMessage]) -> tuple[int, str]:
    stops = [r.recv_ns for r in records if r.kind == "session" and r.type == "stop"]
    if stops:
        return min(stops), "the session stopped"
    return max(r.recv_ns for r in records), "the session's last record (the recorder stopped without closing)"


def _first_break(
    records: list[RecordedMessage], snap: RecordedMessage, upto_ns: int
) -> tuple[int, str] | None:
    last = snap.seq
    for r in records:
        if r.record <= snap.record or r.recv_ns > upto_ns:
            continue
        if r.kind == "status" and (
            r.type in ("disconnected", "overflow")
            or (r.type == "subscription_lost" and r.sid in (None, snap.sid))
        ):
            return r.recv_ns, f"a {r.type!r} status"
        if snap.sid is None or r.channel != "orderbook_delta" or r.sid != snap.sid:
            continue
        if r.type in SID_ENDS:
            return r.recv_ns, f"a {r.type!r} frame on its sid"
        if r.seq is None:
            continue
        expected = r.seq if last is None else last + 1
        if (r.seq > expected) if r.type in REPLIES else (r.seq != expected):
            return r.recv_ns, f"a gap on sid {r.sid} (seq {r.seq}, expected {expected})"
        last = r.seq if last is None else max(last, r.seq)
    return None


def _by_session(records: list[RecordedMessage]) -> dict[str, list[RecordedMessage]]:
    sessions: dict[str, list[RecordedMessage]] = defaultdict(list)
    for r in records:
        sessions[r.session].append(r)
    return {s: sorted(rs, key=lambda r: r.record) for s, rs in sessions.items()}


def _snapshots(records: list[RecordedMessage], ticker: str) -> list[RecordedMessage]:
    return [
        r
        for r in records
        if r.kind == "message" and r.type == "orderbook_snapshot" and r.market_ticker == ticker
    ]


def _reference_coverage(records: list[RecordedMessage], ticker: str) -> list[Span]:
    sessions = _by_session(records)
    spans: list[Span] = []
    for snap in _snapshots(records, ticker):
        last_ns, how = _session_end(sessions[snap.session])
        broken = _first_break(sessions[snap.session], snap, last_ns)
        end_ns, end = broken if broken is not None else (last_ns + 1, how)
        if end_ns <= snap.recv_ns:
            continue
        span = Span(ticker, snap.session, snap.sid, snap.recv_ns, end_ns, end)
        previous = spans[-1] if spans else None
        if (
            previous
            and (previous.session, previous.sid) == (span.session, span.sid)
            and span.start_ns <= previous.end_ns
        ):
            later = span.end_ns >= previous.end_ns
            spans[-1] = previous._replace(
                end_ns=max(previous.end_ns, span.end_ns), end=span.end if later else previous.end
            )
        else:
            spans.append(span)
    return spans


def _reference_book(records: list[RecordedMessage], ticker: str, at_ns: int) -> OrderBook | None:
    before = [s for s in _snapshots(records, ticker) if s.recv_ns <= at_ns]
    if not before:
        return None
    snap = before[-1]
    session = _by_session(records)[snap.session]
    if at_ns > _session_end(session)[0] or _first_break(session, snap, at_ns) is not None:
        return None
    book = OrderBook.from_snapshot(snap.decode())
    for r in session:
        after = r.record > snap.record and r.recv_ns <= at_ns
        if after and (r.type, r.channel, r.sid, r.market_ticker) == (_DELTA, _DELTA, snap.sid, ticker):
            book.apply_delta(r.decode())
    return book


@pytest.mark.parametrize("seed", range(8))
def test_coverage_and_book_at_follow_the_rule_record_by_record(tmp_path: Path, seed: int) -> None:
    _record(tmp_path, seed)
    ds = Dataset(tmp_path)
    records = list(ds.messages())
    assert len({r.session for r in records}) >= 2
    for ticker in MARKETS:
        assert ds.coverage(ticker) == _reference_coverage(records, ticker), ticker
    rng = random.Random(seed)
    times = sorted({r.recv_ns for r in records})
    instants = [times[0] - 1, times[-1] + 1, *rng.sample(times, 12), *(t - 1 for t in rng.sample(times, 4))]
    complete = 0
    for ticker in MARKETS:
        for at in instants:
            expected = _reference_book(records, ticker, at)
            if expected is None:
                with pytest.raises(IncompleteBook):
                    ds.book_at(ticker, at)
                continue
            book = ds.book_at(ticker, at)
            assert book == expected, (ticker, at)
            assert (book.seq, book.sid) == (expected.seq, expected.sid), (ticker, at)
            complete += 1
    assert complete, "the generated recordings hold complete books somewhere"


def test_the_generated_recordings_have_every_kind_of_break(tmp_path: Path) -> None:
    ends: set[str] = set()
    for seed in range(8):
        _record(tmp_path / str(seed), seed)
        records = list(Dataset(tmp_path / str(seed)).messages())
        ends |= {
            re.sub(r"\d+", "N", span.end.split(" (")[0])
            for ticker in MARKETS
            for span in _reference_coverage(records, ticker)
        }
    assert ends >= {
        "a gap on sid N",
        "a 'disconnected' status",
        "a 'overflow' status",
        "a 'subscription_lost' status",
        "a 'subscribed' frame on its sid",
        "a 'unsubscribed' frame on its sid",
        "a 'error' frame on its sid",
        "the session stopped",
        "the session's last record",
    }, ends


def test_long_stretches_between_breaks_follow_the_rule_too(tmp_path: Path) -> None:
    """Tens of thousands of frames on one sid between breaks, with a snapshot without a seq in
    the middle: the dataset reads them in stretches, and must still agree with the reference."""
    writer = MessageWriter(tmp_path, session="20260921T000000Z-long00")
    connection = _Connection(random.Random(99), writer, [T0])
    for index in range(1, 30_000):
        if index in (14_000, 26_000):
            connection.delta(lost=True)
        elif index % 4_000 == 0:
            connection.snapshot(MARKETS[index % 3], with_seq=index != 8_000)
        else:
            connection.delta(lost=False)
    writer.close()
    ds = Dataset(tmp_path)
    records = list(ds.messages())
    spans = []
    for ticker in MARKETS:
        spans += ds.coverage(ticker)
        assert ds.coverage(ticker) == _reference_coverage(records, ticker), ticker
    frames_within = [
        sum(
            1
            for r in records
            if r.sid == s.sid and r.channel == _DELTA and s.start_ns <= r.recv_ns < s.end_ns
        )
        for s in spans
    ]
    assert max(frames_within) > 12_000, "a span long enough to be read in several stretches"
    for at in (records[7_000].recv_ns, records[12_000].recv_ns, records[-2].recv_ns):
        for ticker in MARKETS:
            expected = _reference_book(records, ticker, at)
            if expected is None:
                with pytest.raises(IncompleteBook):
                    ds.book_at(ticker, at)
            else:
                assert ds.book_at(ticker, at) == expected, (ticker, at)


class _CountedReads:
    """A pyarrow dataset that counts the reads made of it."""

    def __init__(self, dataset: object) -> None:
        self.dataset = dataset
        self.reads = 0

    def to_table(self, *args: object, **kwargs: object) -> object:
        self.reads += 1
        return self.dataset.to_table(*args, **kwargs)  # type: ignore[attr-defined]


class _CountedDataset(Dataset):
    def arrow(self, table: str = "messages") -> _CountedReads:
        self.counted = _CountedReads(super().arrow(table))
        return self.counted


def test_coverage_reads_the_dataset_as_often_for_many_snapshots_as_for_few(tmp_path: Path) -> None:
    reads = []
    for resyncs in (2, 40):
        writer = MessageWriter(tmp_path / str(resyncs), session="20260921T000000Z-reads0")
        connection = _Connection(random.Random(5), writer, [T0])
        for _ in range(resyncs):
            connection.delta(lost=True)
            for _ in range(5):
                connection.delta(lost=False)
            for market in MARKETS:
                connection.snapshot(market)
        writer.close()
        ds = _CountedDataset(tmp_path / str(resyncs))
        assert len(ds.coverage(MARKETS[0])) > resyncs / 2
        reads.append(ds.counted.reads)
    assert reads[0] == reads[1]
