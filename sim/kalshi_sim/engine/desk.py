"""The order desk: placing, canceling, decreasing and amending V2 orders, batches, expiry and the
queries on an account's orders.

Each call checks everything it can before it touches state, then hands the order to the matcher
(`matcher.py`) and counts its fills against order groups (`groups.py`). A batch answers, per
entry, its result or the `ExchangeError` it met.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from ..wire import dollars
from .announcer import Announcer
from .clock import Clock
from .errors import ExchangeError
from .expiry import Expiry
from .groups import OrderGroups
from .inputs import parse_count, parse_unix_seconds
from .ledger import Ledger
from .listing import Listing
from .matcher import Matcher
from .objects import Account, Market, Order, OrderGroup, OrderResult
from .order_rules import (
    check_amend,
    check_amended_total,
    check_terms,
    check_trading,
    decrease_target,
    open_group,
    parse_side,
    price_on_grid,
)

__all__ = ["Canceled", "OrderDesk"]

ZERO = Decimal(0)


Canceled = tuple[Order, Decimal]
"""A canceled order and how many contracts it still had open."""


class OrderDesk:
    """Order entry, cancel, decrease, amend, batches, expiry and order queries."""

    def __init__(
        self,
        clock: Clock,
        announcer: Announcer,
        *,
        listing: Listing,
        ledger: Ledger,
        matcher: Matcher,
        groups: OrderGroups[Order],
        expiry: Expiry[Order],
    ) -> None:
        self._clock = clock
        self._announcer = announcer
        self._listing = listing
        self._ledger = ledger
        self._matcher = matcher
        self._groups = groups
        self._expiry = expiry

    def _trade(self, market: Market, order: Order, now: float, *, rest: bool) -> OrderResult:
        result, fills = self._matcher.trade(market, order, now, rest=rest)
        self._groups.after_fills(fills)
        return result

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
        with self._announcer.transaction():
            self.expire_orders()
            account = self._ledger.account(user_id)
            market = self._listing.market(ticker)
            book_side = parse_side(side)
            quantity = parse_count(count)
            limit = price_on_grid(market, price)
            now = self._clock.now()
            expiration_time = check_terms(
                time_in_force=time_in_force,
                self_trade_prevention_type=self_trade_prevention_type,
                subaccount=subaccount,
                exchange_index=exchange_index,
                expiration_time=expiration_time,
                reduce_only=reduce_only,
                post_only=post_only,
                now=now,
            )
            if client_order_id is not None and client_order_id in account.client_order_ids:
                raise ExchangeError(
                    409, "order_already_exists", f"client_order_id {client_order_id} is already used"
                )
            group = open_group(account, order_group_id)
            check_trading(market)

            order = Order(
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
                post_only=post_only,
                reduce_only=reduce_only,
                expiration_time=expiration_time,
                order_group_id=order_group_id,
                cancel_order_on_pause=cancel_order_on_pause,
                subaccount=subaccount,
                priority=self._clock.next_priority(),
            )
            closable = self._ledger.closable(account, ticker, book_side)
            if reduce_only:
                if closable == 0:
                    return self._refuse(account, order, "ReduceOnlyCancel", now)
                order.remaining_count = min(quantity, closable)
            order.closing_claim = min(order.remaining_count, closable)
            self._ledger.note_claim(account, order)
            need = self._ledger.reservation(order)
            if need > account.balance:
                raise ExchangeError(
                    400,
                    "insufficient_balance",
                    f"order needs {dollars(need)} but the available balance is {dollars(account.balance)}",
                )
            self._register(account, order, group)
            self._ledger.rereserve(account, order)

            if post_only and market.book.crosses(order):
                self._matcher.cancel(order, "PostOnlyCrossCancel")
                self._matcher.emit_order(order)
                return OrderResult(order, [], now)
            if time_in_force == "fill_or_kill" and market.book.fillable(order) < order.remaining_count:
                self._matcher.cancel(order, None)
                self._matcher.emit_order(order)
                return OrderResult(order, [], now)

            return self._trade(market, order, now, rest=time_in_force == "good_till_canceled")

    def cancel_order(self, user_id: str, order_id: str) -> tuple[Order, Decimal]:
        """Cancel a resting order; returns it and how many contracts were canceled."""
        with self._announcer.transaction():
            self.expire_orders()
            order = self._ledger.own_order(user_id, order_id)
            if not order.is_resting:
                raise ExchangeError(404, "not_found", f"order {order_id} is {order.status}, not resting")
            reduced = self._matcher.cancel(order, None)
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
        with self._announcer.transaction():
            self.expire_orders()
            order = self._ledger.own_order(user_id, order_id)
            target = decrease_target(order, reduce_by, reduce_to, parse_count)
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
        expiration_time: int | None = None,
    ) -> OrderResult:
        """Change a resting order's price and/or size. `count` is the new total fillable (filled
        plus wanted resting). A lower count at the same price keeps the queue place; anything
        else re-queues the order, which may then trade."""
        with self._announcer.transaction():
            self.expire_orders()
            order = self._ledger.own_order(user_id, order_id)
            account = self._ledger.accounts[user_id]
            check_amend(order, ticker=ticker, side=side, client_order_id=client_order_id)
            market = self._listing.market(ticker)
            check_trading(market)
            new_price = price_on_grid(market, price)
            total = parse_count(count)
            check_amended_total(order, total, updated_client_order_id, account.client_order_ids)
            now = self._clock.now()
            new_expiry = order.expiration_time
            if expiration_time is not None:
                expiration_time = parse_unix_seconds(expiration_time, "expiration_time")
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
                    remaining, self._ledger.closable(account, ticker, order.side, exclude=order)
                )
                need = self._ledger.reservation(trial) - order.reserved
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
                self._expiry.watch(order)
            if not requeue:
                if remaining < order.remaining_count:
                    self._resize_in_place(order, remaining, "Amend")
                else:
                    order.last_update_time = now
                    order.last_update_reason = "Amend"
                    self._matcher.emit_order(order)
                return OrderResult(order, [], now)
            market.book.remove(order)
            self._matcher.emit_book_delta(order, -order.remaining_count, now)
            order.priority = self._clock.next_priority()
            same_side = account.resting[(order.ticker, order.side)]
            same_side[order.order_id] = same_side.pop(order.order_id)  # back of the time priority
            order.price = new_price
            order.remaining_count = remaining
            order.closing_claim = trial.closing_claim
            account.claiming.get((order.ticker, order.side), {}).pop(order.order_id, None)
            self._ledger.note_claim(account, order)
            order.last_update_time = now
            order.last_update_reason = "Amend"
            self._ledger.rereserve(account, order)
            return self._trade(market, order, now, rest=True)

    def cancel_all_orders(
        self, user_id: str, *, ticker: str | None = None, subaccount: int | None = None
    ) -> list[tuple[Order, Decimal]]:
        """Cancel every resting order of an account (optionally one market or subaccount)."""
        with self._announcer.transaction():
            self.expire_orders()
            account = self._ledger.account(user_id)
            canceled: list[tuple[Order, Decimal]] = []
            for order in sorted(account.orders.values(), key=lambda o: o.priority):
                if not order.is_resting:
                    continue
                if ticker is not None and order.ticker != ticker:
                    continue
                if subaccount is not None and order.subaccount != subaccount:
                    continue
                canceled.append((order, self._matcher.cancel(order, None)))
            return canceled

    def batch_create(
        self, user_id: str, orders: Iterable[Mapping[str, Any]]
    ) -> list[OrderResult | ExchangeError]:
        """Create several orders; each entry is the result or the ExchangeError it raised."""
        items: list[OrderResult | ExchangeError] = []
        with self._announcer.transaction():
            for kwargs in orders:
                try:
                    items.append(self.create_order(user_id, **kwargs))
                except ExchangeError as error:
                    items.append(error)
                except TypeError as error:  # a missing or unknown field
                    # Python names the method after the class defining it; callers know it as Exchange's
                    message = str(error).replace(
                        OrderDesk.create_order.__qualname__, "Exchange.create_order", 1
                    )
                    items.append(ExchangeError(400, "invalid_parameters", message))
        return items

    def batch_cancel(self, user_id: str, order_ids: Iterable[str]) -> list[Canceled | ExchangeError]:
        """Cancel several orders; each entry is (order, reduced_by) or the ExchangeError it raised."""
        items: list[Canceled | ExchangeError] = []
        with self._announcer.transaction():
            for order_id in order_ids:
                try:
                    items.append(self.cancel_order(user_id, order_id))
                except ExchangeError as error:
                    items.append(error)
        return items

    def expire_orders(self) -> list[Order]:
        """Cancel resting orders whose expiration_time has passed; returns them."""
        return self._expiry.expire()

    def _refuse(self, account: Account, order: Order, reason: str, now: float) -> OrderResult:
        """Record an order canceled before it could trade (e.g. reduce-only with nothing to reduce)."""
        self._register(account, order, None)
        order.status = "canceled"
        order.remaining_count = ZERO
        order.last_update_reason = reason
        self._matcher.retire(order)
        self._matcher.emit_order(order)
        return OrderResult(order, [], now)

    def _register(self, account: Account, order: Order, group: OrderGroup | None) -> None:
        self._expiry.watch(order)
        account.resting.setdefault((order.ticker, order.side), {})[order.order_id] = order
        account.orders[order.order_id] = order
        account.client_order_ids[order.client_order_id] = order.order_id
        self._ledger.orders[order.order_id] = order
        if group is not None:
            group.order_ids.append(order.order_id)

    def _resize_in_place(self, order: Order, target: Decimal, reason: str) -> None:
        delta = target - order.remaining_count
        order.remaining_count = target
        order.closing_claim = min(order.closing_claim, target)
        order.last_update_time = self._clock.now()
        order.last_update_reason = reason
        self._ledger.rereserve(self._ledger.accounts[order.user_id], order)
        self._matcher.emit_book_delta(order, delta)
        self._matcher.emit_order(order)
