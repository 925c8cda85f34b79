"""`History` (and `kalshi history`): what Kalshi's market and historical endpoints serve, downloaded
into a dataset: settled markets, trades, candlesticks, and your fills, orders and settlements.

    selection = MarketSelection(series_tickers=["KXHIGHNY"])
    history = History(client, "history/", ["trades", "candlesticks"], selection, start="2026-11-01")
    stats = await history.run()

Layout (Hive-style; see docs/data.md):

    markets/<query>.parquet
    trades/date=2026-11-30/<market ticker>.parquet
    candlesticks/period_minutes=60/date=2026-11-01/<market ticker>.parquet    (one file a month)
    fills/date=2026-11-30/account.parquet       (also orders/, settlements/)

The work is cut into units (a table, a market or the account, a day or a month). Each unit is
fetched whole and written as one file under a name that depends only on the unit, and units whose
window has passed are noted in `_history/done.json` once written. An interrupted download run
again skips the units noted and fetches the others again, writing over what they left: no row is
written twice and none is missed. Requests run `concurrency` at a time, within the client's rate
limiter.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any

import msgspec

from .. import models
from ..client import Client
from . import _extras
from ._errors import DatasetError
from ._history_units import SPECS, Fetcher, Unit
from ._selection import MarketSelection
from ._storage import Storage
from ._tables import model_table
from ._time import Instant, to_ns

__all__ = ["HISTORY_TABLES", "History", "HistoryStats"]

HISTORY_TABLES = ("markets", "trades", "candlesticks", "fills", "orders", "settlements")
CHECKPOINT = "_history/done.json"
SETTLE_SECONDS = 300
"""A window is final this long after its end (later, nothing new can land in it)."""
_DAY = 86_400
_CHECKPOINT_EVERY = 2.0


class HistoryStats(msgspec.Struct, kw_only=True):
    """What a download did."""

    units: int = 0
    """Units of this run, including those already done."""
    skipped: int = 0
    """Units done by an earlier run."""
    done: int = 0
    """Units fetched and written by this run."""
    rows: int = 0
    files: int = 0
    requests: int = 0
    markets: int = 0


def _windows(start: int, end: int, size: str) -> list[tuple[int, int]]:
    """UTC days (or months) covering `[start, end)`, as `[left, right)` pairs."""
    spans = []
    moment = datetime.fromtimestamp(start - start % _DAY, tz=timezone.utc)
    if size == "month":
        moment = moment.replace(day=1)
    while int(moment.timestamp()) < end:
        if size == "month":
            following = moment.replace(year=moment.year + moment.month // 12, month=moment.month % 12 + 1)
        else:
            following = datetime.fromtimestamp(moment.timestamp() + _DAY, tz=timezone.utc)
        spans.append((int(moment.timestamp()), int(following.timestamp())))
        moment = following
    return spans


def _seconds(value: Any, default: int) -> int:
    return int(value.timestamp()) if isinstance(value, datetime) else default


class History:
    """Downloads `tables` of the markets of `selection` (market tables) and of the account
    (fills, orders, settlements) over `[start, end)` into the dataset at `root`."""

    def __init__(
        self,
        client: Client,
        root: str | os.PathLike[str],
        tables: Sequence[str],
        selection: MarketSelection | None = None,
        *,
        start: Instant,
        end: Instant | None = None,
        period_minutes: int = 60,
        concurrency: int = 4,
        on_progress: Callable[[HistoryStats], None] | None = None,
    ) -> None:
        unknown = [t for t in tables if t not in HISTORY_TABLES]
        if unknown or not tables:
            raise ValueError(
                f"tables must be among {', '.join(HISTORY_TABLES)}; got {', '.join(tables) or 'none'}"
            )
        if selection is None and any(t in ("markets", "trades", "candlesticks") for t in tables):
            raise ValueError("markets, trades and candlesticks need markets: market, event or series tickers")
        if period_minutes not in (1, 60, 1440):
            raise ValueError(f"period_minutes must be 1, 60 or 1440, got {period_minutes}")
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {concurrency}")
        self.client = client
        self.tables = list(dict.fromkeys(tables))
        self.selection = selection
        self.start = to_ns(start, "start") // 1_000_000_000
        self.end = (to_ns(end, "end") // 1_000_000_000) if end is not None else int(time.time())
        if self.end <= self.start:
            raise ValueError("end must be after start")
        self.period_minutes = period_minutes
        self.concurrency = concurrency
        self.on_progress = on_progress
        self.storage = Storage(root)
        self.stats = HistoryStats()

    async def run(self) -> HistoryStats:
        """Download what is not done yet; the counts."""
        _extras.pyarrow("kalshi history")
        fetcher = Fetcher(self.client, self.concurrency)
        done = await asyncio.to_thread(self._load_checkpoint)
        units = await self._units(fetcher)
        todo = [u for u in units if u.key not in done]
        self.stats.units = len(units)
        self.stats.skipped = len(units) - len(todo)
        self._progress(fetcher)
        queue: asyncio.Queue[Unit] = asyncio.Queue()
        for unit in todo:
            queue.put_nowait(unit)
        saved = [time.monotonic()]

        async def work() -> None:
            while not queue.empty():
                unit = queue.get_nowait()
                await self._do(unit, fetcher)
                if unit.end + SETTLE_SECONDS <= time.time():
                    done.add(unit.key)
                self.stats.done += 1
                self._progress(fetcher)
                if time.monotonic() - saved[0] >= _CHECKPOINT_EVERY:
                    saved[0] = time.monotonic()
                    await asyncio.to_thread(self._save_checkpoint, set(done))

        try:
            await asyncio.gather(*(work() for _ in range(self.concurrency)))
        finally:
            await asyncio.to_thread(self._save_checkpoint, set(done))
        self._progress(fetcher)
        return self.stats

    def _progress(self, fetcher: Fetcher) -> None:
        self.stats.requests = fetcher.requests
        if self.on_progress is not None:
            self.on_progress(msgspec.structs.replace(self.stats))

    # --- units -----------------------------------------------------------------------------------

    async def _units(self, fetcher: Fetcher) -> list[Unit]:
        units: list[Unit] = []
        if any(t in ("markets", "trades", "candlesticks") for t in self.tables):
            markets = await self._markets(fetcher)
            self.stats.markets = len(markets)
            for table in ("trades", "candlesticks"):
                if table in self.tables:
                    units += self._market_units(table, markets)
        for table in ("fills", "orders", "settlements"):
            if table in self.tables:
                units += [
                    Unit(table, "account", left, right)
                    for left, right in _windows(self.start, self.end, "day")
                ]
        return units

    def _market_units(self, table: str, markets: list[Any]) -> list[Unit]:
        spec = SPECS[table]
        period = self.period_minutes if table == "candlesticks" else None
        units = []
        for market in markets:
            opened = max(self.start, _seconds(market.open_time, self.start))
            closed = min(self.end, _seconds(market.close_time, self.end) + (period or 0) * 60)
            for left, right in _windows(opened, closed, spec.window):
                units.append(
                    Unit(
                        table,
                        market.ticker,
                        max(left, 0),
                        right,
                        market.ticker,
                        market.event_ticker or None,
                        period,
                    )
                )
        return units

    async def _markets(self, fetcher: Fetcher) -> list[Any]:
        """The markets of the selection (settled ones for every market); written as the markets
        table when it is asked for."""
        selection = self.selection
        assert selection is not None
        queries: list[tuple[str, dict[str, Any]]] = []
        tickers = list(selection.market_tickers)
        for index in range(0, len(tickers), 100):
            batch = tickers[index : index + 100]
            digest = hashlib.sha256(",".join(batch).encode()).hexdigest()[:12]
            queries.append((f"tickers-{digest}", {"tickers": ",".join(batch)}))
        queries += [(f"event-{e}", {"event_ticker": e}) for e in selection.event_tickers]
        queries += [(f"series-{s}", {"series_ticker": s}) for s in selection.series_tickers]
        if selection.all_markets:
            queries.append(("settled", {"status": "settled"}))
        found: dict[str, Any] = {}
        for name, query in queries:
            markets = await fetcher.markets(query)
            if "markets" in self.tables and markets:
                await self._write(f"markets/{name}.parquet", markets, models.Market, f"markets of {name}")
            found.update((m.ticker, m) for m in markets)
        return list(found.values())

    async def _do(self, unit: Unit, fetcher: Fetcher) -> None:
        rows = await fetcher.fetch(unit)
        if rows:
            await self._write(unit.path, rows, SPECS[unit.table].model, unit.key)

    async def _write(self, path: str, rows: list[Any], model: type[msgspec.Struct], where: str) -> None:
        table = model_table(rows, model, where)
        pq = _extras.pyarrow().parquet

        def write(handle: Any) -> None:
            pq.write_table(table, handle, compression="zstd")

        await asyncio.to_thread(self.storage.write, path, write)
        self.stats.rows += len(rows)
        self.stats.files += 1

    # --- checkpoint ------------------------------------------------------------------------------

    def _load_checkpoint(self) -> set[str]:
        body = self.storage.read_bytes(CHECKPOINT)
        if body is None:
            return set()
        try:
            return set(msgspec.json.decode(body, type=list[str]))
        except msgspec.DecodeError as exc:
            raise DatasetError(
                f"{self.storage.full(CHECKPOINT)} is not a list of done units: {exc}"
            ) from None

    def _save_checkpoint(self, done: set[str]) -> None:
        self.storage.write_bytes(CHECKPOINT, msgspec.json.encode(sorted(done)))
