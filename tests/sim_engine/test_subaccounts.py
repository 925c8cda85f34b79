"""Subaccounts in the engine: an order closes contracts only of its own subaccount's position and
is paid from its own subaccount's balance."""

from __future__ import annotations

import pytest

from kalshi_sim import ExchangeError

from .helpers import TICKER, D, one_market, order


def test_closing_claims_count_only_the_orders_own_subaccount() -> None:
    ex = one_market()
    alice, bob = ex.create_account("100").user_id, ex.create_account("100").user_id
    ex.create_subaccount(alice)
    ex.apply_subaccount_transfer(alice, "fund", 0, 1, 5000)
    order(ex, bob, "ask", "10", "0.40")
    order(ex, alice, "bid", "10", "0.40", subaccount=1)  # subaccount 1 holds 10 YES
    assert ex.subaccount(alice, 1).position(TICKER) == 10
    assert ex.account(alice).primary.position(TICKER) == 0

    # selling YES in the primary opens NO there: it holds 10 x $0.45 and claims nothing
    opened = order(ex, alice, "ask", "10", "0.55").order
    assert (opened.closing_claim, ex.account(alice).primary.reserved) == (0, D("4.50") + D("0.18"))
    refused = order(ex, alice, "ask", "10", "0.55", reduce_only=True, time_in_force="immediate_or_cancel")
    assert refused.order.last_update_reason == "ReduceOnlyCancel"
    # in subaccount 1 the same sell closes what it holds: nothing but the fee held back
    closing = order(ex, alice, "ask", "10", "0.56", subaccount=1).order
    assert closing.closing_claim == 10
    assert ex.subaccount(alice, 1).reserved == D("0.18")


def test_an_order_is_paid_from_its_own_subaccount_only() -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    ex.create_subaccount(alice)
    with pytest.raises(ExchangeError) as refused:
        order(ex, alice, "bid", "1", "0.40", subaccount=1)  # subaccount 1 has nothing
    assert (refused.value.status, refused.value.code) == (400, "insufficient_balance")
    ex.deposit(alice, "1", subaccount=1)
    order(ex, alice, "bid", "1", "0.40", subaccount=1)
    assert (ex.balance(alice), ex.balance(alice, 1)) == (D("100"), D("0.58"))
    with pytest.raises(ExchangeError) as missing:
        order(ex, alice, "bid", "1", "0.40", subaccount=2)
    assert (missing.value.status, missing.value.details) == (400, "subaccount=2")
    assert ex.total_money() == ex.deposited == D("101")
