"""Reads of an account's orders, the same for both products: by id, by client order id, listed,
and queue positions, each as of the exchange's clock; and the liquidator's orders, kept like
every other order."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kalshi_sim import ExchangeError

from .helpers import Clock, one_market, order
from .margin_helpers import PERP, open_pair, perp_exchange, place

D = Decimal


def test_an_order_read_by_client_order_id_is_as_of_the_clock() -> None:
    clock = Clock()
    ex = one_market(clock=clock)
    alice = ex.create_account("100").user_id
    order(ex, alice, "bid", "1", "0.50", client_order_id="soon", expiration_time=int(clock.now) + 10)
    clock.advance(11)
    found = ex.order_by_client_id(alice, "soon")
    assert (found.status, found.last_update_reason) == ("canceled", "ExpiryCancel")
    assert ex.account(alice).primary.reserved == 0


def test_margin_orders_are_found_by_client_order_id() -> None:
    exchange = perp_exchange()
    alice = exchange.create_account("1000").user_id
    bob = exchange.create_account("1000").user_id
    mine = place(exchange, alice, "bid", "1", "99.00", client_order_id="first").order
    assert exchange.order_by_client_id(alice, "first") is mine
    exchange.amend_order(
        alice,
        mine.order_id,
        ticker=PERP,
        side="bid",
        price="98.00",
        count="1",
        updated_client_order_id="moved",
    )
    assert exchange.order_by_client_id(alice, "moved") is mine
    for user_id, client_order_id in ((alice, "first"), (bob, "moved")):
        with pytest.raises(ExchangeError) as caught:
            exchange.order_by_client_id(user_id, client_order_id)
        assert (caught.value.status, caught.value.code) == (404, "not_found")
        assert client_order_id in caught.value.message


def test_margin_queue_position_counts_the_contracts_ahead_at_the_price() -> None:
    exchange = perp_exchange()
    alice, bob, carol, dave = (exchange.create_account("10000").user_id for _ in range(4))
    place(exchange, alice, "bid", "3", "99.00")
    place(exchange, bob, "bid", "2", "99.00")
    carols = place(exchange, carol, "bid", "1", "99.00").order
    assert exchange.queue_position(carol, carols.order_id) == D(5)
    place(exchange, dave, "ask", "4", "99.00")  # takes alice's 3 and 1 of bob's
    assert exchange.queue_position(carol, carols.order_id) == D(1)
    with pytest.raises(ExchangeError) as caught:
        exchange.queue_position(alice, carols.order_id)
    assert (caught.value.status, caught.value.code) == (404, "not_found")
    exchange.cancel_order(carol, carols.order_id)
    with pytest.raises(ExchangeError) as caught:
        exchange.queue_position(carol, carols.order_id)
    assert (caught.value.status, caught.value.code) == (400, "invalid_order")
    assert "not resting" in caught.value.message


def test_margin_orders_cannot_be_listed_by_event() -> None:
    exchange = perp_exchange()
    alice, _ = open_pair(exchange)
    with pytest.raises(ExchangeError) as caught:
        exchange.orders(alice, event_ticker="KXBTC")
    assert (caught.value.status, caught.value.code) == (400, "invalid_parameters")
    assert "event_ticker" in caught.value.message
    assert len(exchange.orders(alice)) == 1


def test_a_liquidation_order_is_kept_like_every_order() -> None:
    exchange = perp_exchange()
    alice, _ = open_pair(exchange)
    house = exchange.create_account("1000000").user_id
    place(exchange, house, "bid", "100", "84.00")
    (liquidation,) = exchange.set_mark_price(PERP, "84.26")
    assert liquidation.closed == D(50)
    (system,) = [o for o in exchange.orders(alice) if o.order_source == "system"]
    assert exchange.get_order(alice, system.order_id) is system
    assert exchange.order_by_client_id(alice, system.client_order_id) is system
    assert exchange.ledger.orders[system.order_id] is system
    assert (system.status, system.fill_count, system.remaining_count) == ("executed", D(50), D(0))
    assert system.order_id not in exchange.account(alice).resting
