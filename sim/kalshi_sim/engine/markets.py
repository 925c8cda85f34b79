"""Markets trading and ending: the lifecycle (open, pause, close, determine, settle) and the
public order book (the public trades are the matcher's, `matcher.py`).

Pausing cancels the orders flagged `cancel_order_on_pause`; closing cancels every resting order;
settling pays each holder from the market's collateral and finalizes the market.
"""

from __future__ import annotations

import copy
from decimal import Decimal

from .announcer import Announcer
from .clock import Clock
from .errors import ExchangeError
from .event_contracts import ContractMatcher
from .events import MarketLifecycle, PositionUpdate
from .expiry import Expiry
from .inputs import to_decimal
from .ledger import Ledger
from .listing import Listing
from .objects import Market, Order, Settlement

__all__ = ["Markets"]

ZERO = Decimal(0)
ONE = Decimal(1)


class Markets:
    """The lifecycle and public data of the listed markets."""

    def __init__(
        self,
        clock: Clock,
        announcer: Announcer,
        *,
        listing: Listing,
        ledger: Ledger,
        matcher: ContractMatcher,
        expiry: Expiry[Order],
    ) -> None:
        self._clock = clock
        self._announcer = announcer
        self._listing = listing
        self._ledger = ledger
        self._matcher = matcher
        self._expiry = expiry

    def open_market(self, ticker: str) -> Market:
        """Start (or resume) trading."""
        market = self._listing.market(ticker)
        if market.status not in ("initialized", "inactive", "active"):
            raise ExchangeError(400, "market_closed", f"market {ticker} is {market.status}")
        with self._announcer.transaction():
            was_paused = market.status == "inactive"
            self._set_status(market, "active")
            self._announcer.emit(
                MarketLifecycle(
                    ticker,
                    "activated",
                    self._clock.book,
                    int(self._clock.now()),
                    is_deactivated=False if was_paused else None,
                )
            )
        return market

    def pause_market(self, ticker: str) -> Market:
        """Halt trading; orders flagged `cancel_order_on_pause` are canceled."""
        market = self._listing.market(ticker)
        if market.status != "active":
            raise ExchangeError(400, "market_not_active", f"market {ticker} is {market.status}")
        with self._announcer.transaction():
            self._set_status(market, "inactive")
            for order in self._resting(ticker):
                if order.cancel_order_on_pause:
                    self._matcher.cancel(order, "HaltCancel")
            self._announcer.emit(
                MarketLifecycle(
                    ticker, "deactivated", self._clock.book, int(self._clock.now()), is_deactivated=True
                )
            )
        return market

    def close_market(self, ticker: str) -> Market:
        """Stop trading for good and cancel every resting order."""
        market = self._listing.market(ticker)
        if market.status not in ("initialized", "inactive", "active"):
            raise ExchangeError(400, "market_closed", f"market {ticker} is already {market.status}")
        with self._announcer.transaction():
            for order in self._resting(ticker):
                self._matcher.cancel(order, "CloseCancel")
            now = self._clock.now()
            self._set_status(market, "closed")
            market.close_time = now
            self._announcer.emit(
                MarketLifecycle(ticker, "close_date_updated", self._clock.book, int(now), close_ts=int(now))
            )
        return market

    def determine_market(
        self, ticker: str, result: str, settlement_value: Decimal | str | None = None
    ) -> Market:
        """Fix the outcome. `result` is yes, no or scalar; scalar needs the YES payout in
        dollars (`settlement_value`, 0..1). Closes the market first if needed."""
        market = self._listing.market(ticker)
        if result not in ("yes", "no", "scalar"):
            raise ExchangeError(
                400, "invalid_parameters", f"result must be yes, no or scalar, got {result!r}"
            )
        if market.status in ("determined", "finalized"):
            raise ExchangeError(400, "market_already_determined", f"market {ticker} is {market.status}")
        if result == "scalar":
            if settlement_value is None:
                raise ExchangeError(400, "invalid_parameters", "a scalar result needs settlement_value")
            value = to_decimal(settlement_value, "settlement_value", "invalid_parameters")
        else:
            value = ONE if result == "yes" else ZERO
            if (
                settlement_value is not None
                and to_decimal(settlement_value, "settlement_value", "invalid_parameters") != value
            ):
                raise ExchangeError(
                    400, "invalid_parameters", f"settlement_value contradicts result {result}"
                )
        if not ZERO <= value <= ONE:
            raise ExchangeError(400, "invalid_parameters", "settlement_value must lie in 0..1")
        with self._announcer.transaction():
            if market.status in ("initialized", "inactive", "active"):
                self.close_market(ticker)
            self._set_status(market, "determined")
            market.result = result
            market.settlement_value = value
            self._announcer.emit(
                MarketLifecycle(
                    ticker,
                    "determined",
                    self._clock.book,
                    int(self._clock.now()),
                    result=result,
                    settlement_value=value,
                )
            )
        return market

    def settle_market(self, ticker: str) -> list[tuple[str, Settlement]]:
        """Pay holders of a determined market from its collateral and finalize it.

        YES holders get `settlement_value` per contract, NO holders `1 - settlement_value`."""
        market = self._listing.market(ticker)
        if market.status != "determined" or market.settlement_value is None:
            raise ExchangeError(400, "market_not_determined", f"market {ticker} is {market.status}")
        value = market.settlement_value
        now = self._clock.now()
        paid: list[tuple[str, Settlement]] = []
        with self._announcer.transaction():
            for account, holder in self._ledger.holders():
                held = holder.positions.get(ticker)
                if held is None or (held.position == 0 and held.fees_paid == 0 and held.total_traded == 0):
                    continue
                yes_count = max(held.position, ZERO)
                no_count = max(-held.position, ZERO)
                revenue = yes_count * value + no_count * (ONE - value)
                settlement = Settlement(
                    ticker=ticker,
                    event_ticker=market.event_ticker,
                    market_result=market.result,
                    yes_count=yes_count,
                    yes_total_cost=held.cost_basis if yes_count else ZERO,
                    no_count=no_count,
                    no_total_cost=held.cost_basis if no_count else ZERO,
                    revenue=revenue,
                    settled_time=now,
                    fee_cost=held.fees_paid,
                    value=value,
                    subaccount=holder.number,
                )
                holder.balance += revenue
                market.open_interest -= (yes_count + no_count) / 2
                held.realized_pnl += revenue - held.cost_basis
                held.position = ZERO
                held.cost_basis = ZERO
                held.last_updated_ts = now
                holder.updated_ts = now
                account.settlements.append(settlement)
                paid.append((account.user_id, settlement))
                self._announcer.emit(PositionUpdate(account.user_id, copy.copy(held), self._clock.book))
            if market.open_interest != 0:
                raise AssertionError(f"collateral left in {ticker} after settlement: {market.open_interest}")
            self._set_status(market, "finalized")
            market.settlement_ts = now
            self._announcer.emit(MarketLifecycle(ticker, "settled", self._clock.book, int(now)))
        return paid

    def orderbook(
        self, ticker: str, depth: int = 0
    ) -> tuple[list[tuple[Decimal, Decimal]], list[tuple[Decimal, Decimal]]]:
        """(yes_bids, no_bids), each [(price, count)] ascending so the best bid is last; NO bids
        are priced on the NO leg. `depth` > 0 keeps only that many best levels per side."""
        self._expiry.expire()
        market = self._listing.market(ticker)
        yes, no = market.book.bids_by_leg()
        if depth > 0:
            yes, no = yes[-depth:], no[-depth:]
        return yes, no

    def _set_status(self, market: Market, status: str) -> None:
        market.status = status
        market.updated_time = self._clock.now()

    def _resting(self, ticker: str) -> list[Order]:
        """The market's resting orders in time priority."""
        resting = (o for o in self._ledger.orders.values() if o.is_resting and o.ticker == ticker)
        return sorted(resting, key=lambda o: o.priority)
