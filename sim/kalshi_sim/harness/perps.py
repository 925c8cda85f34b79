"""The margin exchange a local exchange starts with, and what keeps it moving.

`populate(margin, seed)` lists a few perpetual futures (crypto and a metal) at their seeded mark
prices, with a house account quoting a few levels each side (a second house account takes
liquidity in the background flow). `PerpActivity` is the background
flow: each step moves one market's mark a little (a random walk) and re-quotes the house around
it. `Upkeep` pays due funding on a timer, so funding happens on the hour even when nobody calls.
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

from ..engine import ExchangeError
from ..engine.margin import MarginExchange, PerpMarket
from ..venue import Venue
from .activity import Paced, Timer

__all__ = ["HOUSE_BALANCE", "PERPETUALS", "PerpActivity", "Upkeep", "populate"]

HOUSE_BALANCE = Decimal("10000000")
QUOTE_LEVELS = 5
QUOTE_SIZE = 25


@dataclass(frozen=True)
class _Perpetual:
    ticker: str
    title: str
    asset_class: str
    contract_size: str
    mark_price: str
    maintenance_margin_rate: str


PERPETUALS = (
    _Perpetual("KXBTCPERP", "Bitcoin perpetual", "Crypto", "0.001", "104250.00", "0.05"),
    _Perpetual("KXETHPERP", "Ether perpetual", "Crypto", "0.01", "3875.40", "0.05"),
    _Perpetual("KXSOLPERP", "Solana perpetual", "Crypto", "1", "187.65", "0.1"),
    _Perpetual("KXGOLDPERP", "Gold perpetual", "Metals", "0.01", "2641.80", "0.04"),
)
"""The seeded perpetual markets: mark prices are per unit of the underlying; a contract is
`contract_size` units, so it trades at `contract_size * mark`."""


def _on_tick(market: PerpMarket, price: Decimal) -> Decimal:
    tick = market.tick_size
    return max((price / tick).to_integral_value(rounding=ROUND_HALF_EVEN) * tick, tick)


def quote(
    margin: MarginExchange,
    house: str,
    market: PerpMarket,
    rng: random.Random,
    levels: range = range(QUOTE_LEVELS),
) -> None:
    """Rest house bids and asks around the mark at `levels`, one tick apart per level."""
    spread = max(market.tick_size, _on_tick(market, market.mark_price * Decimal("0.0005")))
    for level in levels:
        for side, sign in (("bid", -1), ("ask", 1)):
            price = _on_tick(market, market.mark_price + sign * (spread + level * market.tick_size))
            with contextlib.suppress(ExchangeError):
                margin.create_order(
                    house,
                    ticker=market.ticker,
                    side=side,
                    count=rng.randint(1, QUOTE_SIZE),
                    price=price,
                    time_in_force="good_till_canceled",
                    self_trade_prevention_type="maker",
                    post_only=True,
                )


def populate(margin: MarginExchange, seed: int) -> MarginExchange:
    """List the seeded perpetual markets on `margin` and quote them; returns it."""
    rng = random.Random(seed * 104729 + 3)  # noqa: S311 - a reproducible catalogue, not secrets
    for name in ("perps-house", "perps-taker"):
        margin.house_accounts.append(
            margin.create_account(HOUSE_BALANCE, user_id=f"{name}-{seed}", fee_tier=3).user_id
        )
    house = margin.house_accounts[0]
    for perp in PERPETUALS:
        drift = Decimal(rng.randint(-200, 200)) / 10000
        mark = Decimal(perp.mark_price) * Decimal(perp.contract_size) * (1 + drift)
        market = margin.list_market(
            perp.ticker,
            title=perp.title,
            asset_class=perp.asset_class,
            contract_size=perp.contract_size,
            tick_size="0.01",
            mark_price=mark.quantize(Decimal("0.01")),
            maintenance_margin_rate=perp.maintenance_margin_rate,
            initial_margin_multiplier="2",
        )
        quote(margin, house, market, rng)
    return margin


class Upkeep(Timer):
    """Pays due funding (and cancels expired orders) on the margin exchange every `interval`."""

    def tick(self) -> None:
        self.venue.margin.run_funding()


class PerpActivity(Paced):
    """Background flow on the margin exchange: `rate` steps per second, each moving the mark of one
    of the seeded perpetuals (`PERPETUALS`; markets a test lists stay still) by up to `max_move` of
    it and quoting the house around the new mark, with the house's oldest quotes canceled so books
    stay a bounded size."""

    MAX_RESTING_PER_MARKET = 40

    def __init__(
        self, venue: Venue, rate: float, seed: int = 0, max_move: Decimal = Decimal("0.0005")
    ) -> None:
        super().__init__(venue, rate)
        self.random = random.Random(seed)  # noqa: S311 (repeatable order flow, not secrets)
        self.max_move = max_move

    def step(self) -> None:
        margin = self.venue.margin
        seeded = {p.ticker for p in PERPETUALS}
        markets = [m for t, m in margin.markets.items() if t in seeded and m.status == "active"]
        if not markets or not margin.house_accounts:
            return
        rng = self.random
        market = rng.choice(markets)
        house = margin.house_accounts[0]
        move = self.max_move * Decimal(rng.randint(-100, 100)) / 100
        margin.set_mark_price(market.ticker, _on_tick(market, market.mark_price * (1 + move)))
        resting = [o for o in margin.account(house).resting.values() if o.ticker == market.ticker]
        for order in sorted(resting, key=lambda o: o.priority)[
            : max(0, len(resting) - self.MAX_RESTING_PER_MARKET)
        ]:
            with contextlib.suppress(ExchangeError):
                margin.cancel_order(house, order.order_id)
        level = rng.randrange(QUOTE_LEVELS)
        quote(margin, house, market, rng, range(level, level + 1))  # a bid and an ask: a light step
        if rng.random() < 0.3:  # now and then the house takes the top of the book
            side = rng.choice(("bid", "ask"))
            best, _ = market.best("ask" if side == "bid" else "bid")
            if best:
                with contextlib.suppress(ExchangeError):
                    margin.create_order(
                        margin.house_accounts[-1],
                        ticker=market.ticker,
                        side=side,
                        count=rng.randint(1, 5),
                        price=best,
                        time_in_force="immediate_or_cancel",
                        self_trade_prevention_type="maker",
                    )
