"""The request pipeline under faults, against the local exchange on loopback.

Placing many orders through 5xx answers, connections dropped after the order was applied, and a
rate limit must leave exactly one resting order per call: never two, never none.
"""

from __future__ import annotations

import asyncio
import time
from decimal import Decimal

import msgspec
import pytest

from kalshi_py import RateLimiter, RetryPolicy
from kalshi_py.api.market import get_market, get_markets
from kalshi_py.api.orders import create_order_v2, get_orders
from kalshi_py.pagination import paginate
from kalshi_sim import Faults, LocalExchange

# every test here runs over kalshi-py's own connections and through httpx
pytestmark = pytest.mark.usefixtures("each_http_path")

ORDERS = 500
FAST_RETRY = RetryPolicy(max_retries=8, backoff_base=0.005, backoff_cap=0.05)
PRICES = [Decimal(cents) / 100 for cents in range(1, 6)]


@pytest.fixture
def faulty_exchange():
    faults = Faults(seed=7)
    with LocalExchange(seed=3, faults=faults, tier="premier") as ex:
        yield ex


def _ticker(ex: LocalExchange) -> str:
    with ex.client() as client:
        page = get_markets.sync(client=client, status="open", limit=1)
    return str(page.markets[0].ticker)


def _arm(ex: LocalExchange) -> None:
    ex.faults.error_rate = 0.2
    ex.faults.drop_after_apply_rate = 0.1


def _assert_exactly_placed(
    ex: LocalExchange, user_id: str, client_order_ids: list[str], order_ids: list[str]
) -> None:
    with ex.lock:
        resting = ex.exchange.orders(user_id, status="resting")
    on_exchange = [order.client_order_id for order in resting]
    assert len(on_exchange) == len(set(on_exchange)), "an order was placed twice"
    assert sorted(on_exchange) == sorted(client_order_ids)
    assert len(set(order_ids)) == len(order_ids)
    assert sorted(order.order_id for order in resting) == sorted(order_ids)


def test_500_orders_through_faults_rest_exactly_once_sync(faulty_exchange: LocalExchange) -> None:
    ex = faulty_exchange
    credentials = ex.create_account(balance="1000")
    ticker = _ticker(ex)
    _arm(ex)
    client_order_ids, order_ids = [], []
    with ex.client(credentials, retry=FAST_RETRY, rate_limiter=RateLimiter.for_tier("premier")) as client:
        for n in range(ORDERS):
            answer = create_order_v2.sync(
                client=client,
                ticker=ticker,
                side="bid",
                count="1",
                price=PRICES[n % len(PRICES)],
                time_in_force="good_till_canceled",
                self_trade_prevention_type="taker_at_cross",
            )
            client_order_ids.append(answer.client_order_id)
            order_ids.append(answer.order_id)
            if n % 50 == 0:
                assert get_market.sync(client=client, ticker=ticker).market.ticker == ticker
    stats = ex.faults.stats
    assert stats.errors_5xx > 0, stats
    assert stats.drops_after_apply > 0, stats
    assert stats.rate_limited == 0, stats
    _assert_exactly_placed(ex, credentials.user_id, client_order_ids, order_ids)


async def test_500_orders_through_faults_rest_exactly_once_async(faulty_exchange: LocalExchange) -> None:
    ex = faulty_exchange
    credentials = ex.create_account(balance="1000")
    client = ex.client(credentials, retry=FAST_RETRY, rate_limiter=RateLimiter.for_tier("premier"))
    ticker = _ticker(ex)
    _arm(ex)
    gate = asyncio.Semaphore(8)

    async def place(n: int) -> tuple[str, str]:
        async with gate:
            answer = await create_order_v2.asyncio(
                client=client,
                ticker=ticker,
                side="bid",
                count="1",
                price=PRICES[n % len(PRICES)],
                time_in_force="good_till_canceled",
                self_trade_prevention_type="taker_at_cross",
            )
            return str(answer.client_order_id), str(answer.order_id)

    async def read(n: int) -> None:
        async with gate:
            page = await get_orders.asyncio(client=client, ticker=ticker, limit=5)
            assert page.orders is not None

    results = await asyncio.gather(*(place(n) for n in range(ORDERS)), *(read(n) for n in range(50)))
    placed = [r for r in results if r is not None]
    stats = ex.faults.stats
    assert stats.errors_5xx > 0, stats
    assert stats.drops_after_apply > 0, stats
    assert stats.rate_limited == 0, stats
    _assert_exactly_placed(ex, credentials.user_id, [c for c, _ in placed], [o for _, o in placed])
    await client.aclose()


