"""Order books from a recording: `book_at` rebuilds a market's book at an instant, `coverage`
says over which spans a book is complete.

A book is complete from an `orderbook_snapshot` of its subscription (`session`, `sid`) until the
first of: a `seq` that does not follow the one before it on that sid (a gap), an `unsubscribed`,
`error` or new `subscribed` frame on that sid, a `disconnected`, `overflow` or (for that sid)
`subscription_lost` status record, or the end of the session (its `stop` record, or its last
record when the recorder died). Its state at an instant is the snapshot's levels plus the sum of
the deltas received after it, up to and including that instant.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, NamedTuple

from .. import ws
from ..orderbook import OrderBook
from . import _extras
from ._errors import DatasetError, IncompleteBook
from ._schema import CHANNEL_RECORDER, KIND_MESSAGE, KIND_SESSION, KIND_STATUS
from ._time import format_ns

__all__ = ["Span", "book_at", "coverage"]

_BOOK_CHANNEL = "orderbook_delta"
_REPLIES = ("ok", "unsubscribed", "error")
_SID_ENDS = ("unsubscribed", "error", "subscribed")
_STATUS_ENDS = ("disconnected", "overflow", "subscription_lost")
_SNAPSHOT = "orderbook_snapshot"
_DELTA = "orderbook_delta"


class Span(NamedTuple):
    """An interval `[start_ns, end_ns)` over which the recording holds the complete book of
    `market_ticker`, from the snapshot received at `start_ns` on subscription `sid` of `session`;
    `end` says what ended it (a gap, a disconnect, the end of the session, ...)."""

    market_ticker: str
    session: str
    sid: int | None
    start_ns: int
    end_ns: int
    end: str


class _Break(NamedTuple):
    record: int
    recv_ns: int
    reason: str


def _field(name: str) -> Any:
    return _extras.pyarrow().dataset.field(name)


def _all(*expressions: Any) -> Any:
    result = expressions[0]
    for expression in expressions[1:]:
        result = result & expression
    return result


def session_end(dataset: Any, session: str) -> tuple[int, str]:
    """`(ns of the session's last record, how it ended)`: its stop record, or the last record
    kept when the recorder died."""
    pc = _extras.pyarrow().compute
    stops = dataset.to_table(
        columns=["recv_ns"],
        filter=_all(
            _field("channel") == CHANNEL_RECORDER,
            _field("session") == session,
            _field("kind") == KIND_SESSION,
            _field("type") == "stop",
        ),
    )
    if stops.num_rows:
        return int(pc.min(stops["recv_ns"]).as_py()), "the session stopped"
    last = dataset.to_table(columns=["recv_ns"], filter=_field("session") == session)
    if not last.num_rows:
        raise DatasetError(f"no record of session {session}")
    return int(
        pc.max(last["recv_ns"]).as_py()
    ), "the session's last record (the recorder stopped without closing)"


def _first_seq_break(frames: Any, start_seq: int | None) -> _Break | None:
    """The first frame (in record order) whose seq does not follow the ones before it."""
    pc = _extras.pyarrow().compute
    sequenced = frames.filter(pc.is_valid(frames["seq"]))
    first: _Break | None = None
    if sequenced.num_rows:
        seqs = sequenced["seq"].combine_chunks()
        if start_seq is None:
            start_seq = int(seqs[0].as_py()) - 1
        running = pc.cumulative_max(seqs)
        previous = pc.max_element_wise(
            _extras.pyarrow().concat_arrays(
                [_extras.pyarrow().array([start_seq], seqs.type), running.slice(0, len(running) - 1)]
            ),
            start_seq,
        )
        expected = pc.add(previous, 1)
        is_reply = pc.is_in(sequenced["type"], value_set=_extras.pyarrow().array(_REPLIES))
        skipped = pc.or_(
            pc.and_(pc.invert(is_reply), pc.not_equal(seqs, expected)),
            pc.and_(is_reply, pc.greater(seqs, expected)),
        )
        index = pc.index(skipped, True).as_py()
        if index >= 0:
            row = sequenced.slice(index, 1).to_pylist()[0]
            first = _Break(
                row["record"],
                row["recv_ns"],
                f"a gap on sid {row.get('sid')} (seq {row['seq']}, expected {expected[index].as_py()})",
            )
    return first


def _plainly_whole(frames: Any, start_seq: int | None) -> bool:
    """Whether the `seq` and `type` columns of a sid's frames certainly show no gap and no end:
    every number from the snapshot's on is there (replies may repeat one) and no frame ends the
    sid. When this says no, the frames are examined in order."""
    pa = _extras.pyarrow()
    pc = pa.compute
    if pc.any(pc.is_in(frames["type"], value_set=pa.array(_SID_ENDS))).as_py():
        return False
    seqs = pc.drop_null(frames["seq"])
    if len(seqs) == 0:
        return True
    low, high = pc.min_max(seqs).values()
    distinct = pc.count_distinct(seqs).as_py()
    first = low.as_py() if start_seq is None else start_seq + 1
    return bool(low.as_py() == first and distinct == high.as_py() - first + 1)


def _first_break(
    dataset: Any, session: str, sid: int | None, *, record: int, seq: int | None, upto_ns: int
) -> _Break | None:
    """The first event after `record` (up to `upto_ns`) that ends a book of `sid` in `session`."""
    pc = _extras.pyarrow().compute
    found: list[_Break] = []
    if sid is not None:
        sid_rows = _all(  # a sid is set on frames only
            _field("channel") == _BOOK_CHANNEL,
            _field("record") > record,
            _field("recv_ns") <= upto_ns,
            _field("sid") == sid,
            _field("session") == session,
        )
        if not _plainly_whole(dataset.to_table(columns=["seq", "type"], filter=sid_rows), seq):
            frames = dataset.to_table(columns=["recv_ns", "record", "type", "sid", "seq"], filter=sid_rows)
            frames = frames.take(pc.sort_indices(frames["record"]))
            gap = _first_seq_break(frames, seq)
            if gap is not None:
                found.append(gap)
            ends = frames.filter(pc.is_in(frames["type"], value_set=_extras.pyarrow().array(_SID_ENDS)))
            found += [
                _Break(r["record"], r["recv_ns"], f"a {r['type']!r} frame on its sid")
                for r in ends.to_pylist()
            ]
    statuses = dataset.to_table(
        columns=["recv_ns", "record", "type", "sid"],
        filter=_all(
            _field("channel") == CHANNEL_RECORDER,
            _field("session") == session,
            _field("kind") == KIND_STATUS,
            _field("record") > record,
            _field("recv_ns") <= upto_ns,
            _field("type").isin(list(_STATUS_ENDS)),
        ),
    )
    for row in statuses.to_pylist():
        if row["type"] == "subscription_lost" and row["sid"] not in (None, sid):
            continue
        found.append(_Break(row["record"], row["recv_ns"], f"a {row['type']!r} status"))
    return min(found, default=None)


def _snapshots(dataset: Any, market_ticker: str, upto_ns: int | None) -> list[dict[str, Any]]:
    conditions = [
        _field("channel") == _BOOK_CHANNEL,
        _field("market_ticker") == market_ticker,
        _field("kind") == KIND_MESSAGE,
        _field("type") == _SNAPSHOT,
    ]
    if upto_ns is not None:
        conditions.append(_field("recv_ns") <= upto_ns)
    return _in_order(
        dataset.to_table(columns=["recv_ns", "session", "record", "sid", "seq"], filter=_all(*conditions))
    )


def _in_order(snapshots: Any) -> list[dict[str, Any]]:
    return sorted(snapshots.to_pylist(), key=lambda r: (r["recv_ns"], r["session"], r["record"]))


def _payloads(dataset: Any, session: str, records: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(records))
    rows = dataset.to_table(
        columns=["record", "payload"],
        filter=_all(
            _field("channel") == _BOOK_CHANNEL, _field("session") == session, _field("record").isin(wanted)
        ),
    )
    return {row["record"]: row["payload"] for row in rows.to_pylist()}


_CENT_FRACTIONS = Decimal("0.0001")
_COUNT_FRACTIONS = Decimal("0.01")


def _tidy(value: Decimal, places: Decimal) -> Decimal:
    """`value` written with Kalshi's usual places when that keeps it exact (0.680000 -> 0.6800)."""
    short = value.quantize(places)
    return short if short == value else value


