"""Each order rule of the exchange: grid, sizes, time in force, flags, STP, expiry, isolation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kalshi_sim import ExchangeError
from kalshi_sim.engine import MarketLifecycle
from kalshi_sim.rest.shapes import market_shape, order_group_shape, order_result_shape, order_shape

from .helpers import TICKER, Clock, D, one_market, order


@pytest.mark.parametrize(
    ("grid", "price", "ok"),
    [
        ("linear_cent", "0.56", True),
        ("linear_cent", "0.565", False),
        ("linear_cent", "0.00", False),
        ("linear_cent", "1.00", False),
        ("deci_cent", "0.565", True),
        ("deci_cent", "0.5655", False),
        ("tapered_deci_cent", "0.055", True),
        ("tapered_deci_cent", "0.955", True),
        ("tapered_deci_cent", "0.555", False),
        ("tapered_deci_cent", "0.55", True),
    ],
)
def test_prices_must_lie_on_the_market_grid(grid: str, price: str, ok: bool) -> None:
    ex = one_market(grid=grid)
    alice = ex.create_account("100").user_id
    if ok:
        assert order(ex, alice, "bid", "1", price).order.price == D(price)
        return
    with pytest.raises(ExchangeError) as caught:
        order(ex, alice, "bid", "1", price)
    assert (caught.value.status, caught.value.code) == (400, "invalid_order")
    assert "price grid" in caught.value.message
    assert ex.balance(alice) == D("100")


@pytest.mark.parametrize("count", ["0", "0.001", "-1", "1.234", "NaN"])
def test_counts_are_at_least_a_hundredth_with_two_decimals(count: str) -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    with pytest.raises(ExchangeError) as caught:
        order(ex, alice, "bid", count, "0.50")
    assert (caught.value.status, caught.value.code) == (400, "invalid_order_size")


def test_fractional_counts_trade() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    order(ex, alice, "bid", "0.01", "0.50")
    fill = order(ex, bob, "ask", "1.37", "0.50").fills[0]
    assert fill.count == D("0.01")
    assert ex.orderbook(TICKER) == ([], [(D("0.50"), D("1.36"))])


def test_floats_are_refused() -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    with pytest.raises(ExchangeError, match="decimal string"):
        ex.create_order(
            alice,
            ticker=TICKER,
            side="bid",
            count=1.0,
            price="0.5",  # type: ignore[arg-type]
            time_in_force="good_till_canceled",
            self_trade_prevention_type="maker",
        )


@pytest.mark.parametrize(
    ("field", "value"),
    [("side", "buy"), ("time_in_force", "day"), ("self_trade_prevention_type", "none"), ("subaccount", 64)],
)
def test_unknown_enum_values_are_invalid_orders(field: str, value: object) -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    kwargs = {
        "ticker": TICKER,
        "side": "bid",
        "count": "1",
        "price": "0.5",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "maker",
        field: value,
    }
    with pytest.raises(ExchangeError) as caught:
        ex.create_order(alice, **kwargs)  # type: ignore[arg-type]
    assert caught.value.code == "invalid_order"


def test_unknown_market_is_not_found() -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    with pytest.raises(ExchangeError) as caught:
        ex.create_order(
            alice,
            ticker="NOPE",
            side="bid",
            count="1",
            price="0.5",
            time_in_force="good_till_canceled",
            self_trade_prevention_type="maker",
        )
    assert (caught.value.status, caught.value.code) == (404, "not_found")


def test_immediate_or_cancel_fills_what_it_can_and_cancels_the_rest() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    order(ex, alice, "ask", "3", "0.40")
    result = order(ex, bob, "bid", "5", "0.45", time_in_force="immediate_or_cancel")
    assert result.fill_count == D("3")
    assert result.order.status == "canceled"
    assert result.order.remaining_count == 0
    assert ex.orderbook(TICKER) == ([], [])
    assert ex.account(bob).primary.reserved == 0
    assert order_result_shape(result)["fill_count"] == "3.00"
    assert order_result_shape(result)["remaining_count"] == "0.00"
    assert order_result_shape(result)["average_fill_price"] == "0.4000"


def test_fill_or_kill_is_all_or_nothing() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    order(ex, alice, "ask", "3", "0.40")
    order(ex, alice, "ask", "3", "0.50")
    killed = order(ex, bob, "bid", "5", "0.45", time_in_force="fill_or_kill")
    assert killed.fills == []
    assert killed.order.status == "canceled"
    assert ex.orderbook(TICKER) == ([], [(D("0.50"), D("3")), (D("0.60"), D("3"))])
    assert ex.balance(bob) == D("100")
    filled = order(ex, bob, "bid", "5", "0.50", time_in_force="fill_or_kill")
    assert filled.order.status == "executed"
    assert [(f.yes_price, f.count) for f in filled.fills] == [(D("0.40"), D("3")), (D("0.50"), D("2"))]


def test_post_only_that_would_cross_is_canceled() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    order(ex, alice, "ask", "3", "0.40")
    crossing = order(ex, bob, "bid", "1", "0.40", post_only=True)
    assert crossing.fills == []
    assert crossing.order.status == "canceled"
    assert crossing.order.last_update_reason == "PostOnlyCrossCancel"
    assert ex.balance(bob) == D("100")
    passive = order(ex, bob, "bid", "1", "0.39", post_only=True)
    assert passive.order.status == "resting"


def test_reduce_only_needs_ioc_and_only_reduces() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    with pytest.raises(ExchangeError, match="immediate_or_cancel"):
        order(ex, alice, "ask", "1", "0.50", reduce_only=True)
    nothing = order(ex, alice, "ask", "1", "0.50", reduce_only=True, time_in_force="immediate_or_cancel")
    assert nothing.order.status == "canceled"
    assert nothing.order.last_update_reason == "ReduceOnlyCancel"
    # alice holds 3 YES; a reduce-only sell of 5 sells only 3 even with 10 bid
    order(ex, bob, "ask", "3", "0.50")
    order(ex, alice, "bid", "3", "0.50", time_in_force="immediate_or_cancel")
    order(ex, bob, "bid", "10", "0.45")
    reduced = order(ex, alice, "ask", "5", "0.45", reduce_only=True, time_in_force="immediate_or_cancel")
    assert reduced.fill_count == D("3")
    assert ex.account(alice).primary.position(TICKER) == 0
    assert ex.orderbook(TICKER)[0] == [(D("0.45"), D("7"))]


def test_self_trade_taker_at_cross_cancels_the_taker_remainder() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    order(ex, bob, "ask", "2", "0.40")
    own = order(ex, alice, "ask", "5", "0.41").order
    taker = order(ex, alice, "bid", "10", "0.50", self_trade_prevention_type="taker_at_cross")
    assert taker.fill_count == D("2")  # bob's 0.40 first, then it reached alice's own ask
    assert taker.order.status == "canceled"
    assert taker.order.last_update_reason == "SelfTradeCancel"
    assert own.status == "resting"
    assert own.remaining_count == D("5")
    assert ex.orderbook(TICKER) == ([], [(D("0.59"), D("5"))])


def test_self_trade_maker_cancels_the_resting_order_and_goes_on() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    own = order(ex, alice, "ask", "5", "0.40").order
    order(ex, bob, "ask", "2", "0.41")
    taker = order(ex, alice, "bid", "3", "0.50", self_trade_prevention_type="maker")
    assert own.status == "canceled"
    assert own.last_update_reason == "SelfTradeCancel"
    assert taker.fill_count == D("2")
    assert taker.order.status == "resting"
    assert taker.order.remaining_count == D("1")
    assert ex.orderbook(TICKER) == ([(D("0.50"), D("1"))], [])


def test_expiration_time_rules_and_lazy_expiry() -> None:
    clock = Clock()
    ex = one_market(clock=clock)
    alice = ex.create_account("100").user_id
    now = int(clock.now)
    with pytest.raises(ExchangeError, match="past"):
        order(ex, alice, "bid", "1", "0.50", expiration_time=now - 1)
    with pytest.raises(ExchangeError, match="expiration_time"):
        order(ex, alice, "bid", "1", "0.50", expiration_time=now + 60, time_in_force="immediate_or_cancel")
    expiring = order(ex, alice, "bid", "1", "0.50", expiration_time=now + 60).order
    assert order_shape(expiring)["expiration_time"] == "2026-12-02T12:01:00Z"
    assert ex.expire_orders() == []
    clock.advance(60)
    assert ex.orderbook(TICKER) == ([], [])  # reads expire lazily
    assert expiring.status == "canceled"
    assert expiring.last_update_reason == "ExpiryCancel"
    assert ex.balance(alice) == D("100")
    assert ex.account(alice).primary.reserved == 0


def test_client_order_id_is_unique_per_account() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    order(ex, alice, "bid", "1", "0.30", client_order_id="same")
    with pytest.raises(ExchangeError) as caught:
        order(ex, alice, "bid", "1", "0.31", client_order_id="same")
    assert (caught.value.status, caught.value.code) == (409, "order_already_exists")
    assert order(ex, bob, "bid", "1", "0.31", client_order_id="same").order.status == "resting"
    assert ex.order_by_client_id(alice, "same").price == D("0.30")


def test_accounts_cannot_see_or_touch_each_others_orders() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    mine = order(ex, alice, "bid", "1", "0.30").order
    for call in (ex.get_order, ex.cancel_order, ex.queue_position):
        with pytest.raises(ExchangeError) as caught:
            call(bob, mine.order_id)
        assert (caught.value.status, caught.value.code) == (404, "not_found")
    assert ex.orders(bob) == []
    assert ex.fills(bob) == []
    assert ex.get_order(alice, mine.order_id) is mine


def test_insufficient_balance_changes_nothing() -> None:
    ex = one_market()
    alice = ex.create_account("5").user_id
    with pytest.raises(ExchangeError) as caught:
        order(ex, alice, "bid", "10", "0.50")  # 5.00 + 0.18 fee
    assert (caught.value.status, caught.value.code) == (400, "insufficient_balance")
    assert ex.balance(alice) == D("5")
    assert ex.orders(alice) == []
    assert ex.orderbook(TICKER) == ([], [])
    assert order(ex, alice, "bid", "9", "0.50").order.status == "resting"


def test_amend_count_is_the_total_including_filled_and_requeues_on_price() -> None:
    ex = one_market()
    alice, bob, carol = (ex.create_account("100").user_id for _ in range(3))
    first = order(ex, alice, "bid", "10", "0.40").order
    order(ex, carol, "bid", "5", "0.40")
    order(ex, bob, "ask", "4", "0.40")  # fills 4 of alice's
    assert ex.queue_position(carol, ex.orders(carol)[0].order_id) == D("6")
    # count 8 = 4 filled + 4 resting, same price: keeps the place
    ex.amend_order(alice, first.order_id, ticker=TICKER, side="bid", price="0.40", count="8")
    assert first.remaining_count == D("4")
    assert first.fill_count == D("4")
    assert ex.queue_position(alice, first.order_id) == 0
    with pytest.raises(ExchangeError) as caught:
        ex.amend_order(alice, first.order_id, ticker=TICKER, side="bid", price="0.40", count="4")
    assert caught.value.code == "invalid_order_size"
    with pytest.raises(ExchangeError) as caught:
        ex.amend_order(alice, first.order_id, ticker=TICKER, side="ask", price="0.40", count="8")
    assert caught.value.code == "order_side_mismatch"
    with pytest.raises(ExchangeError) as caught:
        ex.amend_order(alice, first.order_id, ticker="KXOTHER", side="bid", price="0.40", count="8")
    assert caught.value.code == "order_ticker_mismatch"
    # a new price goes to the back of the queue
    ex.amend_order(
        alice,
        first.order_id,
        ticker=TICKER,
        side="bid",
        price="0.41",
        count="8",
        updated_client_order_id="moved",
    )
    ex.amend_order(alice, first.order_id, ticker=TICKER, side="bid", price="0.40", count="8")
    assert ex.queue_position(alice, first.order_id) == D("5")
    assert ex.order_by_client_id(alice, "moved") is first
    assert ex.total_money() == ex.deposited


def test_amend_that_crosses_trades() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    mine = order(ex, alice, "bid", "5", "0.40").order
    order(ex, bob, "ask", "3", "0.45")
    amended = ex.amend_order(alice, mine.order_id, ticker=TICKER, side="bid", price="0.45", count="5")
    assert amended.fill_count == D("3")
    assert mine.remaining_count == D("2")
    assert mine.fill_count == D("3")
    assert ex.orderbook(TICKER) == ([(D("0.45"), D("2"))], [])


def test_decrease_by_or_to() -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    mine = order(ex, alice, "bid", "10", "0.40").order
    ex.decrease_order(alice, mine.order_id, reduce_by="3")
    assert mine.remaining_count == D("7")
    ex.decrease_order(alice, mine.order_id, reduce_to="2.5")
    assert ex.orderbook(TICKER)[0] == [(D("0.40"), D("2.5"))]
    with pytest.raises(ExchangeError):
        ex.decrease_order(alice, mine.order_id, reduce_by="1", reduce_to="1")
    with pytest.raises(ExchangeError):
        ex.decrease_order(alice, mine.order_id)
    ex.decrease_order(alice, mine.order_id, reduce_to="0")
    assert mine.status == "canceled"
    assert ex.balance(alice) == D("100")


def test_cancel_returns_reduced_by_and_releases_the_reservation() -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    mine = order(ex, alice, "ask", "10", "0.70").order
    assert ex.balance(alice) == D("100") - D("3.00") - D("0.15")
    canceled, reduced_by = ex.cancel_order(alice, mine.order_id)
    assert canceled.status == "canceled"
    assert reduced_by == D("10")
    assert ex.balance(alice) == D("100")
    with pytest.raises(ExchangeError):
        ex.cancel_order(alice, mine.order_id)


def test_cancel_all_and_batches() -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    base = {
        "ticker": TICKER,
        "side": "bid",
        "count": "1",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "maker",
    }
    items = ex.batch_create(
        alice, [{**base, "price": "0.30"}, {**base, "price": "0.305"}, {**base, "price": "0.31"}]
    )
    assert [isinstance(i, ExchangeError) for i in items] == [False, True, False]
    assert isinstance(items[1], ExchangeError)
    assert items[1].code == "invalid_order"
    ids = [i.order.order_id for i in items if not isinstance(i, ExchangeError)]
    cancels = ex.batch_cancel(alice, [ids[0], "missing"])
    assert not isinstance(cancels[0], ExchangeError)
    assert isinstance(cancels[1], ExchangeError)
    assert cancels[1].status == 404
    assert [o.order_id for o, _ in ex.cancel_all_orders(alice)] == [ids[1]]
    assert ex.orders(alice, status="resting") == []


def test_pause_refuses_trading_and_cancels_flagged_orders() -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    kept = order(ex, alice, "bid", "1", "0.30").order
    dropped = order(ex, alice, "bid", "1", "0.31", cancel_order_on_pause=True).order
    ex.pause_market(TICKER)
    assert dropped.status == "canceled"
    assert dropped.last_update_reason == "HaltCancel"
    assert kept.status == "resting"
    with pytest.raises(ExchangeError) as caught:
        order(ex, alice, "bid", "1", "0.32")
    assert caught.value.code == "trading_is_paused"
    ex.open_market(TICKER)
    assert order(ex, alice, "bid", "1", "0.32").order.status == "resting"
    ex.close_market(TICKER)
    assert kept.status == "canceled"
    assert kept.last_update_reason == "CloseCancel"
    with pytest.raises(ExchangeError) as caught:
        order(ex, alice, "bid", "1", "0.32")
    assert caught.value.code == "market_closed"


def test_order_group_limit_cancels_and_blocks_until_reset() -> None:
    clock = Clock()
    ex = one_market(clock=clock)
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    group = ex.create_order_group(alice, "5")
    resting = order(ex, alice, "bid", "3", "0.30", order_group_id=group.order_group_id).order
    order(ex, alice, "bid", "10", "0.40", order_group_id=group.order_group_id)
    order(ex, bob, "ask", "4", "0.40")
    clock.advance(16)  # those 4 leave the 15 s window
    order(ex, bob, "ask", "4", "0.40")
    assert not group.is_triggered
    assert resting.is_resting
    order(ex, bob, "ask", "1", "0.40")  # 5 in the window reaches the limit
    assert group.is_triggered
    assert resting.status == "canceled"
    with pytest.raises(ExchangeError):
        order(ex, alice, "bid", "1", "0.30", order_group_id=group.order_group_id)
    ex.reset_order_group(alice, group.order_group_id)
    assert order(ex, alice, "bid", "1", "0.30", order_group_id=group.order_group_id).order.is_resting
    ex.update_order_group_limit(alice, group.order_group_id, "50")
    assert order_group_shape(group) == {
        "id": group.order_group_id,
        "contracts_limit_fp": "50.00",
        "is_auto_cancel_enabled": True,
        "exchange_index": 0,
    }
    ex.delete_order_group(alice, group.order_group_id)
    assert ex.orders(alice, status="resting") == []
    with pytest.raises(ExchangeError):
        ex.get_order_group(alice, group.order_group_id)


def test_maker_fees_in_series_that_charge_them() -> None:
    ex = one_market(fee_type="quadratic_with_maker_fees", fee_multiplier="0.5")
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    maker = order(ex, alice, "bid", "100", "0.50").order
    taker = order(ex, bob, "ask", "100", "0.50")
    # taker 0.035 * 100 * 0.25 = 0.875 -> 0.88; maker 0.00875 * 100 * 0.25 = 0.21875 -> 0.22
    assert taker.fills[0].fee_cost == D("0.88")
    assert maker.maker_fees == D("0.22")
    assert ex.fees_collected == D("1.10")


def test_partial_fills_never_pay_more_fee_than_one_fill() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    for _ in range(10):
        order(ex, alice, "ask", "1", "0.50")
    taker = order(ex, bob, "bid", "10", "0.50")
    assert len(taker.fills) == 10
    assert sum(f.fee_cost for f in taker.fills) == D("0.18")  # ceil(0.07 * 10 * 0.25), not 10 * 0.02
    assert taker.order.taker_fees == D("0.18")


def test_positions_and_orderbook_shapes() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    order(ex, alice, "bid", "2", "0.30")
    order(ex, alice, "bid", "3", "0.35")
    order(ex, bob, "ask", "4", "0.60")
    order(ex, bob, "ask", "1", "0.65")
    assert ex.orderbook(TICKER) == (
        [(D("0.30"), D("2")), (D("0.35"), D("3"))],
        [(D("0.35"), D("1")), (D("0.40"), D("4"))],
    )
    assert ex.orderbook(TICKER, depth=1) == ([(D("0.35"), D("3"))], [(D("0.40"), D("4"))])
    market = market_shape(ex.markets[TICKER])
    assert (
        market["yes_bid_dollars"],
        market["yes_ask_dollars"],
        market["no_bid_dollars"],
        market["no_ask_dollars"],
        market["yes_bid_size_fp"],
    ) == ("0.3500", "0.6000", "0.4000", "0.6500", "3.00")
    assert Decimal(market["yes_bid_dollars"]) < Decimal(market["yes_ask_dollars"])


def test_amend_can_move_or_remove_the_expiry() -> None:
    clock = Clock()
    ex = one_market(clock=clock)
    alice = ex.create_account("100").user_id
    now = int(clock.now)
    moved = order(ex, alice, "bid", "1", "0.40", expiration_time=now + 10).order
    kept = order(ex, alice, "bid", "1", "0.41", expiration_time=now + 10).order
    ex.amend_order(
        alice, moved.order_id, ticker=TICKER, side="bid", price="0.40", count="1", expiration_time=now + 100
    )
    ex.amend_order(
        alice, kept.order_id, ticker=TICKER, side="bid", price="0.41", count="1", expiration_time=0
    )
    assert kept.expiration_time is None
    clock.advance(50)
    assert ex.expire_orders() == []
    clock.advance(50)
    assert ex.expire_orders() == [moved]
    assert kept.is_resting


def test_orders_get_a_client_order_id_when_none_is_given() -> None:
    ex = one_market()
    alice = ex.create_account("100").user_id
    placed = order(ex, alice, "bid", "1", "0.40").order
    assert placed.client_order_id
    assert ex.order_by_client_id(alice, placed.client_order_id) is placed


def test_lifecycle_events_and_status_walk() -> None:
    ex = one_market()
    seen: list[MarketLifecycle] = []
    ex.subscribe(lambda e: seen.append(e) if isinstance(e, MarketLifecycle) else None)
    ex.pause_market(TICKER)
    ex.open_market(TICKER)
    ex.determine_market(TICKER, "scalar", "0.25")
    ex.settle_market(TICKER)
    assert [(e.event_type, e.is_deactivated) for e in seen] == [
        ("deactivated", True),
        ("activated", False),
        ("close_date_updated", None),
        ("determined", None),
        ("settled", None),
    ]
    assert seen[3].settlement_value == D("0.25")
    assert ex.markets[TICKER].status == "finalized"
    with pytest.raises(ExchangeError):
        ex.settle_market(TICKER)
    with pytest.raises(ExchangeError):
        ex.determine_market(TICKER, "yes")


def test_scalar_settlement_splits_the_dollar() -> None:
    ex = one_market()
    alice, bob = (ex.create_account("100").user_id for _ in range(2))
    order(ex, alice, "bid", "10", "0.50")
    order(ex, bob, "ask", "10", "0.50")
    ex.determine_market(TICKER, "scalar", "0.30")
    paid = dict(ex.settle_market(TICKER))
    assert paid[alice].revenue == D("3.00")
    assert paid[bob].revenue == D("7.00")
    assert ex.balance(alice) == D("100") - D("5") + D("3")
    assert ex.balance(bob) == D("100") - D("5") - D("0.18") + D("7")


def test_a_closing_claim_that_goes_stale_is_reserved_again() -> None:
    ex = one_market()
    alice = ex.create_account("10").user_id
    bob, carol, dave = (ex.create_account("100").user_id for _ in range(3))
    order(ex, bob, "bid", "10", "0.50")
    order(ex, alice, "ask", "10", "0.50")  # alice holds 10 NO
    assert ex.balance(alice) == D("4.82")
    low = order(ex, alice, "bid", "10", "0.30").order  # closes NO: holds only its fee
    assert ex.account(alice).primary.reserved == D("0.15")
    high = order(ex, alice, "bid", "10", "0.40").order  # nothing left to close: holds 4.00 + 0.17
    assert ex.balance(alice) == D("0.50")
    order(ex, carol, "ask", "10", "0.40")  # fills the 0.40 bid, which closes the NO instead
    assert high.status == "executed"
    assert ex.account(alice).primary.position(TICKER) == 0
    assert ex.balance(alice) == D("0.50") + D("4.17") + D("6.00") - D("3.00")
    assert low.closing_claim == 0
    assert ex.account(alice).primary.reserved == D("3.15")
    order(ex, dave, "ask", "10", "0.30")
    assert low.status == "executed"
    assert ex.account(alice).primary.position(TICKER) == D("10")
    assert ex.balance(alice) == D("7.67") + D("0.15")
    assert ex.total_money() == ex.deposited


def test_an_order_refused_for_money_claims_nothing_of_the_position() -> None:
    ex = one_market()
    alice = ex.create_account("10").user_id
    bob = ex.create_account("100").user_id
    order(ex, bob, "bid", "10", "0.50")
    order(ex, alice, "ask", "10", "0.50")  # alice holds 10 NO and 4.82 of cash
    with pytest.raises(ExchangeError) as caught:  # closes 10 NO, opens 20 YES: 6.00 and more
        order(ex, alice, "bid", "30", "0.30")
    assert caught.value.code == "insufficient_balance"
    closing = order(ex, alice, "bid", "10", "0.30").order  # the 10 NO are still there to close
    assert closing.closing_claim == D("10")
    assert ex.account(alice).primary.reserved == D("0.15")
    assert ex.balance(alice) == D("4.67")
