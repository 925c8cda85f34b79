"""Exactly-once margin order writes, on the machinery of `kalshi_py._orders`.

The generator gives each margin order write its recovery here, with the lookup it settles by
(`MarginOrderCreate(lookup=get_margin_orders.OPERATION)`, ...):

- a created order always carries a `client_order_id` (the margin API requires one), chosen once,
  before the first attempt, when the caller gives none; after a lost answer the order is looked
  up by it (`GET /margin/orders`, in the order's subaccount) and the call answers with the order
  on the exchange, or raises `OrderStateUnknown` carrying the id;
- a cancel, an amend and a decrease to an absolute size (`reduce_to`) are retried and settled by
  reading the order back (`GET /margin/orders/{order_id}`); a decrease by a relative amount
  (`reduce_by`) is never retried after a lost answer.

A margin order reads back without its initial size, so a cancel settled by reading the order back
answers without `reduced_by`.
"""

from __future__ import annotations

import logging
import time
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .._orders import (
    LOOKUP_WINDOW_S,
    _answer,
    _given,
    _ok,
    _OrderWrite,
    _Recovery,
    _status,
    _unknown,
    _with_client_order_id,
)
from ..types import UNSET

if TYPE_CHECKING:
    from .._outcome import Outcome
    from .._pipeline import Flow, Settlement

__all__ = ["MarginOrderAmend", "MarginOrderCancel", "MarginOrderCreate", "MarginOrderDecrease"]

logger = logging.getLogger("kalshi_py")

FILLED = "Trade"
"""The `last_update_reason` of an order whose last change was a fill."""


def _matches(request: Any, order: Any) -> bool:
    return bool(
        order.ticker == request.ticker
        and order.side == request.side
        and Decimal(order.price) == Decimal(str(request.price))
    )


def _find_order(settlement: Settlement, lookup: Any, request: Any) -> Flow[Any]:
    """The order on the exchange carrying `request`'s `client_order_id`, or None."""
    args: dict[str, Any] = {"ticker": request.ticker, "min_ts": int(time.time()) - LOOKUP_WINDOW_S}
    if _given(getattr(request, "subaccount", UNSET)):
        args["subaccount"] = request.subaccount
    cursor: str | None = None
    while True:
        page = yield from settlement.lookup(lookup, {**args, "cursor": cursor} if cursor else args)
        if page is None:
            return None
        for order in page.orders or ():
            if order.client_order_id == request.client_order_id:
                return order
        cursor = page.cursor or None
        if not cursor:
            return None


class MarginOrderCreate(_Recovery):
    """`CreateMarginOrder`: settled by looking the order up by `client_order_id` with `lookup`
    (GetMarginOrders)."""

    def prepare(self, body: Any) -> Any:
        return _with_client_order_id(body)

    def settle(self, settlement: Settlement) -> Flow[Outcome[Any]]:
        if _ok(settlement) or not (settlement.attempts.ambiguous or _status(settlement) == 409):
            return settlement.finish()
        body = settlement.call.body
        order = yield from _find_order(settlement, self.lookup, body)
        if order is not None and _matches(body, order):
            logger.info(
                "margin order with client_order_id %s is on the exchange; answering with it",
                body.client_order_id,
            )
            fields = {
                "order_id": order.order_id,
                "client_order_id": order.client_order_id,
                "fill_count": order.fill_count,
                "remaining_count": order.remaining_count,
            }
            return _answer(settlement, fields)
        if not settlement.attempts.ambiguous:
            return settlement.finish()
        raise _unknown(
            settlement,
            f"no margin order with client_order_id {body.client_order_id} is on the exchange yet; "
            "it may still appear",
            client_order_id=body.client_order_id,
        )


class MarginOrderCancel(_OrderWrite):
    """`CancelMarginOrder`: done when the order reads back with nothing left to cancel and its
    last change was not a fill."""

    def applied(self, body: Any, order: Any) -> dict[str, Any] | None:
        if Decimal(order.remaining_count) != 0 or order.last_update_reason == FILLED:
            return None
        return {}


class MarginOrderAmend(_OrderWrite):
    """`AmendMarginOrder`: done when the order reads back at the new price and total count."""

    def applied(self, body: Any, order: Any) -> dict[str, Any] | None:
        total = Decimal(order.fill_count) + Decimal(order.remaining_count)
        if Decimal(order.price) != Decimal(str(body.price)) or total != Decimal(str(body.count)):
            return None
        if _given(body.updated_client_order_id) and order.client_order_id != body.updated_client_order_id:
            return None
        return {"remaining_count": order.remaining_count, "fill_count": order.fill_count}


class MarginOrderDecrease(_OrderWrite):
    """`DecreaseMarginOrder`: a decrease to an absolute size (`reduce_to`) is done when the order
    reads back at or below it; one by a relative amount (`reduce_by`) is never retried."""

    def retry_safe(self, body: Any) -> bool:
        return body is None or not _given(getattr(body, "reduce_by", UNSET))

    def applied(self, body: Any, order: Any) -> dict[str, Any] | None:
        if not _given(body.reduce_to) or Decimal(order.remaining_count) > Decimal(str(body.reduce_to)):
            return None
        return {"remaining_count": order.remaining_count}
