"""What a reconnect lost on the `fill` and `user_orders` channels, fetched over REST.

Those channels carry no `seq`, so messages the server sent while the connection was down are gone
without a trace. Given a REST client, `KalshiWebSocket` closes that hole after every reconnect:

- It holds back the channels' live messages from the moment the connection is lost.
- Once the subscriptions are replayed it fetches `GET /portfolio/fills` and `GET /portfolio/orders`
  from shortly before the connection was lost (the server's `sending_ts_ms` of the last message
  received, less `margin` seconds), and delivers, as ordinary `Fill` and `UserOrder` messages:
  - every fill not delivered before (fills are keyed by `trade_id` and `order_id`), oldest first;
  - the current state of every order that may have changed meanwhile (created since, resting now,
    or last seen resting) when it differs from the state last delivered and no live message about
    that order arrived since the reconnect (a live message carries the newer whole state).
- Then it releases the held messages, dropping fills already delivered by the backfill, and
  emits a `backfilled` status per channel (`backfilled` = how many messages came from REST).

So the consumer receives each fill exactly once, and the last `user_order` state it holds for an
order is the exchange's. A `user_order` fetched over REST collapses the states the order went
through while the connection was down into its current one. A REST failure is reported as a
`backfill_failed` status rather than passing silently.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from ..api.orders import get_order, get_orders
from ..api.portfolio import get_fills
from ..client import Client
from ..types import Unset
from .messages import Fill, FillMsg, UserOrder, UserOrderMsg

__all__ = [
    "BackfillRequest",
    "Delivered",
    "fetch",
    "fetch_sync",
    "fill_key",
    "fill_message",
    "order_message",
    "order_state",
]

FILL_CHANNEL = "fill"
ORDERS_CHANNEL = "user_orders"
MAX_REMEMBERED = 100_000
"""How many fill keys and order states are remembered for de-duplication."""


def fill_key(msg: FillMsg) -> tuple[str, str]:
    """What identifies one fill: its trade and the order that traded."""
    return (msg.trade_id, msg.order_id)


def order_state(msg: UserOrderMsg) -> tuple[str, Decimal, Decimal, Decimal, Decimal]:
    """The parts of an order's state a consumer acts on."""
    return (
        msg.status,
        msg.yes_price_dollars,
        msg.fill_count_fp,
        msg.remaining_count_fp,
        msg.initial_count_fp,
    )


