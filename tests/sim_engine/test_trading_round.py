"""A whole trading round between accounts, checked to the cent."""

from __future__ import annotations

import pytest

from kalshi_sim import Exchange
from kalshi_sim.engine import BookDelta, FillEvent, OrderUpdate, PositionUpdate, TradeEvent
from kalshi_sim.rest.shapes import market_shape, settlement_shape

from .helpers import TICKER, D, one_market, order, seeded


def test_full_round_balances_positions_fees_and_settlement() -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    bob = ex.create_account("100").user_id
    carol = ex.create_account("100").user_id

    # alice bids 10 YES at 0.56: holds 5.60 + the worst fee ceil(0.07 * 10 * 0.25) = 0.18
    resting = order(ex, alice, "bid", "10", "0.56", client_order_id="a-1").order
    assert ex.balance(alice) == D("94.22")
    assert ex.account(alice).primary.reserved == D("5.78")

    # bob sells 4 YES at 0.50 and trades at alice's 0.56: pays 4 * 0.44 + ceil(0.07*4*0.56*0.44)
    result = order(ex, bob, "ask", "4", "0.50")
    assert [(f.count, f.yes_price, f.is_taker, f.fee_cost) for f in result.fills] == [
        (D("4"), D("0.56"), True, D("0.07"))
    ]
    assert result.order.status == "executed"
    assert ex.balance(bob) == D("98.17")
    assert ex.account(bob).primary.reserved == 0
    # alice (maker, fee-free series) paid 2.24 and holds 6 * 0.56 + ceil(0.07 * 6 * 0.25) for the rest
    assert resting.fill_count == D("4")
    assert resting.remaining_count == D("6")
    assert resting.maker_fill_cost == D("2.24")
    assert resting.maker_fees == 0
    assert ex.account(alice).primary.reserved == D("3.47")
    assert ex.balance(alice) == D("94.29")
    assert ex.markets[TICKER].open_interest == D("4")

    # carol sells 3 YES at 0.58 (opening NO at 0.42); bob buys 1 back at up to 0.60, closing NO
    order(ex, carol, "ask", "3", "0.58")
    closing = order(ex, bob, "bid", "1", "0.60", time_in_force="immediate_or_cancel")
    assert [(f.count, f.yes_price, f.fee_cost) for f in closing.fills] == [(D("1"), D("0.58"), D("0.02"))]
    assert ex.balance(bob) == D("98.57")  # + 0.42 for the NO contract, - 0.02 fee
    (bob_position,) = ex.positions(bob)
    assert bob_position.position == D("-3")
    assert bob_position.cost_basis == D("1.32")
    assert bob_position.realized_pnl == D("-0.02")
    assert bob_position.fees_paid == D("0.09")
    assert ex.balance(carol) == D("98.70")
    assert ex.markets[TICKER].open_interest == D("4")  # bob closed what carol opened

    assert ex.total_money() == D("300")
    ex.determine_market(TICKER, "yes")
    assert resting.status == "canceled"
    assert resting.last_update_reason == "CloseCancel"
    paid = dict(ex.settle_market(TICKER))

    assert ex.balance(alice) == D("101.76")  # 100 - 2.24 + 4 * $1
    assert ex.balance(bob) == D("98.57")
    assert ex.balance(carol) == D("99.58")
    assert ex.fees_collected == D("0.09")
    assert sum(ex.balance(u) for u in (alice, bob, carol)) + ex.fees_collected == D("300")
    assert all(ex.account(u).primary.reserved == 0 for u in (alice, bob, carol))
    assert ex.markets[TICKER].open_interest == 0
    assert ex.markets[TICKER].status == "finalized"

    assert settlement_shape(paid[alice]) == {
        "ticker": TICKER,
        "exchange_index": 0,
        "event_ticker": "KXTEST-26DEC01",
        "market_result": "yes",
        "yes_count_fp": "4.00",
        "yes_total_cost_dollars": "2.2400",
        "no_count_fp": "0.00",
        "no_total_cost_dollars": "0.0000",
        "revenue": 400,
        "settled_time": "2026-12-02T12:00:00Z",
        "fee_cost": "0.0000",
        "value": 100,
    }
    assert paid[bob].no_count == D("3")
    assert paid[bob].revenue == 0
    assert paid[bob].fee_cost == D("0.09")
    assert ex.settlements(bob)[0].no_total_cost == D("1.32")
    bob_after = ex.positions(bob, include_closed=True)[0]
    assert bob_after.position == 0
    assert bob_after.realized_pnl == D("-1.34")


