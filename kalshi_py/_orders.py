"""Exactly-once order writes: ids chosen once, and every write whose answer was lost settled.

The generator gives each order write of the API its recovery here, with the lookup operation it
settles by (`OrderCreate(lookup=get_orders.OPERATION)`, ...). A recovery:

- **prepares** the body sent on every attempt: each order created carries a `client_order_id`,
  generated once, before the first attempt, when the caller gives none;
- says whether the write is **safe to retry** after an ambiguous failure: creates (by their
  `client_order_id`), cancels, amends and decreases to an absolute size are; a decrease by a
  relative amount (`reduce_by`) is not;
- **settles** the call once its attempts are over. When any attempt may have been applied without
  its answer reaching us (lost answer, dropped connection, timeout, 5xx), whatever the later
  attempts got (5xx, 429, 404, 409, a timeout, the deadline), the order is looked up: by
  `client_order_id` for creates, by `order_id` for the others. The call then answers with what
  the exchange holds, built in the shape of the operation's own answer, or raises
  `OrderStateUnknown` carrying the ids to look up later. A 409 for a create's own
  `client_order_id` resolves to the order already placed when it matches the request.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import msgspec

from .errors import OrderStateUnknown, error_for_response
from .types import UNSET

if TYPE_CHECKING:
    from ._operation import Operation
    from ._outcome import Outcome
    from ._pipeline import Flow, Settlement

__all__ = [
    "OrderAmend",
    "OrderBatchCancel",
    "OrderBatchCreate",
    "OrderCancel",
    "OrderCreate",
    "OrderDecrease",
]

logger = logging.getLogger("kalshi_py")

LOOKUP_WINDOW_S = 300
DUPLICATE_ORDER_CODE = "order_already_exists"


def _given(value: Any) -> bool:
    return value is not UNSET and value is not None and value != ""


def _ok(settlement: Settlement) -> bool:
    response = settlement.attempts.response
    return response is not None and 200 <= response.status_code < 300


def _status(settlement: Settlement) -> int | None:
    response = settlement.attempts.response
    return response.status_code if response is not None else None


def _unknown(settlement: Settlement, what: str, **ids: Any) -> OrderStateUnknown:
    attempts = settlement.attempts
    response = attempts.response
    if response is not None:
        cause: BaseException | None = error_for_response(response)
        seen = f"HTTP {response.status_code}"
    else:
        cause = attempts.last if isinstance(attempts.last, BaseException) else None
        seen = type(attempts.last).__name__
    op = settlement.call.op
    return OrderStateUnknown(
        f"{op.operation_id}: sent {attempts.count} time(s), an answer was lost and the last attempt got "
        f"{seen}; {what}",
        cause=cause,
        **ids,
    )


def _answer(settlement: Settlement, fields: dict[str, Any]) -> Outcome[Any]:
    """An answer in the shape of the operation's own, from what the exchange holds."""
    model = msgspec.convert(fields, settlement.call.op.response, strict=False)
    return settlement.answer(model)


def _order_of(found: Any) -> Any:
    """The order of a GetOrder answer, or None."""
    order = getattr(found, "order", None) if found is not None else None
    return order if order is not None and order is not UNSET else None


def _now_ms() -> int:
    return int(time.time() * 1000)


class _Recovery:
    """The common part: the lookup operation, a body sent as given, safe to retry."""

    def __init__(self, lookup: Operation[Any]) -> None:
        self.lookup = lookup

    def prepare(self, body: Any) -> Any:
        return body

    def retry_safe(self, body: Any) -> bool:
        return True


# -- creates ----------------------------------------------------------------------------------------


def _with_client_order_id(order: Any) -> Any:
    if _given(getattr(order, "client_order_id", UNSET)):
        return order
    return msgspec.structs.replace(order, client_order_id=str(uuid.uuid4()))


def _matches(request: Any, order: Any) -> bool:
    return bool(
        order.ticker == request.ticker
        and order.book_side == request.side
        and Decimal(order.yes_price_dollars) == Decimal(str(request.price))
    )


def _created(order: Any) -> dict[str, Any]:
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "fill_count": order.fill_count_fp,
        "remaining_count": order.remaining_count_fp,
    }


