"""The seeded catalogue: deterministic, varied, tradable, and big when asked."""

from __future__ import annotations

import re
from collections import Counter

from kalshi_sim.rest.shapes import market_shape

from .helpers import seeded

NOON = 1796212800.0  # 2026-12-02T12:00:00Z


def fixed() -> float:
    return NOON


def test_default_catalogue_is_production_sized_and_shaped() -> None:
    ex = seeded(1, fixed)
    assert len(ex.markets) > 1000  # more than the largest page GET /markets gives
    assert len(ex.events) > 200
    assert len(ex.series) > 20
    assert {"Climate and Weather", "Economics", "Financials", "Crypto", "Sports", "Politics"} <= {
        s.category for s in ex.series.values()
    }
    assert {"KXHIGHNY", "KXCPI", "KXFED", "KXBTC", "KXNBAGAME"} <= set(ex.series)
    assert {"linear_cent", "deci_cent", "tapered_deci_cent"} <= {
        m.price_level_structure for m in ex.markets.values()
    }
    statuses = Counter(m.status for m in ex.markets.values())
    assert min(statuses[s] for s in ("active", "initialized", "closed", "finalized")) > 100, statuses
    per_event = Counter(m.event_ticker for m in ex.markets.values())
    assert max(per_event.values()) >= 10
    assert min(per_event.values()) >= 2
    assert "KXHIGHNY-26DEC02" in ex.events
    assert any(re.fullmatch(r"KXHIGHNY-26DEC02-B\d+\.5", t) for t in ex.markets)
    assert any(re.fullmatch(r"KXBTC-26DEC0217-T\d+\.99", t) for t in ex.markets)
    for market in ex.markets.values():
        assert market.event_ticker in ex.events
        assert market.ticker.startswith(market.event_ticker + "-")


def test_active_markets_have_two_sided_uncrossed_books() -> None:
    ex = seeded(5, fixed)
    for market in ex.markets.values():
        yes, no = ex.orderbook(market.ticker)
        if market.status == "active":
            assert yes, market.ticker
            assert no, market.ticker
            assert yes[-1][0] < 1 - no[-1][0]
            assert market.last_price > 0
            assert market.volume > 0
        else:
            assert (yes, no) == ([], [])
    assert ex.total_money() == ex.deposited


def test_settled_markets_paid_the_house_and_brackets_settle_one_yes() -> None:
    ex = seeded(1, fixed)
    settled = [m for m in ex.markets.values() if m.status == "finalized"]
    assert settled
    assert all(m.result in ("yes", "no") and m.open_interest == 0 for m in settled)
    rows = [s for house in ex.house_accounts for s in ex.settlements(house)]
    assert {s.ticker for s in rows} == {m.ticker for m in settled if m.volume}
    for event in ex.events.values():
        results = [ex.markets[t].result for t in event.market_tickers if ex.markets[t].status == "finalized"]
        if event.mutually_exclusive and results:
            assert results.count("yes") == 1, event.event_ticker
    closed = [m for m in ex.markets.values() if m.status == "closed"]
    assert all(m.close_time <= NOON and not m.result for m in closed)
    assert all(m.open_time > NOON for m in ex.markets.values() if m.status == "initialized")


def test_same_seed_same_catalogue() -> None:
    first, second = seeded(1, fixed), seeded(1, fixed)
    assert list(first.markets) == list(second.markets)
    assert [market_shape(m) for m in first.markets.values()] == [
        market_shape(m) for m in second.markets.values()
    ]
    assert [first.orderbook(t) for t in first.markets] == [second.orderbook(t) for t in second.markets]


def test_ten_thousand_markets_for_paging() -> None:
    ex = seeded(0, fixed, markets=10_000)
    generated = [t for t in ex.markets if t.startswith("KXSIMGEN-")]
    assert len(generated) == 10_000 == len(set(generated))
    more = ex.generate_markets(5)
    assert more[0].ticker == "KXSIMGEN-E00100-M00"
    assert all(m.status == "active" for m in more)