def test_events_of_one_trade_arrive_in_order_with_the_clock() -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    bob = ex.create_account("100").user_id
    seen: list[object] = []
    stop = ex.subscribe(seen.append)
    order(ex, alice, "bid", "5", "0.40", client_order_id="a-1")
    assert [type(e) for e in seen] == [BookDelta, OrderUpdate]
    rest = seen[0]
    assert isinstance(rest, BookDelta)
    assert (rest.side, rest.price_dollars, rest.delta, rest.client_order_id, rest.clock) == (
        "yes",
        D("0.40"),
        D("5"),
        "a-1",
        1,
    )
    seen.clear()
    order(ex, bob, "ask", "2", "0.40")
    kinds = [type(e) for e in seen]
    assert kinds == [
        BookDelta,
        TradeEvent,
        FillEvent,
        PositionUpdate,
        FillEvent,
        PositionUpdate,
        OrderUpdate,
        OrderUpdate,
    ]
    delta = seen[0]
    assert isinstance(delta, BookDelta)
    assert delta.delta == D("-2")
    assert delta.clock == 2 == ex.clock
    fills = [e for e in seen if isinstance(e, FillEvent)]
    assert [(f.user_id, f.fill.is_taker, f.post_position) for f in fills] == [
        (bob, True, D("-2")),
        (alice, False, D("2")),
    ]
    # the maker's update is a snapshot of that moment, the taker's comes last
    updates = [e for e in seen if isinstance(e, OrderUpdate)]
    assert updates[0].order.user_id == alice
    assert updates[0].order.remaining_count == D("3")
    assert updates[1].order.user_id == bob
    assert updates[1].order.status == "executed"
    stop()
    order(ex, bob, "ask", "1", "0.45")
    assert len(seen) == 8


def test_a_listener_that_raises_does_not_starve_the_others() -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    got: list[object] = []

    def broken(event: object) -> None:
        raise RuntimeError("listener bug")

    ex.subscribe(broken)
    ex.subscribe(got.append)
    with pytest.raises(RuntimeError, match="listener bug"):
        order(ex, alice, "bid", "1", "0.40")
    assert len(got) == 2
    assert ex.orderbook(TICKER) == ([(D("0.40"), D("1"))], [])


def test_selling_held_yes_needs_no_cash_beyond_the_fee() -> None:
    ex = one_market()
    alice = ex.create_account("10").user_id
    bob = ex.create_account("100").user_id
    order(ex, bob, "ask", "10", "0.90")
    order(ex, alice, "bid", "10", "0.90", time_in_force="immediate_or_cancel")
    # 10 - 9.00 - ceil(0.07 * 10 * 0.09) = 0.93 left; a NO-opening ask of 10 at 0.95 would need 0.50
    assert ex.balance(alice) == D("0.93")
    sell = order(ex, alice, "ask", "10", "0.95")
    assert sell.order.status == "resting"
    assert ex.account(alice).primary.reserved == D("0.04")  # only ceil(0.07 * 10 * 0.95 * 0.05)


def test_two_exchanges_with_one_seed_agree() -> None:
    def snapshot(ex: Exchange) -> object:
        return [market_shape(m) for m in ex.markets.values()], [ex.orderbook(t) for t in ex.markets]

    clock = lambda: 1796212800.0  # noqa: E731
    assert snapshot(seeded(3, clock)) == snapshot(seeded(3, clock))
    assert snapshot(seeded(3, clock)) != snapshot(seeded(4, clock))
