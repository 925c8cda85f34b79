"""The local Kalshi exchange in memory: `Exchange` and the `ExchangeError` it raises.

No I/O happens here. `Exchange` keeps accounts, lists the catalogue, runs each market's lifecycle,
matches orders in each market's price-time book (`_book.py`) on the YES leg, charges fees
(`_fees.py`) and settles. Positions are signed (positive YES, negative NO). Money is `Decimal`
dollars throughout. The objects it hands out, with their API shapes, are in `_objects.py`; what it
announces to subscribers is in `events.py`.

Money model. An account's `balance` is what it can spend; `reserved` is what its open orders
hold back (the cost of the contracts they would open plus the most fee they could be charged).
Every contract pair (one YES holder, one NO holder) is backed by $1 of collateral held by the
market, so `open_interest` dollars sit there until settlement pays them out. At every moment

    sum(balance + reserved for every account) + sum(open_interest) + fees_collected
        == every dollar ever deposited

and `Exchange.total_money()` computes the left-hand side.
"""

from __future__ import annotations

import copy
import heapq
import random
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from typing import Any, Literal

from ._book import BookSide, outcome_side
from ._fees import ceil_cent, fee_before_rounding, worst_fee_factor
from ._objects import (
    COUNT_STEP,
    ONE,
    PRICE_LEVEL_STRUCTURES,
    ZERO,
    Account,
    Event,
    EventPosition,
    Fill,
    Market,
    MarketPosition,
    Order,
    OrderGroup,
    OrderResult,
    PriceRange,
    Series,
    Settlement,
    Trade,
    count_fp,
    dollars,
    rfc3339,
)
from .events import (
    BookDelta,
    ExchangeEvent,
    FillEvent,
    MarketLifecycle,
    OrderGroupUpdate,
    OrderUpdate,
    PositionUpdate,
    TradeEvent,
)

__all__ = [
    "Account",
    "BatchItem",
    "Event",
    "EventPosition",
    "Exchange",
    "ExchangeError",
    "Fill",
    "Market",
    "MarketPosition",
    "Order",
    "OrderGroup",
    "OrderResult",
    "PriceRange",
    "Series",
    "Settlement",
    "Trade",
    "count_fp",
    "dollars",
    "rfc3339",
]

ORDER_GROUP_WINDOW_SECONDS = 15
MAX_SUBACCOUNT = 63
TIME_IN_FORCE = ("good_till_canceled", "immediate_or_cancel", "fill_or_kill")
SELF_TRADE_PREVENTION = ("taker_at_cross", "maker")
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


class ExchangeError(Exception):
    """A request the exchange refuses, with the HTTP status and Kalshi error code it answers."""

    def __init__(self, status: int, code: str, message: str, details: str = "") -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details

    def to_api(self) -> dict[str, str]:
        """The ErrorResponse body: `{code, message, details}`."""
        return {"code": self.code, "message": self.message, "details": self.details}


# ---------------------------------------------------------------------------------------------
# input


