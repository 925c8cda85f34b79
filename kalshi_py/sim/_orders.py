"""Orders of the local exchange: placing, canceling, decreasing and amending V2 orders, batches,
expiry and the queries on an account's orders.

Each call checks everything it can before it touches state, then hands the order to matching
(`_matching.py`). A batch answers one `BatchItem` per entry.
"""

from __future__ import annotations

import copy
import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ._book import BookSide
from ._core import ExchangeCore, ExchangeError, in_window, parse_count, parse_unix_seconds, to_decimal
from ._objects import (
    ZERO,
    Account,
    Market,
    Order,
    OrderGroup,
    OrderResult,
    count_fp,
    dollars,
)

__all__ = ["MAX_SUBACCOUNT", "SELF_TRADE_PREVENTION", "TIME_IN_FORCE", "BatchItem", "Orders"]


MAX_SUBACCOUNT = 63
TIME_IN_FORCE = ("good_till_canceled", "immediate_or_cancel", "fill_or_kill")
SELF_TRADE_PREVENTION = ("taker_at_cross", "maker")


@dataclass
class BatchItem:
    """One entry of a batch answer: a result or the error it met."""

    result: OrderResult | tuple[Order, Decimal] | None = None
    error: ExchangeError | None = None


class Orders(ExchangeCore):
    """Order entry, cancel, decrease, amend, batches, expiry and order queries."""

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
                expiration_time = parse_unix_seconds(expiration_time, "expiration_time")
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
                except TypeError as error:  # a missing or unknown field
                    # Python names the method after the class defining it; callers know it as Exchange's
                    named = f"{type(self).__name__}.create_order"
                    message = str(error).replace(Orders.create_order.__qualname__, named, 1)
                    items.append(BatchItem(error=ExchangeError(400, "invalid_parameters", message)))
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
            and in_window(o.created_time, min_ts, max_ts)
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

    def _refuse(self, account: Account, order: Order, reason: str, now: float) -> OrderResult:
        """Record an order canceled before it could trade (e.g. reduce-only with nothing to reduce)."""
        self._register(account, order, None)
        order.status = "canceled"
        order.remaining_count = ZERO
        order.last_update_reason = reason
        self._retire(order)
        self._emit_order(order)
        return OrderResult(order, [], now)

    def _register(self, account: Account, order: Order, group: OrderGroup | None) -> None:
        self._watch_expiry(order)
        account.resting.setdefault((order.ticker, order.side), {})[order.order_id] = order
        account.orders[order.order_id] = order
        account.client_order_ids[order.client_order_id] = order.order_id
        self._orders[order.order_id] = order
        if group is not None:
            group.order_ids.append(order.order_id)

    def _watch_expiry(self, order: Order) -> None:
        if order.expiration_time is not None:
            heapq.heappush(self._expiries, (order.expiration_time, order.priority, order.order_id))

    def _resize_in_place(self, order: Order, target: Decimal, reason: str) -> None:
        delta = target - order.remaining_count
        order.remaining_count = target
        order.closing_claim = min(order.closing_claim, target)
        order.last_update_time = self._now()
        order.last_update_reason = reason
        self._rereserve(self.accounts[order.user_id], order)
        self._emit_book_delta(order, delta)
        self._emit_order(order)

    def _resting_orders(self, ticker: str | None = None) -> list[Order]:
        return sorted(
            (o for o in self._orders.values() if o.is_resting and (ticker is None or o.ticker == ticker)),
            key=lambda o: o.priority,
        )