def _value(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _ms(value: Any) -> int | None:
    value = _value(value)
    return int(value.timestamp() * 1000) if isinstance(value, datetime) else None


def fill_message(fill: Any, sid: int | None) -> Fill:
    """A REST `Fill` as the `fill` channel's message."""
    trade_id = _value(fill.trade_id) or _value(fill.fill_id)
    created_ms = _ms(fill.created_time)
    msg = FillMsg(
        trade_id=str(trade_id),
        order_id=str(fill.order_id),
        market_ticker=str(_value(fill.market_ticker) or _value(fill.ticker)),
        yes_price_dollars=fill.yes_price_dollars,
        count_fp=fill.count_fp,
        fee_cost=_value(fill.fee_cost),
        exchange_index=_value(fill.exchange_index),
        is_taker=_value(fill.is_taker),
        side=_value(fill.side),
        action=_value(fill.action),
        outcome_side=_value(fill.outcome_side),
        book_side=_value(fill.book_side),
        subaccount=_value(fill.subaccount_number),
        ts=_value(fill.ts),
        ts_ms=created_ms,
    )
    return Fill(sid=sid, msg=msg)


_ORDER_FIELDS = (
    "user_id",
    "exchange_index",
    "side",
    "outcome_side",
    "book_side",
    "taker_fill_cost_dollars",
    "maker_fill_cost_dollars",
    "taker_fees_dollars",
    "maker_fees_dollars",
    "client_order_id",
    "order_group_id",
    "self_trade_prevention_type",
    "created_time",
    "last_update_time",
    "expiration_time",
    "subaccount_number",
)


def order_message(order: Any, sid: int | None) -> UserOrder:
    """A REST `Order` as the `user_orders` channel's message."""
    extra = {name: _value(getattr(order, name)) for name in _ORDER_FIELDS}
    msg = UserOrderMsg(
        order_id=str(order.order_id),
        ticker=str(order.ticker),
        status=str(order.status),
        yes_price_dollars=order.yes_price_dollars,
        fill_count_fp=order.fill_count_fp,
        remaining_count_fp=order.remaining_count_fp,
        initial_count_fp=order.initial_count_fp,
        created_ts_ms=_ms(order.created_time),
        last_updated_ts_ms=_ms(order.last_update_time),
        expiration_ts_ms=_ms(order.expiration_time),
        **extra,
    )
    return UserOrder(sid=sid, msg=msg)


class Delivered:
    """What the consumer received on `fill` and `user_orders`: the keys of the fills and the last
    state of each order (the latest 100,000 of each)."""

    def __init__(self) -> None:
        self._fills: collections.OrderedDict[tuple[str, str], None] = collections.OrderedDict()
        self._orders: collections.OrderedDict[str, UserOrderMsg] = collections.OrderedDict()

    def fill_is_new(self, msg: FillMsg) -> bool:
        """Remember `msg`; False if this fill was delivered already."""
        key = fill_key(msg)
        if key in self._fills:
            return False
        self._fills[key] = None
        if len(self._fills) > MAX_REMEMBERED:
            self._fills.popitem(last=False)
        return True

    def note_order(self, msg: UserOrderMsg) -> None:
        """Remember the order state just delivered."""
        self._orders[msg.order_id] = msg
        self._orders.move_to_end(msg.order_id)
        if len(self._orders) > MAX_REMEMBERED:
            self._orders.popitem(last=False)

    def order_changed(self, msg: UserOrderMsg) -> bool:
        """Whether `msg` differs from the state last delivered for its order."""
        last = self._orders.get(msg.order_id)
        return last is None or order_state(last) != order_state(msg)

    def resting_orders(self) -> tuple[str, ...]:
        return tuple(order_id for order_id, msg in self._orders.items() if msg.status == "resting")


@dataclass(frozen=True)
class BackfillRequest:
    """What to fetch after outage number `outage`: fills since `since_s` (Unix seconds) on
    `fill_tickers`, and the orders that may have changed since then on `order_tickers` (None:
    every market); `fills`/`orders` say whether the channel is subscribed at all."""

    outage: int
    since_s: int
    fills: bool
    fill_tickers: tuple[str, ...] | None
    orders: bool
    order_tickers: tuple[str, ...] | None
    resting_order_ids: tuple[str, ...]

    def select_fills(self, fills: Iterable[Any]) -> list[Any]:
        """The REST fills on the wanted markets, oldest first."""
        wanted = set(self.fill_tickers) if self.fill_tickers is not None else None
        found = [
            fill
            for fill in fills
            if wanted is None or (_value(fill.market_ticker) or _value(fill.ticker)) in wanted
        ]
        found.sort(key=lambda f: (_ms(f.created_time) or 0, _value(f.ts) or 0))
        return found

    def select_orders(self, orders: dict[str, Any]) -> list[Any]:
        """The REST orders (by id) on the wanted markets."""
        wanted = set(self.order_tickers) if self.order_tickers is not None else None
        return [
            order
            for order in orders.values()
            if not isinstance(order, Unset) and (wanted is None or order.ticker in wanted)
        ]


async def fetch(rest: Client, request: BackfillRequest) -> tuple[list[Any], list[Any]]:
    """The missed fills and the current state of the orders that may have changed, over REST
    with the asyncio client."""
    fills: list[Any] = []
    orders: dict[str, Any] = {}
    if request.fills:
        fills = [fill async for fill in get_fills.paginate(client=rest, min_ts=request.since_s)]
    if request.orders:
        for listing in (
            get_orders.paginate(client=rest, min_ts=request.since_s),
            get_orders.paginate(client=rest, status="resting"),
        ):
            async for order in listing:
                orders[str(order.order_id)] = order
        for order_id in request.resting_order_ids:
            if order_id not in orders:
                orders[order_id] = (await get_order.asyncio(client=rest, order_id=order_id)).order
    return request.select_fills(fills), request.select_orders(orders)


def fetch_sync(rest: Client, request: BackfillRequest) -> tuple[list[Any], list[Any]]:
    """`fetch` with the blocking client."""
    fills: list[Any] = []
    orders: dict[str, Any] = {}
    if request.fills:
        fills = list(get_fills.paginate(client=rest, min_ts=request.since_s))
    if request.orders:
        for listing in (
            get_orders.paginate(client=rest, min_ts=request.since_s),
            get_orders.paginate(client=rest, status="resting"),
        ):
            for order in listing:
                orders[str(order.order_id)] = order
        for order_id in request.resting_order_ids:
            if order_id not in orders:
                orders[order_id] = get_order.sync(client=rest, order_id=order_id).order
    return request.select_fills(fills), request.select_orders(orders)