def to_decimal(value: object, what: str, code: str = "invalid_order") -> Decimal:
    """Read a Decimal, str or int as a finite Decimal; floats are refused (they are not exact)."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, str, int)):
        raise ExchangeError(400, code, f"{what} must be a decimal string, got {type(value).__name__}")
    try:
        number = Decimal(value)
    except (InvalidOperation, ValueError):
        raise ExchangeError(400, code, f"{what} is not a number: {value!r}") from None
    if not number.is_finite():
        raise ExchangeError(400, code, f"{what} must be finite, got {value!r}")
    return number


def parse_count(value: object, what: str = "count", *, allow_zero: bool = False) -> Decimal:
    """A contract count: at least 0.01 (or 0 when allowed), at most 2 decimals."""
    number = to_decimal(value, what, "invalid_order_size")
    if number != number.quantize(COUNT_STEP, rounding=ROUND_DOWN):
        raise ExchangeError(400, "invalid_order_size", f"{what} has more than 2 decimals: {value!r}")
    if number < (ZERO if allow_zero else COUNT_STEP):
        low = "0" if allow_zero else "0.01"
        raise ExchangeError(400, "invalid_order_size", f"{what} must be at least {low}, got {value!r}")
    return number.quantize(COUNT_STEP)


def _closable_holding(position: Decimal, side: BookSide) -> Decimal:
    """Contracts of a signed `position` an order on `side` would close (NO for bids, YES for asks)."""
    return max(-position, ZERO) if side == "bid" else max(position, ZERO)


def _in_window(ts: float, min_ts: int | None, max_ts: int | None) -> bool:
    return (min_ts is None or ts >= min_ts) and (max_ts is None or ts <= max_ts)


@dataclass
class BatchItem:
    """One entry of a batch answer: a result or the error it met."""

    result: OrderResult | tuple[Order, Decimal] | None = None
    error: ExchangeError | None = None


# ---------------------------------------------------------------------------------------------
# the exchange


class Exchange:
    """A whole Kalshi exchange in memory, deterministic for a given seed and clock."""

    def __init__(
        self,
        seed: int = 0,
        *,
        catalogue: bool = True,
        clock: Callable[[], float] = time.time,
        catalogue_markets: int | None = None,
    ) -> None:
        self.seed = seed
        self.time = clock
        self.clock = 0
        self.series: dict[str, Series] = {}
        self.events: dict[str, Event] = {}
        self.markets: dict[str, Market] = {}
        self.accounts: dict[str, Account] = {}
        self.order_groups: dict[str, OrderGroup] = {}
        self.trade_log: list[Trade] = []
        self.fees_collected = ZERO
        self.deposited = ZERO
        self.house_accounts: list[str] = []
        self._rng = random.Random(seed)  # noqa: S311 - deterministic ids, not secrets
        self._orders: dict[str, Order] = {}
        self._expiries: list[tuple[int, int, str]] = []
        self._priority = 0
        self._listeners: list[Callable[[ExchangeEvent], None]] = []
        self._pending: list[ExchangeEvent] = []
        self._depth = 0
        if catalogue:
            from .catalogue import populate

            populate(self, seed, markets=catalogue_markets)

    # ---- plumbing ---------------------------------------------------------------------------

    def _new_id(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def _now(self) -> float:
        return float(self.time())

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """Collect events during one public call and deliver them when its state is whole."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if self._depth == 0:
                self._flush()

    def _flush(self) -> None:
        first_error: BaseException | None = None
        while self._pending:
            batch, self._pending = self._pending, []
            for event in batch:
                for listener in list(self._listeners):
                    try:
                        listener(event)
                    except Exception as error:  # a faulty listener must not starve the others
                        first_error = first_error or error
        if first_error is not None:
            raise first_error

    def _emit(self, event: ExchangeEvent) -> None:
        self._pending.append(event)

    def subscribe(self, listener: Callable[[ExchangeEvent], None]) -> Callable[[], None]:
        """Call `listener` with every event from now on; returns the function that stops it."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def total_money(self) -> Decimal:
        """Every dollar in the exchange: cash, reservations, collateral and fees (see module doc)."""
        cash = sum((a.balance + a.reserved for a in self.accounts.values()), ZERO)
        collateral = sum((m.open_interest for m in self.markets.values()), ZERO)
        return cash + collateral + self.fees_collected

    # ---- accounts ---------------------------------------------------------------------------

    def create_account(self, balance: Decimal | str | int = "1000", *, user_id: str | None = None) -> Account:
        """Open an account holding `balance` dollars."""
        amount = to_decimal(balance, "balance", "invalid_parameters")
        if amount < 0:
            raise ExchangeError(400, "invalid_parameters", "balance must not be negative")
        uid = user_id or self._new_id()
        if uid in self.accounts:
            raise ExchangeError(409, "account_already_exists", f"account {uid} already exists")
        account = Account(user_id=uid, balance=amount, updated_ts=self._now())
        self.accounts[uid] = account
        self.deposited += amount
        return account

    def account(self, user_id: str) -> Account:
        try:
            return self.accounts[user_id]
        except KeyError:
            raise ExchangeError(404, "not_found", f"no account {user_id}") from None

    def deposit(self, user_id: str, amount: Decimal | str | int) -> Decimal:
        """Add `amount` dollars to an account's balance; returns the new balance."""
        money = to_decimal(amount, "amount", "invalid_parameters")
        if money <= 0:
            raise ExchangeError(400, "invalid_parameters", "a deposit must be positive")
        account = self.account(user_id)
        account.balance += money
        account.updated_ts = self._now()
        self.deposited += money
        return account.balance

    def balance(self, user_id: str) -> Decimal:
        return self.account(user_id).balance

    def portfolio_value(self, user_id: str) -> Decimal:
        """Open positions marked at the last trade price (YES) or 1 - last price (NO)."""
        account = self.account(user_id)
        value = ZERO
        for ticker, held in account.positions.items():
            market = self.markets[ticker]
            mark = market.last_price
            value += held.position * mark if held.position > 0 else -held.position * (ONE - mark)
        return value

    # ---- catalogue --------------------------------------------------------------------------

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

    def generate_markets(self, n: int, *, series_ticker: str = "KXSIMGEN") -> list[Market]:
        """List `n` plain active markets with empty books (for paging through many markets)."""
        from .catalogue import generate_markets

        return generate_markets(self, n, series_ticker=series_ticker)

    def market(self, ticker: str) -> Market:
        try:
            return self.markets[ticker]
        except KeyError:
            raise ExchangeError(404, "not_found", f"no market {ticker}") from None

    # ---- market lifecycle ---------------------------------------------------------------------

    def _set_status(self, market: Market, status: str) -> None:
        market.status = status
        market.updated_time = self._now()

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

    # ---- validation ---------------------------------------------------------------------------

    def _price(self, market: Market, value: object) -> Decimal:
        price = to_decimal(value, "price")
        if not market.on_grid(price):
            grid = ", ".join(
                f"{dollars(r.start)}-{dollars(r.end)} step {dollars(r.step)}" for r in market.price_ranges
            )
            raise ExchangeError(
                400, "invalid_order", f"price {value} is not on the price grid of {market.ticker} ({grid})"
            )
        return price

    def _check_trading(self, market: Market) -> None:
        if market.status == "active":
            return
        if market.status == "inactive":
            raise ExchangeError(400, "trading_is_paused", f"trading in {market.ticker} is paused")
        if market.status == "initialized":
            raise ExchangeError(400, "market_not_open", f"market {market.ticker} is not open yet")
        raise ExchangeError(400, "market_closed", f"market {market.ticker} is {market.status}")

    def _own_order(self, user_id: str, order_id: str) -> Order:
        account = self.account(user_id)
        order = account.orders.get(order_id)
        if order is None:
            raise ExchangeError(404, "not_found", f"no order {order_id}")
        return order

    # ---- reservations -------------------------------------------------------------------------

    def _fee_rate(self, market: Market) -> Decimal:
        series = self.series[market.series_ticker]
        return max(series.taker_fee_rate, series.maker_fee_rate)

    def _reservation(self, order: Order) -> Decimal:
        """What `order` must hold: cost of contracts it may still open plus its worst fee."""
        if order.status != "resting" and order.remaining_count == 0:
            return ZERO
        market = self.markets[order.ticker]
        worst = worst_fee_factor(order.side, order.price)
        fee = ceil_cent(order.fee_accrued + self._fee_rate(market) * order.remaining_count * worst)
        opening = order.remaining_count - order.closing_claim
        return opening * order.leg_price + fee - order.fees_paid

    def _closable(
        self, account: Account, ticker: str, side: BookSide, *, exclude: Order | None = None
    ) -> Decimal:
        """Contracts `side` could close in `ticker` that no resting order has claimed yet."""
        held = account.position(ticker)
        opposite = _closable_holding(held, side)
        if opposite == 0:
            return ZERO
        claimants = account.claiming.get((ticker, side), {})
        claimed = sum((o.closing_claim for o in claimants.values() if o is not exclude), ZERO)
        return max(opposite - claimed, ZERO)

    def _note_claim(self, account: Account, order: Order) -> None:
        """Index an order that claims contracts of its owner's position to close."""
        if order.closing_claim > 0:
            account.claiming.setdefault((order.ticker, order.side), {})[order.order_id] = order

    def _rereserve(self, account: Account, order: Order) -> None:
        """Move money between balance and reserved so the order holds exactly what it needs."""
        target = self._reservation(order) if order.remaining_count > 0 else ZERO
        change = target - order.reserved
        account.balance -= change
        account.reserved -= order.reserved
        account.reserved += target
        order.reserved = target

    def _rebalance_claims(self, account: Account, ticker: str, side: BookSide) -> None:
        """Shrink stale closing claims after a position moved; cancel what can no longer pay."""
        held = account.position(ticker)
        available = _closable_holding(held, side)
        claimants = account.claiming.get((ticker, side), {})
        for order_id in [i for i, o in claimants.items() if o.closing_claim == 0 or not o.is_resting]:
            del claimants[order_id]
        for order in list(claimants.values()):
            claim = min(order.closing_claim, order.remaining_count, available)
            available -= claim
            if claim == order.closing_claim:
                continue
            before = order.closing_claim
            order.closing_claim = claim
            if self._reservation(order) - order.reserved > account.balance:
                order.closing_claim = before
                self._cancel(order, "MarginCancel")
                available += claim
            else:
                self._rereserve(account, order)

    # ---- orders -------------------------------------------------------------------------------

    def create_order(
        self,
        user_id: str,
        *,
        ticker: str,
        side: str,
        count: Decimal | str | int,
        price: Decimal | str,
        time_in_force: str,
        self_trade_prevention_type: str,
        client_order_id: str | None = None,
        post_only: bool = False,
        reduce_only: bool = False,
        expiration_time: int | None = None,
        order_group_id: str | None = None,
        cancel_order_on_pause: bool = False,
        subaccount: int = 0,
        exchange_index: int | None = None,
    ) -> OrderResult:
        """Place a V2 order and match it. Raises ExchangeError for anything the exchange refuses."""
        with self._transaction():
            self.expire_orders()
            account = self.account(user_id)
            market = self.market(ticker)
            if side not in ("bid", "ask"):
                raise ExchangeError(400, "invalid_order", f"side must be bid or ask, got {side!r}")
            book_side: BookSide = "bid" if side == "bid" else "ask"
            if time_in_force not in TIME_IN_FORCE:
                raise ExchangeError(400, "invalid_order", f"unknown time_in_force {time_in_force!r}")
            if self_trade_prevention_type not in SELF_TRADE_PREVENTION:
                raise ExchangeError(
                    400, "invalid_order", f"unknown self_trade_prevention_type {self_trade_prevention_type!r}"
                )
            quantity = parse_count(count)
            limit = self._price(market, price)
            if (
                isinstance(subaccount, bool)
                or not isinstance(subaccount, int)
                or not 0 <= subaccount <= MAX_SUBACCOUNT
            ):
                raise ExchangeError(400, "invalid_order", f"subaccount must be 0..{MAX_SUBACCOUNT}")
            if exchange_index is not None and exchange_index not in (-1, 0):
                raise ExchangeError(400, "invalid_order", f"no exchange shard {exchange_index}")
            now = self._now()
            if expiration_time is not None:
                if time_in_force != "good_till_canceled":
                    raise ExchangeError(
                        400, "invalid_order", f"{time_in_force} orders cannot have an expiration_time"
                    )
                if expiration_time <= now:
                    raise ExchangeError(400, "invalid_order", "expiration_time is in the past")
            if reduce_only and time_in_force != "immediate_or_cancel":
                raise ExchangeError(400, "invalid_order", "reduce_only orders must be immediate_or_cancel")
            if post_only and time_in_force != "good_till_canceled":
                raise ExchangeError(400, "invalid_order", "post_only orders must be good_till_canceled")
            if client_order_id is not None and client_order_id in account.client_order_ids:
                raise ExchangeError(
                    409, "order_already_exists", f"client_order_id {client_order_id} is already used"
                )
            group: OrderGroup | None = None
            if order_group_id is not None:
                group = account.order_groups.get(order_group_id)
                if group is None:
                    raise ExchangeError(404, "not_found", f"no order group {order_group_id}")
                if group.is_triggered:
                    raise ExchangeError(
                        400,
                        "order_group_limit_reached",
                        f"order group {order_group_id} is triggered; reset it first",
                    )
            self._check_trading(market)

            self._priority += 1
            order = Order(
                order_id=self._new_id(),
                user_id=user_id,
                client_order_id=client_order_id if client_order_id is not None else self._new_id(),
                ticker=ticker,
                side=book_side,
                price=limit,
                initial_count=quantity,
                remaining_count=quantity,
                time_in_force=time_in_force,
                self_trade_prevention_type=self_trade_prevention_type,
                created_time=now,
                last_update_time=now,
                post_only=post_only,
                reduce_only=reduce_only,
                expiration_time=expiration_time,
                order_group_id=order_group_id,
                cancel_order_on_pause=cancel_order_on_pause,
                subaccount=subaccount,
                priority=self._priority,
            )
            closable = self._closable(account, ticker, book_side)
            if reduce_only:
                if closable == 0:
                    return self._refuse(account, order, "ReduceOnlyCancel", now)
                order.remaining_count = min(quantity, closable)
            order.closing_claim = min(order.remaining_count, closable)
            self._note_claim(account, order)
            need = self._reservation(order)
            if need > account.balance:
                raise ExchangeError(
                    400,
                    "insufficient_balance",
                    f"order needs {dollars(need)} but the available balance is {dollars(account.balance)}",
                )
            self._register(account, order, group)
            self._rereserve(account, order)

            if post_only and market.book.crosses(order):
                self._cancel(order, "PostOnlyCrossCancel")
                self._emit_order(order)
                return OrderResult(order, [], now)
            if time_in_force == "fill_or_kill" and market.book.fillable(order) < order.remaining_count:
                self._cancel(order, None)
                self._emit_order(order)
                return OrderResult(order, [], now)

            return self._trade(market, order, now, rest=time_in_force == "good_till_canceled")

    def _refuse(self, account: Account, order: Order, reason: str, now: float) -> OrderResult:
        """Record an order canceled before it could trade (e.g. reduce-only with nothing to reduce)."""
        self._register(account, order, None)
        order.status = "canceled"
        order.remaining_count = ZERO
        order.last_update_reason = reason
        self._retire(order)
        self._emit_order(order)
        return OrderResult(order, [], now)

    def _watch_expiry(self, order: Order) -> None:
        if order.expiration_time is not None:
            heapq.heappush(self._expiries, (order.expiration_time, order.priority, order.order_id))

    def _register(self, account: Account, order: Order, group: OrderGroup | None) -> None:
        self._watch_expiry(order)
        account.resting.setdefault((order.ticker, order.side), {})[order.order_id] = order
        account.orders[order.order_id] = order
        account.client_order_ids[order.client_order_id] = order.order_id
        self._orders[order.order_id] = order
        if group is not None:
            group.order_ids.append(order.order_id)

    def _emit_order(self, order: Order) -> None:
        self._emit(OrderUpdate(order.user_id, copy.copy(order), self.clock))

    def _emit_book_delta(self, order: Order, delta: Decimal, now: float | None = None) -> None:
        """Tick the clock and announce that `order`'s resting size at its price moved by `delta`."""
        self.clock += 1
        self._emit(
            BookDelta(
                order.ticker,
                outcome_side(order.side),
                order.leg_price,
                delta,
                self.clock,
                int((self._now() if now is None else now) * 1000),
                order.client_order_id,
                order.user_id,
                order.subaccount,
            )
        )

    def _trade(self, market: Market, order: Order, now: float, *, rest: bool) -> OrderResult:
        """Match `order`, then rest what is left of it (`rest`) or cancel that."""
        fills = self._match(market, order)
        if order.remaining_count > 0 and order.is_resting:
            if rest:
                self._rest(market, order)
            else:
                self._cancel(order, None)
        elif order.remaining_count == 0 and order.is_resting:
            self._finish(order)
        self._emit_order(order)
        self._check_groups_after_fills(fills)
        return OrderResult(order, fills, now)

    def _match(self, market: Market, taker: Order) -> list[Fill]:
        fills: list[Fill] = []
        while taker.remaining_count > 0 and taker.is_resting:
            maker = market.book.next_maker(taker)
            if maker is None:
                break
            if maker.user_id == taker.user_id:
                if taker.self_trade_prevention_type == "taker_at_cross":
                    self._cancel(taker, "SelfTradeCancel")
                    break
                self._cancel(maker, "SelfTradeCancel")
                continue
            quantity = min(taker.remaining_count, maker.remaining_count)
            fills.append(self._execute(market, taker, maker, quantity))
        return fills

    def _execute(self, market: Market, taker: Order, maker: Order, quantity: Decimal) -> Fill:
        """Trade `quantity` contracts at the maker's price; returns the taker's fill."""
        now = self._now()
        price = maker.price
        trade_id = self._new_id()
        series = self.series[market.series_ticker]
        self._emit_book_delta(maker, -quantity, now)
        maker.remaining_count -= quantity
        if maker.remaining_count == 0:
            market.book.remove(maker)
        trade = Trade(trade_id, market.ticker, quantity, price, taker.side, now)
        self.trade_log.append(trade)
        self._emit(TradeEvent(market.ticker, trade, self.clock))
        opened = ZERO
        taker_fill = self._apply_fill(
            market,
            taker,
            quantity,
            price,
            is_taker=True,
            fee_rate=series.taker_fee_rate,
            trade_id=trade_id,
            now=now,
        )
        opened += taker_fill[1]
        maker_fill = self._apply_fill(
            market,
            maker,
            quantity,
            price,
            is_taker=False,
            fee_rate=series.maker_fee_rate,
            trade_id=trade_id,
            now=now,
        )
        opened += maker_fill[1]
        market.open_interest += opened - quantity
        market.volume += quantity
        market.previous_price = market.last_price
        market.last_price = price
        market.updated_time = now
        series.volume += quantity
        if maker.remaining_count == 0:
            self._finish(maker)
        self._emit_order(maker)
        for order in (taker, maker):
            self._rebalance_claims(self.accounts[order.user_id], market.ticker, order.side)
        return taker_fill[0]

    def _apply_fill(
        self,
        market: Market,
        order: Order,
        quantity: Decimal,
        price: Decimal,
        *,
        is_taker: bool,
        fee_rate: Decimal,
        trade_id: str,
        now: float,
    ) -> tuple[Fill, Decimal]:
        """Book one side of a trade on its owner; returns the fill and how many contracts it opened."""
        account = self.accounts[order.user_id]
        held = account.positions.get(market.ticker)
        if held is None:
            held = account.positions[market.ticker] = MarketPosition(market.ticker, market.event_ticker)
        leg = price if order.side == "bid" else ONE - price
        opposite = _closable_holding(held.position, order.side)
        closing = min(quantity, opposite)
        opening = quantity - closing

        # fee, accumulated on the order and rounded up once
        order.fee_accrued += fee_before_rounding(fee_rate, quantity, price)
        fee = ceil_cent(order.fee_accrued) - order.fees_paid
        if is_taker:
            order.taker_fees += fee
            order.taker_fill_cost += quantity * leg
        else:
            order.maker_fees += fee
            order.maker_fill_cost += quantity * leg
        self.fees_collected += fee

        # release what the order held for these contracts, then pay for them
        order.closing_claim -= min(order.closing_claim, quantity)
        order.fill_count += quantity
        if is_taker:
            order.remaining_count -= quantity
        order.last_update_time = now
        order.last_update_reason = "Trade"
        self._rereserve(account, order)
        account.balance += closing * (ONE - leg) - opening * leg - fee

        # position bookkeeping
        if closing:
            size = abs(held.position)
            released = (
                held.cost_basis
                if closing == size
                else (held.cost_basis * closing / size).quantize(Decimal("0.000001"))
            )
            held.cost_basis -= released
            held.realized_pnl += closing * (ONE - leg) - released
            held.position += closing if order.side == "bid" else -closing
        if opening:
            held.cost_basis += opening * leg
            held.position += opening if order.side == "bid" else -opening
        held.total_traded += quantity * leg
        held.fees_paid += fee
        held.volume += quantity
        held.last_updated_ts = now
        account.updated_ts = now

        fill = Fill(
            trade_id,
            order.order_id,
            order.user_id,
            market.ticker,
            order.side,
            quantity,
            price,
            is_taker,
            fee,
            now,
            order.subaccount,
        )
        account.fills.append(fill)
        self._emit(FillEvent(order.user_id, fill, order.client_order_id, held.position, self.clock))
        self._emit(PositionUpdate(order.user_id, copy.copy(held), self.clock))
        self._note_group_fill(order, quantity, now)
        return fill, opening

    def _rest(self, market: Market, order: Order) -> None:
        market.book.add(order)
        self._emit_book_delta(order, order.remaining_count)

    def _finish(self, order: Order) -> None:
        """An order that has no contracts left: executed, its reservation returned."""
        order.status = "executed"
        order.remaining_count = ZERO
        order.closing_claim = ZERO
        self._rereserve(self.accounts[order.user_id], order)
        self._retire(order)

    def _retire(self, order: Order) -> None:
        """Forget a no-longer-resting order in its account's index of resting orders."""
        account = self.accounts[order.user_id]
        account.resting.get((order.ticker, order.side), {}).pop(order.order_id, None)

    def _cancel(self, order: Order, reason: str | None) -> Decimal:
        """Take an order off the book; returns the contracts that were still open."""
        if order.status != "resting":
            return ZERO
        market = self.markets[order.ticker]
        reduced = order.remaining_count
        in_book = market.book.holds(order)
        if in_book:
            market.book.remove(order)
            self._emit_book_delta(order, -reduced)
        order.status = "canceled"
        order.remaining_count = ZERO
        order.closing_claim = ZERO
        order.last_update_time = self._now()
        order.last_update_reason = reason
        self._rereserve(self.accounts[order.user_id], order)
        self._retire(order)
        if in_book:
            self._emit_order(order)
        return reduced

    def _resting_orders(self, ticker: str | None = None) -> list[Order]:
        return sorted(
            (o for o in self._orders.values() if o.is_resting and (ticker is None or o.ticker == ticker)),
            key=lambda o: o.priority,
        )

    def cancel_order(self, user_id: str, order_id: str) -> tuple[Order, Decimal]:
        """Cancel a resting order; returns it and how many contracts were canceled."""
        with self._transaction():
            self.expire_orders()
            order = self._own_order(user_id, order_id)
            if not order.is_resting:
                raise ExchangeError(404, "not_found", f"order {order_id} is {order.status}, not resting")
            reduced = self._cancel(order, None)
            return order, reduced

    def decrease_order(
        self,
        user_id: str,
        order_id: str,
        *,
        reduce_by: Decimal | str | None = None,
        reduce_to: Decimal | str | None = None,
    ) -> Order:
        """Shrink a resting order by `reduce_by` or to `reduce_to` contracts, keeping its place."""
        with self._transaction():
            self.expire_orders()
            if (reduce_by is None) == (reduce_to is None):
                raise ExchangeError(400, "invalid_parameters", "give exactly one of reduce_by and reduce_to")
            order = self._own_order(user_id, order_id)
            if not order.is_resting:
                raise ExchangeError(400, "invalid_order", f"order {order_id} is {order.status}, not resting")
            if reduce_by is not None:
                target = order.remaining_count - parse_count(reduce_by, "reduce_by")
            else:
                target = parse_count(reduce_to, "reduce_to", allow_zero=True)
            if target >= order.remaining_count:
                raise ExchangeError(
                    400, "invalid_order_size", "a decrease must leave fewer contracts than now"
                )
            if target <= 0:
                self._cancel(order, "Decrease")
                return order
            self._resize_in_place(order, target, "Decrease")
            return order

    def _resize_in_place(self, order: Order, target: Decimal, reason: str) -> None:
        delta = target - order.remaining_count
        order.remaining_count = target
        order.closing_claim = min(order.closing_claim, target)
        order.last_update_time = self._now()
        order.last_update_reason = reason
        self._rereserve(self.accounts[order.user_id], order)
        self._emit_book_delta(order, delta)
        self._emit_order(order)

    def amend_order(
        self,
        user_id: str,
        order_id: str,
        *,
        ticker: str,
        side: str,
        price: Decimal | str,
        count: Decimal | str | int,
        client_order_id: str | None = None,
        updated_client_order_id: str | None = None,
        expiration_time: int | None = None,
    ) -> OrderResult:
        """Change a resting order's price and/or size. `count` is the new total fillable (filled
        plus wanted resting). A lower count at the same price keeps the queue place; anything
        else re-queues the order, which may then trade."""
        with self._transaction():
            self.expire_orders()
            order = self._own_order(user_id, order_id)
            account = self.accounts[user_id]
            if ticker != order.ticker:
                raise ExchangeError(
                    400, "order_ticker_mismatch", f"order {order_id} is on {order.ticker}, not {ticker}"
                )
            if side != order.side:
                raise ExchangeError(
                    400, "order_side_mismatch", f"order {order_id} is a {order.side}, not {side}"
                )
            if client_order_id is not None and client_order_id != order.client_order_id:
                raise ExchangeError(
                    400,
                    "order_id_and_client_order_id_mismatch",
                    f"order {order_id} has another client_order_id",
                )
            if not order.is_resting:
                raise ExchangeError(400, "invalid_order", f"order {order_id} is {order.status}, not resting")
            market = self.market(ticker)
            self._check_trading(market)
            new_price = self._price(market, price)
            total = parse_count(count)
            if total <= order.fill_count:
                raise ExchangeError(
                    400,
                    "invalid_order_size",
                    f"count {count_fp(total)} must exceed the {count_fp(order.fill_count)} already filled",
                )
            if (
                updated_client_order_id is not None
                and updated_client_order_id != order.client_order_id
                and updated_client_order_id in account.client_order_ids
            ):
                raise ExchangeError(
                    409, "order_already_exists", f"client_order_id {updated_client_order_id} is already used"
                )
            now = self._now()
            new_expiry = order.expiration_time
            if expiration_time is not None:
                if expiration_time == 0:
                    new_expiry = None
                elif expiration_time <= now:
                    raise ExchangeError(400, "invalid_order", "expiration_time is in the past")
                else:
                    new_expiry = expiration_time
            remaining = total - order.fill_count
            requeue = new_price != order.price or remaining > order.remaining_count
            trial = copy.copy(order)
            if requeue:
                # check the money before touching anything
                trial.price = new_price
                trial.remaining_count = remaining
                trial.closing_claim = min(
                    remaining, self._closable(account, ticker, order.side, exclude=order)
                )
                need = self._reservation(trial) - order.reserved
                if need > account.balance:
                    raise ExchangeError(
                        400,
                        "insufficient_balance",
                        f"the amended order needs {dollars(need)} more than the available "
                        f"{dollars(account.balance)}",
                    )
            if updated_client_order_id is not None:
                del account.client_order_ids[order.client_order_id]
                order.client_order_id = updated_client_order_id
                account.client_order_ids[updated_client_order_id] = order.order_id
            if new_expiry != order.expiration_time:
                order.expiration_time = new_expiry
                self._watch_expiry(order)
            if not requeue:
                if remaining < order.remaining_count:
                    self._resize_in_place(order, remaining, "Amend")
                else:
                    order.last_update_time = now
                    order.last_update_reason = "Amend"
                    self._emit_order(order)
                return OrderResult(order, [], now)
            market.book.remove(order)
            self._emit_book_delta(order, -order.remaining_count, now)
            self._priority += 1
            order.priority = self._priority
            same_side = account.resting[(order.ticker, order.side)]
            same_side[order.order_id] = same_side.pop(order.order_id)  # back of the time priority
            order.price = new_price
            order.remaining_count = remaining
            order.closing_claim = trial.closing_claim
            account.claiming.get((order.ticker, order.side), {}).pop(order.order_id, None)
            self._note_claim(account, order)
            order.last_update_time = now
            order.last_update_reason = "Amend"
            self._rereserve(account, order)
            return self._trade(market, order, now, rest=True)

    def cancel_all_orders(
        self, user_id: str, *, ticker: str | None = None, subaccount: int | None = None
    ) -> list[tuple[Order, Decimal]]:
        """Cancel every resting order of an account (optionally one market or subaccount)."""
        with self._transaction():
            self.expire_orders()
            account = self.account(user_id)
            canceled: list[tuple[Order, Decimal]] = []
            for order in sorted(account.orders.values(), key=lambda o: o.priority):
                if not order.is_resting:
                    continue
                if ticker is not None and order.ticker != ticker:
                    continue
                if subaccount is not None and order.subaccount != subaccount:
                    continue
                canceled.append((order, self._cancel(order, None)))
            return canceled

    def batch_create(self, user_id: str, orders: Iterable[Mapping[str, Any]]) -> list[BatchItem]:
        """Create several orders; each entry is the result or the ExchangeError it raised."""
        items: list[BatchItem] = []
        with self._transaction():
            for kwargs in orders:
                try:
                    items.append(BatchItem(result=self.create_order(user_id, **kwargs)))
                except ExchangeError as error:
                    items.append(BatchItem(error=error))
                except TypeError as error:
                    items.append(BatchItem(error=ExchangeError(400, "invalid_parameters", str(error))))
        return items

    def batch_cancel(self, user_id: str, order_ids: Iterable[str]) -> list[BatchItem]:
        """Cancel several orders; each entry is (order, reduced_by) or the ExchangeError it raised."""
        items: list[BatchItem] = []
        with self._transaction():
            for order_id in order_ids:
                try:
                    items.append(BatchItem(result=self.cancel_order(user_id, order_id)))
                except ExchangeError as error:
                    items.append(BatchItem(error=error))
        return items

    def get_order(self, user_id: str, order_id: str) -> Order:
        """One of this account's orders; another account's id is 404 not_found."""
        self.expire_orders()
        return self._own_order(user_id, order_id)

    def order_by_client_id(self, user_id: str, client_order_id: str) -> Order:
        account = self.account(user_id)
        order_id = account.client_order_ids.get(client_order_id)
        if order_id is None:
            raise ExchangeError(404, "not_found", f"no order with client_order_id {client_order_id}")
        return account.orders[order_id]

    def orders(
        self,
        user_id: str,
        *,
        ticker: str | None = None,
        event_ticker: str | None = None,
        status: str | None = None,
        min_ts: int | None = None,
        max_ts: int | None = None,
        subaccount: int | None = None,
    ) -> list[Order]:
        """This account's orders, newest first."""
        self.expire_orders()
        account = self.account(user_id)
        found = [
            o
            for o in account.orders.values()
            if (ticker is None or o.ticker == ticker)
            and (event_ticker is None or self.markets[o.ticker].event_ticker == event_ticker)
            and (status is None or o.status == status)
            and _in_window(o.created_time, min_ts, max_ts)
            and (subaccount is None or o.subaccount == subaccount)
        ]
        return sorted(found, key=lambda o: o.priority, reverse=True)

    def queue_position(self, user_id: str, order_id: str) -> Decimal:
        """Contracts resting ahead of this order at its price."""
        self.expire_orders()
        order = self._own_order(user_id, order_id)
        if not order.is_resting:
            raise ExchangeError(400, "invalid_order", f"order {order_id} is {order.status}, not resting")
        return self.markets[order.ticker].book.ahead_of(order)

    def expire_orders(self) -> list[Order]:
        """Cancel resting orders whose expiration_time has passed; returns them."""
        now = self._now()
        expired: list[Order] = []
        while self._expiries and self._expiries[0][0] <= now:
            expiry, _, order_id = heapq.heappop(self._expiries)
            order = self._orders[order_id]
            if order.is_resting and order.expiration_time == expiry and order not in expired:
                expired.append(order)
        if expired:
            with self._transaction():
                for order in expired:
                    self._cancel(order, "ExpiryCancel")
        return expired

    # ---- order groups -------------------------------------------------------------------------

    def create_order_group(
        self, user_id: str, contracts_limit: Decimal | str | int, *, subaccount: int = 0
    ) -> OrderGroup:
        account = self.account(user_id)
        limit = parse_count(contracts_limit, "contracts_limit")
        group = OrderGroup(self._new_id(), user_id, limit, subaccount)
        account.order_groups[group.order_group_id] = group
        self.order_groups[group.order_group_id] = group
        with self._transaction():
            self._emit_group(group, "created")
        return group

    def _emit_group(
        self,
        group: OrderGroup,
        event_type: Literal["created", "triggered", "reset", "deleted", "limit_updated"],
    ) -> None:
        self._emit(
            OrderGroupUpdate(
                group.user_id,
                event_type,
                group.order_group_id,
                group.contracts_limit,
                self.clock,
                int(self._now() * 1000),
            )
        )

    def get_order_group(self, user_id: str, order_group_id: str) -> OrderGroup:
        group = self.account(user_id).order_groups.get(order_group_id)
        if group is None:
            raise ExchangeError(404, "not_found", f"no order group {order_group_id}")
        return group

    def order_groups_of(self, user_id: str) -> list[OrderGroup]:
        return list(self.account(user_id).order_groups.values())

    def order_group_orders(self, user_id: str, order_group_id: str) -> list[Order]:
        """Orders placed in a group (their ids make GetOrderGroupResponse.orders)."""
        group = self.get_order_group(user_id, order_group_id)
        return [self._orders[i] for i in group.order_ids]

    def _cancel_group_orders(self, group: OrderGroup) -> None:
        for order_id in group.order_ids:
            order = self._orders[order_id]
            if order.is_resting:
                self._cancel(order, None)

    def delete_order_group(self, user_id: str, order_group_id: str) -> None:
        with self._transaction():
            group = self.get_order_group(user_id, order_group_id)
            self._cancel_group_orders(group)
            del self.accounts[user_id].order_groups[order_group_id]
            del self.order_groups[order_group_id]
            self._emit_group(group, "deleted")

    def reset_order_group(self, user_id: str, order_group_id: str) -> OrderGroup:
        with self._transaction():
            group = self.get_order_group(user_id, order_group_id)
            group.is_triggered = False
            group.recent_fills.clear()
            self._emit_group(group, "reset")
            return group

    def trigger_order_group(self, user_id: str, order_group_id: str) -> OrderGroup:
        with self._transaction():
            group = self.get_order_group(user_id, order_group_id)
            self._trigger(group)
            return group

    def update_order_group_limit(
        self, user_id: str, order_group_id: str, contracts_limit: Decimal | str | int
    ) -> OrderGroup:
        with self._transaction():
            group = self.get_order_group(user_id, order_group_id)
            group.contracts_limit = parse_count(contracts_limit, "contracts_limit")
            self._emit_group(group, "limit_updated")
            return group

    def _trigger(self, group: OrderGroup) -> None:
        group.is_triggered = True
        self._cancel_group_orders(group)
        self._emit_group(group, "triggered")

    def _note_group_fill(self, order: Order, quantity: Decimal, now: float) -> None:
        if order.order_group_id is None:
            return
        group = self.order_groups.get(order.order_group_id)
        if group is not None:
            group.recent_fills.append((now, quantity))

    def _check_groups_after_fills(self, fills: Sequence[Fill]) -> None:
        """Trigger any group whose matched contracts in the last 15 s reached its limit."""
        if not fills:
            return
        now = self._now()
        for group in list(self.order_groups.values()):
            while group.recent_fills and group.recent_fills[0][0] <= now - ORDER_GROUP_WINDOW_SECONDS:
                group.recent_fills.popleft()
            if (
                not group.is_triggered
                and sum((q for _, q in group.recent_fills), ZERO) >= group.contracts_limit
            ):
                self._trigger(group)

    # ---- market data --------------------------------------------------------------------------

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
            if (ticker is None or t.ticker == ticker) and _in_window(t.created_time, min_ts, max_ts)
        ]
        return found[::-1]

    # ---- portfolio ----------------------------------------------------------------------------

    def positions(
        self,
        user_id: str,
        *,
        ticker: str | None = None,
        event_ticker: str | None = None,
        include_closed: bool = False,
    ) -> list[MarketPosition]:
        """Market positions; those with no contracts are left out unless `include_closed`."""
        account = self.account(user_id)
        return [
            p
            for p in sorted(account.positions.values(), key=lambda p: p.ticker)
            if (include_closed or p.position != 0)
            and (ticker is None or p.ticker == ticker)
            and (event_ticker is None or p.event_ticker == event_ticker)
        ]

    def event_positions(
        self, user_id: str, *, event_ticker: str | None = None, include_closed: bool = False
    ) -> list[EventPosition]:
        account = self.account(user_id)
        grouped: dict[str, list[MarketPosition]] = {}
        for held in account.positions.values():
            if event_ticker is None or held.event_ticker == event_ticker:
                grouped.setdefault(held.event_ticker, []).append(held)
        summary = []
        for event, held_list in sorted(grouped.items()):
            if not include_closed and all(h.position == 0 for h in held_list):
                continue
            summary.append(
                EventPosition(
                    event_ticker=event,
                    total_cost=sum((h.total_traded for h in held_list), ZERO),
                    total_cost_shares=sum((h.volume for h in held_list), ZERO),
                    event_exposure=sum((h.cost_basis for h in held_list), ZERO),
                    realized_pnl=sum((h.realized_pnl for h in held_list), ZERO),
                    fees_paid=sum((h.fees_paid for h in held_list), ZERO),
                )
            )
        return summary

    def fills(
        self,
        user_id: str,
        *,
        ticker: str | None = None,
        order_id: str | None = None,
        min_ts: int | None = None,
        max_ts: int | None = None,
    ) -> list[Fill]:
        """This account's fills, newest first."""
        account = self.account(user_id)
        found = [
            f
            for f in account.fills
            if (ticker is None or f.ticker == ticker)
            and (order_id is None or f.order_id == order_id)
            and _in_window(f.created_time, min_ts, max_ts)
        ]
        return found[::-1]

    def settlements(self, user_id: str, *, ticker: str | None = None) -> list[Settlement]:
        """This account's settlements, newest first."""
        account = self.account(user_id)
        return [s for s in account.settlements if ticker is None or s.ticker == ticker][::-1]
