"""Market data at rest: recordings of the WebSocket stream and downloads of Kalshi's history, as a
Parquet dataset read as-is by DuckDB, Polars, pyarrow and Spark (the `kalshi-py[data]` extra).

    from kalshi_py.data import Dataset

    ds = Dataset("recordings/")
    ds.polars()                                   # the messages table as a Polars LazyFrame
    ds.duckdb()                                   # ... or a DuckDB relation
    ds.book_at("KXHIGHNY-26DEC02-B45.5", "2026-12-01T15:00:00Z")
    for record in ds.messages(start="2026-12-01"): ...

- `Recorder` (and `kalshi record`) writes the stream of the markets of a `MarketSelection`;
  `MessageWriter` is its crash-safe writer.
- `History` (and `kalshi history`) downloads settled markets, trades, candlesticks and your
  fills, orders and settlements.
- `import_stream` brings a stream recorded elsewhere (a JSON list or JSON lines of frames) in.

The layout and every column are documented in docs/data.md. Importing this package needs nothing
beyond kalshi-py; pyarrow, Polars, DuckDB and fsspec are imported by the calls that need them,
and a missing one raises `MissingExtra` saying what to install.
"""

from __future__ import annotations

from ._books import Span
from ._errors import DatasetError, IncompleteBook
from ._extras import DATA_EXTRA, MissingExtra
from ._selection import MarketSelection
from ._writer import MessageWriter, WriterStats
from .dataset import Dataset, RecordedMessage
from .history import HISTORY_TABLES, History, HistoryStats
from .importing import import_stream
from .recorder import Recorder, RecorderStats

__all__ = [
    "DATA_EXTRA",
    "HISTORY_TABLES",
    "Dataset",
    "DatasetError",
    "History",
    "HistoryStats",
    "IncompleteBook",
    "MarketSelection",
    "MessageWriter",
    "MissingExtra",
    "RecordedMessage",
    "Recorder",
    "RecorderStats",
    "Span",
    "WriterStats",
    "import_stream",
]
