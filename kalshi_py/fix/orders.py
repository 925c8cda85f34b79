"""Order entry over FIX (KalshiNR, or KalshiRT with retransmission), with orders placed exactly once.

    async with OrderEntrySession(auth, environment="demo") as session:
        report = await session.place("KXFED-26DEC-T4.00", "buy", 10, Decimal("0.35"))
        async for report in session.executions():
            ...

Exactly once: the ClOrdID of an order is chosen once, before it is first sent, and the call
waits for the order's fate. If the connection drops first, the order is settled after the next
Logon before the caller is told: on KalshiRT by retransmission (the exchange resends the
reports we missed; a NewOrderSingle it never received is sent again with PossDupFlag=Y under
its original number and ClOrdID), then by the drop-copy session if one is attached (a replay of
the execution reports since the last one seen). An order still unsettled raises
`OrderStateUnknown` carrying its `client_order_id`; its report, if it comes later, still reaches
`orders` and `executions()`. Execution reports are never delivered twice (by ExecID).
"""

from __future__ import annotations

import asyncio
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from . import messages as M
from ._margin import MARGIN_SIDES, whole_contracts
from ._message import Message
from ._requests import Pending, Requests, await_answer
from ._values import UTCTimestamp
from .enums import OrderGroupAction, Side, TimeInForce
from .errors import FixError, FixValidationError, SessionClosed
from .rfq import RFQCreator
from .session import ResendFilter
from .session_types import SessionType
from .store import SentMessage

if TYPE_CHECKING:
    from .drop_copy import DropCopySession

__all__ = ["OrderEntrySession"]

SIDES = {"buy": Side.BUY_YES, "sell": Side.SELL_NO}
TIME_IN_FORCE = {
    "day": TimeInForce.DAY,
    "good_till_canceled": TimeInForce.GTC,
    "immediate_or_cancel": TimeInForce.IOC,
    "fill_or_kill": TimeInForce.FOK,
    "good_till_date": TimeInForce.GTD,
}
SELF_TRADE_PREVENTION = {"taker_at_cross": 1, "maker": 2}
_SEEN_EXEC_IDS = 1_000_000


def _count(value: object, name: str) -> Decimal:
    if isinstance(value, float):
        raise FixValidationError(f"{name} must be a Decimal, int or str, not a float")
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        raise FixValidationError(f"{name} is not a number: {value!r}") from None
    if not number.is_finite() or number <= 0:
        raise FixValidationError(f"{name} must be a positive number, got {value!r}")
    return number


def _choice(value: object, table: dict[str, Any], name: str) -> Any:
    if isinstance(value, str) and value in table:
        return table[value]
    if value in table.values():
        return value
    raise FixValidationError(f"{name} must be one of {', '.join(table)}, got {value!r}")


