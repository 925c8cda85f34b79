"""Liquidation on the margin exchange: a subaccount whose equity falls below maintenance margin
is closed out by the exchange's own orders within a band around the mark, its resting orders
canceled, any deficit covered by the insurance fund; what the book cannot take is tried again."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kalshi_sim import ExchangeError
from kalshi_sim.engine.margin import MarginExchange

from .helpers import Clock
from .margin_helpers import HOUR, PERP, open_pair, perp_exchange, place

D = Decimal


def _long_and_short(exchange: MarginExchange) -> tuple[str, str, str]:
    """Alice long 50 at 100 (liquidated below 84.263158), Bob short, and a well-funded house."""
    alice, bob = open_pair(exchange)
    return alice, bob, exchange.create_account("1000000").user_id


def test_a_mark_below_the_liquidation_price_closes_the_position_with_a_system_order() -> None:
    exchange = perp_exchange()
    alice, _, house = _long_and_short(exchange)
    resting = place(exchange, alice, "bid", "1", "80.00").order
    place(exchange, house, "bid", "100", "84.00")
    assert exchange.set_mark_price(PERP, "84.27") == []
    assert exchange.portfolio(alice).position(PERP) == D(50)
    (liquidation,) = exchange.set_mark_price(PERP, "84.26")
    assert (liquidation.user_id, liquidation.closed, liquidation.deficit) == (alice, D(50), D(0))
    assert exchange.portfolio(alice).position(PERP) == 0
    assert resting.status == "canceled"
    assert resting.last_update_reason == "MarginCancel"
    (system,) = [o for o in exchange.orders(alice) if o.order_source == "system"]
    assert (system.order_reason, system.side, system.time_in_force, system.reduce_only) == (
        "liquidation",
        "ask",
        "immediate_or_cancel",
        True,
    )
    assert system.price == D("75.84")  # no further than 10% below the mark
    (fill,) = [f for f in exchange.fills(alice) if f.order_source == "system"]
    assert (fill.price, fill.realized_pnl, fill.fee) == (D(84), D(-800), D("5.04"))
    assert exchange.portfolio(alice).cash == D("997.5") - 800 - D("5.04")
    assert exchange.portfolio(house).position(PERP) == D(50)
    assert exchange.total_money() == exchange.deposited


def test_a_deficit_beyond_the_equity_is_covered_by_the_insurance_fund() -> None:
    exchange = perp_exchange()
    alice, _, house = _long_and_short(exchange)
    place(exchange, house, "bid", "50", "76.00")
    (liquidation,) = exchange.set_mark_price(PERP, "84.00")
    # sold 50 at 76: 997.5 - 1200 - 4.56 of fees = -207.06, which the insurance fund pays
    assert liquidation.deficit == D("207.06")
    assert exchange.portfolio(alice).cash == 0
    assert exchange.ledger.insurance_fund == D("-207.06")
    assert exchange.total_money() == exchange.deposited


def test_what_the_book_cannot_take_is_liquidated_at_the_next_call() -> None:
    exchange = perp_exchange()
    alice, _, house = _long_and_short(exchange)
    place(exchange, house, "bid", "1", "83.00")
    place(exchange, house, "bid", "50", "70.00")  # beyond the band: never taken
    (first,) = exchange.set_mark_price(PERP, "84.00")
    assert first.closed == D(1)
    assert exchange.portfolio(alice).position(PERP) == D(49)
    assert exchange.risk(alice).below_maintenance
    assert (alice, 0) in exchange.liquidator.distressed
    place(exchange, house, "bid", "49", "82.00")  # any call checks the distressed again
    assert exchange.portfolio(alice).position(PERP) == 0
    assert [liq.closed for liq in exchange.account(alice).liquidations] == [D(1), D(49)]
    assert not exchange.liquidator.distressed
    assert exchange.total_money() == exchange.deposited


def test_a_funding_payment_can_liquidate() -> None:
    clock = Clock()
    exchange = perp_exchange(clock)
    alice, _, house = _long_and_short(exchange)
    place(exchange, house, "bid", "50", "99.00")
    exchange.set_funding_rate(PERP, "0.16")  # 50 x 100 x 16% = 800 paid: equity 197.5 < 250
    clock.advance(HOUR)
    exchange.run_funding()
    assert exchange.funding_payments(alice)[0].amount == D(-800)
    assert exchange.portfolio(alice).position(PERP) == 0
    assert exchange.account(alice).liquidations[0].closed == D(50)
    assert exchange.total_money() == exchange.deposited


def test_no_liquidation_in_a_market_that_does_not_trade() -> None:
    exchange = perp_exchange()
    alice, _, house = _long_and_short(exchange)
    place(exchange, house, "bid", "50", "84.00")
    exchange.set_status(PERP, "inactive")
    assert exchange.set_mark_price(PERP, "80.00") == []
    assert exchange.portfolio(alice).position(PERP) == D(50)
    with pytest.raises(ExchangeError, match="paused"):
        place(exchange, house, "bid", "1", "79.00")
    assert (alice, 0) in exchange.liquidator.distressed
    exchange.set_status(PERP, "active")  # trading again: the next check closes it out
    assert exchange.portfolio(alice).position(PERP) == 0
    assert exchange.total_money() == exchange.deposited
