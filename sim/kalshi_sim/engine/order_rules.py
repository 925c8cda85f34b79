"""What makes a new order acceptable, checked before the desk touches any state: its side, its
terms (time in force, self-trade prevention, subaccount, shard, expiry, reduce-only, post-only),
its price on the market's grid, the market trading, and its order group open."""

from __future__ import annotations

from decimal import Decimal

from ..rules import MAX_SUBACCOUNT, SELF_TRADE_PREVENTION, TIME_IN_FORCE
from ..wire import dollars
from .book import BookSide
from .errors import ExchangeError
from .groups import GroupMember
from .inputs import parse_unix_seconds, to_decimal
from .objects import Market, OrderGroup

__all__ = ["check_terms", "check_trading", "open_group", "parse_side", "price_on_grid"]


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