def _apply(levels: dict[Decimal, Decimal], price: Decimal, change: Decimal, where: str) -> None:
    price = _tidy(price, _CENT_FRACTIONS)
    size = _tidy(levels.get(price, Decimal(0)) + change, _COUNT_FRACTIONS)
    if size > 0:
        levels[price] = size
    elif size == 0:
        levels.pop(price, None)
    else:
        raise DatasetError(
            f"{where}: the deltas would leave size {size} at {price}; the recording is inconsistent"
        )


def book_at(dataset: Any, market_ticker: str, at_ns: int) -> OrderBook:
    """The book of `market_ticker` as recorded at `at_ns` (every record received at or before it)."""
    pa = _extras.pyarrow()
    pc = pa.compute
    rows = dataset.to_table(
        columns=[
            "recv_ns",
            "session",
            "record",
            "type",
            "sid",
            "seq",
            "clock",
            "side",
            "price_dollars",
            "delta_fp",
        ],
        filter=_all(
            _field("channel") == _BOOK_CHANNEL,
            _field("market_ticker") == market_ticker,
            _field("kind") == KIND_MESSAGE,
            _field("type").isin([_SNAPSHOT, _DELTA]),
            _field("recv_ns") <= at_ns,
        ),
    )
    snapshots = _in_order(rows.filter(pc.equal(rows["type"], _SNAPSHOT)))
    when = format_ns(at_ns)
    if not snapshots:
        raise IncompleteBook(f"no orderbook_snapshot of {market_ticker} at or before {when}")
    snap = snapshots[-1]
    session, sid, record = snap["session"], snap["sid"], snap["record"]
    end_ns, how = session_end(dataset, session)
    if at_ns > end_ns:
        raise IncompleteBook(
            f"the book of {market_ticker} is not known at {when}: {how} at {format_ns(end_ns)}, "
            "and no later session has a snapshot of it before that instant"
        )
    broken = _first_break(dataset, session, sid, record=record, seq=snap["seq"], upto_ns=at_ns)
    if broken is not None:
        raise IncompleteBook(
            f"the book of {market_ticker} is not known at {when}: {broken.reason} at "
            f"{format_ns(broken.recv_ns)} came after its snapshot of {format_ns(snap['recv_ns'])}, "
            "and no fresh snapshot came before that instant"
        )
    deltas = rows.filter(
        pc.and_(
            pc.and_(pc.equal(rows["type"], _DELTA), pc.equal(rows["session"], session)),
            pc.and_(pc.equal(rows["sid"], sid), pc.greater(rows["record"], record)),
        )
    )
    typed = pc.and_(
        pc.and_(pc.is_valid(deltas["price_dollars"]), pc.is_valid(deltas["delta_fp"])),
        pc.is_in(deltas["side"], value_set=pa.array(["yes", "no"])),
    )
    loose = deltas.filter(pc.invert(typed))
    sums = deltas.filter(typed).group_by(["side", "price_dollars"]).aggregate([("delta_fp", "sum")])
    payloads = _payloads(dataset, session, [record, *loose["record"].to_pylist()])
    message = ws.decode_message(payloads[record])
    if not isinstance(message, ws.messages.OrderbookSnapshot):
        raise DatasetError(
            f"the orderbook_snapshot of {market_ticker} (record {record} of session {session}) "
            "cannot be read as one"
        )
    book = OrderBook.from_snapshot(message)
    where = f"the book of {market_ticker} at {when}"
    for row in sums.to_pylist():
        levels = book.yes if row["side"] == "yes" else book.no
        _apply(levels, row["price_dollars"], row["delta_fp_sum"], where)
    for number in loose["record"].to_pylist():
        delta = ws.decode_message(payloads[number])
        if not isinstance(delta, ws.messages.OrderbookDelta):
            raise DatasetError(f"record {number} of session {session} is not a readable orderbook_delta")
        levels = book.yes if delta.msg.side == "yes" else book.no
        _apply(levels, delta.msg.price_dollars, delta.msg.delta_fp, where)
    if deltas.num_rows:
        last = deltas.take(pc.sort_indices(deltas["record"])).slice(deltas.num_rows - 1, 1).to_pylist()[0]
        book.seq = last["seq"]
        book.clock = last["clock"] if last["clock"] is not None else book.clock
    book.sid = sid
    return book


