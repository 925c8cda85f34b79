"""What makes an order acceptable, checked before a desk touches any state: a new order's side,
its terms (time in force, self-trade prevention, subaccount, shard, expiry, reduce-only,
post-only), its price on the market's grid, the market trading, and its order group open; an
amend or a decrease matching the order it changes. Both products' desks apply them."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Protocol

from ..rules import MAX_SUBACCOUNT, SELF_TRADE_PREVENTION, TIME_IN_FORCE
from ..wire import count_fp, dollars
from .book import BookSide
from .errors import ExchangeError
from .groups import GroupMember
from .inputs import parse_unix_seconds, to_decimal
from .objects import Market, OrderGroup

__all__ = [
    "ChangedOrder",
    "CountReader",
    "check_amend",
    "check_amended_total",
    "check_terms",
    "check_trading",
    "decrease_target",
    "open_group",
    "parse_side",
    "price_on_grid",
]


class ChangedOrder(Protocol):
    """What an amend or a decrease reads of the order it changes."""

    @property
    def order_id(self) -> str: ...
    @property
    def ticker(self) -> str: ...
    @property
    def side(self) -> str: ...
    @property
    def client_order_id(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def fill_count(self) -> Decimal: ...
    @property
    def remaining_count(self) -> Decimal: ...


class CountReader(Protocol):
    """Reads a contract count from a request (`inputs.parse_count` or a market's own rule)."""

    def __call__(self, value: object, what: str, *, allow_zero: bool = False) -> Decimal: ...


def parse_side(side: object) -> BookSide:
    if side == "bid":
        return "bid"
    if side == "ask":
        return "ask"
    raise ExchangeError(400, "invalid_order", f"side must be bid or ask, got {side!r}")


def check_terms(
    *,
    time_in_force: str,
    self_trade_prevention_type: str,
    subaccount: int,
    exchange_index: int | None,
    expiration_time: int | None,
    reduce_only: bool,
    post_only: bool,
    now: float,
    reduce_only_time_in_force: tuple[str, ...] = ("immediate_or_cancel",),
) -> int | None:
    """Refuse terms Kalshi refuses; returns the expiration time, read. A reduce-only order must
    have one of `reduce_only_time_in_force` (the margin exchange also takes fill_or_kill)."""
    if time_in_force not in TIME_IN_FORCE:
        raise ExchangeError(400, "invalid_order", f"unknown time_in_force {time_in_force!r}")
    if self_trade_prevention_type not in SELF_TRADE_PREVENTION:
        raise ExchangeError(
            400, "invalid_order", f"unknown self_trade_prevention_type {self_trade_prevention_type!r}"
        )
    if (
        isinstance(subaccount, bool)
        or not isinstance(subaccount, int)
        or not 0 <= subaccount <= MAX_SUBACCOUNT
    ):
        raise ExchangeError(400, "invalid_order", f"subaccount must be 0..{MAX_SUBACCOUNT}")
    if exchange_index is not None and exchange_index not in (-1, 0):
        raise ExchangeError(400, "invalid_order", f"no exchange shard {exchange_index}")
    if expiration_time is not None:
        expiration_time = parse_unix_seconds(expiration_time, "expiration_time")
        if time_in_force != "good_till_canceled":
            raise ExchangeError(
                400, "invalid_order", f"{time_in_force} orders cannot have an expiration_time"
            )
        if expiration_time <= now:
            raise ExchangeError(400, "invalid_order", "expiration_time is in the past")
    if reduce_only and time_in_force not in reduce_only_time_in_force:
        allowed = " or ".join(reduce_only_time_in_force)
        raise ExchangeError(400, "invalid_order", f"reduce_only orders must be {allowed}")
    if post_only and time_in_force != "good_till_canceled":
        raise ExchangeError(400, "invalid_order", "post_only orders must be good_till_canceled")
    return expiration_time


def price_on_grid(market: Market, value: object) -> Decimal:
    """`value` as a YES price on the market's price grid."""
    price = to_decimal(value, "price")
    if not market.on_grid(price):
        grid = ", ".join(
            f"{dollars(r.start)}-{dollars(r.end)} step {dollars(r.step)}" for r in market.price_ranges
        )
        raise ExchangeError(
            400, "invalid_order", f"price {value} is not on the price grid of {market.ticker} ({grid})"
        )
    return price


def check_trading(market: Market) -> None:
    """Refuse orders in a market that is not trading, saying why."""
    if market.status == "active":
        return
    if market.status == "inactive":
        raise ExchangeError(400, "trading_is_paused", f"trading in {market.ticker} is paused")
    if market.status == "initialized":
        raise ExchangeError(400, "market_not_open", f"market {market.ticker} is not open yet")
    raise ExchangeError(400, "market_closed", f"market {market.ticker} is {market.status}")


def open_group(account: GroupMember, order_group_id: str | None) -> OrderGroup | None:
    """The account's order group a new order joins, refused when unknown or triggered."""
    if order_group_id is None:
        return None
    group = account.order_groups.get(order_group_id)
    if group is None:
        raise ExchangeError(404, "not_found", f"no order group {order_group_id}")
    if group.is_triggered:
        raise ExchangeError(
            400, "order_group_limit_reached", f"order group {order_group_id} is triggered; reset it first"
        )
    return group


def _check_resting(order: ChangedOrder) -> None:
    if order.status != "resting":
        raise ExchangeError(400, "invalid_order", f"order {order.order_id} is {order.status}, not resting")


def check_amend(order: ChangedOrder, *, ticker: str, side: str, client_order_id: str | None) -> None:
    """Refuse an amend naming another market, side or client order id, or of an order no longer
    resting."""
    if ticker != order.ticker:
        raise ExchangeError(
            400, "order_ticker_mismatch", f"order {order.order_id} is on {order.ticker}, not {ticker}"
        )
    if side != order.side:
        raise ExchangeError(
            400, "order_side_mismatch", f"order {order.order_id} is a {order.side}, not {side}"
        )
    if client_order_id is not None and client_order_id != order.client_order_id:
        raise ExchangeError(
            400,
            "order_id_and_client_order_id_mismatch",
            f"order {order.order_id} has another client_order_id",
        )
    _check_resting(order)


def check_amended_total(
    order: ChangedOrder,
    total: Decimal,
    updated_client_order_id: str | None,
    client_order_ids: Mapping[str, str],
) -> None:
    """Refuse an amended total no larger than what already filled, or a new client order id that
    another order of the account holds."""
    if total <= order.fill_count:
        raise ExchangeError(
            400,
            "invalid_order_size",
            f"count {count_fp(total)} must exceed the {count_fp(order.fill_count)} already filled",
        )
    if (
        updated_client_order_id is not None
        and updated_client_order_id != order.client_order_id
        and updated_client_order_id in client_order_ids
    ):
        raise ExchangeError(
            409, "order_already_exists", f"client_order_id {updated_client_order_id} is already used"
        )


def decrease_target(
    order: ChangedOrder,
    reduce_by: object,
    reduce_to: object,
    count: CountReader,
) -> Decimal:
    """The resting size a decrease asks for (`reduce_by` or `reduce_to`, read with `count`),
    refused unless exactly one is given and it leaves fewer than now."""
    if (reduce_by is None) == (reduce_to is None):
        raise ExchangeError(400, "invalid_parameters", "give exactly one of reduce_by and reduce_to")
    _check_resting(order)
    if reduce_by is not None:
        target = order.remaining_count - count(reduce_by, "reduce_by")
    else:
        target = count(reduce_to, "reduce_to", allow_zero=True)
    if target >= order.remaining_count:
        raise ExchangeError(400, "invalid_order_size", "a decrease must leave fewer contracts than now")
    return target