class OrderEntrySession(RFQCreator):
    """Order entry: place, cancel, amend, mass cancel, order groups, and the execution reports
    (and, on KalshiRT, RFQs as their creator: `create_rfq`, `accept_quote`, `cancel_rfq`).

    `drop_copy` (a connected `DropCopySession` of the same account) settles orders left unknown
    by a disconnect; `resolve_timeout` is how long after a reconnect the reports of such orders
    may still come by retransmission before they are declared unknown. `last_exec_id`, the ExecID
    of the last report your application kept (across restarts), with `drop_copy`: after the
    first Logon the account's reports since then are replayed into `executions()`, so that a
    process killed between receiving a report and keeping it loses nothing.
    """

    session_types = (SessionType.ORDER_ENTRY, SessionType.ORDER_ENTRY_RETRANSMIT)
    streams = ("messages", "executions")

    def __init__(
        self,
        *args: Any,
        drop_copy: DropCopySession | None = None,
        resolve_timeout: float = 5.0,
        last_exec_id: str | None = None,
        **kwargs: Any,
    ) -> None:
        self._requests = Requests()
        super().__init__(*args, **kwargs)
        self.drop_copy = drop_copy
        self.resolve_timeout = resolve_timeout
        self.orders: dict[str, M.ExecutionReport] = {}
        """The latest execution report of every order placed by this session, by client_order_id."""
        self._origin: dict[str, str] = {}  # any ClOrdID of an order -> the one it was placed with
        self._current: dict[str, str] = {}  # the ClOrdID it was placed with -> its latest
        self._placed: dict[str, M.NewOrderSingle] = {}
        self._seen: OrderedDict[str, None] = OrderedDict()
        self.last_exec_id: str | None = last_exec_id
        """The ExecID of the latest execution report received (pending and rejected reports,
        whose ExecID is "-1;-1", aside)."""
        self._resume = last_exec_id is not None and drop_copy is not None
        if last_exec_id is not None:
            self._seen[last_exec_id] = None
        self._tasks: set[asyncio.Task[None]] = set()

    # --- orders -----------------------------------------------------------------------------------

    async def place(
        self,
        market_ticker: str,
        side: str | Side,
        count: Decimal | int | str,
        price: Decimal | int | str,
        *,
        client_order_id: str | None = None,
        time_in_force: str | TimeInForce | None = None,
        expire_time: datetime | None = None,
        post_only: bool = False,
        self_trade_prevention: str | None = None,
        order_group_id: str | None = None,
        cancel_order_on_pause: bool | None = None,
        max_execution_cost: Decimal | None = None,
        subaccount: int | None = None,
        timeout: float = 30.0,
    ) -> M.ExecutionReport:
        """Place a limit order (`side` "buy" YES or "sell" YES, `count` contracts at `price`
        dollars; on the margin gateways `side` is "bid" or "ask" and `count` whole contracts);
        returns its first execution report past PendingNew (New, a fill, or a cancel for
        an IOC/FOK). Raises `OrderRejected`, or `OrderStateUnknown` when its fate could not be
        learned within `timeout` seconds (connection trouble included)."""
        message = M.NewOrderSingle(
            cl_ord_id=client_order_id or str(uuid.uuid4()),
            order_qty=self._contracts(count),
            ord_type="2",
            price=_count(price, "price"),
            side=_choice(side, MARGIN_SIDES if self.margin else SIDES, "side"),
            symbol=market_ticker,
            time_in_force=None
            if time_in_force is None
            else _choice(time_in_force, TIME_IN_FORCE, "time_in_force"),
            expire_time=None if expire_time is None else UTCTimestamp.of(expire_time),
            exec_inst="6" if post_only else None,
            self_trade_prevention_type=None
            if self_trade_prevention is None
            else _choice(self_trade_prevention, SELF_TRADE_PREVENTION, "self_trade_prevention"),
            secondary_cl_ord_id=order_group_id,
            cancel_order_on_pause=cancel_order_on_pause,
            max_execution_cost=max_execution_cost,
            alloc_account=subaccount,
        )
        self.check_outgoing(message)
        if message.cl_ord_id in self._placed:
            raise FixValidationError(f"client_order_id {message.cl_ord_id} was already used by this session")
        self._placed[message.cl_ord_id] = message
        self._origin[message.cl_ord_id] = message.cl_ord_id
        self._current[message.cl_ord_id] = message.cl_ord_id
        result: M.ExecutionReport = await self._request("order", message, message.cl_ord_id, timeout)
        return result

    async def cancel(self, client_order_id: str, *, timeout: float = 30.0) -> M.ExecutionReport:
        """Cancel an order placed by this session; returns the Canceled report (`CancelRejected`
        if the exchange refuses)."""
        original, report = self._order(client_order_id)
        message = M.OrderCancelRequest(
            cl_ord_id=str(uuid.uuid4()),
            orig_cl_ord_id=self._current[original],
            order_id=report.order_id if report is not None else None,
            side=self._placed[original].side,
            symbol=self._placed[original].symbol,
            alloc_account=self._placed[original].alloc_account,
        )
        self._origin[message.cl_ord_id] = original
        result: M.ExecutionReport = await self._request(
            "cancel", message, message.cl_ord_id, timeout, original
        )
        return result

    async def amend(
        self,
        client_order_id: str,
        *,
        count: Decimal | int | str | None = None,
        price: Decimal | int | str | None = None,
        timeout: float = 30.0,
    ) -> M.ExecutionReport:
        """Change an order's total size (`count`; equal to what has filled cancels the rest) or
        its `price`; returns the Replaced report. A smaller size keeps the order's place in the
        queue, a new price or a larger size does not."""
        original, report = self._order(client_order_id)
        placed = self._placed[original]
        total = placed.order_qty if report is None else report.order_qty
        current_price = placed.price if report is None or report.price is None else report.price
        message = M.OrderCancelReplaceRequest(
            cl_ord_id=str(uuid.uuid4()),
            orig_cl_ord_id=self._current[original],
            order_id=report.order_id if report is not None else None,
            order_qty=total if count is None else self._contracts(count),
            ord_type="2",
            price=current_price if price is None else _count(price, "price"),
            side=placed.side,
            symbol=placed.symbol,
            alloc_account=placed.alloc_account,
        )
        self._origin[message.cl_ord_id] = original
        result: M.ExecutionReport = await self._request(
            "replace", message, message.cl_ord_id, timeout, original
        )
        self._current[original] = message.cl_ord_id
        return result

    async def mass_cancel(self, *, timeout: float = 30.0) -> M.OrderMassCancelReport:
        """Cancel every order of this session (KalshiNR); returns the OrderMassCancelReport."""
        message = M.OrderMassCancelRequest(cl_ord_id=str(uuid.uuid4()), mass_cancel_request_type="6")
        result: M.OrderMassCancelReport = await self._request(
            "mass_cancel", message, message.cl_ord_id, timeout
        )
        return result

    def _contracts(self, count: object) -> Decimal:
        number = _count(count, "count")
        return whole_contracts(number, "count") if self.margin else number

    def _order(self, client_order_id: str) -> tuple[str, M.ExecutionReport | None]:
        original = self._origin.get(client_order_id)
        if original is None or original not in self._placed:
            raise FixValidationError(
                f"no order with client_order_id {client_order_id} was placed by this session"
            )
        return original, self.orders.get(original)

    # --- order groups -----------------------------------------------------------------------------

    async def create_order_group(
        self, contracts_limit: int, *, subaccount: int | None = None
    ) -> M.OrderGroupResponse:
        """A new order group matching at most `contracts_limit` contracts per rolling 15 seconds;
        orders join it with `place(..., order_group_id=...)`."""
        return await self._order_group(OrderGroupAction.CREATE, None, contracts_limit, subaccount)

    async def update_order_group(self, order_group_id: str, contracts_limit: int) -> M.OrderGroupResponse:
        return await self._order_group(OrderGroupAction.UPDATE, order_group_id, contracts_limit, None)

    async def reset_order_group(self, order_group_id: str) -> M.OrderGroupResponse:
        return await self._order_group(OrderGroupAction.RESET, order_group_id, None, None)

    async def trigger_order_group(self, order_group_id: str) -> M.OrderGroupResponse:
        """Cancel the group's orders and block it, as if its limit had been hit."""
        return await self._order_group(OrderGroupAction.TRIGGER_CANCEL, order_group_id, None, None)

    async def delete_order_group(self, order_group_id: str) -> M.OrderGroupResponse:
        return await self._order_group(OrderGroupAction.DELETE, order_group_id, None, None)

    async def _order_group(
        self, action: int, order_group_id: str | None, limit: int | None, subaccount: int | None
    ) -> M.OrderGroupResponse:
        message = M.OrderGroupRequest(
            order_group_action=action,
            order_group_id=order_group_id,
            order_group_contracts_limit=limit,
            alloc_account=subaccount,
        )
        result: M.OrderGroupResponse = await self._request("order_group", message, None, 30.0)
        return result

    # --- the reports --------------------------------------------------------------------------------

    def executions(self) -> AsyncIterator[M.ExecutionReport]:
        """Every execution report of the account's orders, once each, in the order received."""
        return self._stream("executions")

    def _on_message(self, message: Message) -> None:
        if isinstance(message, M.ExecutionReport):
            if not message.exec_id.startswith("-1"):  # "-1;-1": a pending or rejected report
                if message.exec_id in self._seen:
                    return
                self._seen[message.exec_id] = None
                if len(self._seen) > _SEEN_EXEC_IDS:
                    self._seen.popitem(last=False)
                self.last_exec_id = message.exec_id
            original = self._origin.get(message.cl_ord_id) or self._origin.get(message.orig_cl_ord_id or "")
            if original is not None:
                self.orders[original] = message
            self._publish("executions", message)
        self._requests.answer(message)
        super()._on_message(message)

    # --- requests and their fate ----------------------------------------------------------------

    async def _request(
        self, kind: str, message: Message, key: str | None, timeout: float, original: str | None = None
    ) -> Any:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        pending = Pending(kind, message, future, key=key, extra={"client_order_id": original or key})
        try:
            pending.msg_seq_num = self.send(message)
        except (FixError, OSError) as exc:
            raise SessionClosed(
                f"{type(message).__name__} not sent (nothing reached the exchange): {exc}"
            ) from exc
        pending.sent_on = self.connection.connections
        self._requests.add(pending)
        # a caller cancelled stops waiting; the request stays tracked until its answer comes
        return await await_answer(future, timeout, self._expired, pending, timeout)

    def _expired(self, pending: Pending, timeout: float) -> None:
        """No answer to `pending` within `timeout` seconds."""
        why = f"no answer to {type(pending.message).__name__} within {timeout} s"
        if pending.kind == "order_group":
            self._requests.settle(pending, error=SessionClosed(why))
        else:
            self._requests.unknown(pending, why)

    def _resend_filter(self) -> ResendFilter | None:
        def still_waiting(sent: SentMessage) -> bool:
            if sent.msg_type not in ("D", "F", "G"):
                return False
            first = sent.body.split("\x01", 1)[0]  # ClOrdID(11) is their first field
            return first.startswith("11=") and first[3:] in self._requests.by_key

        return still_waiting

    def _on_logged_on(self, first: bool) -> None:
        if first and not self._resume:
            return
        if first:
            self._resume = False
            work = self._replay_since(self.last_exec_id or "0")
        else:
            work = self._settle_after_reconnect(self.connection.connections + 1)
        task = asyncio.get_running_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _replay_since(self, exec_id: str) -> None:
        """Deliver the drop copy's reports after `exec_id` that this session has not seen."""
        if self.drop_copy is None:
            return
        try:
            for report in await self.drop_copy.replay(exec_id):
                self._on_message(report)
        except FixError as exc:
            self.notices.append(f"drop copy replay from {exec_id} failed: {exc}")

    async def _settle_after_reconnect(self, connection: int) -> None:
        """Settle the requests sent before this connection (see the module docstring)."""
        if self.spec.retransmission:
            await asyncio.sleep(self.resolve_timeout)
        stale = [p for p in self._requests.all() if p.sent_on < connection]
        if not stale:
            return
        await self._replay_since(self.last_exec_id or "0")
        for pending in [p for p in self._requests.all() if p.sent_on < connection]:
            self._requests.unknown(
                pending, "the connection dropped before the answer and it could not be recovered"
            )

    def _on_ended(self, error: FixError | None) -> None:
        for pending in self._requests.all():
            self._requests.unknown(pending, f"the FIX session ended before the answer: {error or 'closed'}")
        for task in self._tasks:
            task.cancel()
