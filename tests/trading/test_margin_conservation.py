"""Money on the margin venue is conserved over random flows, as kalshi-py's margin client sees it.

Three members trade one perpetual through `kalshi_py.margin` (orders the exchange may refuse
included), the mark moves (liquidating whom it takes below maintenance), funding periods pass at
pinned rates. After every flow, what the members' REST answers say adds up to every dollar
deposited, to the last digit:

    sum(account_equity) + sum(fees of their fills) - sum(their funding payments)
        + the insurance fund == the deposits

(funding payments net to minus what rounding them leaves the exchange; the insurance fund,
which covers a liquidation's deficit, is the one figure the margin API does not show, so it is
read from the engine). Every answer is checked against perps_openapi.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sim_engine.helpers import Clock

from kalshi_sim import LocalExchange
from kalshi_sim.engine import Exchange
from kalshi_sim.engine.margin import MarginExchange

from .margin_members import ClientMember

TICKER = "KXFLOWPERP"
BALANCES = (Decimal(300), Decimal(1000), Decimal(5000))
D = Decimal

# the values that make things happen first: hypothesis draws early elements most
WHO = st.integers(0, len(BALANCES) - 1)
COUNTS = st.sampled_from([D(13), D(5), D(1), D(40)])
OFFSETS = st.sampled_from([D(0), D(1), D(-1), D(3), D(-20), D("-0.5")])
cross = st.fixed_dictionaries(
    {"op": st.just("cross"), "buyer": WHO, "seller": WHO, "count": COUNTS, "offset": OFFSETS}
)
order = st.fixed_dictionaries(
    {
        "op": st.just("order"),
        "who": WHO,
        "side": st.sampled_from(["bid", "ask"]),
        "count": COUNTS,
        "offset": OFFSETS,
        "time_in_force": st.sampled_from(["good_till_canceled", "immediate_or_cancel"]),
    }
)
mark = st.fixed_dictionaries(
    {"op": st.just("mark"), "price": st.sampled_from([D(78), D(125), D(92), D(104), D(100), D(70)])}
)
fund = st.fixed_dictionaries(
    {"op": st.just("fund"), "rate": st.sampled_from(["0.001", "-0.0005", "0.00037"])}
)
flows = st.lists(st.one_of(cross, fund, order, mark, cross), min_size=4, max_size=10)
LIQUIDATED_AFTER_FUNDING = [  # a flow the random ones must not miss: funding, then a deficit
    {"op": "cross", "buyer": 0, "seller": 1, "count": D(13), "offset": D(0)},
    {
        "op": "order",
        "who": 2,
        "side": "bid",
        "count": D(40),
        "offset": D(-25),
        "time_in_force": "good_till_canceled",
    },
    {"op": "fund", "rate": "0.001"},
    {"op": "mark", "price": D(78)},
]


def _step(ex: LocalExchange, clock: Clock, members: list[ClientMember], step: dict[str, Any]) -> None:
    if step["op"] in ("order", "cross"):
        price = ex.margin.market(TICKER).mark_price + step["offset"]
        if step["op"] == "cross":  # a resting bid, and an ask into it
            orders = [
                (step["buyer"], "bid", "good_till_canceled"),
                (step["seller"], "ask", "immediate_or_cancel"),
            ]
        else:
            orders = [(step["who"], step["side"], step["time_in_force"])]
        for who, side, time_in_force in orders:
            status = members[who].submit(side, step["count"], price, time_in_force)
            assert status in (201, 400, 409), status
    elif step["op"] == "mark":
        ex.set_mark_price(TICKER, step["price"])
    else:
        ex.set_funding_rate(TICKER, step["rate"])
        clock.advance(3600)
        ex.run_funding()


@contextmanager
def _exchange(clock: Clock) -> Iterator[LocalExchange]:
    margin = MarginExchange(seed=5, clock=clock)
    margin.list_market(TICKER, mark_price="100.00", maintenance_margin_rate="0.05")
    with LocalExchange(
        seed=5, exchange=Exchange(seed=5, clock=clock), margin=margin, clock=clock, fix=False
    ) as ex:
        yield ex


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(flow=flows)
@example(flow=LIQUIDATED_AFTER_FUNDING)
def test_members_rest_answers_add_up_to_every_dollar_deposited(flow: list[dict[str, Any]]) -> None:
    clock = Clock()
    with ExitStack() as stack:
        ex = stack.enter_context(_exchange(clock))
        members = [ClientMember(ex, ex.create_margin_account(balance), TICKER) for balance in BALANCES]
        for member in members:
            stack.callback(member.close)
        for step in flow:
            _step(ex, clock, members, step)
        equity = sum((member.balance()["account_equity"] for member in members), D(0))
        fees = sum((member.fees_paid() for member in members), D(0))
        funding = sum((sum(member.funding(), D(0)) for member in members), D(0))
        with ex.lock:
            insurance = ex.margin.ledger.insurance_fund
            assert ex.margin.total_money() == ex.margin.deposited == sum(BALANCES)
            assert fees == ex.margin.ledger.fees_collected
            assert -funding == ex.margin.ledger.funding_residue
        assert equity + fees - funding + insurance == sum(BALANCES)
        assert [problem for member in members for problem in member.problems] == []
