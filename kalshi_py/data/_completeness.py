"""What ends a recorded book: the rule of docs/data.md ("Completeness"), computed from one read of
the records of a session.

A book is complete from an `orderbook_snapshot` of its subscription (`session`, `sid`) until the
first of: a `seq` that does not follow the one before it on that sid (a gap), an `unsubscribed`,
`error` or new `subscribed` frame on that sid, a `disconnected`, `overflow` or (for that sid)
`subscription_lost` status record, or the end of the session (its `stop` record, or its last
record when the recorder died).

A `seq` follows when it is one more than the highest before it on the sid since the snapshot (the
snapshot's own, when it has one; else the first frame's sets the count going); a reply (`ok`,
`unsubscribed`, `error`) may also repeat an earlier number. `SessionBreaks` reads a session's
frames of the sids asked about and its status records once, and answers for any number of
snapshots: every frame is looked at about once, however many snapshots there are.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection
from typing import Any, NamedTuple

from . import _extras
from ._errors import DatasetError
from ._schema import CHANNEL_RECORDER, KIND_SESSION, KIND_STATUS

__all__ = ["BOOK_CHANNEL", "Break", "SessionBreaks", "all_of", "field", "session_end"]

BOOK_CHANNEL = "orderbook_delta"
_REPLIES = ("ok", "unsubscribed", "error")
_SID_ENDS = ("unsubscribed", "error", "subscribed")
_STATUS_ENDS = ("disconnected", "overflow", "subscription_lost")
_FIRST_STRETCH = 4096
"""Frames examined at once when looking for a break; each further stretch is twice as long, so a
walk costs about as much as the frames it passes."""
_LOWEST = -(2**63)


class Break(NamedTuple):
    """The record that ended a book: its number in the session, its receive time, and why."""

    record: int
    recv_ns: int
    reason: str


def field(name: str) -> Any:
    return _extras.pyarrow().dataset.field(name)


def all_of(*expressions: Any) -> Any:
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
        filter=all_of(
            field("channel") == CHANNEL_RECORDER,
            field("session") == session,
            field("kind") == KIND_SESSION,
            field("type") == "stop",
        ),
    )
    if stops.num_rows:
        return int(pc.min(stops["recv_ns"]).as_py()), "the session stopped"
    last = dataset.to_table(columns=["recv_ns"], filter=field("session") == session)
    if not last.num_rows:
        raise DatasetError(f"no record of session {session}")
    return int(
        pc.max(last["recv_ns"]).as_py()
    ), "the session's last record (the recorder stopped without closing)"


class _Ascending:
    """A sorted int64 array as a sequence `bisect` can search, without copying it into Python."""

    def __init__(self, values: Any) -> None:
        self.values = values

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, index: int) -> int:
        return int(self.values[index].as_py())


class _SidFrames:
    """The frames of one sid of a session, in record order."""

    def __init__(self, sid: int, frames: Any) -> None:
        pa = _extras.pyarrow()
        pc = pa.compute
        self.sid = sid
        self.frames = frames
        self.records = _Ascending(frames["record"].combine_chunks())
        seq = frames["seq"].combine_chunks()
        self.has_seq = pc.is_valid(seq)
        self.seq = pc.fill_null(seq, 0)
        types = frames["type"].combine_chunks()
        self.reply = pc.is_in(types, value_set=pa.array(_REPLIES))
        self.ends = pc.is_in(types, value_set=pa.array(_SID_ENDS))
        self._last_walk: tuple[int, int, Break | None] | None = None
        """The frames the last walk passed without a break (`first` to `last - 1`), and the break
        it found at `last`."""

    def first_break(self, record: int, seq: int | None) -> Break | None:
        """The first frame after `record` that ends a book whose snapshot is that record (its
        `seq` given), or None."""
        start = bisect.bisect_right(self.records, record)
        walked = self._last_walk
        if seq is not None and walked is not None:
            first, last, found = walked
            if first < start <= last and self.records[start - 1] == record:
                # The last walk passed this snapshot without a break, so the snapshot's seq was
                # the one expected there: from here on the two walks are one.
                return found
        found_at = self._walk(start, seq)
        if found_at is None:
            self._last_walk = (start, len(self.records), None)
            return None
        index, expected = found_at
        row = self.frames.slice(index, 1).to_pylist()[0]
        if row["type"] in _SID_ENDS:
            reason = f"a {row['type']!r} frame on its sid"
        else:
            reason = f"a gap on sid {self.sid} (seq {row['seq']}, expected {expected})"
        found = Break(row["record"], row["recv_ns"], reason)
        self._last_walk = (start, index, found)
        return found

    def _walk(self, start: int, seq: int | None) -> tuple[int, int] | None:
        """`(index, expected seq)` of the first frame from `start` on that ends the book, or None."""
        pa = _extras.pyarrow()
        pc = pa.compute
        highest = seq
        size = _FIRST_STRETCH
        total = len(self.records)
        while start < total:
            has_seq = self.has_seq.slice(start, size)
            seqs = self.seq.slice(start, size)
            if highest is None:
                first = pc.index(has_seq, True).as_py()
                if first >= 0:
                    highest = int(seqs[first].as_py()) - 1
            floor = _LOWEST if highest is None else highest
            counted = pc.if_else(has_seq, seqs, floor)
            before = pc.cumulative_max(
                pa.concat_arrays([pa.array([floor], pa.int64()), counted.slice(0, len(counted) - 1)])
            )
            expected = pc.add(before, 1)
            skipped = pc.if_else(
                self.reply.slice(start, size), pc.greater(seqs, expected), pc.not_equal(seqs, expected)
            )
            ended = pc.or_(self.ends.slice(start, size), pc.and_(has_seq, skipped))
            index = pc.index(ended, True).as_py()
            if index >= 0:
                return start + index, int(expected[index].as_py())
            if highest is not None:
                highest = max(highest, int(pc.max(counted).as_py()))
            start += size
            size *= 2
        return None


class SessionBreaks:
    """Everything that can end a book in `session` after record `after` and up to `upto_ns`:
    the frames of `sids` on the order book channel and the ending status records, read once."""

    def __init__(
        self, dataset: Any, session: str, sids: Collection[int], *, after: int, upto_ns: int
    ) -> None:
        self._sids: dict[int, _SidFrames] = {}
        if sids:
            frames = dataset.to_table(
                columns=["recv_ns", "record", "type", "sid", "seq"],
                filter=all_of(
                    field("channel") == BOOK_CHANNEL,
                    field("session") == session,
                    field("sid").isin(sorted(sids)),
                    field("record") > after,
                    field("recv_ns") <= upto_ns,
                ),
            )
            frames = frames.sort_by([("sid", "ascending"), ("record", "ascending")]).combine_chunks()
            in_order = _Ascending(frames["sid"].combine_chunks())
            for sid in sids:
                low, high = bisect.bisect_left(in_order, sid), bisect.bisect_right(in_order, sid)
                self._sids[sid] = _SidFrames(sid, frames.slice(low, high - low))
        statuses = dataset.to_table(
            columns=["recv_ns", "record", "type", "sid"],
            filter=all_of(
                field("channel") == CHANNEL_RECORDER,
                field("session") == session,
                field("kind") == KIND_STATUS,
                field("record") > after,
                field("recv_ns") <= upto_ns,
                field("type").isin(list(_STATUS_ENDS)),
            ),
        )
        self._every_sid: list[Break] = []
        self._one_sid: dict[int, list[Break]] = {}
        for row in sorted(statuses.to_pylist(), key=lambda r: r["record"]):
            found = Break(row["record"], row["recv_ns"], f"a {row['type']!r} status")
            if row["type"] == "subscription_lost" and row["sid"] is not None:
                self._one_sid.setdefault(row["sid"], []).append(found)
            else:
                self._every_sid.append(found)

    def first_break(self, sid: int | None, record: int, seq: int | None) -> Break | None:
        """The first record after `record` that ends the book of a snapshot at that record on
        `sid` whose seq was `seq` (in this session, up to the instant the breaks were read to)."""
        found: list[Break] = []
        for statuses in (self._every_sid, self._one_sid.get(sid, []) if sid is not None else []):
            index = bisect.bisect_right(statuses, record, key=lambda b: b.record)
            if index < len(statuses):
                found.append(statuses[index])
        frames = self._sids.get(sid) if sid is not None else None
        if frames is not None:
            gap = frames.first_break(record, seq)
            if gap is not None:
                found.append(gap)
        return min(found, default=None)
