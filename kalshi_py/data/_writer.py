"""`MessageWriter`: the crash-safe writer of the messages table.

Records are collected in memory (`add_frame`, `add_status`, ...). `flush()` appends them to the
open segment's journal on local disk and fsyncs it: a `kill -9` loses only what was collected
since the last flush. When the segment is old or big enough (`segment_seconds`,
`segment_bytes`) it is closed: its rows are written as one Parquet file per partition
(`messages/date=.../channel=.../part-<session>-<segment>.parquet`, each written whole under a
hidden name and renamed into place) and the journal is deleted. The file names depend only on the
session and the segment, so a segment converted twice (a crash between the last rename and the
journal's deletion) is written over, never duplicated. A new writer first converts the journals
that died with their writers (`recover`).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import msgspec

from . import _extras
from ._journal import SUFFIX, Journal, claim, read_journal
from ._rows import Rows
from ._schema import (
    CHANNEL_RECORDER,
    FILE_COLUMNS,
    JOURNAL_DIR,
    KIND_REST_ORDERBOOK,
    KIND_SESSION,
    KIND_STATUS,
    MESSAGES,
    date_of,
    decimal_type,
    file_schema,
    journal_schema,
)
from ._storage import Storage, default_journal_dir

__all__ = ["MessageWriter", "WriterStats", "new_session_id", "recover"]

_NS_PER_DAY = 86_400 * 1_000_000_000
_ROW_GROUP = 65_536
"""Rows per row group: records and receive times grow within a file, so a reader's filter on them
skips whole row groups by their statistics."""
_DICTIONARY_COLUMNS = ["session", "kind", "type", "market_ticker", "side"]


def new_session_id(now_ns: int | None = None) -> str:
    """A session id that sorts by start time: `20261201T120000Z-1a2b3c`."""
    moment = datetime.fromtimestamp((now_ns or time.time_ns()) / 1e9, tz=timezone.utc)
    return f"{moment:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


class WriterStats(msgspec.Struct, kw_only=True):
    """What a writer has done so far."""

    flushed: int = 0
    """Records made durable in a journal or a Parquet file."""
    files: int = 0
    """Parquet files written."""
    bytes_written: int = 0
    """Bytes of Parquet written."""


def _strings_to_decimals(values: list[str | None]) -> Any:
    """Exact decimal column of fixed-point strings; a value that does not fit (more than 6
    places, not a number) becomes null: the payload keeps it as received."""
    pa, pc = _extras.pyarrow(), _extras.pyarrow().compute
    kind = decimal_type()
    try:
        return pc.cast(pa.array(values, pa.string()), kind)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        out = []
        for value in values:
            try:
                out.append(pc.cast(pa.scalar(value, pa.string()), kind).as_py())
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
                out.append(None)
        return pa.array(out, kind)


def rows_batch(rows: Rows, session: str) -> Any:
    """`rows` as one record batch of the journal schema."""
    pa = _extras.pyarrow()
    n = len(rows)
    arrays = [
        pa.array(rows.recv_ns, pa.int64()),
        pa.array([session] * n, pa.string()),
        pa.array(rows.record, pa.int64()),
        pa.array(rows.kind, pa.string()),
        pa.array(rows.type, pa.string()),
        pa.array(rows.sid, pa.int64()),
        pa.array(rows.seq, pa.int64()),
        pa.array(rows.market_ticker, pa.string()),
        pa.array(rows.exchange_ns, pa.int64()),
        pa.array(rows.clock, pa.int64()),
        pa.array(rows.side, pa.string()),
        _strings_to_decimals(rows.price_dollars),
        _strings_to_decimals(rows.delta_fp),
        pa.array(rows.payload, pa.string()),
        pa.array(rows.date, pa.string()),
        pa.array(rows.channel, pa.string()),
    ]
    return pa.RecordBatch.from_arrays(arrays, schema=journal_schema())


def write_segment(storage: Storage, table: Any, name: str, compression: str = "zstd") -> tuple[int, int]:
    """Write the rows of one segment as one Parquet file per (date, channel); `(files, bytes)`."""
    pa, pc, pq = _extras.pyarrow(), _extras.pyarrow().compute, _extras.pyarrow().parquet
    if table.num_rows == 0:
        return 0, 0
    schema = file_schema()
    files = size = 0
    keys = table.select(["date", "channel"]).group_by(["date", "channel"]).aggregate([]).to_pylist()
    for key in sorted(keys, key=lambda k: (k["date"], k["channel"])):
        mask = pc.and_(pc.equal(table["date"], key["date"]), pc.equal(table["channel"], key["channel"]))
        part = table.filter(mask).select(list(FILE_COLUMNS)).cast(schema)
        relative = f"{MESSAGES}/date={key['date']}/channel={key['channel']}/part-{name}.parquet"

        def write(handle: Any, part: Any = part) -> None:
            pq.write_table(
                part,
                handle,
                compression=compression,
                use_dictionary=_DICTIONARY_COLUMNS,
                row_group_size=_ROW_GROUP,
            )

        size += storage.write(relative, write)
        files += 1
    del pa
    return files, size


def recover(storage: Storage, journal_dir: Path) -> list[str]:
    """Convert every journal in `journal_dir` whose writer is gone into the dataset; the names of
    the segments recovered."""
    recovered = []
    for path in sorted(journal_dir.glob(f"*{SUFFIX}")):
        handle = claim(path)
        if handle is None:
            continue
        try:
            table = read_journal(path, journal_schema())
            write_segment(storage, table, path.name[: -len(SUFFIX)])
            path.unlink(missing_ok=True)
            recovered.append(path.name[: -len(SUFFIX)])
        finally:
            handle.close()
    return recovered


class MessageWriter:
    """Writes the records of one session to the messages table of the dataset at `root` (a
    folder or an fsspec URL).

    `add_*` collect records (call them from one thread); `flush()` makes them durable, and may be
    called from another thread than the one adding, as long as calls to it do not overlap.
    `close()` flushes and closes the last segment.
    """

    def __init__(
        self,
        root: str | os.PathLike[str],
        *,
        session: str | None = None,
        journal_dir: str | os.PathLike[str] | None = None,
        segment_seconds: float = 300.0,
        segment_bytes: int = 128 * 1024 * 1024,
        compression: str = "zstd",
    ) -> None:
        if segment_seconds <= 0 or segment_bytes <= 0:
            raise ValueError("segment_seconds and segment_bytes must be positive")
        _extras.pyarrow("recording")
        self.storage = Storage(root)
        if journal_dir is not None:
            self.journal_dir = Path(journal_dir)
        elif self.storage.local is not None:
            self.journal_dir = self.storage.local / JOURNAL_DIR
        else:
            self.journal_dir = default_journal_dir(self.storage.root)
        self.session = session or new_session_id()
        self.segment_seconds = segment_seconds
        self.segment_bytes = segment_bytes
        self.compression = compression
        self.stats = WriterStats()
        self.recovered = recover(self.storage, self.journal_dir)
        """Segments of earlier sessions that this writer found in journals and converted."""
        self._rows = Rows()
        self._record = 0
        self._last_ns = 0
        self._day_end = 0
        self._date = ""
        self._sid_channels: dict[int, str] = {}
        self._segment = 0
        self._journal: Journal | None = None
        self._journal_opened = 0.0
        self._closed = False
        self._stopped = False

    # --- collecting ----------------------------------------------------------------------------

    def _stamp(self, recv_ns: int | None) -> int:
        """The receive time of the next record: never earlier than the one before it."""
        now = time.time_ns() if recv_ns is None else recv_ns
        now = max(now, self._last_ns)
        self._last_ns = now
        if now >= self._day_end:
            self._date = date_of(now)
            self._day_end = (now // _NS_PER_DAY + 1) * _NS_PER_DAY
        self._record += 1
        return now

    def add_frame(self, frame: bytes, recv_ns: int | None = None) -> None:
        """One WebSocket frame exactly as received, at `recv_ns` (default: now)."""
        now = self._stamp(recv_ns)
        self._rows.add_frame(now, self._record, frame, self._date, self._sid_channels)

    def add_status(self, status: Any, recv_ns: int | None = None) -> None:
        """A `kalshi_py.ws.StreamStatus` (gap, resync, disconnect, ...)."""
        now = self._stamp(recv_ns)
        tickers: tuple[str, ...] = tuple(getattr(status, "market_tickers", ()) or ())
        self._rows.add(
            now,
            self._record,
            KIND_STATUS,
            str(status.kind),
            channel=CHANNEL_RECORDER,
            payload=msgspec.json.encode(status).decode("utf-8"),
            sid=getattr(status, "sid", None),
            market_ticker=tickers[0] if len(tickers) == 1 else None,
            date=self._date,
        )

    def add_rest_orderbook(self, market_ticker: str, body: bytes, recv_ns: int | None = None) -> None:
        """The body of `GET /markets/{market_ticker}/orderbook` as received."""
        now = self._stamp(recv_ns)
        self._rows.add(
            now,
            self._record,
            KIND_REST_ORDERBOOK,
            "orderbook",
            channel="orderbook_delta",
            payload=body.decode("utf-8", "replace"),
            market_ticker=market_ticker,
            date=self._date,
        )

    def add_session(self, event: str, details: Mapping[str, Any], recv_ns: int | None = None) -> None:
        """A session record (`event` is "start" or "stop") with `details` as its JSON payload."""
        if event == "stop":
            self._stopped = True
        now = self._stamp(recv_ns)
        self._rows.add(
            now,
            self._record,
            KIND_SESSION,
            event,
            channel=CHANNEL_RECORDER,
            payload=msgspec.json.encode(dict(details)).decode("utf-8"),
            date=self._date,
        )

    @property
    def pending(self) -> int:
        """Records collected and not flushed yet."""
        return len(self._rows)

    @property
    def records(self) -> int:
        return self._record

    # --- writing ---------------------------------------------------------------------------------

    def take(self) -> Rows:
        """The records collected so far, to pass to `write` (on the thread that adds records)."""
        rows, self._rows = self._rows, Rows()
        return rows

    def write(self, rows: Rows) -> None:
        """Make `rows` durable in the journal; close the segment when it is due."""
        if len(rows):
            if self._journal is None:
                self._segment += 1
                path = self.journal_dir / f"{self._segment_name()}{SUFFIX}"
                self._journal = Journal(path, journal_schema())
                self._journal_opened = time.monotonic()
            self._journal.append(rows_batch(rows, self.session))
            self.stats.flushed += len(rows)
        journal = self._journal
        if journal is not None and (
            journal.size >= self.segment_bytes
            or time.monotonic() - self._journal_opened >= self.segment_seconds
        ):
            self.close_segment()

    def flush(self) -> None:
        """Make every record collected so far durable."""
        self.write(self.take())

    def close_segment(self) -> None:
        """Write the open segment as Parquet and delete its journal."""
        journal, self._journal = self._journal, None
        if journal is None:
            return
        journal.close()
        table = read_journal(journal.path, journal_schema())
        files, size = write_segment(self.storage, table, self._segment_name(), self.compression)
        self.stats.files += files
        self.stats.bytes_written += size
        with contextlib.suppress(FileNotFoundError):
            journal.path.unlink()

    def close(self) -> None:
        """Write the session's stop record (at the last record's time, unless `add_session("stop",
        ...)` wrote one), flush and close the last segment. The writer cannot be used after."""
        if self._closed:
            return
        self._closed = True
        if not self._stopped and self._record:
            self.add_session("stop", {}, recv_ns=self._last_ns)
        self.flush()
        self.close_segment()

    def _segment_name(self) -> str:
        return f"{self.session}-{self._segment:06d}"

    def __enter__(self) -> MessageWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
