"""Fixtures of the dataset tests. The local exchange is imported here and nowhere else in
tests/data, so that its import path is written once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kalshi_py.api.market import get_market_orderbook
from kalshi_py.auth import KalshiAuthenticatedClient
from kalshi_py.orderbook import OrderBook
from kalshi_sim import Credentials, Exchange, LocalExchange
from kalshi_sim.harness.catalogue import populate

__all__ = [
    "Credentials",
    "LocalExchange",
    "active_tickers",
    "frozen_books",
    "kalshi_process",
    "lively_exchange",
    "sigkill",
    "wait_for",
]

pytest.importorskip("pyarrow")
pytest.importorskip("duckdb")
pytest.importorskip("polars")

ROOT = Path(__file__).resolve().parents[2]


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll `condition` until it holds; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


def frozen_books(
    ex: LocalExchange, client: KalshiAuthenticatedClient, tickers: list[str], rate: float, quiet: float = 1.5
) -> tuple[int, dict[str, OrderBook]]:
    """Stop the exchange's order flow, let the stream go quiet, and return `(now in ns, the REST
    book of each ticker)`; the order flow starts again afterwards."""
    ex.stop_activity()
    time.sleep(quiet)
    books = {
        t: OrderBook.from_rest(t, get_market_orderbook.sync_detailed(client=client, ticker=t).content)
        for t in tickers
    }
    at = time.time_ns()
    time.sleep(quiet / 2)
    ex.start_activity(rate)
    return at, books


LIVELY_SERIES = ("KXHIGHNY", "KXBTC", "KXFED")
"""Series whose markets trade on whole cents, deci-cents and a tapered grid."""


def lively_exchange(seed: int, activity: float, per_series: int = 2) -> LocalExchange:
    """A local exchange with the seeded catalogue in which only `per_series` markets of each of
    `LIVELY_SERIES` are open, all others closed before it starts: house order flow at `activity`
    orders a second then moves every open book several times a second (over the catalogue's
    hundreds of open markets it would leave a recorded handful nearly still)."""
    engine = populate(Exchange(seed=seed), seed)
    active = sorted(t for t, m in engine.markets.items() if m.status == "active")
    kept = {t for s in LIVELY_SERIES for t in [a for a in active if a.startswith(f"{s}-")][:per_series]}
    for ticker in active:
        if ticker not in kept:
            engine.close_market(ticker)
    return LocalExchange(seed=seed, activity=activity, exchange=engine)


def active_tickers(ex: LocalExchange) -> list[str]:
    with ex.lock:
        return sorted(t for t, m in ex.exchange.markets.items() if m.status == "active")


def kalshi_process(ex: LocalExchange, credentials: Credentials, *args: str) -> subprocess.Popen[str]:
    """`kalshi ARGS...` as a child process signed in to `ex` as `credentials`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KALSHI_")}
    env.update(
        KALSHI_BASE_URL=ex.rest_url,
        KALSHI_API_KEY_ID=credentials.api_key_id,
        KALSHI_PRIVATE_KEY_PATH=str(credentials.private_key_path),
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
    )
    return subprocess.Popen(
        [sys.executable, "-m", "kalshi_py.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def sigkill(process: subprocess.Popen[str]) -> None:
    """Kill `process` as `kill -9` does (if it still runs) and collect it."""
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.communicate(timeout=10)


@pytest.fixture
def busy_exchange() -> Iterator[LocalExchange]:
    """A local exchange with house order flow on a handful of open markets, fresh for each test."""
    with lively_exchange(seed=5, activity=60) as ex:
        yield ex
