"""`Dataset`: a folder (or fsspec URL) of Parquet tables written by `kalshi record`,
`kalshi history` or `import_stream`, opened for reading.

    ds = Dataset("recordings/")
    ds.polars().filter(pl.col("type") == "trade").collect()      # a Polars LazyFrame
    ds.duckdb().filter("channel = 'ticker'").count("*")           # a DuckDB relation
    ds.book_at("KXHIGHNY-26DEC02-B45.5", "2026-12-01T15:00:00Z")  # an OrderBook
    for item in ds.messages(start=..., end=...): ...               # time order, across markets
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

import msgspec

from .. import ws
from ..orderbook import OrderBook
from . import _books, _extras
from ._books import Span
from ._errors import DatasetError
from ._schema import KIND_MESSAGE, KIND_STATUS, MESSAGES, date_of
from ._storage import Storage
from ._time import Instant, to_ns

__all__ = ["Dataset", "RecordedMessage"]


class RecordedMessage(msgspec.Struct, frozen=True, kw_only=True):
    """One record of the messages table (see docs/data.md for every field)."""

    recv_ns: int
    session: str
    record: int
    kind: str
    type: str
    channel: str
    sid: int | None
    seq: int | None
    market_ticker: str | None
    exchange_ns: int | None
    payload: str

    def decode(self) -> Any:
        """The record as an object: a typed `kalshi_py.ws` message for a frame, a `StreamStatus`
        for a status record, the decoded JSON for the others."""
        if self.kind == KIND_MESSAGE:
            return ws.decode_message(self.payload)
        if self.kind == KIND_STATUS:
            return msgspec.json.decode(self.payload, type=ws.StreamStatus)
        return msgspec.json.decode(self.payload)


_DICTIONARY_COLUMNS = ["session", "kind", "type", "market_ticker", "side"]
"""Read as dictionaries: few distinct values, compared once each by a filter."""
_MESSAGE_COLUMNS = [
    "recv_ns",
    "session",
    "record",
    "kind",
    "type",
    "channel",
    "sid",
    "seq",
    "market_ticker",
    "exchange_ns",
    "payload",
]


class Dataset:
    """The dataset at `root`: a local folder, a `file://` URL or any fsspec URL."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.storage = Storage(root)

    def __repr__(self) -> str:
        return f"Dataset({self.storage.root!r})"

    # --- tables ----------------------------------------------------------------------------------

    def tables(self) -> list[str]:
        """The tables present (`messages`, and those `kalshi history` wrote)."""
        return sorted({path.split("/", 1)[0] for path in self.storage.glob("**/*.parquet") if "/" in path})

    def _files(self, table: str) -> list[str]:
        files = self.storage.glob(f"{table}/**/*.parquet")
        if not files:
            raise DatasetError(
                f"{self.storage.root} has no {table!r} table (no Parquet files under {table}/)"
            )
        return files

    def arrow(self, table: str = MESSAGES) -> Any:
        """The table as a `pyarrow.dataset.Dataset` (Hive partitions as columns)."""
        pa = _extras.pyarrow("Dataset.arrow")
        files = self._files(table)
        filesystem, base = self.storage.arrow_filesystem()
        partitioning = (
            pa.dataset.partitioning(
                pa.schema([("date", pa.string()), ("channel", pa.string())]), flavor="hive"
            )
            if table == MESSAGES
            else "hive"
        )
        return pa.dataset.dataset(
            [f"{base}/{path}" for path in files],
            filesystem=filesystem,
            format="parquet",
            partitioning=partitioning,
            partition_base_dir=f"{base}/{table}",
        )

    def polars(self, table: str = MESSAGES) -> Any:
        """The table as a Polars `LazyFrame`."""
        pl = _extras.polars("Dataset.polars")
        if self.storage.local is not None:
            self._files(table)
            return pl.scan_parquet(
                str(self.storage.local / table / "**" / "*.parquet"), hive_partitioning=True
            )
        return pl.scan_pyarrow_dataset(self.arrow(table))

    def duckdb(self, table: str = MESSAGES, connection: Any = None) -> Any:
        """The table as a DuckDB relation, on `connection` (default: DuckDB's default connection)."""
        duckdb = _extras.duckdb("Dataset.duckdb")
        con = connection if connection is not None else duckdb.default_connection()
        if self.storage.local is not None:
            self._files(table)
            pattern = str(self.storage.local / table / "**" / "*.parquet")
            return con.read_parquet(pattern, hive_partitioning=True)
        return con.from_arrow(self.arrow(table))

    # --- the recording ---------------------------------------------------------------------------

    def book_at(self, market_ticker: str, at: Instant) -> OrderBook:
        """The exact book of `market_ticker` at `at` (ns since the epoch, a datetime or an ISO
        time), as recorded: every record received at or before it applied. Raises
        `IncompleteBook` when the recording does not hold the complete book at that instant."""
        return _books.book_at(self.arrow(MESSAGES), market_ticker, to_ns(at, "at"))

    def coverage(self, market_ticker: str) -> list[Span]:
        """The spans over which the recording holds the complete book of `market_ticker`."""
        return _books.coverage(self.arrow(MESSAGES), market_ticker)

    def messages(
        self,
        *,
        start: Instant | None = None,
        end: Instant | None = None,
        market_tickers: Iterable[str] | None = None,
        channels: Iterable[str] | None = None,
        kinds: Iterable[str] | None = None,
    ) -> Iterator[RecordedMessage]:
        """Records in the order they were received, across markets and channels (by `recv_ns`,
        then session and record), from `start` (inclusive) to `end` (exclusive). One day is read
        into memory at a time."""
        pa = _extras.pyarrow("Dataset.messages")
        field = pa.dataset.field
        dataset = self.arrow(MESSAGES)
        conditions = []
        start_ns = to_ns(start, "start") if start is not None else None
        end_ns = to_ns(end, "end") if end is not None else None
        if start_ns is not None:
            conditions.append(field("recv_ns") >= start_ns)
        if end_ns is not None:
            conditions.append(field("recv_ns") < end_ns)
        if market_tickers is not None:
            conditions.append(field("market_ticker").isin(list(market_tickers)))
        if channels is not None:
            conditions.append(field("channel").isin(list(channels)))
        if kinds is not None:
            conditions.append(field("kind").isin(list(kinds)))
        dates = sorted({p.split("/")[1].removeprefix("date=") for p in self._files(MESSAGES)})
        first = date_of(start_ns) if start_ns is not None else None
        last = date_of(end_ns) if end_ns is not None else None
        for day in dates:
            if (first is not None and day < first) or (last is not None and day > last):
                continue
            condition = field("date") == day
            for extra in conditions:
                condition = condition & extra
            rows = dataset.to_table(columns=_MESSAGE_COLUMNS, filter=condition)
            rows = rows.sort_by([("recv_ns", "ascending"), ("session", "ascending"), ("record", "ascending")])
            for batch in rows.to_batches(max_chunksize=10_000):
                for row in batch.to_pylist():
                    yield RecordedMessage(**row)
