"""What LocalExchange offers of the margin venue: the seeded perpetual markets, where they answer,
funding paid on the hour of the exchange's clock with nobody calling, and background flow that
moves marks while every dollar stays accounted for."""

from __future__ import annotations

import threading
from collections.abc import Callable
from decimal import Decimal

from sim_engine.helpers import START, Clock

from kalshi_sim import LocalExchange
from kalshi_sim.harness.margin import PERP_ACTIVITY_CAP
from kalshi_sim.harness.perps import PERPETUALS

WAIT = 10.0


def _wait_for(condition: Callable[[], object], ex: LocalExchange) -> bool:
    """Poll `condition()` under the engine lock until it holds or WAIT seconds pass."""
    pause = threading.Event()
    for _ in range(int(WAIT / 0.05)):
        with ex.lock:
            if condition():
                return True
        pause.wait(0.05)
    return False


def test_the_seeded_perpetual_markets_are_quoted_and_the_same_for_a_seed() -> None:
    with LocalExchange(seed=4) as first, LocalExchange(seed=4) as second:
        assert list(first.margin.markets) == [p.ticker for p in PERPETUALS]
        for ticker, market in first.margin.markets.items():
            bids, asks = first.margin.orderbook(ticker)
            assert len(bids) == len(asks) == 5
            assert bids[0][0] < market.mark_price < asks[0][0]
            assert market.mark_price == second.margin.markets[ticker].mark_price
        assert first.margin_rest_url == first.rest_url
        assert first.margin_ws_url == f"ws://127.0.0.1:{first.port}/trade-api/ws/v2/margin"
        assert first.klear_url == f"http://127.0.0.1:{first.port}/klear-api/v1"


def test_funding_is_paid_on_the_hour_with_nobody_calling() -> None:
    clock = Clock()
    with LocalExchange(seed=6, clock=clock) as ex:
        long = ex.create_margin_account("1000").user_id
        short = ex.create_margin_account("1000").user_id
        with ex.lock:
            margin = ex.margin
            margin.list_market("KXTESTPERP", mark_price="50.00")
            margin.set_funding_rate("KXTESTPERP", "0.002")
            margin.create_order(
                long, ticker="KXTESTPERP", side="bid", count=10, price="50.00",
                time_in_force="good_till_canceled", self_trade_prevention_type="maker",
            )  # fmt: skip
            margin.create_order(
                short, ticker="KXTESTPERP", side="ask", count=10, price="50.00",
                time_in_force="good_till_canceled", self_trade_prevention_type="maker",
            )  # fmt: skip
        clock.advance(3600)
        assert _wait_for(lambda: margin.account(short).funding_payments, ex)
        (received,) = margin.account(short).funding_payments
        assert (received.funding_time, received.amount) == (int(START) + 3600, Decimal("1"))
        assert margin.account(long).funding_payments[0].amount == Decimal("-1")
        with ex.lock:
            assert margin.total_money() == margin.deposited


def test_background_flow_moves_marks_and_keeps_money_whole() -> None:
    with LocalExchange(seed=8, activity=200) as ex:
        with ex.lock:
            marks = {t: m.mark_price for t, m in ex.margin.markets.items()}
        assert _wait_for(lambda: any(m.mark_price != marks[t] for t, m in ex.margin.markets.items()), ex)
        assert _wait_for(lambda: any(m.volume for m in ex.margin.markets.values()), ex)
        ex.stop_activity()
        with ex.lock:
            assert ex.margin.total_money() == ex.margin.deposited
            for ticker in ex.margin.markets:
                bids, asks = ex.margin.orderbook(ticker)
                assert not bids or not asks or bids[0][0] < asks[0][0]


def test_a_busy_event_contract_flow_does_not_spin_the_perpetuals_as_fast() -> None:
    """Asked for 4,000 orders a second, the exchange moves the few perpetuals at most
    PERP_ACTIVITY_CAP times a second: at the full rate their steps took the whole engine and the
    event-contract flow reached a sixth of what was asked."""
    with LocalExchange(seed=9, activity=4000) as busy, LocalExchange(seed=9, activity=5) as quiet:
        assert busy._activity is not None
        assert busy._activity.rate == 4000
        assert busy._perp_activity is not None
        assert busy._perp_activity.rate == PERP_ACTIVITY_CAP
        assert quiet._perp_activity is not None
        assert quiet._perp_activity.rate == 5
