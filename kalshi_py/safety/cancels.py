"""Canceling everything that rests, and saying what was canceled: the one sequence behind
`DeadMan`, `kalshi deadman` and `kalshi panic`.

`cancel_resting_orders` lists the resting orders (of one subaccount, or of every one), triggers
the order group when one is given (which cancels its orders and refuses new ones until it is
reset), optionally sends Kalshi's cancel-all, then cancels whatever still rests in batches,
until nothing does or it has tried `rounds` times. What was canceled is what rested at some
point and rests no more at the end; `still_resting` is what could not be canceled.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..api.order_groups import trigger_order_group
from ..api.orders import batch_cancel_orders_v2, cancel_all_orders, get_orders
from ..client import Client
from ..errors import KalshiError
from ..models import BatchCancelOrdersV2RequestOrdersItem, Order
from ..pagination import paginate
from ..types import UNSET

__all__ = ["BATCH_SIZE", "Cancellation", "cancel_resting_orders"]

BATCH_SIZE = 20
"""Orders per batch cancel: within every tier's write bucket (a cancel costs 2 tokens)."""


@dataclass
class Cancellation:
    """What `cancel_resting_orders` did."""

    canceled: list[Order] = field(default_factory=list)
    """The orders that rested and rest no more, as they were last seen resting."""
    still_resting: list[Order] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    """Calls that failed on the way (the sequence goes on after each)."""
    unknown: bool = False
    """The last listing failed: `still_resting` holds every order seen resting, which may or may
    not still rest."""

    @property
    def complete(self) -> bool:
        """Whether nothing rests any more."""
        return not self.still_resting and not self.unknown

    def order_ids(self) -> list[str]:
        return [o.order_id for o in self.canceled if isinstance(o.order_id, str)]


def _resting(client: Client, subaccount: int | None, errors: list[str]) -> dict[str, Order] | None:
    args: dict[str, Any] = {"status": "resting"}
    if subaccount is not None:
        args["subaccount"] = subaccount
    try:
        orders = list(paginate(get_orders, client=client, **args))
    except KalshiError as exc:
        errors.append(f"listing the resting orders failed: {exc}")
        return None
    return {o.order_id: o for o in orders if isinstance(o.order_id, str) and o.status == "resting"}


def _cancel_batches(client: Client, orders: Iterable[Order], errors: list[str]) -> None:
    items = [
        BatchCancelOrdersV2RequestOrdersItem(
            order_id=o.order_id,  # type: ignore[arg-type]
            subaccount=o.subaccount_number if isinstance(o.subaccount_number, int) else UNSET,
        )
        for o in orders
    ]
    for start in range(0, len(items), BATCH_SIZE):
        try:
            batch_cancel_orders_v2.sync(client=client, orders=items[start : start + BATCH_SIZE])
        except KalshiError as exc:
            errors.append(f"batch cancel of {len(items[start : start + BATCH_SIZE])} orders failed: {exc}")


def cancel_resting_orders(
    client: Client,
    *,
    subaccount: int | None = None,
    order_group_id: str | None = None,
    cancel_all: bool = False,
    rounds: int = 3,
) -> Cancellation:
    """Cancel every resting order of `subaccount` (None: of every subaccount), the order group
    `order_group_id` first; with `cancel_all`, Kalshi's cancel-all too (which may also cancel
    orders placed in the minute after it). Never raises for a failed call: see `errors`."""
    result = Cancellation()
    seen: dict[str, Order] = dict(_resting(client, subaccount, result.errors) or {})
    if order_group_id is not None:
        try:
            trigger_order_group.sync(
                client=client,
                order_group_id=order_group_id,
                subaccount=subaccount if subaccount is not None else UNSET,
            )
        except KalshiError as exc:
            result.errors.append(f"triggering order group {order_group_id} failed: {exc}")
    if cancel_all:
        try:
            cancel_all_orders.sync(client=client, subaccount=subaccount if subaccount is not None else UNSET)
        except KalshiError as exc:
            result.errors.append(f"cancel-all failed: {exc}")
    left: dict[str, Order] | None = None
    for _ in range(max(rounds, 1)):
        left = _resting(client, subaccount, result.errors)
        if left is None:
            break
        seen.update(left)
        if not left:
            break
        _cancel_batches(client, left.values(), result.errors)
        left = None
    if left is None:
        left = _resting(client, subaccount, result.errors)
    if left is None:
        result.unknown = True
        result.still_resting = list(seen.values())
        return result
    result.canceled = [o for order_id, o in seen.items() if order_id not in left]
    result.still_resting = list(left.values())
    return result
