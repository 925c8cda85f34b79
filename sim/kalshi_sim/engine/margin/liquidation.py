"""Liquidation: a subaccount whose equity fell below its maintenance margin is closed out.

The margin check runs at the end of every call that could have changed a subaccount's margin:
after its trades (both sides), after a mark price moved (every holder of the market), after a
funding period (every payer and receiver). A subaccount below maintenance (`risk.py`) has its
resting orders canceled (`MarginCancel`), then each of its positions is closed by the exchange's
own order: an immediate-or-cancel, reduce-only order of the whole position (`order_source`
"system", `order_reason` "liquidation"; it cancels the member's own orders it meets in other
subaccounts) that takes the book no further than
LIQUIDATION_PRICE_BAND beyond the mark price. What the book cannot take stays open, and the
subaccount is checked again at the end of every call until it is above maintenance or flat; no
order is placed in a market that is not trading. Once the
subaccount is flat, cash below zero (losses beyond its equity) is covered by the exchange's
insurance fund, which may itself go below zero: money is never lost, only owed. The trades of a
liquidation can take other subaccounts below maintenance; they are checked in turn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from ...rules import LIQUIDATION_PRICE_BAND
from ..book import BookSide
from ..clock import Clock
from .ledger import MarginLedger
from .objects import Liquidation, MarginOrder, PerpMarket, PerpPosition, Portfolio
from .perps import MarginDesk, MarginMatcher

__all__ = ["Liquidator", "band_limit"]

ZERO = Decimal(0)
ONE = Decimal(1)


def band_limit(market: PerpMarket, side: BookSide) -> Decimal:
    """The worst price a liquidation order on `side` accepts: the mark price less (selling) or
    plus (buying) LIQUIDATION_PRICE_BAND of it, on the market's tick."""
    tick = market.tick_size
    if side == "ask":
        low = market.mark_price * (ONE - LIQUIDATION_PRICE_BAND)
        return max((low / tick).to_integral_value(rounding=ROUND_CEILING) * tick, tick)
    high = market.mark_price * (ONE + LIQUIDATION_PRICE_BAND)
    return (high / tick).to_integral_value(rounding=ROUND_FLOOR) * tick


class Liquidator:
    """The margin check, and the closing out of subaccounts that fail it."""

    def __init__(
        self,
        clock: Clock,
        markets: dict[str, PerpMarket],
        ledger: MarginLedger,
        matcher: MarginMatcher,
        desk: MarginDesk,
        *,
        touched: Callable[[], set[tuple[str, int]]],
    ) -> None:
        """`touched` takes the subaccounts trades changed since it was last called."""
        self._clock = clock
        self._markets = markets
        self._ledger = ledger
        self._touched = touched
        self._matcher = matcher
        self._desk = desk
        self.liquidations: list[Liquidation] = []
        self.distressed: set[tuple[str, int]] = set()
        """Subaccounts below maintenance that a liquidation could not close: checked every call."""

    def holders(self, ticker: str) -> set[tuple[str, int]]:
        """Every subaccount holding a position in `ticker`."""
        return {(p.user_id, p.subaccount) for p in self._ledger.portfolios() if p.position(ticker)}

    def check(self, candidates: Iterable[tuple[str, int]]) -> list[Liquidation]:
        """Liquidate each of `candidates` (user_id, subaccount) that is below maintenance, and
        then each subaccount those liquidations took below it; each at most once per check."""
        pending = sorted(set(candidates) | self.distressed)
        done: set[tuple[str, int]] = set()
        made: list[Liquidation] = []
        while pending:
            key = pending.pop(0)
            if key in done:
                continue
            self.distressed.discard(key)
            portfolio = self._ledger.accounts[key[0]].portfolios[key[1]]
            if not self._ledger.assess(portfolio, self._markets).below_maintenance:
                continue
            done.add(key)
            record = self._liquidate(portfolio)
            if record is not None:
                made.append(record)
            if self._ledger.assess(portfolio, self._markets).below_maintenance:
                self.distressed.add(key)
            pending.extend(sorted(self._touched() - done))
        return made

    def _liquidate(self, portfolio: Portfolio) -> Liquidation | None:
        """Close out one subaccount; None when none of its markets trades, so nothing closed."""
        account = self._ledger.accounts[portfolio.user_id]
        for order in sorted(account.resting.values(), key=lambda o: o.priority):
            if order.subaccount == portfolio.subaccount:
                self._matcher.cancel(order, "MarginCancel")
        closed = ZERO
        tickers = []
        for held in portfolio.open_positions():
            market = self._markets[held.ticker]
            if market.status != "active":
                continue
            done = self._close(market, held, portfolio)
            if done:
                tickers.append(held.ticker)
                closed += done
        deficit = ZERO
        if not portfolio.open_positions() and portfolio.cash < 0:
            deficit = -portfolio.cash
            self._ledger.insurance_fund -= deficit
            portfolio.cash = ZERO
        if not closed and not deficit:
            return None
        record = Liquidation(
            portfolio.user_id, portfolio.subaccount, self._clock.now(), tuple(tickers), closed, deficit
        )
        account.liquidations.append(record)
        self.liquidations.append(record)
        return record

    def _close(self, market: PerpMarket, held: PerpPosition, portfolio: Portfolio) -> Decimal:
        """Place the exchange's order closing `held`; returns the contracts it closed."""
        now = self._clock.now()
        side: BookSide = "ask" if held.position > 0 else "bid"
        size = abs(held.position)
        order = MarginOrder(
            order_id=self._clock.new_id(),
            user_id=portfolio.user_id,
            client_order_id=self._clock.new_id(),
            ticker=market.ticker,
            side=side,
            price=band_limit(market, side),
            initial_count=size,
            remaining_count=size,
            time_in_force="immediate_or_cancel",
            self_trade_prevention_type="maker",
            created_time=now,
            last_update_time=now,
            subaccount=portfolio.subaccount,
            reduce_only=True,
            order_source="system",
            order_reason="liquidation",
            priority=self._clock.next_priority(),
        )
        if not market.book.fillable(order):  # nothing to take within the band: try again later
            return ZERO
        return self._desk.place_system_order(order).fill_count