def coverage(dataset: Any, market_ticker: str) -> list[Span]:
    """The spans over which the recording holds the complete book of `market_ticker`, in order
    (overlapping spans of successive snapshots merged)."""
    spans: list[Span] = []
    ends: dict[str, tuple[int, str]] = {}
    for snap in _snapshots(dataset, market_ticker, None):
        session = snap["session"]
        if session not in ends:
            ends[session] = session_end(dataset, session)
        last_ns, how = ends[session]
        broken = _first_break(
            dataset, session, snap["sid"], record=snap["record"], seq=snap["seq"], upto_ns=last_ns
        )
        if broken is not None:
            span = Span(market_ticker, session, snap["sid"], snap["recv_ns"], broken.recv_ns, broken.reason)
        else:
            span = Span(market_ticker, session, snap["sid"], snap["recv_ns"], last_ns + 1, how)
        if span.end_ns <= span.start_ns:
            continue
        if (
            spans
            and spans[-1].session == session
            and spans[-1].sid == span.sid
            and span.start_ns <= spans[-1].end_ns
        ):
            previous = spans[-1]
            spans[-1] = previous._replace(
                end_ns=max(previous.end_ns, span.end_ns),
                end=span.end if span.end_ns >= previous.end_ns else previous.end,
            )
            continue
        spans.append(span)
    return spans
