"""Funding: what holders of a perpetual market pay each other every funding interval, so that its
price stays near its mark.

Funding times are the multiples of the market's `funding_interval` in Unix seconds (every whole
hour by default). Whenever the exchange's clock has passed one or more of them, the next call
pays them, in order, at the mark price of that moment; a test steps the clock and calls
`MarginExchange.run_funding()`.

A period's rate is the market's premium: `(mid - mark) / mark`, where `mid` is the midpoint of
the best bid and best ask (0 when a side of the book is empty), rounded to FUNDING_RATE_STEP and
kept within +-FUNDING_RATE_CAP; `MarginExchange.set_funding_rate` pins a rate instead. A position
of `q` contracts receives `-q * mark * rate` (longs pay shorts when the rate is positive),
rounded down to the millionth of a dollar: payers pay the rounding, and what it leaves over is
the exchange's `funding_residue`, so no money is made or lost.
"""

from __future__ import annotations

from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, Decimal

from ...rules import FUNDING_RATE_CAP, FUNDING_RATE_STEP, MARGIN_MONEY_STEP
from ..announcer import EventAnnouncer
from ..clock import Clock
from .events import FundingApplied, MarginEvent
from .ledger import MarginLedger
from .objects import FundingPayment, FundingRate, PerpMarket

__all__ = ["Funding", "premium_rate"]

ZERO = Decimal(0)
TWO = Decimal(2)


def premium_rate(market: PerpMarket) -> Decimal:
    """The market's funding rate now: its pinned rate, else its capped premium over the mark."""
    if market.funding_rate_pin is not None:
        return market.funding_rate_pin
    bid = market.book.best_bid()
    ask = market.book.best_ask()
    if bid is None or ask is None:
        return ZERO
    premium = ((bid + ask) / TWO - market.mark_price) / market.mark_price
    rate = premium.quantize(FUNDING_RATE_STEP, rounding=ROUND_HALF_EVEN)
    return max(-FUNDING_RATE_CAP, min(FUNDING_RATE_CAP, rate))


class Funding:
    """Funding periods paid on schedule, and their history."""

    def __init__(
        self,
        clock: Clock,
        announcer: EventAnnouncer[MarginEvent],
        markets: dict[str, PerpMarket],
        ledger: MarginLedger,
    ) -> None:
        self._clock = clock
        self._announcer = announcer
        self._markets = markets
        self._ledger = ledger
        self.history: list[FundingRate] = []

    def pay_due(self) -> set[tuple[str, int]]:
        """Pay every funding period whose time has come; returns the subaccounts that paid or
        received (for the margin check)."""
        now = self._clock.now()
        touched: set[tuple[str, int]] = set()
        for market in self._markets.values():
            while market.next_funding_time <= now:
                touched |= self._pay(market, market.next_funding_time)
        return touched

    def _pay(self, market: PerpMarket, funding_time: int) -> set[tuple[str, int]]:
        rate = premium_rate(market)
        mark = market.mark_price
        record = FundingRate(market.ticker, funding_time, rate, mark)
        self.history.append(record)
        market.last_funding_time = funding_time
        touched: set[tuple[str, int]] = set()
        for portfolio in self._ledger.portfolios():
            held = portfolio.positions.get(market.ticker)
            if held is None or not held.position:
                continue
            exact = -held.position * mark * rate
            amount = exact.quantize(MARGIN_MONEY_STEP, rounding=ROUND_FLOOR)
            self._ledger.funding_residue += exact - amount
            portfolio.cash += amount
            held.funding += amount
            self._ledger.accounts[portfolio.user_id].funding_payments.append(
                FundingPayment(
                    market.ticker, portfolio.subaccount, funding_time, rate, mark, held.position, amount
                )
            )
            touched.add((portfolio.user_id, portfolio.subaccount))
        self._announcer.emit(FundingApplied(market.ticker, record, self._clock.book))
        return touched

    def rates(
        self, ticker: str | None = None, *, start_ts: int | None = None, end_ts: int | None = None
    ) -> list[FundingRate]:
        """Past funding rates, oldest first."""
        return [
            r
            for r in self.history
            if (ticker is None or r.ticker == ticker)
            and (start_ts is None or r.funding_time >= start_ts)
            and (end_ts is None or r.funding_time <= end_ts)
        ]
