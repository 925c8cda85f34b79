"""Properties that hold for any sequence of orders, amends, cancels and a settlement."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kalshi_sim import Exchange, ExchangeError
from kalshi_sim.engine import BookDelta

from .helpers import TICKER, Clock, one_market

PRICES = [Decimal(p) / 100 for p in (44, 47, 50, 53, 56)]
COUNTS = [Decimal("0.5"), Decimal(1), Decimal("2.25"), Decimal(5), Decimal(13)]

create = st.fixed_dictionaries(
    {
        "op": st.just("create"),
        "who": st.integers(0, 2),
        "side": st.sampled_from(["bid", "ask"]),
        "price": st.sampled_from(PRICES),
        "count": st.sampled_from(COUNTS),
        "time_in_force": st.sampled_from(
            ["good_till_canceled", "good_till_canceled", "immediate_or_cancel", "fill_or_kill"]
        ),
        "self_trade_prevention_type": st.sampled_from(["taker_at_cross", "maker"]),
        "post_only": st.booleans(),
        "reduce_only": st.booleans(),
    }
)
touch = st.fixed_dictionaries(
    {
        "op": st.sampled_from(["cancel", "amend", "decrease", "wait"]),
        "who": st.integers(0, 2),
        "pick": st.integers(0, 50),
        "price": st.sampled_from(PRICES),
        "count": st.sampled_from(COUNTS),
    }
)
scripts = st.lists(st.one_of(create, create, create, touch), min_size=8, max_size=40)
endings = st.sampled_from(["open", "yes", "no", "scalar"])


def replay(ex: Exchange, script: list[dict[str, Any]], users: list[str], clock: Clock) -> None:
    for step in script:
        user = users[step["who"]]
        try:
            if step["op"] == "create":
                tif = step["time_in_force"]
                ex.create_order(
                    user,
                    ticker=TICKER,
                    side=step["side"],
                    count=step["count"],
                    price=step["price"],
                    time_in_force=tif,
                    self_trade_prevention_type=step["self_trade_prevention_type"],
                    post_only=step["post_only"] and tif == "good_till_canceled",
                    reduce_only=step["reduce_only"] and tif == "immediate_or_cancel",
                    expiration_time=int(clock.now) + 30
                    if step["post_only"] and tif == "good_till_canceled"
                    else None,
                )
            elif step["op"] == "wait":
                clock.advance(20)
                ex.expire_orders()
            else:
                resting = ex.orders(user, status="resting")
                if not resting:
                    continue
                target = resting[step["pick"] % len(resting)]
                if step["op"] == "cancel":
                    ex.cancel_order(user, target.order_id)
                elif step["op"] == "decrease":
                    ex.decrease_order(user, target.order_id, reduce_to=target.remaining_count / 2)
                else:
                    ex.amend_order(
                        user,
                        target.order_id,
                        ticker=TICKER,
                        side=target.side,
                        price=step["price"],
                        count=target.fill_count + step["count"],
                    )
        except ExchangeError as error:
            if error.status not in (400, 404, 409):
                raise
        check_invariants(ex, users)


def check_invariants(ex: Exchange, users: list[str]) -> None:
    assert ex.total_money() == ex.deposited
    for user in users:
        account = ex.account(user)
        assert account.balance >= 0
        held = sum((o.reserved for o in account.orders.values() if o.is_resting), Decimal(0))
        assert account.reserved == held
    yes_bids, no_bids = ex.orderbook(TICKER)
    if yes_bids and no_bids:
        assert yes_bids[-1][0] < 1 - no_bids[-1][0]  # best YES bid < best YES ask
    longs = sum(
        (ex.account(u).position(TICKER) for u in users if ex.account(u).position(TICKER) > 0), Decimal(0)
    )
    shorts = -sum(
        (ex.account(u).position(TICKER) for u in users if ex.account(u).position(TICKER) < 0), Decimal(0)
    )
    assert longs == shorts == ex.markets[TICKER].open_interest


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=scripts, ending=endings, value=st.integers(0, 100))
def test_money_is_conserved_and_the_book_never_crosses(
    script: list[dict[str, Any]], ending: str, value: int
) -> None:
    clock = Clock()
    ex = one_market(clock=clock)
    users = [ex.create_account(balance).user_id for balance in ("40", "25", "1000")]
    replay(ex, script, users, clock)
    if ending == "open":
        return
    settlement_value = Decimal(value) / 100 if ending == "scalar" else None
    ex.determine_market(TICKER, ending, settlement_value)
    ex.settle_market(TICKER)
    assert ex.markets[TICKER].open_interest == 0
    assert all(ex.account(u).reserved == 0 for u in users)
    assert sum((ex.balance(u) for u in users), Decimal(0)) + ex.fees_collected == ex.deposited


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=scripts)
def test_book_rebuilt_from_deltas_equals_the_orderbook(script: list[dict[str, Any]]) -> None:
    clock = Clock()
    ex = one_market(clock=clock)
    users = [ex.create_account(balance).user_id for balance in ("40", "25", "1000")]
    rebuilt: dict[tuple[str, Decimal], Decimal] = {}
    clocks: list[int] = []

    def on_event(event: object) -> None:
        if isinstance(event, BookDelta):
            key = (event.side, event.price_dollars)
            rebuilt[key] = rebuilt.get(key, Decimal(0)) + event.delta
            assert rebuilt[key] >= 0
            if rebuilt[key] == 0:
                del rebuilt[key]
            clocks.append(event.clock)

    ex.subscribe(on_event)
    replay(ex, script, users, clock)
    yes_bids, no_bids = ex.orderbook(TICKER)
    expected = {("yes", p): c for p, c in yes_bids} | {("no", p): c for p, c in no_bids}
    assert rebuilt == expected
    assert clocks == sorted(clocks)
    assert len(set(clocks)) == len(clocks)
    assert not clocks or clocks[-1] == ex.clock
