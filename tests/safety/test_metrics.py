"""Metrics scraped from their Prometheus endpoint match what happened: requests by status,
retries and 429s as the exchange counted its injected faults, rate-limiter waits as the limiter
imposed them, WebSocket gaps and resyncs, and dead-man trips."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from kalshi_py import RateLimiter, RetryPolicy
from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import create_order_v2
from kalshi_py.ratelimit import TierBudget
from kalshi_py.safety import DeadMan, Metrics
from kalshi_py.safety.prometheus import serve
from kalshi_py.ws import FeedMonitor, KalshiWebSocket, StatusKind, StreamStatus
from kalshi_sim import Faults, LocalExchange

from .conftest import market_ticker, resting_bid

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


@pytest.fixture
def faulty() -> Iterator[LocalExchange]:
    with LocalExchange(seed=11, faults=Faults(seed=11)) as ex:
        yield ex


def scrape(url: str) -> Samples:
    text = httpx.get(url, timeout=10).text
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def total(samples: Samples, name: str, **labels: str) -> float:
    wanted = set(labels.items())
    return sum(v for (n, found), v in samples.items() if n == name and wanted <= set(found))


def test_the_scraped_request_counters_match_what_the_exchange_saw(faulty: LocalExchange) -> None:
    account = faulty.create_account("1000")
    metrics = Metrics()
    quick = RetryPolicy(max_retries=20, backoff_base=0.01, backoff_cap=0.05)
    frozen = RateLimiter(TierBudget(100, 100, 100, 100), safety=1.0, clock=lambda: 0.0)
    with (
        faulty.client(account, retry=quick) as client,
        faulty.client(account, rate_limiter=frozen) as limited,
        serve(metrics, port=0) as server,
    ):
        metrics.instrument(client)
        metrics.instrument(limited)
        faulty.faults.error_rate = 0.3  # 500s and 503s, retried
        for _ in range(20):
            get_markets.sync(client=client, limit=1)
        faulty.faults.error_rate = 0.0
        faulty.faults.rate_limit = True  # 429s once the basic tier's burst is spent, retried
        for _ in range(60):
            get_markets.sync(client=client, limit=1)
        faulty.faults.rate_limit = False
        for _ in range(13):  # a frozen clock: 10 calls fit the bucket, then 0.1 s, 0.2 s, 0.3 s waits
            get_markets.sync(client=limited, limit=1)
        injected = faulty.faults.stats
        assert injected.errors_5xx > 0
        assert injected.rate_limited > 0

        samples = scrape(server.url)

    calls = 20 + 60 + 13
    failures = injected.errors_5xx + injected.rate_limited
    assert total(samples, "kalshi_requests_total") == calls + failures
    assert total(samples, "kalshi_requests_total", status="200") == calls
    assert (
        total(samples, "kalshi_requests_total", status="500")
        + total(samples, "kalshi_requests_total", status="503")
        == injected.errors_5xx
    )
    assert total(samples, "kalshi_requests_total", status="429") == injected.rate_limited
    assert total(samples, "kalshi_rate_limited_total", operation="GetMarkets") == injected.rate_limited
    assert total(samples, "kalshi_retries_total", operation="GetMarkets") == failures
    assert total(samples, "kalshi_rate_limiter_waits_total", bucket="read") == 3
    assert total(samples, "kalshi_rate_limiter_wait_seconds_total", bucket="read") == pytest.approx(0.6)
    # the same values in Python
    assert metrics.requests.value() == calls + failures
    assert metrics.rate_limited.value() == injected.rate_limited
    assert metrics.rate_limiter_waits.value(bucket="read") == 3


async def test_the_scraped_stream_and_dead_man_counters_match_what_happened(exchange: LocalExchange) -> None:
    account = exchange.create_account("1000")
    ticker = market_ticker(exchange, 6)
    metrics = Metrics()
    async with (
        exchange.client(account) as client,
        KalshiWebSocket(client, url=exchange.ws_url) as ws,
    ):
        monitor = FeedMonitor(ws, client, interval=3600)
        metrics.watch(monitor)
        await ws.subscribe("orderbook_delta", [ticker])
        statuses: list[str] = []

        async def read_until(kind: str) -> None:
            deadline = time.monotonic() + 20
            while kind not in statuses:
                assert time.monotonic() < deadline, f"no {kind} status: {statuses}"
                item = await ws.recv(timeout=20)
                monitor.apply(item)
                if isinstance(item, StreamStatus):
                    statuses.append(item.kind)

        while ticker not in monitor.tracker:
            monitor.apply(await ws.recv(timeout=20))
        exchange.faults.ws_skip_seq_rate = 1.0
        try:  # the delta is queued with a skipped seq before the order's answer comes back
            await create_order_v2.asyncio(client=client, **resting_bid(ticker, "2"))
        finally:
            exchange.faults.ws_skip_seq_rate = 0.0
        await read_until(StatusKind.GAP)
        await read_until(StatusKind.RESYNCED)

    with exchange.client(account) as blocking, DeadMan(blocking, timeout=None, signals=False) as dead_man:
        metrics.watch(dead_man)
        dead_man.trip("a test")
        with serve(metrics, port=0) as server:
            samples = scrape(server.url)

    assert exchange.faults.stats.ws_skipped_seq >= 1
    gaps = statuses.count(StatusKind.GAP)  # one, or two when the fault also hit the snapshot
    assert 1 <= gaps <= exchange.faults.stats.ws_skipped_seq
    assert total(samples, "kalshi_ws_gaps_total") == gaps
    assert total(samples, "kalshi_ws_resyncs_total") == statuses.count(StatusKind.RESYNCED) == 1
    assert total(samples, "kalshi_ws_messages_total") == monitor.stats.messages > 0
    assert total(samples, "kalshi_deadman_trips_total", reason="trip") == 1
    assert total(samples, "kalshi_ws_message_age_max_seconds") == pytest.approx(monitor.stats.max_message_age)
    assert metrics.ws_gaps.value() == gaps
    assert total(samples, "kalshi_book_audit_mismatches_total") == 0
