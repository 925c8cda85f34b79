"""Properties that hold for any sequence of orders, amends, cancels, transfers between
subaccounts and a settlement."""

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

SUBACCOUNTS = 3
"""Each member's subaccounts in the scripts that use them: the primary and two numbered."""
in_subaccount = st.fixed_dictionaries({"sub": st.integers(0, SUBACCOUNTS - 1)})
transfer = st.fixed_dictionaries(
    {
        "op": st.just("transfer"),
        "who": st.integers(0, 2),
        "sub": st.integers(0, SUBACCOUNTS - 1),
        "to": st.integers(0, SUBACCOUNTS - 1),
        "cents": st.integers(1, 4000),
        "again": st.booleans(),
    }
)
subaccount_scripts = st.lists(
    st.one_of(
        st.tuples(create, in_subaccount).map(lambda p: p[0] | p[1]),
        st.tuples(create, in_subaccount).map(lambda p: p[0] | p[1]),
        st.tuples(touch, in_subaccount).map(lambda p: p[0] | p[1]),
        transfer,
    ),
    min_size=8,
    max_size=40,
)


def replay(ex: Exchange, script: list[dict[str, Any]], users: list[str], clock: Clock) -> None:
    for number, step in enumerate(script):
        user = users[step["who"]]
        sub = step.get("sub", 0)
        try:
            if step["op"] == "transfer":
                transfer_id = "same" if step["again"] else f"t{number}"
                ex.apply_subaccount_transfer(user, transfer_id, sub, step["to"], step["cents"])
            elif step["op"] == "create":
                tif = step["time_in_force"]
                ex.create_order(
                    user,
                    subaccount=sub,
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
                resting = ex.orders(user, status="resting", subaccount=sub)
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
    positions = []
    for user in users:
        account = ex.account(user)
        for number, held in account.subaccounts.items():
            assert held.balance >= 0
            resting = [o for o in account.orders.values() if o.is_resting and o.subaccount == number]
            assert held.reserved == sum((o.reserved for o in resting), Decimal(0))
            position = held.position(TICKER)
            positions.append(position)
            for side in ("bid", "ask"):  # a subaccount's closing claims fit in its own position
                claimed = sum((o.closing_claim for o in resting if o.side == side), Decimal(0))
                assert claimed <= (max(-position, Decimal(0)) if side == "bid" else max(position, Decimal(0)))
    yes_bids, no_bids = ex.orderbook(TICKER)
    if yes_bids and no_bids:
        assert yes_bids[-1][0] < 1 - no_bids[-1][0]  # best YES bid < best YES ask
    longs = sum((p for p in positions if p > 0), Decimal(0))
    shorts = -sum((p for p in positions if p < 0), Decimal(0))
    assert longs == shorts == ex.markets[TICKER].open_interest


def settled(
    script: list[dict[str, Any]], ending: str, value: int, *, subaccounts: int = 1
) -> tuple[Exchange, list[str]] | None:
    """Three members (with `subaccounts` each, the primary included) play `script`; then the
    market settles as `ending` says (None when it stays open)."""
    clock = Clock()
    ex = one_market(clock=clock)
    users = [ex.create_account(balance).user_id for balance in ("40", "25", "1000")]
    for user in users:
        for _ in range(subaccounts - 1):
            ex.create_subaccount(user)
    replay(ex, script, users, clock)
    if ending == "open":
        return None
    settlement_value = Decimal(value) / 100 if ending == "scalar" else None
    ex.determine_market(TICKER, ending, settlement_value)
    ex.settle_market(TICKER)
    assert ex.markets[TICKER].open_interest == 0
    return ex, users


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=scripts, ending=endings, value=st.integers(0, 100))
def test_money_is_conserved_and_the_book_never_crosses(
    script: list[dict[str, Any]], ending: str, value: int
) -> None:
    played = settled(script, ending, value)
    if played is None:
        return
    ex, users = played
    assert all(ex.account(u).primary.reserved == 0 for u in users)
    assert sum((ex.balance(u) for u in users), Decimal(0)) + ex.fees_collected == ex.deposited


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=subaccount_scripts, ending=endings, value=st.integers(0, 100))
def test_money_is_conserved_across_subaccounts(script: list[dict[str, Any]], ending: str, value: int) -> None:
    played = settled(script, ending, value, subaccounts=SUBACCOUNTS)
    if played is None:
        return
    ex, users = played
    balances = [held for u in users for held in ex.subaccount_balances(u)]
    assert all(held.reserved == 0 and held.balance >= 0 for held in balances)
    assert sum((held.balance for held in balances), Decimal(0)) + ex.fees_collected == ex.deposited
    for user in users:  # each settlement is of the subaccount that held the position
        for settlement in ex.settlements(user):
            held = ex.subaccount(user, settlement.subaccount).positions[TICKER]
            assert held.position == 0
            assert held.subaccount == settlement.subaccount


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
