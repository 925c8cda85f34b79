"""The units of work of `kalshi history`: one table, one scope (a market, or the account) and one
time window each. A unit is fetched whole, from the live endpoint and, where Kalshi serves one,
the historical endpoint; its rows are kept only when their time falls in its window (so each row
belongs to exactly one unit), de-duplicated on their id, and written as one file whose name
depends only on the unit. Fetching a unit again writes the same file again, never a second one."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from types import ModuleType
from typing import Any

import msgspec

from .. import models
from ..api.events import get_event
from ..api.historical import (
    get_fills_historical,
    get_historical_markets,
    get_historical_orders,
    get_market_candlesticks_historical,
    get_trades_historical,
)
from ..api.market import get_market_candlesticks, get_markets, get_trades
from ..api.portfolio import get_fills, get_orders, get_settlements
from ..client import Client
from ..errors import NotFoundError
from ..pagination import paginate
from ..types import UNSET

__all__ = ["CANDLES_PER_REQUEST", "SPECS", "Fetcher", "Spec", "Unit"]

CANDLES_PER_REQUEST = 1000


@dataclass(frozen=True)
class Spec:
    """How one table is downloaded."""

    model: type[msgspec.Struct]
    live: ModuleType | None
    historical: ModuleType | None
    time_field: str
    id_fields: tuple[str, ...]
    per_market: bool
    window: str  # "day" or "month"


SPECS: dict[str, Spec] = {
    "trades": Spec(
        models.Trade, get_trades, get_trades_historical, "created_time", ("trade_id",), True, "day"
    ),
    "candlesticks": Spec(
        models.MarketCandlestick,
        get_market_candlesticks,
        get_market_candlesticks_historical,
        "end_period_ts",
        ("end_period_ts",),
        True,
        "month",
    ),
    "fills": Spec(models.Fill, get_fills, get_fills_historical, "created_time", ("fill_id",), False, "day"),
    "orders": Spec(
        models.Order, get_orders, get_historical_orders, "created_time", ("order_id",), False, "day"
    ),
    "settlements": Spec(
        models.Settlement, get_settlements, None, "settled_time", ("ticker", "settled_time"), False, "day"
    ),
}


@dataclass(frozen=True)
class Unit:
    """One table's rows of one scope in one window `[start, end)` (Unix seconds)."""

    table: str
    scope: str
    start: int
    end: int
    market_ticker: str | None = None
    event_ticker: str | None = None
    period_minutes: int | None = None

    @property
    def window_name(self) -> str:
        day = datetime.fromtimestamp(self.start, tz=timezone.utc)
        return f"{day:%Y-%m-%d}"

    @property
    def key(self) -> str:
        period = f"/{self.period_minutes}" if self.period_minutes else ""
        return f"{self.table}{period}/{self.window_name}/{self.scope}"

    @property
    def path(self) -> str:
        period = f"period_minutes={self.period_minutes}/" if self.period_minutes else ""
        return f"{self.table}/{period}date={self.window_name}/{_file_name(self.scope)}.parquet"


def _file_name(scope: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in scope)


def _seconds(value: Any) -> int | None:
    if isinstance(value, datetime):
        return int(value.timestamp())
    if isinstance(value, int):
        return value
    return None


@dataclass
class Fetcher:
    """Fetches units with `client`, at most `concurrency` requests at a time; remembers which
    historical endpoints the exchange does not serve."""

    client: Client
    concurrency: int
    requests: int = 0
    _slots: asyncio.Semaphore = field(init=False)
    _unserved: set[str] = field(default_factory=set)
    _series: dict[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._slots = asyncio.Semaphore(self.concurrency)

    async def _pages(self, operation: ModuleType, items: str, **params: Any) -> list[Any]:
        found: list[Any] = []
        paginator = paginate(operation, client=self.client, **params)
        pages = paginator.apages().__aiter__()
        while True:
            async with self._slots:
                self.requests += 1
                try:
                    page = await pages.__anext__()
                except StopAsyncIteration:
                    return found
            found.extend(getattr(page, items, None) or ())

    async def _historical(self, fetch: Callable[[], Any], name: str) -> list[Any]:
        """What a historical endpoint answers; nothing when the exchange does not serve it (404)."""
        if name in self._unserved:
            return []
        try:
            return list(await fetch())
        except NotFoundError:
            self._unserved.add(name)
            return []

    async def markets(self, query: dict[str, Any]) -> list[Any]:
        """Markets of `query` from the live and the historical listings, one per ticker."""
        live = await self._pages(get_markets, "markets", **query)
        historical_query = {k: v for k, v in query.items() if k != "status"}
        old = await self._historical(
            lambda: self._pages(get_historical_markets, "markets", **historical_query), "markets"
        )
        return list({m.ticker: m for m in [*old, *live]}.values())

    async def fetch(self, unit: Unit) -> list[Any]:
        """The rows of `unit`, in its window, without duplicates."""
        spec = SPECS[unit.table]
        if unit.table == "candlesticks":
            rows = await self._candles(unit)
        else:
            params: dict[str, Any] = {"min_ts": unit.start, "max_ts": unit.end}
            if unit.market_ticker is not None:
                params["ticker"] = unit.market_ticker
            items = unit.table
            assert spec.live is not None
            rows = await self._pages(spec.live, items, **params)
            if spec.historical is not None:
                historical = spec.historical
                rows += await self._historical(lambda: self._pages(historical, items, **params), unit.table)
        kept: dict[tuple[Any, ...], Any] = {}
        for row in rows:
            moment = _seconds(getattr(row, spec.time_field, None))
            if moment is None or not unit.start <= moment < unit.end:
                continue
            kept[tuple(getattr(row, name, None) for name in spec.id_fields)] = row
        return sorted(kept.values(), key=lambda r: _seconds(getattr(r, spec.time_field)) or 0)

    async def _series_of(self, event_ticker: str) -> str | None:
        if event_ticker not in self._series:
            async with self._slots:
                self.requests += 1
                event = (await get_event.asyncio(client=self.client, event_ticker=event_ticker)).event
            series = event.series_ticker if event is not UNSET else UNSET
            self._series[event_ticker] = None if series is UNSET else series
        return self._series[event_ticker]

    async def _candles(self, unit: Unit) -> list[Any]:
        assert unit.market_ticker is not None
        assert unit.period_minutes is not None
        step = unit.period_minutes * 60 * CANDLES_PER_REQUEST
        series = await self._series_of(unit.event_ticker) if unit.event_ticker else None
        rows: list[Any] = []
        for left in range(unit.start, unit.end, step):
            right = min(left + step, unit.end)
            window: dict[str, Any] = {
                "ticker": unit.market_ticker,
                "start_ts": left,
                "end_ts": right,
                "period_interval": unit.period_minutes,
            }
            if series is not None:
                async with self._slots:
                    self.requests += 1
                    page = await get_market_candlesticks.asyncio(
                        client=self.client, series_ticker=series, **window
                    )
                rows += list(page.candlesticks or ())

            async def old(window: dict[str, Any] = window) -> list[Any]:
                async with self._slots:
                    self.requests += 1
                    page = await get_market_candlesticks_historical.asyncio(client=self.client, **window)
                return list(page.candlesticks or ())

            rows += await self._historical(old, "candlesticks")
        return rows