def _find_orders(
    settlement: Settlement, lookup: Operation[Any], orders: Iterable[Any]
) -> Flow[dict[str, Any]]:
    """Orders on the exchange carrying the `client_order_id`s of `orders`, by client_order_id."""
    orders = list(orders)
    wanted = {order.client_order_id for order in orders}
    found: dict[str, Any] = {}
    for ticker in sorted({order.ticker for order in orders}):
        cursor: str | None = None
        while True:
            args = {"ticker": ticker, "limit": 1000, "min_ts": int(time.time()) - LOOKUP_WINDOW_S}
            page = yield from settlement.lookup(lookup, {**args, "cursor": cursor} if cursor else args)
            if page is None:
                break
            for order in page.orders or ():
                if order.client_order_id in wanted:
                    found[order.client_order_id] = order
            cursor = page.cursor or None
            if not cursor or wanted <= found.keys():
                break
    return found


class OrderCreate(_Recovery):
    """`CreateOrderV2`: settled by looking the order up by `client_order_id` with `lookup` (GetOrders)."""

    def prepare(self, body: Any) -> Any:
        return _with_client_order_id(body)

    def settle(self, settlement: Settlement) -> Flow[Outcome[Any]]:
        if _ok(settlement) or not (settlement.attempts.ambiguous or _status(settlement) == 409):
            return settlement.finish()
        body = settlement.call.body
        found = yield from _find_orders(settlement, self.lookup, [body])
        order = found.get(body.client_order_id)
        if order is not None and _matches(body, order):
            logger.info(
                "order with client_order_id %s is on the exchange; answering with it", body.client_order_id
            )
            return _answer(settlement, {**_created(order), "ts_ms": _now_ms()})
        if not settlement.attempts.ambiguous:
            return settlement.finish()
        raise _unknown(
            settlement,
            f"no order with client_order_id {body.client_order_id} is on the exchange yet; "
            "it may still appear",
            client_order_id=body.client_order_id,
        )


class OrderBatchCreate(_Recovery):
    """`BatchCreateOrdersV2`: each order settled on its own by `client_order_id` (GetOrders)."""

    def prepare(self, body: Any) -> Any:
        return msgspec.structs.replace(body, orders=[_with_client_order_id(o) for o in body.orders])

    def settle(self, settlement: Settlement) -> Flow[Outcome[Any]]:
        attempts = settlement.attempts
        if _ok(settlement):
            outcome = settlement.finish()
            if attempts.ambiguous and outcome.parsed_ok:
                outcome = yield from self._replace_duplicates(settlement, outcome)
            return outcome
        if not attempts.ambiguous:
            return settlement.finish()
        orders = settlement.call.body.orders
        found = yield from _find_orders(settlement, self.lookup, orders)
        missing = tuple(o.client_order_id for o in orders if o.client_order_id not in found)
        if not missing:
            return _answer(settlement, {"orders": [_created(found[o.client_order_id]) for o in orders]})
        placed = ", ".join(f"{cid} -> {found[cid].order_id}" for cid in found) or "none"
        raise _unknown(
            settlement,
            f"{len(missing)} of {len(orders)} orders are not on the exchange yet (found: {placed})",
            client_order_id=missing[0],
            client_order_ids=missing,
        )

    def _replace_duplicates(self, settlement: Settlement, outcome: Outcome[Any]) -> Flow[Outcome[Any]]:
        """Items refused as duplicates of their own `client_order_id` after an earlier attempt may
        have gone through are the orders that attempt placed: answer with those."""
        page: Any = outcome.response.parsed
        duplicates = {
            item.client_order_id
            for item in page.orders
            if getattr(item.error, "code", None) == DUPLICATE_ORDER_CODE and item.client_order_id
        }
        if not duplicates:
            return outcome
        sent = [o for o in settlement.call.body.orders if o.client_order_id in duplicates]
        found = yield from _find_orders(settlement, self.lookup, sent)
        items = [
            msgspec.convert(_created(found[item.client_order_id]), type(item), strict=False)
            if item.client_order_id in duplicates and item.client_order_id in found
            else item
            for item in page.orders
        ]
        logger.info("batch create: %d order(s) were placed by an earlier attempt", len(found))
        return settlement.answer(msgspec.structs.replace(page, orders=items))


