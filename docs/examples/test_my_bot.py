"""Testing a bot with the pytest plugin's fixtures: kalshi_exchange and kalshi_client."""

from decimal import Decimal

import pytest

from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import create_order_v2, get_orders


def place_bid(client, ticker, price, count):
    """The bot under test: it rests one bid for YES."""
    return create_order_v2.sync(
        client=client,
        ticker=ticker,
        side="bid",
        count=count,
        price=price,
        time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
    )


def first_open_market(client):
    return get_markets.sync(client=client, status="open", limit=1).markets[0].ticker


def test_the_bid_rests(kalshi_client):
    ticker = first_open_market(kalshi_client)
    place_bid(kalshi_client, ticker, Decimal("0.01"), Decimal("3"))

    resting = get_orders.sync(client=kalshi_client, ticker=ticker, status="resting").orders
    assert [(o.yes_price_dollars, o.remaining_count_fp) for o in resting] == [(Decimal("0.01"), Decimal("3"))]


def test_the_bot_survives_server_errors(kalshi_exchange, kalshi_client):
    ticker = first_open_market(kalshi_client)
    kalshi_exchange.faults.error_rate = 0.3  # 500s and 503s, before the request is applied

    for _ in range(5):
        place_bid(kalshi_client, ticker, Decimal("0.01"), Decimal("1"))

    assert kalshi_exchange.faults.stats.errors_5xx > 0  # the faults really happened
    kalshi_exchange.faults.error_rate = 0.0
    assert len(get_orders.sync(client=kalshi_client, ticker=ticker, status="resting").orders) == 5


@pytest.mark.kalshi_exchange(seed=3, tier="basic")
def test_the_bot_rides_out_rate_limits(kalshi_exchange, kalshi_client):
    # The exchange now enforces the Basic tier's token buckets (40 reads of burst, 20 a second).
    tickers = [first_open_market(kalshi_client) for _ in range(50)]

    assert kalshi_exchange.faults.stats.rate_limited > 0  # some calls were answered 429 ...
    assert len(tickers) == 50  # ... and were retried until they passed
