"""The margin exchange's trading and margin model, to the millionth of a dollar: fees by tier,
positions and cost, realized PnL, initial and maintenance margin, leverage, liquidation prices,
and the orders the margin check refuses or lets through."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kalshi_sim import ExchangeError

from .helpers import Clock
from .margin_helpers import PERP, open_pair, perp_exchange, place

D = Decimal


def test_a_trade_opens_opposite_positions_and_charges_tiered_fees() -> None:
    exchange = perp_exchange()
    alice, bob = open_pair(exchange)
    long, short = exchange.portfolio(alice), exchange.portfolio(bob)
    assert (long.position(PERP), short.position(PERP)) == (D(50), D(-50))
    assert long.positions[PERP].cost == D(5000)
    assert short.positions[PERP].cost == D(-5000)
    assert long.positions[PERP].entry_price() == D(100)
    # maker 5 bps of 5000 notional, taker 12 bps
    assert long.cash == D("997.5")
    assert short.cash == D(994)
    (fill,) = exchange.fills(bob)
    assert (fill.is_taker, fill.fee, fill.realized_pnl, fill.post_position) == (True, D(6), D(0), D(-50))
    market = exchange.market(PERP)
    assert (market.open_interest, market.volume, market.volume_notional, market.last_price) == (
        D(50),
        D(50),
        D(5000),
        D(100),
    )
    assert exchange.total_money() == exchange.deposited == D(2000)


def test_a_better_fee_tier_pays_less() -> None:
    exchange = perp_exchange()
    alice = exchange.create_account("1000", fee_tier=3).user_id
    bob = exchange.create_account("1000").user_id
    exchange.set_fee_tier(bob, 2)
    place(exchange, alice, "bid", "10", "100.00")
    place(exchange, bob, "ask", "10", "100.00")
    assert exchange.portfolio(alice).cash == D(1000)  # tier 3 makers pay nothing
    assert exchange.portfolio(bob).cash == D("999.2")  # 8 bps of 1000
    assert exchange.fee_rates(bob) == (D("0.0002"), D("0.0008"))
    with pytest.raises(ExchangeError, match=r"fee tier must be 0\.\.3"):
        exchange.set_fee_tier(bob, 4)


def test_margin_numbers_at_the_mark() -> None:
    exchange = perp_exchange()
    alice, bob = open_pair(exchange)
    risk = exchange.risk(alice)
    assert (risk.equity, risk.maintenance_margin, risk.initial_margin, risk.notional) == (
        D("997.5"),
        D(250),
        D(500),
        D(5000),
    )
    assert risk.available == D("497.5")
    assert risk.leverage == D(20)
    # Alice is liquidated where 997.5 + 50 * (P - 100) = 0.05 * 50 * P: P = 4002.5 / 47.5
    assert risk.positions[0].liquidation_price == D("84.263158")
    assert exchange.risk(bob).positions[0].liquidation_price == D("114.171429")  # 5994 / 52.5

    exchange.set_mark_price(PERP, "90.00")
    risk = exchange.risk(alice)
    assert risk.unrealized_pnl == D(-500)
    assert risk.equity == D("497.5")
    assert risk.maintenance_margin == D(225)
    assert exchange.risk(bob).equity == D(1494)
    assert exchange.total_money() == D(2000)


def test_closing_realizes_pnl_against_the_entry_price_and_a_flip_reopens() -> None:
    exchange = perp_exchange()
    alice, bob = open_pair(exchange, count="30")  # Alice long 30 at 100, Bob short 30
    place(exchange, alice, "ask", "50", "110.00")
    flip = place(exchange, bob, "bid", "50", "110.00")  # Bob closes 30 and opens 20 long
    (bob_fill,) = flip.fills
    assert (bob_fill.entry_price, bob_fill.realized_pnl, bob_fill.post_position) == (D(100), D(-300), D(20))
    bob_position = exchange.portfolio(bob).positions[PERP]
    assert (bob_position.position, bob_position.cost, bob_position.entry_price()) == (D(20), D(2200), D(110))
    assert bob_position.realized_pnl == D(-300)
    assert bob_position.fees == D("2.64")  # the fees of the new position only: 12 bps of 20 x 110
    alice_position = exchange.portfolio(alice).positions[PERP]
    assert (alice_position.position, alice_position.cost) == (D(-20), D(-2200))
    assert alice_position.realized_pnl == D(300)
    # cash: 1000 less fees, plus what was realized
    assert exchange.portfolio(alice).cash == D(1000) - D("1.5") - D("2.75") + D(300)
    assert exchange.portfolio(bob).cash == D(1000) - D("3.6") - D("6.6") - D(300)
    assert exchange.total_money() == exchange.deposited


def test_a_partial_close_at_an_uneven_average_keeps_money_whole() -> None:
    exchange = perp_exchange()
    alice = exchange.create_account("1000").user_id
    bob = exchange.create_account("1000").user_id
    for price in ("100.00", "100.01", "100.01"):
        place(exchange, alice, "bid", "1", price)
        place(exchange, bob, "ask", "1", price)
    assert exchange.portfolio(alice).positions[PERP].entry_price() == D("100.006667")
    place(exchange, bob, "bid", "1", "101.00")
    place(exchange, alice, "ask", "1", "101.00")
    held = exchange.portfolio(alice).positions[PERP]
    assert held.position == D(2)
    assert held.cost == D("200.013333")
    assert exchange.total_money() == exchange.deposited


def test_an_order_that_would_overdraw_its_margin_is_refused_with_the_numbers() -> None:
    exchange = perp_exchange()
    alice, _ = open_pair(exchange)
    with pytest.raises(ExchangeError) as refused:
        place(exchange, alice, "bid", "50", "100.00")
    assert refused.value.code == "insufficient_balance"
    assert "subaccount 0 has 497.5000 available" in refused.value.message
    assert place(exchange, alice, "bid", "40", "100.00").order.is_resting  # 400 + 4.80 of fees fit
    assert exchange.risk(alice).available == D("497.5") - D(400) - D("4.8")


def test_an_order_that_only_closes_is_taken_when_margin_is_short() -> None:
    exchange = perp_exchange()
    alice, _ = open_pair(exchange)
    exchange.set_mark_price(PERP, "88.00")
    risk = exchange.risk(alice)
    assert risk.available < 0 < risk.equity - risk.maintenance_margin
    with pytest.raises(ExchangeError, match=r"insufficient_balance|margin"):
        place(exchange, alice, "bid", "1", "88.00")
    assert place(exchange, alice, "ask", "10", "88.00").order.is_resting


def test_order_terms_of_the_margin_exchange() -> None:
    exchange = perp_exchange()
    alice, bob = open_pair(exchange, count="5")
    with pytest.raises(ExchangeError, match="whole contracts"):
        place(exchange, alice, "bid", "1.5", "99.00")
    with pytest.raises(ExchangeError, match="tick"):
        place(exchange, alice, "bid", "1", "99.005")
    with pytest.raises(ExchangeError, match="reduce_only orders must be immediate_or_cancel or fill_or_kill"):
        place(exchange, alice, "ask", "1", "99.00", reduce_only=True)
    with pytest.raises(ExchangeError, match="no position in KXBTCPERP to reduce"):
        place(exchange, alice, "bid", "1", "99.00", reduce_only=True, time_in_force="fill_or_kill")
    place(exchange, bob, "bid", "10", "99.00")
    closed = place(exchange, alice, "ask", "9", "99.00", reduce_only=True, time_in_force="fill_or_kill")
    assert closed.fill_count == D(5)
    assert exchange.portfolio(alice).position(PERP) == 0
    with pytest.raises(ExchangeError) as duplicate:
        place(exchange, alice, "bid", "1", "90.00", client_order_id=closed.order.client_order_id)
    assert duplicate.value.status == 409


def test_amend_decrease_and_cancel_keep_the_book_and_the_index_in_step() -> None:
    exchange = perp_exchange()
    alice = exchange.create_account("1000").user_id
    order = place(exchange, alice, "bid", "5", "95.00").order
    exchange.decrease_order(alice, order.order_id, reduce_by="2")
    assert exchange.orderbook(PERP) == ([(D(95), D(3))], [])
    amended = exchange.amend_order(alice, order.order_id, ticker=PERP, side="bid", price="96.00", count="4")
    assert amended.order.remaining_count == D(4)
    assert amended.order.last_update_reason == "Amend"
    assert exchange.orderbook(PERP) == ([(D(96), D(4))], [])
    (canceled,) = exchange.cancel_all_orders(alice)
    assert canceled == (order, D(4))
    assert order.status == "canceled"
    assert exchange.orderbook(PERP) == ([], [])
    assert not exchange.account(alice).resting


def test_subaccounts_are_margined_apart_and_transfer_once() -> None:
    exchange = perp_exchange()
    alice = exchange.create_account("1000").user_id
    assert exchange.create_subaccount(alice) == 1
    with pytest.raises(ExchangeError, match=r"insufficient_balance|available"):
        place(exchange, alice, "bid", "1", "100.00", subaccount=1)
    exchange.transfer(alice, "t-1", 0, 1, D(300))
    exchange.transfer(alice, "t-1", 0, 1, D(300))  # the same transfer again does nothing
    assert [p.cash for p in exchange.portfolios(alice)] == [D(700), D(300)]
    with pytest.raises(ExchangeError, match="available"):
        exchange.transfer(alice, "t-2", 1, 0, D(301))
    assert place(exchange, alice, "bid", "20", "100.00", subaccount=1).order.subaccount == 1
    with pytest.raises(ExchangeError, match="no subaccount 2"):
        place(exchange, alice, "bid", "1", "100.00", subaccount=2)


def test_order_groups_and_expiry_are_the_event_contract_parts() -> None:
    clock = Clock()
    exchange = perp_exchange(clock)
    alice = exchange.create_account("1000").user_id
    bob = exchange.create_account("1000").user_id
    group = exchange.groups.create_order_group(alice, "3")
    place(exchange, alice, "bid", "2", "99.00", order_group_id=group.order_group_id)
    resting = place(exchange, alice, "bid", "2", "98.00", order_group_id=group.order_group_id).order
    place(exchange, bob, "ask", "3", "98.00")  # 3 contracts matched in the group: it triggers
    assert exchange.groups.get_order_group(alice, group.order_group_id).is_triggered
    assert resting.status == "canceled"
    expiring = place(exchange, bob, "ask", "1", "105.00", expiration_time=int(clock.now) + 10).order
    clock.advance(11)
    assert exchange.get_order(bob, expiring.order_id).last_update_reason == "ExpiryCancel"
