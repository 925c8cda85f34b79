"""Properties of the margin exchange over random sessions of orders, amends, cancels, mark price
moves, funding periods and the liquidations they cause: money is conserved to the last digit,
positions net to zero, books never cross, and no subaccount stays below maintenance while the
book holds what would close it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kalshi_sim import ExchangeError
from kalshi_sim.engine.margin import MarginExchange
from kalshi_sim.engine.margin.liquidation import band_limit

from .helpers import Clock
from .margin_helpers import HOUR, PERP, perp_exchange

OTHER = "KXETHPERP"
TICKERS = (PERP, OTHER)
# first the values that make things happen: hypothesis draws early elements most
MARKS = [Decimal(m) for m in ("84.5", "116.75", "70", "131", "92", "108", "97.25", "103", "100")]
OFFSETS = [Decimal(o) for o in ("2.5", "1", "6", "0.01", "0", "-0.01", "-1", "-2.5", "-6")]
SPREADS = [Decimal(o) for o in ("0.01", "0.5", "2")]
COUNTS = [Decimal(c) for c in (13, 40, 5, 2, 1)]
BALANCES = ("150", "400", "1000", "20000")

create = st.fixed_dictionaries(
    {
        "op": st.just("create"),
        "who": st.integers(0, len(BALANCES) - 1),
        "ticker": st.sampled_from([PERP, PERP, OTHER]),
        "side": st.sampled_from(["bid", "ask"]),
        "offset": st.sampled_from(OFFSETS),
        "count": st.sampled_from(COUNTS),
        "time_in_force": st.sampled_from(
            ["good_till_canceled"] * 4 + ["immediate_or_cancel", "fill_or_kill"]
        ),
        "self_trade_prevention_type": st.sampled_from(["taker_at_cross", "maker"]),
        "post_only": st.sampled_from([False] * 4 + [True]),
        "reduce_only": st.sampled_from([False] * 3 + [True]),
    }
)
touch = st.fixed_dictionaries(
    {
        "op": st.sampled_from(["cancel", "amend", "decrease"]),
        "who": st.integers(0, len(BALANCES) - 1),
        "pick": st.integers(0, 50),
        "offset": st.sampled_from(OFFSETS),
        "count": st.sampled_from(COUNTS),
    }
)
quote = st.fixed_dictionaries(
    {
        "op": st.just("quote"),
        "ticker": st.sampled_from([PERP, PERP, OTHER]),
        "spread": st.sampled_from(SPREADS),
    }
)
move = st.fixed_dictionaries(
    {"op": st.just("mark"), "ticker": st.sampled_from(TICKERS), "mark": st.sampled_from(MARKS)}
)
fund = st.fixed_dictionaries(
    {
        "op": st.just("fund"),
        "seconds": st.sampled_from([600, HOUR, 3 * HOUR + 7]),
        "pin": st.sampled_from([None, None, "0.0001", "-0.003", "0.00000037", "0.05"]),
    }
)
scripts = st.lists(st.one_of(create, create, create, quote, touch, move, fund), min_size=15, max_size=50)


def _price(exchange: MarginExchange, ticker: str, side: str, offset: Decimal) -> Decimal:
    """A price `offset` towards the other side of the book from the mark: the larger, the likelier
    it crosses."""
    mark = exchange.market(ticker).mark_price
    return max(mark + offset if side == "bid" else mark - offset, Decimal("0.01"))


def _step(exchange: MarginExchange, users: list[str], clock: Clock, step: dict[str, Any]) -> None:
    op = step["op"]
    if op == "mark":
        exchange.set_mark_price(step["ticker"], step["mark"])
    elif op == "quote":  # the richest member quotes both sides around the mark
        spread = step["spread"]
        for side in ("bid", "ask"):
            exchange.create_order(
                users[-1],
                ticker=step["ticker"],
                side=side,
                count=Decimal(20),
                price=_price(exchange, step["ticker"], side, -spread),
                time_in_force="good_till_canceled",
                self_trade_prevention_type="maker",
            )
    elif op == "fund":
        for ticker in TICKERS:
            exchange.set_funding_rate(ticker, step["pin"])
        clock.advance(step["seconds"])
        exchange.run_funding()
    elif op == "create":
        tif = step["time_in_force"]
        exchange.create_order(
            users[step["who"]],
            ticker=step["ticker"],
            side=step["side"],
            count=step["count"],
            price=_price(exchange, step["ticker"], step["side"], step["offset"]),
            time_in_force=tif,
            self_trade_prevention_type=step["self_trade_prevention_type"],
            post_only=step["post_only"] and tif == "good_till_canceled",
            reduce_only=step["reduce_only"] and tif != "good_till_canceled",
        )
    else:
        user = users[step["who"]]
        resting = exchange.orders(user, status="resting")
        if not resting:
            return
        target = resting[step["pick"] % len(resting)]
        if op == "cancel":
            exchange.cancel_order(user, target.order_id)
        elif op == "decrease":
            exchange.decrease_order(user, target.order_id, reduce_to=(target.remaining_count / 2).quantize(1))
        else:
            exchange.amend_order(
                user,
                target.order_id,
                ticker=target.ticker,
                side=target.side,
                price=_price(exchange, target.ticker, target.side, step["offset"]),
                count=target.fill_count + step["count"],
            )


def check_invariants(exchange: MarginExchange) -> None:
    assert exchange.total_money() == exchange.deposited
    portfolios = exchange.ledger.portfolios()
    resting_by_member = {o.order_id for a in exchange.accounts.values() for o in a.resting.values()}
    in_books = set()
    for ticker in TICKERS:
        market = exchange.market(ticker)
        positions = [p.position(ticker) for p in portfolios]
        assert sum(positions, Decimal(0)) == 0
        assert market.open_interest == sum((q for q in positions if q > 0), Decimal(0))
        bid, ask = market.book.best_bid(), market.book.best_ask()
        assert bid is None or ask is None or bid < ask
        for levels in (market.book.bids, market.book.asks):
            in_books |= {o.order_id for queue in levels.values() for o in queue if o.is_resting}
    assert in_books == resting_by_member
    for portfolio in portfolios:
        if not exchange.ledger.assess(portfolio, exchange.markets).below_maintenance:
            continue
        for held in portfolio.open_positions():  # the book holds nothing that would close it
            market = exchange.market(held.ticker)
            side = "ask" if held.position > 0 else "bid"
            limit = band_limit(market, side)
            takers = market.book.bids if side == "ask" else market.book.asks
            reachable = [
                o
                for price, queue in takers.items()
                if (price >= limit if side == "ask" else price <= limit)
                for o in queue
                if o.user_id != portfolio.user_id
            ]
            assert reachable == [], (portfolio, held)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=scripts)
def test_money_is_conserved_through_trading_funding_and_liquidation(script: list[dict[str, Any]]) -> None:
    clock = Clock()
    exchange = perp_exchange(clock)
    exchange.list_market(
        OTHER, mark_price="100", maintenance_margin_rate="0.1", initial_margin_multiplier="1.5"
    )
    users = [exchange.create_account(balance).user_id for balance in BALANCES]
    for step in script:
        try:
            _step(exchange, users, clock, step)
        except ExchangeError as error:
            if error.status not in (400, 404, 409):
                raise
        check_invariants(exchange)


def test_a_session_that_liquidates_and_funds_keeps_every_dollar() -> None:
    """One session the random ones must reach: a liquidation with a deficit, then funding."""
    clock = Clock()
    exchange = perp_exchange(clock)
    exchange.list_market(
        OTHER, mark_price="100", maintenance_margin_rate="0.1", initial_margin_multiplier="1.5"
    )
    users = [exchange.create_account(balance).user_id for balance in BALANCES]

    def gtc(who: int, side: str, offset: str, count: int) -> dict[str, Any]:
        return {
            "op": "create",
            "who": who,
            "ticker": PERP,
            "side": side,
            "offset": Decimal(offset),
            "count": Decimal(count),
            "time_in_force": "good_till_canceled",
            "self_trade_prevention_type": "maker",
            "post_only": False,
            "reduce_only": False,
        }

    script: list[dict[str, Any]] = [
        gtc(0, "bid", "0", 13),  # the smallest account goes long 13 at 100
        gtc(3, "ask", "0", 13),
        gtc(3, "bid", "-20", 40),  # the only bid left: 80
        {"op": "mark", "ticker": PERP, "mark": Decimal("84.5")},  # closed out at 80: a deficit
        {"op": "fund", "seconds": HOUR, "pin": "0.0001"},
    ]
    for step in script:
        _step(exchange, users, clock, step)
        check_invariants(exchange)
    (liquidation,) = exchange.liquidations
    assert liquidation.user_id == users[0]
    assert liquidation.deficit > 0
    assert exchange.ledger.insurance_fund == -liquidation.deficit
    assert exchange.funding_rates(PERP)[0].rate == Decimal("0.0001")
