"""The order desk, the same for both products: placing, canceling, decreasing and amending orders,
and batches.

Each call runs inside the exchange's upkeep (expiry first; for Perps also due funding first and
the margin check last) and checks everything it can before it touches state: the order's terms
(`order_rules.py`), its price, count and money as its product reads them (`product.py`). It then
hands the order to the matcher (`matcher.py`) and counts its fills against order groups
(`groups.py`). A batch answers, per entry, its result or the `ExchangeError` it met.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from decimal import Decimal
from typing import Any, Generic, Protocol

from .clock import Clock
from .errors import ExchangeError
from .expiry import Expiry
from .groups import OrderGroups
from .inputs import parse_unix_seconds
from .matcher import Matcher
from .objects import OrderGroup
from .order_rules import (
    check_amend,
    check_amended_total,
    check_terms,
    decrease_target,
    open_group,
    parse_side,
)
from .product import EventT, FillT, MarketT, OrderT, Product, ResultT, TradeT

__all__ = ["DeskAccount", "DeskLedger", "OrderDesk"]

ZERO = Decimal(0)


class DeskAccount(Protocol[OrderT]):
    """What the desk keeps on a member: its orders, by id and by client order id, and its groups."""

    orders: dict[str, OrderT]
    client_order_ids: dict[str, str]
    order_groups: dict[str, OrderGroup]


class DeskLedger(Protocol[OrderT]):
    """The members and every order by id."""

    orders: dict[str, OrderT]

    def account(self, user_id: str) -> DeskAccount[OrderT]: ...
    def own_order(self, user_id: str, order_id: str) -> OrderT: ...


class OrderDesk(Generic[OrderT, FillT, MarketT, TradeT, ResultT, EventT]):
    """Order entry, cancel, decrease, amend and batches."""

    def __init__(
        self,
        clock: Clock,
        *,
        upkeep: Callable[[], AbstractContextManager[None]],
        product: Product[OrderT, FillT, MarketT, TradeT, ResultT, EventT],
        ledger: DeskLedger[OrderT],
        matcher: Matcher[OrderT, FillT, MarketT, TradeT, ResultT, EventT],
        groups: OrderGroups[OrderT],
        expiry: Expiry[OrderT],
    ) -> None:
        self._clock = clock
        self._upkeep = upkeep
        self._product = product
        self._ledger = ledger
        self._matcher = matcher
        self._groups = groups
        self._expiry = expiry

    def _trade(self, market: MarketT, order: OrderT, now: float, *, rest: bool) -> ResultT:
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
    ) -> ResultT:
        """Place an order and match it. Raises ExchangeError for anything the exchange refuses."""
        with self._upkeep():
            account = self._ledger.account(user_id)
            market = self._product.market(ticker)
            book_side = parse_side(side)
            quantity = self._product.count(market, count)
            limit = self._product.price(market, price)
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
                reduce_only_time_in_force=self._product.reduce_only_time_in_force,
            )
            self._product.check_subaccount(user_id, subaccount)
            if client_order_id is not None and client_order_id in account.client_order_ids:
                raise ExchangeError(
                    409, "order_already_exists", f"client_order_id {client_order_id} is already used"
                )
            group = open_group(account, order_group_id)
            self._product.check_trading(market)

            order = self._product.order_type(
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
            refusal = self._product.admit(order)
            if refusal is not None:
                return self._refuse(account, order, refusal, now)
            self._register(account, order, group)
            self._product.reserve(order)

            if post_only and market.book.crosses(order):
                self._matcher.cancel(order, "PostOnlyCrossCancel")
                self._matcher.emit_order(order)
                return self._product.result_type(order, [], now)
            if time_in_force == "fill_or_kill" and market.book.fillable(order) < order.remaining_count:
                self._matcher.cancel(order, None)
                self._matcher.emit_order(order)
                return self._product.result_type(order, [], now)

            return self._trade(market, order, now, rest=time_in_force == "good_till_canceled")

    def place_system_order(self, order: OrderT) -> ResultT:
        """Keep and trade an order the exchange built itself (a liquidation's), sized and checked
        by its maker, inside the call that is running: kept like every order, then matched as of
        its `created_time`; it rests only when good till canceled."""
        market = self._product.market(order.ticker)
        self._register(self._ledger.account(order.user_id), order, None)
        self._product.reserve(order)
        return self._trade(
            market, order, order.created_time, rest=order.time_in_force == "good_till_canceled"
        )

    def _own_order(self, user_id: str, order_id: str, subaccount: int | None) -> OrderT:
        order = self._ledger.own_order(user_id, order_id)
        if subaccount is not None:
            self._product.check_subaccount(user_id, subaccount)
        if subaccount is not None and order.subaccount != subaccount:
            raise ExchangeError(404, "not_found", f"no order {order_id} in subaccount {subaccount}")
        return order

    def cancel_order(
        self, user_id: str, order_id: str, *, subaccount: int | None = None
    ) -> tuple[OrderT, Decimal]:
        """Cancel a resting order; returns it and how many contracts were canceled."""
        with self._upkeep():
            order = self._own_order(user_id, order_id, subaccount)
            if not order.is_resting:
                raise ExchangeError(404, "not_found", f"order {order_id} is {order.status}, not resting")
            return order, self._matcher.cancel(order, None)

    def decrease_order(
        self,
        user_id: str,
        order_id: str,
        *,
        reduce_by: Decimal | str | None = None,
        reduce_to: Decimal | str | None = None,
        subaccount: int | None = None,
    ) -> OrderT:
        """Shrink a resting order by `reduce_by` or to `reduce_to` contracts, keeping its place."""
        with self._upkeep():
            order = self._own_order(user_id, order_id, subaccount)
            market = self._product.market(order.ticker)

            def count(value: object, what: str, *, allow_zero: bool = False) -> Decimal:
                return self._product.count(market, value, what, allow_zero=allow_zero)

            target = decrease_target(order, reduce_by, reduce_to, count)
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
        subaccount: int | None = None,
    ) -> ResultT:
        """Change a resting order's price and/or size. `count` is the new total fillable (filled
        plus wanted resting). A lower count at the same price keeps the queue place; anything
        else re-queues the order, which may then trade."""
        with self._upkeep():
            order = self._own_order(user_id, order_id, subaccount)
            account = self._ledger.account(user_id)
            check_amend(order, ticker=ticker, side=side, client_order_id=client_order_id)
            market = self._product.market(ticker)
            self._product.check_trading(market)
            new_price = self._product.price(market, price)
            total = self._product.count(market, count)
            check_amended_total(order, total, updated_client_order_id, account.client_order_ids)
            now = self._clock.now()
            new_expiry = _amended_expiry(order.expiration_time, expiration_time, now)
            remaining = total - order.fill_count
            requeue = new_price != order.price or remaining > order.remaining_count
            trial = copy.copy(order)
            if requeue:  # check the money before touching anything
                trial.price = new_price
                trial.remaining_count = remaining
                self._product.check_replacement(order, trial)
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
                return self._product.result_type(order, [], now)
            order.last_update_time = now
            order.last_update_reason = "Amend"
            market.book.remove(order)
            self._matcher.emit_book_delta(order, -order.remaining_count, now)
            order.priority = self._clock.next_priority()
            order.price = new_price
            order.remaining_count = remaining
            self._product.requeued(order, trial)
            return self._trade(market, order, now, rest=True)

    def cancel_all_orders(
        self, user_id: str, *, ticker: str | None = None, subaccount: int | None = None
    ) -> list[tuple[OrderT, Decimal]]:
        """Cancel every resting order of a member (optionally of one market or subaccount)."""
        with self._upkeep():
            account = self._ledger.account(user_id)
            if subaccount is not None:
                self._product.check_subaccount(user_id, subaccount)
            canceled: list[tuple[OrderT, Decimal]] = []
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
    ) -> list[ResultT | ExchangeError]:
        """Create several orders; each entry is the result or the ExchangeError it raised."""
        items: list[ResultT | ExchangeError] = []
        with self._upkeep():
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

    def batch_cancel(
        self, user_id: str, order_ids: Iterable[str]
    ) -> list[tuple[OrderT, Decimal] | ExchangeError]:
        """Cancel several orders; each entry is (order, reduced_by) or the ExchangeError it raised."""
        items: list[tuple[OrderT, Decimal] | ExchangeError] = []
        with self._upkeep():
            for order_id in order_ids:
                try:
                    items.append(self.cancel_order(user_id, order_id))
                except ExchangeError as error:
                    items.append(error)
        return items

    def _refuse(self, account: DeskAccount[OrderT], order: OrderT, reason: str, now: float) -> ResultT:
        """Record an order canceled before it could trade (e.g. reduce-only with nothing to reduce)."""
        self._register(account, order, None)
        order.status = "canceled"
        order.remaining_count = ZERO
        order.last_update_reason = reason
        self._matcher.retire(order)
        self._matcher.emit_order(order)
        return self._product.result_type(order, [], now)

    def _register(self, account: DeskAccount[OrderT], order: OrderT, group: OrderGroup | None) -> None:
        self._expiry.watch(order)
        self._product.track(order)
        account.orders[order.order_id] = order
        account.client_order_ids[order.client_order_id] = order.order_id
        self._ledger.orders[order.order_id] = order
        if group is not None:
            group.order_ids.append(order.order_id)

    def _resize_in_place(self, order: OrderT, target: Decimal, reason: str) -> None:
        delta = target - order.remaining_count
        order.remaining_count = target
        order.last_update_time = self._clock.now()
        order.last_update_reason = reason
        self._product.reserve(order)
        self._matcher.emit_book_delta(order, delta)
        self._matcher.emit_order(order)


def _amended_expiry(current: int | None, requested: int | None, now: float) -> int | None:
    """The expiration time an amend leaves: unchanged when not given, none for 0."""
    if requested is None:
        return current
    requested = parse_unix_seconds(requested, "expiration_time")
    if requested == 0:
        return None
    if requested <= now:
        raise ExchangeError(400, "invalid_order", "expiration_time is in the past")
    return requested