def test_paging_through_10000_markets_returns_each_once() -> None:
    with LocalExchange(seed=5) as ex:
        with ex.lock:
            made = {m.ticker for m in ex.exchange.generate_markets(10_000)}
        with ex.client() as client:
            seen = [m.ticker for m in paginate(get_markets, client=client, series_ticker="KXSIMGEN")]
            pages = list(get_markets.paginate(client=client, series_ticker="KXSIMGEN", limit=700).pages())
        assert len(seen) == len(set(seen)) == 10_000
        assert set(seen) == made
        assert len(pages) == 15
        assert sum(len(p.markets) for p in pages) == 10_000


async def test_async_pagination_honours_max_items() -> None:
    with LocalExchange(seed=5) as ex:
        with ex.lock:
            ex.exchange.generate_markets(2_500)
        client = ex.client()
        seen = [
            m.ticker
            async for m in paginate(
                get_markets, client=client, series_ticker="KXSIMGEN", limit=1000, max_items=1_234
            )
        ]
        assert len(seen) == len(set(seen)) == 1_234
        await client.aclose()


def test_429s_are_retried_and_a_configured_limiter_prevents_them() -> None:
    with LocalExchange(seed=9, tier="basic") as ex:
        ticker = _ticker(ex)
        credentials = ex.create_account(balance="100")
        with ex.client(
            credentials, retry=RetryPolicy(max_retries=30, backoff_base=0.05, backoff_cap=0.2)
        ) as client:
            placed = [
                create_order_v2.sync(
                    client=client,
                    ticker=ticker,
                    side="bid",
                    count="1",
                    price="0.01",
                    time_in_force="good_till_canceled",
                    self_trade_prevention_type="taker_at_cross",
                ).client_order_id
                for _ in range(30)
            ]
        assert ex.faults.stats.rate_limited > 0, "the burst should have met the basic tier's write bucket"
        with ex.lock:
            order_ids = [o.order_id for o in ex.exchange.orders(credentials.user_id)]
        _assert_exactly_placed(ex, credentials.user_id, placed, order_ids)

        time.sleep(1.1)  # the burst above emptied the exchange's bucket; let it refill
        before = ex.faults.stats.rate_limited
        limiter = RateLimiter.for_tier("basic")
        with ex.client(credentials, rate_limiter=limiter, max_retries=0) as client:
            for _ in range(15):
                create_order_v2.sync(
                    client=client,
                    ticker=ticker,
                    side="bid",
                    count="1",
                    price="0.02",
                    time_in_force="good_till_canceled",
                    self_trade_prevention_type="taker_at_cross",
                )
        assert ex.faults.stats.rate_limited == before


def test_a_batch_whose_answer_was_lost_is_not_placed_twice() -> None:
    with LocalExchange(seed=4) as ex:
        ticker = _ticker(ex)
        credentials = ex.create_account(balance="100")
        ex.faults.drop_after_apply_rate = 1.0

        def first_attempt_only(timing: object) -> None:
            ex.faults.drop_after_apply_rate = 0.0

        from kalshi_py.api.orders import batch_create_orders_v2
        from kalshi_py.models import CreateOrderV2Request

        orders = [
            CreateOrderV2Request(
                ticker=ticker,
                side="bid",
                count=Decimal(1),
                price=Decimal(f"0.0{n + 1}"),
                time_in_force="good_till_canceled",
                self_trade_prevention_type="taker_at_cross",
            )
            for n in range(3)
        ]
        with ex.client(credentials, retry=FAST_RETRY, on_request=first_attempt_only) as client:
            answer = batch_create_orders_v2.sync(client=client, orders=orders)
        assert ex.faults.stats.drops_after_apply == 1
        assert all(item.error in (None, msgspec.UNSET) for item in answer.orders)
        ids = [item.order_id for item in answer.orders]
        with ex.lock:
            resting = ex.exchange.orders(credentials.user_id, status="resting")
        assert sorted(o.order_id for o in resting) == sorted(ids)
        assert len(resting) == 3