# -- writes on one existing order ---------------------------------------------------------------------


class _OrderWrite(_Recovery):
    """A write on one order (`order_id` in its path), settled by reading the order back with
    `lookup` (GetOrder) and asking `applied` whether the exchange shows the write done."""

    def applied(self, body: Any, order: Any) -> dict[str, Any] | None:
        """The answer's fields when `order` shows the write done, else None."""
        raise NotImplementedError

    def settle(self, settlement: Settlement) -> Flow[Outcome[Any]]:
        if _ok(settlement) or not settlement.attempts.ambiguous:
            return settlement.finish()
        order_id = settlement.call.path_args["order_id"]
        if not self.retry_safe(settlement.call.body):
            raise _unknown(settlement, "a relative decrease cannot be checked afterwards", order_id=order_id)
        order = _order_of((yield from settlement.lookup(self.lookup, {"order_id": order_id})))
        if order is None:
            raise _unknown(settlement, f"order {order_id} could not be read back", order_id=order_id)
        fields = self.applied(settlement.call.body, order)
        if fields is None:
            return settlement.finish()  # the exchange shows the write not done: the last error stands
        logger.info(
            "%s on order %s was applied by an earlier attempt", settlement.call.op.operation_id, order_id
        )
        return _answer(
            settlement, {"order_id": order.order_id, "client_order_id": order.client_order_id, **fields}
        )


class OrderCancel(_OrderWrite):
    """`CancelOrderV2`: done when the order reads back canceled."""

    def applied(self, body: Any, order: Any) -> dict[str, Any] | None:
        if order.status != "canceled":
            return None
        reduced = Decimal(order.initial_count_fp) - Decimal(order.fill_count_fp)
        return {"reduced_by": reduced, "ts_ms": _now_ms()}


class OrderAmend(_OrderWrite):
    """`AmendOrderV2`: done when the order reads back at the new price and total count."""

    def applied(self, body: Any, order: Any) -> dict[str, Any] | None:
        total = Decimal(order.fill_count_fp) + Decimal(order.remaining_count_fp)
        if Decimal(order.yes_price_dollars) != Decimal(str(body.price)) or total != Decimal(str(body.count)):
            return None
        if _given(body.updated_client_order_id) and order.client_order_id != body.updated_client_order_id:
            return None
        return {"remaining_count": order.remaining_count_fp, "ts_ms": _now_ms()}


class OrderDecrease(_OrderWrite):
    """`DecreaseOrderV2`: a decrease to an absolute size (`reduce_to`) is done when the order
    reads back at or below it; one by a relative amount (`reduce_by`) is never retried."""

    def retry_safe(self, body: Any) -> bool:
        return body is None or not _given(getattr(body, "reduce_by", UNSET))

    def applied(self, body: Any, order: Any) -> dict[str, Any] | None:
        if not _given(body.reduce_to) or Decimal(order.remaining_count_fp) > Decimal(str(body.reduce_to)):
            return None
        return {"remaining_count": order.remaining_count_fp, "ts_ms": _now_ms()}


class OrderBatchCancel(_Recovery):
    """`BatchCancelOrdersV2`: each order settled by reading it back (GetOrder)."""

    def settle(self, settlement: Settlement) -> Flow[Outcome[Any]]:
        if _ok(settlement) or not settlement.attempts.ambiguous:
            return settlement.finish()
        items, unsettled = [], []
        for target in settlement.call.body.orders:
            order = _order_of((yield from settlement.lookup(self.lookup, {"order_id": target.order_id})))
            if order is None or order.status != "canceled":
                unsettled.append(target.order_id)
                continue
            reduced = Decimal(order.initial_count_fp) - Decimal(order.fill_count_fp)
            items.append(
                {"order_id": order.order_id, "client_order_id": order.client_order_id, "reduced_by": reduced}
            )
        if unsettled:
            raise _unknown(
                settlement,
                f"{len(unsettled)} order(s) do not read back canceled: {', '.join(unsettled)}",
                order_id=unsettled[0],
            )
        return _answer(settlement, {"orders": items})
