"""Order books from a recording: `book_at` rebuilds a market's book at an instant, `coverage`
says over which spans a book is complete.

A book is complete from an `orderbook_snapshot` of its subscription until the first record that
ends it (`_completeness`). Its state at an instant is the snapshot's levels plus the sum of the
deltas received after it, up to and including that instant.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, NamedTuple

from .. import ws
from ..orderbook import OrderBook
from . import _extras
from ._completeness import BOOK_CHANNEL, Break, SessionBreaks, all_of, field, session_end
from ._errors import DatasetError, IncompleteBook
from ._schema import KIND_MESSAGE
from ._time import format_ns

__all__ = ["Span", "book_at", "coverage"]

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


def _snapshots(dataset: Any, market_ticker: str, upto_ns: int | None) -> list[dict[str, Any]]:
    conditions = [
        field("channel") == BOOK_CHANNEL,
        field("market_ticker") == market_ticker,
        field("kind") == KIND_MESSAGE,
        field("type") == _SNAPSHOT,
    ]
    if upto_ns is not None:
        conditions.append(field("recv_ns") <= upto_ns)
    return _in_order(
        dataset.to_table(columns=["recv_ns", "session", "record", "sid", "seq"], filter=all_of(*conditions))
    )


def _in_order(snapshots: Any) -> list[dict[str, Any]]:
    return sorted(snapshots.to_pylist(), key=lambda r: (r["recv_ns"], r["session"], r["record"]))


def _payloads(dataset: Any, session: str, records: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(records))
    rows = dataset.to_table(
        columns=["record", "payload"],
        filter=all_of(
            field("channel") == BOOK_CHANNEL, field("session") == session, field("record").isin(wanted)
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
        filter=all_of(
            field("channel") == BOOK_CHANNEL,
            field("market_ticker") == market_ticker,
            field("kind") == KIND_MESSAGE,
            field("type").isin([_SNAPSHOT, _DELTA]),
            field("recv_ns") <= at_ns,
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
    sids = [sid] if sid is not None else []
    broken = SessionBreaks(dataset, session, sids, after=record - 1, upto_ns=at_ns).first_break(
        sid, record, snap["seq"]
    )
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
    snapshots = _snapshots(dataset, market_ticker, None)
    by_session: dict[str, list[dict[str, Any]]] = {}
    for snap in snapshots:
        by_session.setdefault(snap["session"], []).append(snap)
    ends: dict[str, tuple[int, str]] = {}
    breaks: dict[tuple[str, int], Break | None] = {}
    for session, snaps in by_session.items():
        last_ns, _ = ends[session] = session_end(dataset, session)
        # A snapshot received after its session's end covers nothing.
        kept = sorted((s for s in snaps if s["recv_ns"] <= last_ns), key=lambda s: s["record"])
        if not kept:
            continue
        sids = {s["sid"] for s in kept if s["sid"] is not None}
        reading = SessionBreaks(dataset, session, sids, after=kept[0]["record"] - 1, upto_ns=last_ns)
        for snap in kept:
            breaks[session, snap["record"]] = reading.first_break(snap["sid"], snap["record"], snap["seq"])
    spans: list[Span] = []
    for snap in snapshots:
        session = snap["session"]
        if (session, snap["record"]) not in breaks:
            continue
        last_ns, how = ends[session]
        broken = breaks[session, snap["record"]]
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
