"""Requests waiting for their answer, and what answers them.

A request is keyed by the ClOrdID it was sent with (orders, cancels, amends, mass cancels) or, for
messages without one (order group requests), waits in line for the next answer of its kind. Any
request is also failed by a Reject or BusinessMessageReject that names its MsgSeqNum or its id.

Every request sent, these and `FixClient.ask`'s, is awaited the one way `await_answer` does: a
timer settles it when its time is up, and a caller that stops waiting stops only the timer.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..errors import OrderStateUnknown
from . import messages as M
from ._message import Message
from .errors import (
    BusinessMessageRejected,
    CancelRejected,
    FixError,
    OrderRejected,
    SessionRejected,
)

__all__ = ["Pending", "Requests", "await_answer"]

T = TypeVar("T")

FINAL_FOR_ORDER = frozenset({"0", "1", "2", "4", "C", "F", "8"})
"""ExecTypes (and, with `1`/`2`, partial fills) that settle a NewOrderSingle."""


async def await_answer(
    future: asyncio.Future[T], timeout: float, expired: Callable[..., None], *args: Any
) -> T:
    """The answer `future` holds once settled. `expired(*args)` is called if it is still waiting
    after `timeout` seconds, and must settle it. A caller cancelled stops waiting (the future is
    cancelled, the timer too); whatever tracks the request is its owner's to keep or drop."""
    future.add_done_callback(lambda f: f.cancelled() or f.exception())  # read by the caller or nobody
    expiry = asyncio.get_running_loop().call_later(timeout, expired, *args)
    try:
        return await future
    finally:
        expiry.cancel()


@dataclass
class Pending:
    """A request sent and not answered yet."""

    kind: str  # "order", "cancel", "replace", "mass_cancel", "order_group"
    message: Message
    future: asyncio.Future[Any]
    msg_seq_num: int = 0
    key: str | None = None
    sent_on: int = 0
    """The connection (1, 2, ...) it was sent on."""
    extra: dict[str, Any] = field(default_factory=dict)


class Requests:
    """The requests of one session waiting for their answers."""

    def __init__(self) -> None:
        self.by_key: dict[str, Pending] = {}
        self.in_line: deque[Pending] = deque()

    def add(self, pending: Pending) -> None:
        if pending.key is not None:
            self.by_key[pending.key] = pending
        else:
            self.in_line.append(pending)

    def all(self) -> list[Pending]:
        return [*self.by_key.values(), *self.in_line]

    def settle(self, pending: Pending, result: Any = None, error: BaseException | None = None) -> None:
        if pending.key is not None:
            self.by_key.pop(pending.key, None)
        elif pending in self.in_line:
            self.in_line.remove(pending)
        if pending.future.done():
            return
        if error is not None:
            pending.future.set_exception(error)
        else:
            pending.future.set_result(result)

    # --- answers ----------------------------------------------------------------------------------

    def answer(self, message: Message) -> None:
        """Settle what `message` answers, if anything."""
        if isinstance(message, M.ExecutionReport):
            self._report(message)
        elif isinstance(message, M.OrderCancelReject):
            pending = self.by_key.get(message.cl_ord_id or "")
            if pending is not None:
                why = f"{message.text or 'no reason given'} (CxlRejReason {message.cxl_rej_reason})"
                self.settle(pending, error=CancelRejected(f"cancel/replace refused: {why}", message))
        elif isinstance(message, M.OrderMassCancelReport):
            pending = self.by_key.get(message.cl_ord_id or "")
            if pending is not None:
                self.settle(pending, message)
        elif isinstance(message, M.OrderGroupResponse):
            for pending in self.in_line:
                if pending.kind == "order_group":
                    self.settle(pending, message)
                    break
        elif isinstance(message, M.BusinessMessageReject):
            self._refused(
                message, message.business_reject_ref_id, message.ref_seq_num, BusinessMessageRejected
            )
        elif isinstance(message, M.Reject):
            self._refused(message, None, message.ref_seq_num, SessionRejected)

    def _report(self, report: M.ExecutionReport) -> None:
        pending = self.by_key.get(report.cl_ord_id)
        if pending is None:
            return
        exec_type = report.exec_type
        if exec_type == "8":
            why = f"{report.text or 'no reason given'} (OrdRejReason {report.ord_rej_reason})"
            self.settle(pending, error=OrderRejected(f"order {report.cl_ord_id} rejected: {why}", report))
        elif (
            (pending.kind == "order" and exec_type in FINAL_FOR_ORDER)
            or (pending.kind == "cancel" and exec_type in ("4", "C"))
            or (pending.kind == "replace" and exec_type in ("5", "4"))  # 4: amended down to what filled
        ):
            self.settle(pending, report)

    def _refused(
        self, message: Message, ref_id: str | None, ref_seq: int | None, error: type[FixError]
    ) -> None:
        for pending in self.all():
            if (ref_id is not None and ref_id == pending.key) or (
                ref_seq is not None and ref_seq == pending.msg_seq_num
            ):
                text = getattr(message, "text", None) or "no reason given"
                self.settle(
                    pending, error=error(f"{type(pending.message).__name__} refused: {text}", message)
                )
                return

    # --- after the connection is lost ---------------------------------------------------------------

    def unknown(self, pending: Pending, why: str) -> None:
        """Settle a request whose outcome cannot be known with `OrderStateUnknown`."""
        client_order_id = pending.key if pending.kind == "order" else pending.extra.get("client_order_id")
        self.settle(pending, error=OrderStateUnknown(why, client_order_id=client_order_id))
