"""`kalshi history`: killed with SIGKILL mid-download and run again, the dataset holds every trade,
fill and order the exchange serves, each exactly once; and the units it cuts the work into."""

from __future__ import annotations

import itertools
import json
import signal
import time
from decimal import Decimal
from pathlib import Path

import pytest

from kalshi_py.api.market import get_trades
from kalshi_py.api.orders import create_order_v2
from kalshi_py.api.portfolio import get_fills, get_orders
from kalshi_py.data import Dataset
from kalshi_py.data.history import History, HistoryStats, _windows
from kalshi_py.pagination import paginate

from .conftest import LocalExchange, active_tickers, kalshi_process, lively_exchange, sigkill, wait_for

DAY = 86_400


def _trade_for_the_account(ex: LocalExchange, client: object, tickers: list[str]) -> None:
    for ticker in tickers[:6]:
        create_order_v2.sync(
            client=client,
            ticker=ticker,
            side="bid",
            count=Decimal("2"),
            price=Decimal("0.99"),
            time_in_force="immediate_or_cancel",
            self_trade_prevention_type="taker_at_cross",
        )


@pytest.mark.slow
def test_a_killed_download_run_again_has_every_row_once(tmp_path: Path) -> None:
    root = tmp_path / "history"
    with lively_exchange(seed=7, activity=300) as ex:
        credentials = ex.create_account()
        tickers = active_tickers(ex)
        time.sleep(2.0)
        ex.stop_activity()
        with ex.client(credentials) as client:
            _trade_for_the_account(ex, client, tickers)
            series = sorted({t.split("-")[0] for t in tickers})  # and their closed markets
            every_trade = list(paginate(get_trades, client=client))
            trades = {t.trade_id for t in every_trade if t.ticker.split("-")[0] in series}
            fills = {f.fill_id for f in paginate(get_fills, client=client)}
            orders = {o.order_id for o in paginate(get_orders, client=client)}
        assert trades
        assert len(trades) < len(every_trade), "some trades are of series not asked for"
        assert fills
        ex.faults.latency = 0.02
        start = str(int(time.time()) - 2 * DAY)
        args = [
            "history",
            "trades",
            "fills",
            "orders",
            "--out",
            str(root),
            "--start",
            start,
            "--concurrency",
            "2",
            "--tier",
            "prestige",
            "--json",
        ]
        for name in series:
            args += ["--series", name]

        first = kalshi_process(ex, credentials, *args)
        try:
            wait_for(lambda: len(list(root.rglob("*.parquet"))) >= 3, 60, "the first files of the download")
        finally:
            sigkill(first)
        assert first.returncode == -signal.SIGKILL
        written_before = len(list(root.rglob("*.parquet")))

        second = kalshi_process(ex, credentials, *args)
        out, err = second.communicate(timeout=120)
        assert second.returncode == 0, err
    summary = json.loads(out)
    assert summary["units"] >= summary["fetched"] > 0
    assert written_before < len(list(root.rglob("*.parquet")))

    ds = Dataset(root)
    for table, key, expected in (
        ("trades", "trade_id", trades),
        ("fills", "fill_id", fills),
        ("orders", "order_id", orders),
    ):
        counts = ds.duckdb(table).aggregate(f"count(*), count(DISTINCT {key})").fetchall()[0]
        assert counts[0] == counts[1], f"a row of {table} was written twice"
        assert set(ds.polars(table).select(key).collect()[key].to_list()) == expected, table
    prices = ds.duckdb("trades").aggregate("min(yes_price_dollars), sum(count_fp)").fetchall()[0]
    assert isinstance(prices[0], Decimal)
    assert isinstance(prices[1], Decimal)


def test_windows_cover_the_range_by_utc_days_and_months() -> None:
    start = 1_790_000_000  # 2026-09-21T14:13:20Z
    days = _windows(start, start + 2 * DAY, "day")
    assert days[0][0] <= start < days[0][1]
    assert all(right - left == DAY for left, right in days)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(days))
    assert days[-1][1] >= start + 2 * DAY
    months = _windows(start, start + 45 * DAY, "month")
    assert len(months) == 3  # September, October, November


def test_a_second_run_fetches_only_what_is_not_final(tmp_path: Path) -> None:
    import asyncio

    from kalshi_py.data._selection import MarketSelection

    with LocalExchange(seed=8, activity=300) as ex, ex.client() as client:
        time.sleep(1.0)
        ex.stop_activity()
        selection = MarketSelection(market_tickers=active_tickers(ex)[:3])
        start = (int(time.time()) - 3 * DAY) * 10**9

        async def twice() -> tuple[HistoryStats, HistoryStats]:
            async with client:
                first = await History(client, tmp_path, ["trades"], selection, start=start).run()
                again = await History(client, tmp_path, ["trades"], selection, start=start).run()
            return first, again

        first, again = asyncio.run(twice())
    assert first.skipped == 0
    assert again.units == first.units
    assert again.skipped > 0, "the windows of past days were noted as done"
    assert again.done == first.units - again.skipped
    ds = Dataset(tmp_path)
    assert ds.duckdb("trades").aggregate("count(*) - count(DISTINCT trade_id)").fetchall() == [(0,)]


def test_history_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="tables must be among"):
        History(object(), tmp_path, ["quotes"], start=0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="need markets"):
        History(object(), tmp_path, ["trades"], start=0)  # type: ignore[arg-type]
