"""Funding on the margin exchange: paid on the hour of the exchange's clock, longs to shorts at a
positive rate, rounded so that no money appears or disappears; the rate is the premium of the
book's mid over the mark, capped, or a pinned rate."""

from __future__ import annotations

from decimal import Decimal

from .helpers import START, Clock
from .margin_helpers import HOUR, PERP, open_pair, perp_exchange, place

D = Decimal


def test_funding_is_paid_on_the_hour_from_longs_to_shorts() -> None:
    clock = Clock()
    exchange = perp_exchange(clock)
    alice, bob = open_pair(exchange)
    exchange.set_funding_rate(PERP, "0.001")
    assert exchange.funding_estimate(PERP) == (D("0.001"), int(START) + HOUR)
    clock.advance(HOUR - 1)
    assert exchange.run_funding() == []
    clock.advance(1)
    (period,) = exchange.run_funding()
    assert (period.funding_time, period.rate, period.mark_price) == (int(START) + HOUR, D("0.001"), D(100))
    (paid,) = exchange.funding_payments(alice)
    (received,) = exchange.funding_payments(bob)
    assert (paid.amount, paid.quantity, received.amount, received.quantity) == (D(-5), D(50), D(5), D(-50))
    assert exchange.portfolio(alice).cash == D("997.5") - 5
    assert exchange.portfolio(bob).cash == D(994) + 5
    assert exchange.portfolio(alice).positions[PERP].funding == D(-5)
    assert exchange.total_money() == exchange.deposited
    assert exchange.funding_rates(PERP) == [period]


def test_missed_periods_are_all_paid_at_the_next_call() -> None:
    clock = Clock()
    exchange = perp_exchange(clock)
    alice = exchange.create_account("1000").user_id
    bob = exchange.create_account("1000").user_id
    exchange.set_funding_rate(PERP, "-0.0001")
    place(exchange, alice, "bid", "10", "100.00")
    clock.advance(3 * HOUR + 5)
    place(exchange, bob, "ask", "10", "100.00")  # any call pays what is due first: nobody held then
    assert [r.funding_time for r in exchange.funding_rates()] == [int(START) + h * HOUR for h in (1, 2, 3)]
    assert exchange.funding_payments(alice) == []
    clock.advance(2 * HOUR)
    assert len(exchange.run_funding()) == 2
    assert [p.amount for p in exchange.funding_payments(alice)] == [D("0.1"), D("0.1")]  # shorts pay longs
    assert [p.amount for p in exchange.funding_payments(bob)] == [D("-0.1"), D("-0.1")]


def test_rounding_to_the_millionth_is_paid_by_the_payer_and_kept_whole() -> None:
    clock = Clock()
    exchange = perp_exchange(clock)
    alice, bob = open_pair(exchange, "1", "100.01")
    exchange.set_mark_price(PERP, "100.01")
    exchange.set_funding_rate(PERP, "0.00000001")  # 1 x 100.01 x 1e-8 = 0.0000010001 dollars
    clock.advance(HOUR)
    exchange.run_funding()
    assert exchange.funding_payments(alice)[0].amount == D("-0.000002")
    assert exchange.funding_payments(bob)[0].amount == D("0.000001")
    assert exchange.ledger.funding_residue == D("0.000001")
    assert exchange.total_money() == exchange.deposited


def test_the_rate_is_the_capped_premium_of_the_mid_over_the_mark() -> None:
    exchange = perp_exchange()
    maker = exchange.create_account("100000").user_id
    assert exchange.funding_estimate(PERP)[0] == 0  # no two-sided book: no premium
    bid = place(exchange, maker, "bid", "1", "100.10").order
    ask = place(exchange, maker, "ask", "1", "100.30").order
    assert exchange.funding_estimate(PERP)[0] == D("0.002")
    exchange.cancel_order(maker, bid.order_id)
    exchange.cancel_order(maker, ask.order_id)
    place(exchange, maker, "bid", "1", "101.00")
    place(exchange, maker, "ask", "1", "103.00")
    assert exchange.funding_estimate(PERP)[0] == D("0.0075")  # 2% premium, capped
    exchange.set_mark_price(PERP, "104.00")
    assert exchange.funding_estimate(PERP)[0] == D("-0.00961538").max(D("-0.0075"))
    exchange.set_funding_rate(PERP, "0.05")
    assert exchange.funding_estimate(PERP)[0] == D("0.05")  # a pinned rate is not capped
    exchange.set_funding_rate(PERP, None)
    assert exchange.funding_estimate(PERP)[0] == D("-0.0075")
