"""Markets of the local exchange: listing series, events and markets, running each market's
lifecycle (open, pause, close, determine, settle) and the public market data (book, trades).

Pausing cancels the orders flagged `cancel_order_on_pause`; closing cancels every resting order;
settling pays each holder from the market's collateral and finalizes the market.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from decimal import Decimal

from ._core import ExchangeCore, ExchangeError, in_window, to_decimal
from ._objects import (
    ONE,
    PRICE_LEVEL_STRUCTURES,
    ZERO,
    Event,
    Market,
    PriceRange,
    Series,
    Settlement,
    Trade,
)
from .events import (
    MarketLifecycle,
    PositionUpdate,
)

__all__ = ["MARKET_STATUSES", "Markets"]


MARKET_STATUSES = (
    "initialized",
    "inactive",
    "active",
    "closed",
    "determined",
    "disputed",
    "amended",
    "finalized",
)


class Markets(ExchangeCore):
    """Listing, lifecycle and public data of markets."""

    def add_series(
        self,
        ticker: str,
        *,
        title: str = "",
        category: str = "",
        frequency: str = "daily",
        fee_type: str = "quadratic",
        fee_multiplier: Decimal | str | int = 1,
        tags: Sequence[str] = (),
        settlement_sources: Sequence[Mapping[str, str]] = (),
    ) -> Series:
        if ticker in self.series:
            raise ExchangeError(409, "already_exists", f"series {ticker} already exists")
        series = Series(
            ticker=ticker,
            title=title or ticker,
            category=category,
            frequency=frequency,
            fee_type=fee_type,
            fee_multiplier=to_decimal(fee_multiplier, "fee_multiplier", "invalid_parameters"),
            tags=list(tags),
            settlement_sources=[dict(s) for s in settlement_sources],
            contract_url=f"https://kalshi.com/contracts/{ticker}.pdf",
            contract_terms_url=f"https://kalshi.com/contract_terms/{ticker}.pdf",
            last_updated_ts=self._now(),
        )
        self.series[ticker] = series
        return series

    def add_event(
        self,
        event_ticker: str,
        series_ticker: str,
        *,
        title: str = "",
        sub_title: str = "",
        mutually_exclusive: bool = False,
        strike_date: float | None = None,
    ) -> Event:
        if event_ticker in self.events:
            raise ExchangeError(409, "already_exists", f"event {event_ticker} already exists")
        series = self.series.get(series_ticker)
        if series is None:
            raise ExchangeError(404, "not_found", f"no series {series_ticker}")
        event = Event(
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            title=title or event_ticker,
            sub_title=sub_title,
            category=series.category,
            mutually_exclusive=mutually_exclusive,
            strike_date=strike_date,
            last_updated_ts=self._now(),
        )
        self.events[event_ticker] = event
        return event

    def add_market(
        self,
        ticker: str,
        event_ticker: str,
        *,
        price_ranges: Sequence[tuple[Decimal | str, Decimal | str, Decimal | str]] | None = None,
        price_level_structure: str = "linear_cent",
        status: str = "active",
        title: str = "",
        yes_sub_title: str = "",
        no_sub_title: str = "",
        rules_primary: str = "",
        open_time: float | None = None,
        close_time: float | None = None,
        strike_type: str | None = None,
        floor_strike: Decimal | None = None,
        cap_strike: Decimal | None = None,
    ) -> Market:
        """List a market. `price_ranges` are (start, end, step) triples; default is the
        grid named by `price_level_structure`."""
        if ticker in self.markets:
            raise ExchangeError(409, "already_exists", f"market {ticker} already exists")
        event = self.events.get(event_ticker)
        if event is None:
            raise ExchangeError(404, "not_found", f"no event {event_ticker}")
        if status not in MARKET_STATUSES:
            raise ExchangeError(400, "invalid_parameters", f"unknown market status {status!r}")
        if price_ranges is None:
            if price_level_structure not in PRICE_LEVEL_STRUCTURES:
                raise ExchangeError(400, "invalid_parameters", f"unknown grid {price_level_structure!r}")
            grid = PRICE_LEVEL_STRUCTURES[price_level_structure]
        else:
            grid = tuple(
                PriceRange(
                    to_decimal(a, "price range start", "invalid_parameters"),
                    to_decimal(b, "price range end", "invalid_parameters"),
                    to_decimal(c, "price range step", "invalid_parameters"),
                )
                for a, b, c in price_ranges
            )
            if not grid or any(r.step <= 0 or r.start > r.end for r in grid):
                raise ExchangeError(400, "invalid_parameters", "price_ranges must be non-empty bands")
        now = self._now()
        opened = now if open_time is None else open_time
        closes = now + 86400 if close_time is None else close_time
        market = Market(
            ticker=ticker,
            event_ticker=event_ticker,
            series_ticker=event.series_ticker,
            price_ranges=grid,
            price_level_structure=price_level_structure,
            status=status,
            title=title or ticker,
            yes_sub_title=yes_sub_title,
            no_sub_title=no_sub_title or yes_sub_title,
            rules_primary=rules_primary
            or f"If {yes_sub_title or ticker} happens, the market resolves to Yes.",
            strike_type=strike_type,
            floor_strike=floor_strike,
            cap_strike=cap_strike,
            created_time=now,
            updated_time=now,
            open_time=opened,
            close_time=closes,
            expected_expiration_time=closes,
            latest_expiration_time=closes + 7 * 86400,
        )
        self.markets[ticker] = market
        event.market_tickers.append(ticker)
        with self._transaction():
            self._emit(
                MarketLifecycle(
                    ticker, "created", self.clock, int(now), open_ts=int(opened), close_ts=int(closes)
                )
            )
        return market

    def open_market(self, ticker: str) -> Market:
        """Start (or resume) trading."""
        market = self.market(ticker)
        if market.status not in ("initialized", "inactive", "active"):
            raise ExchangeError(400, "market_closed", f"market {ticker} is {market.status}")
        with self._transaction():
            was_paused = market.status == "inactive"
            self._set_status(market, "active")
            self._emit(
                MarketLifecycle(
                    ticker,
                    "activated",
                    self.clock,
                    int(self._now()),
                    is_deactivated=False if was_paused else None,
                )
            )
        return market

    def pause_market(self, ticker: str) -> Market:
        """Halt trading; orders flagged `cancel_order_on_pause` are canceled."""
        market = self.market(ticker)
        if market.status != "active":
            raise ExchangeError(400, "market_not_active", f"market {ticker} is {market.status}")
        with self._transaction():
            self._set_status(market, "inactive")
            for order in self._resting_orders(ticker):
                if order.cancel_order_on_pause:
                    self._cancel(order, "HaltCancel")
            self._emit(
                MarketLifecycle(ticker, "deactivated", self.clock, int(self._now()), is_deactivated=True)
            )
        return market

    def close_market(self, ticker: str) -> Market:
        """Stop trading for good and cancel every resting order."""
        market = self.market(ticker)
        if market.status not in ("initialized", "inactive", "active"):
            raise ExchangeError(400, "market_closed", f"market {ticker} is already {market.status}")
        with self._transaction():
            for order in self._resting_orders(ticker):
                self._cancel(order, "CloseCancel")
            now = self._now()
            self._set_status(market, "closed")
            market.close_time = now
            self._emit(MarketLifecycle(ticker, "close_date_updated", self.clock, int(now), close_ts=int(now)))
        return market

    def determine_market(
        self, ticker: str, result: str, settlement_value: Decimal | str | None = None
    ) -> Market:
        """Fix the outcome. `result` is yes, no or scalar; scalar needs the YES payout in
        dollars (`settlement_value`, 0..1). Closes the market first if needed."""
        market = self.market(ticker)
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
        with self._transaction():
            if market.status in ("initialized", "inactive", "active"):
                self.close_market(ticker)
            self._set_status(market, "determined")
            market.result = result
            market.settlement_value = value
            self._emit(
                MarketLifecycle(
                    ticker, "determined", self.clock, int(self._now()), result=result, settlement_value=value
                )
            )
        return market

    def settle_market(self, ticker: str) -> list[tuple[str, Settlement]]:
        """Pay holders of a determined market from its collateral and finalize it.

        YES holders get `settlement_value` per contract, NO holders `1 - settlement_value`."""
        market = self.market(ticker)
        if market.status != "determined" or market.settlement_value is None:
            raise ExchangeError(400, "market_not_determined", f"market {ticker} is {market.status}")
        value = market.settlement_value
        now = self._now()
        paid: list[tuple[str, Settlement]] = []
        with self._transaction():
            for account in self.accounts.values():
                held = account.positions.get(ticker)
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
                )
                account.balance += revenue
                market.open_interest -= (yes_count + no_count) / 2
                held.realized_pnl += revenue - held.cost_basis
                held.position = ZERO
                held.cost_basis = ZERO
                held.last_updated_ts = now
                account.updated_ts = now
                account.settlements.append(settlement)
                paid.append((account.user_id, settlement))
                self._emit(PositionUpdate(account.user_id, copy.copy(held), self.clock))
            if market.open_interest != 0:
                raise AssertionError(f"collateral left in {ticker} after settlement: {market.open_interest}")
            self._set_status(market, "finalized")
            market.settlement_ts = now
            self._emit(MarketLifecycle(ticker, "settled", self.clock, int(now)))
        return paid

    def orderbook(
        self, ticker: str, depth: int = 0
    ) -> tuple[list[tuple[Decimal, Decimal]], list[tuple[Decimal, Decimal]]]:
        """(yes_bids, no_bids), each [(price, count)] ascending so the best bid is last; NO bids
        are priced on the NO leg. `depth` > 0 keeps only that many best levels per side."""
        self.expire_orders()
        market = self.market(ticker)
        yes, no = market.book.bids_by_leg()
        if depth > 0:
            yes, no = yes[-depth:], no[-depth:]
        return yes, no

    def trades(
        self, ticker: str | None = None, *, min_ts: int | None = None, max_ts: int | None = None
    ) -> list[Trade]:
        """Public trades, newest first."""
        found = [
            t
            for t in self.trade_log
            if (ticker is None or t.ticker == ticker) and in_window(t.created_time, min_ts, max_ts)
        ]
        return found[::-1]

    def _set_status(self, market: Market, status: str) -> None:
        market.status = status
        market.updated_time = self._now()
