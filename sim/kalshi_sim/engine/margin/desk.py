"""The margin order desk: placing, canceling, decreasing and amending margin orders.

Each call runs inside the exchange's upkeep (`upkeep.py`: expiry and funding before, the margin
check after) and checks everything it can before it touches state: the order's terms (the
event-contract rules of `order_rules.py`, a reduce-only order being immediate-or-cancel or
fill-or-kill), its price on the market's tick, whole contracts unless the market trades
fractions, and its margin: an order that could grow a position is refused when its
subaccount's available balance would fall below zero (`risk.py`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from contextlib import AbstractContextManager
from decimal import Decimal

from ...rules import MARGIN_REDUCE_ONLY_TIME_IN_FORCE
from ...wire import count_fp, dollars
from ..clock import Clock
from ..errors import ExchangeError
from ..expiry import Expiry
from ..groups import OrderGroups
from ..inputs import parse_count, to_decimal
from ..order_rules import (
    CountReader,
    check_amend,
    check_amended_total,
    check_terms,
    decrease_target,
    open_group,
    parse_side,
)
from .ledger import MarginLedger
from .matcher import MarginMatcher
from .objects import MarginOrder, MarginOrderResult, PerpMarket, Portfolio

__all__ = ["MarginDesk"]

ZERO = Decimal(0)


def _check_trading(market: PerpMarket) -> None:
    if market.status == "inactive":
        raise ExchangeError(400, "trading_is_paused", f"trading in {market.ticker} is paused")
    if market.status != "active":
        raise ExchangeError(400, "market_closed", f"margin market {market.ticker} is {market.status}")


def _price_on_tick(market: PerpMarket, value: object) -> Decimal:
    price = to_decimal(value, "price")
    if not market.on_tick(price):
        raise ExchangeError(
            400,
            "invalid_order",
            f"price {value} is not a positive multiple of {market.ticker}'s tick {dollars(market.tick_size)}",
        )
    return price


def _contracts(
    market: PerpMarket, value: object, what: str = "count", *, allow_zero: bool = False
) -> Decimal:
    quantity = parse_count(value, what, allow_zero=allow_zero)
    if not market.fractional_trading_enabled and quantity != quantity.to_integral_value():
        raise ExchangeError(
            400,
            "invalid_order_size",
            f"{market.ticker} trades whole contracts; {what} is {count_fp(quantity)}",
        )
    return quantity


class MarginDesk:
    """Order entry, cancel, decrease and amend on the margin exchange."""

    def __init__(
        self,
        clock: Clock,
        *,
        upkeep: Callable[[], AbstractContextManager[None]],
        markets: dict[str, PerpMarket],
        ledger: MarginLedger,
        matcher: MarginMatcher,
        groups: OrderGroups[MarginOrder],
        expiry: Expiry[MarginOrder],
    ) -> None:
        self._clock = clock
        self._upkeep = upkeep
        self._markets = markets
        self._ledger = ledger
        self._matcher = matcher
        self._groups = groups
        self._expiry = expiry

    def _market(self, ticker: str) -> PerpMarket:
        market = self._markets.get(ticker)
        if market is None:
            raise ExchangeError(404, "not_found", f"no margin market {ticker}")
        return market

    def _trade(self, market: PerpMarket, order: MarginOrder, now: float, *, rest: bool) -> MarginOrderResult:
        result, fills = self._matcher.trade(market, order, now, rest=rest)
        self._groups.after_fills(fills)
        return result

    def _check_margin(self, portfolio: Portfolio, order: MarginOrder, replacing: MarginOrder | None) -> None:
        """Refuse `order` (in place of `replacing`) when it could grow a position and leaves the
        subaccount's available balance below zero."""
        resting = self._ledger.accounts[portfolio.user_id].resting.values()
        before = self._ledger.assess(portfolio, self._markets)
        trial = [o for o in resting if o is not replacing] + [order]
        after = self._ledger.assess(portfolio, self._markets, trial)
        if after.growth_margin > before.growth_margin and after.available < 0:
            raise ExchangeError(
                400,
                "insufficient_balance",
                f"the order needs {dollars(after.requirement - before.requirement)} of margin; subaccount "
                f"{portfolio.subaccount} has {dollars(max(before.available, ZERO))} available",
            )

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
        subaccount: int = 0,
        post_only: bool = False,
        reduce_only: bool = False,
        expiration_time: int | None = None,
        order_group_id: str | None = None,
        cancel_order_on_pause: bool = False,
    ) -> MarginOrderResult:
        """Place a margin order and match it. Raises ExchangeError for anything refused."""
        with self._upkeep():
            account = self._ledger.account(user_id)
            market = self._market(ticker)
            book_side = parse_side(side)
            quantity = _contracts(market, count)
            limit = _price_on_tick(market, price)
            now = self._clock.now()
            expiration_time = check_terms(
                time_in_force=time_in_force,
                self_trade_prevention_type=self_trade_prevention_type,
                subaccount=subaccount,
                exchange_index=None,
                expiration_time=expiration_time,
                reduce_only=reduce_only,
                post_only=post_only,
                now=now,
                reduce_only_time_in_force=MARGIN_REDUCE_ONLY_TIME_IN_FORCE,
            )
            portfolio = self._ledger.portfolio(user_id, subaccount)
            if client_order_id is not None and client_order_id in account.client_order_ids:
                raise ExchangeError(
                    409, "order_already_exists", f"client_order_id {client_order_id} is already used"
                )
            group = open_group(account, order_group_id)
            _check_trading(market)
            order = MarginOrder(
                order_id=self._clock.new_id(),
                user_id=user_id,
                client_order_id=client_order_id if client_order_id is not None else self._clock.new_id(),
                ticker=ticker,
                side=book_side,
                price=limit,
                initial_count=quantity,
                remaining_count=quantity,
                time_in_force=time_in_force,
                self_trade_prevention_type=self_trade_prevention_type,
                created_time=now,
                last_update_time=now,
                subaccount=subaccount,
                post_only=post_only,
                reduce_only=reduce_only,
                expiration_time=expiration_time,
                order_group_id=order_group_id,
                cancel_order_on_pause=cancel_order_on_pause,
                priority=self._clock.next_priority(),
            )
            if reduce_only:
                held = portfolio.position(ticker)
                closable = max(-held, ZERO) if book_side == "bid" else max(held, ZERO)
                if closable == 0:
                    raise ExchangeError(
                        400,
                        "invalid_order",
                        f"a reduce_only {book_side} has no position in {ticker} to reduce",
                    )
                order.remaining_count = order.initial_count = min(quantity, closable)
            self._check_margin(portfolio, order, None)
            self._ledger.register(order)
            self._expiry.watch(order)
            if group is not None:
                group.order_ids.append(order.order_id)

            if post_only and market.book.crosses(order):
                self._matcher.cancel(order, "PostOnlyCrossCancel")
                self._matcher.emit_order(order)
                return MarginOrderResult(order, [], now)
            if time_in_force == "fill_or_kill" and market.book.fillable(order) < order.remaining_count:
                self._matcher.cancel(order, None)
                self._matcher.emit_order(order)
                return MarginOrderResult(order, [], now)
            return self._trade(market, order, now, rest=time_in_force == "good_till_canceled")

    def _own_order(self, user_id: str, order_id: str, subaccount: int | None) -> MarginOrder:
        order = self._ledger.own_order(user_id, order_id)
        if subaccount is not None and order.subaccount != subaccount:
            raise ExchangeError(404, "not_found", f"no order {order_id} in subaccount {subaccount}")
        return order

    def _count_reader(self, ticker: str) -> CountReader:
        market = self._markets[ticker]

        def read(value: object, what: str, *, allow_zero: bool = False) -> Decimal:
            return _contracts(market, value, what, allow_zero=allow_zero)

        return read

    def cancel_order(
        self, user_id: str, order_id: str, *, subaccount: int | None = None
    ) -> tuple[MarginOrder, Decimal]:
        """Cancel a resting order; returns it and how many contracts were canceled."""
        with self._upkeep():
            order = self._own_order(user_id, order_id, subaccount)
            if not order.is_resting:
                raise ExchangeError(404, "not_found", f"order {order_id} is {order.status}, not resting")
            return order, self._matcher.cancel(order, None)

    def cancel_all_orders(
        self, user_id: str, *, subaccount: int | None = None
    ) -> list[tuple[MarginOrder, Decimal]]:
        """Cancel every resting order of a member (optionally of one subaccount)."""
        with self._upkeep():
            account = self._ledger.account(user_id)
            canceled = []
            for order in sorted(account.resting.values(), key=lambda o: o.priority):
                if subaccount is None or order.subaccount == subaccount:
                    canceled.append((order, self._matcher.cancel(order, None)))
            return canceled

    def decrease_order(
        self,
        user_id: str,
        order_id: str,
        *,
        reduce_by: Decimal | str | None = None,
        reduce_to: Decimal | str | None = None,
        subaccount: int | None = None,
    ) -> MarginOrder:
        """Shrink a resting order by `reduce_by` or to `reduce_to` contracts, keeping its place."""
        with self._upkeep():
            order = self._own_order(user_id, order_id, subaccount)
            target = decrease_target(order, reduce_by, reduce_to, self._count_reader(order.ticker))
            if target <= 0:
                self._matcher.cancel(order, "Decrease")
                return order
            self._resize_in_place(order, target, "Decrease")
            return order

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
        subaccount: int | None = None,
    ) -> MarginOrderResult:
        """Change a resting order's price and/or size (`count`: filled plus wanted resting), as on
        the event-contract desk; the margin check applies when the order moves or grows."""
        with self._upkeep():
            order = self._own_order(user_id, order_id, subaccount)
            account = self._ledger.accounts[user_id]
            check_amend(order, ticker=ticker, side=side, client_order_id=client_order_id)
            market = self._markets[order.ticker]
            _check_trading(market)
            new_price = _price_on_tick(market, price)
            total = _contracts(market, count)
            check_amended_total(order, total, updated_client_order_id, account.client_order_ids)
            now = self._clock.now()
            remaining = total - order.fill_count
            requeue = new_price != order.price or remaining > order.remaining_count
            if requeue:
                trial = copy.copy(order)
                trial.price = new_price
                trial.remaining_count = remaining
                self._check_margin(self._ledger.portfolio(user_id, order.subaccount), trial, order)
            if updated_client_order_id is not None:
                del account.client_order_ids[order.client_order_id]
                order.client_order_id = updated_client_order_id
                account.client_order_ids[updated_client_order_id] = order.order_id
            if not requeue:
                if remaining < order.remaining_count:
                    self._resize_in_place(order, remaining, "Amend")
                else:
                    order.last_update_time = now
                    order.last_update_reason = "Amend"
                    self._matcher.emit_order(order)
                return MarginOrderResult(order, [], now)
            order.last_update_time = now
            order.last_update_reason = "Amend"
            market.book.remove(order)
            self._matcher.emit_book_delta(order, -order.remaining_count, now)
            order.priority = self._clock.next_priority()
            order.price = new_price
            order.remaining_count = remaining
            return self._trade(market, order, now, rest=True)

    def _resize_in_place(self, order: MarginOrder, target: Decimal, reason: str) -> None:
        delta = target - order.remaining_count
        order.remaining_count = target
        order.last_update_time = self._clock.now()
        order.last_update_reason = reason
        self._matcher.emit_book_delta(order, delta)
        self._matcher.emit_order(order)
