"""Execution reports, made from the engine's events.

The engine announces each fill (`FillEvent`) and each change of an order (`OrderUpdate`, a
snapshot of it). `Reports` keeps, per order, what the reports so far said (the ClOrdID, the
quantity filled and still open, the cost of the fills) and turns every event into the report
Kalshi sends, on the order's own terms whoever placed it (FIX, REST, the RFQ desk):

- an order that rests without trading: New (150=0);
- each fill: Trade (150=F, OrdStatus 1 or 2) with LastPx, LastQty, TrdMatchID, AggressorIndicator,
  the fee in the NoMiscFees group and the position after it (LongQty / ShortQty);
- a cancel/replace, or a REST amend or decrease: Replaced (150=5);
- a cancel for any reason: Canceled (150=4), the engine's reason in Text (SelfTradeCancel,
  ExpiryCancel, PostOnlyCrossCancel, ...).

Prices are YES prices in dollars, OrderQty is always CumQty + LeavesQty, AvgPx the average YES
price of the fills. ExecIDs are `clock;event` (the engine's book clock and a running count), so
they sort in the order the reports were made. Pending and rejected reports carry "-1;-1".
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any, Literal

import msgspec

from kalshi_py.fix import UTCTimestamp
from kalshi_py.fix import messages as M

from ..engine import FillEvent, OrderUpdate
from ..engine.book import LimitOrder
from ..engine.margin import MarginOrderUpdate

__all__ = [
    "NO_EXEC_ID",
    "SIDES",
    "UNKNOWN_ORDER_ID",
    "Entry",
    "Execution",
    "Report",
    "Reports",
    "Request",
    "Tracked",
    "pending_new",
    "rejected",
    "transact_time",
]

ZERO = Decimal(0)
TICK = Decimal("0.0001")
SIDES = {"bid": "1", "ask": "2"}
NO_EXEC_ID = "-1;-1"
"""The ExecID of pending and rejected reports (drop copy does not replay them)."""
UNKNOWN_ORDER_ID = "NONE"
"""The OrderID of a report about an order the exchange has not (yet) made."""

Entry = tuple[str, str]
"""The FIX session an order was placed through: (API key id, TargetCompID)."""
Kind = Literal["", "ioc_remainder", "expiry"]


def transact_time(seconds: float) -> UTCTimestamp:
    return UTCTimestamp.of(datetime.fromtimestamp(seconds, timezone.utc))


@dataclass
class Request:
    """A cancel or cancel/replace sent over FIX, on its way through the engine."""

    kind: Literal["cancel", "replace"]
    cl_ord_id: str
    order_qty: Decimal = ZERO
    price: Decimal = ZERO


@dataclass
class Tracked:
    """What the reports of one order said so far."""

    order_id: str
    user_id: str
    symbol: str
    side: str
    price: Decimal
    cl_ord_id: str
    leaves: Decimal
    time_in_force: str
    subaccount: int
    entry: Entry | None = None
    cum: Decimal = ZERO
    cost: Decimal = ZERO
    request: Request | None = None
    reported: bool = False
    done: bool = False

    def avg_px(self) -> Decimal:
        return (self.cost / self.cum).quantize(TICK, ROUND_HALF_EVEN) if self.cum else ZERO


@dataclass(frozen=True)
class Execution:
    """One fill of an order, of either product: `price` in dollars (the YES price of an event
    contract), `fee` what the order's owner paid for it, `post_position` the position after it."""

    order_id: str
    client_order_id: str
    trade_id: str
    count: Decimal
    price: Decimal
    fee: Decimal
    is_taker: bool
    post_position: Decimal
    created_time: float


@dataclass(frozen=True)
class Report:
    """An execution report, whose account it is, the FIX session that placed its order (None
    for an order placed otherwise) and what kind it is (sessions treat two kinds by their Logon
    flags: the cancel of an IOC's remainder, an expiry). Pending and rejected reports are not
    made from events: the order desk sends them to the requesting session itself."""

    user_id: str
    message: M.ExecutionReport
    entry: Entry | None
    kind: Kind = ""


@dataclass
class Reports:
    """Execution reports of every order, made from the engine's events in the engine's order.
    `live(order_id)` reads an order as it stands (to learn the terms of one first met at its
    fill); `clock()` the engine's book clock."""

    live: Callable[[str], LimitOrder | None]
    clock: Callable[[], int]
    orders: dict[str, Tracked] = field(default_factory=dict)
    entries: dict[tuple[str, str], Entry] = field(default_factory=dict)
    """(user id, client_order_id) of orders about to be placed over FIX -> their session."""
    _events: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def exec_id(self) -> str:
        return f"{self.clock()};{next(self._events)}"

    def track(self, order: LimitOrder) -> Tracked:
        """What the reports of `order` said so far (nothing yet, for an order met first now)."""
        return self.orders.get(order.order_id) or self._track(order, order.client_order_id)

    # --- the engine's events ------------------------------------------------------------------------

    def on_fill(self, event: FillEvent) -> list[Report]:
        fill = event.fill
        return self.fill(
            Execution(
                order_id=fill.order_id,
                client_order_id=event.client_order_id,
                trade_id=fill.trade_id,
                count=fill.count,
                price=fill.yes_price,
                fee=fill.fee_cost,
                is_taker=fill.is_taker,
                post_position=event.post_position,
                created_time=fill.created_time,
            )
        )

    def fill(self, execution: Execution) -> list[Report]:
        """The Trade report of one fill of either product (and a Replaced report before it, when
        a cancel/replace sent over FIX made it)."""
        order = self.live(execution.order_id)
        tracked = self.orders.get(execution.order_id) or (
            self._track(order, execution.client_order_id) if order else None
        )
        if tracked is None:
            return []
        reports = self._replaced_first(tracked)
        tracked.cum += execution.count
        tracked.cost += execution.count * execution.price
        tracked.leaves = max(tracked.leaves - execution.count, ZERO)
        status = "2" if tracked.leaves == 0 else "1"
        message = self._message(
            tracked,
            "F",
            status,
            last_px=execution.price,
            last_qty=execution.count,
            trd_match_id=execution.trade_id,
            aggressor_indicator=execution.is_taker,
            misc_fees=[
                M.MiscFee(
                    misc_fee_amt=execution.fee, misc_fee_curr="USD", misc_fee_type="4", misc_fee_basis=0
                )
            ],
            long_qty=max(execution.post_position, ZERO),
            short_qty=max(-execution.post_position, ZERO),
            transact_time=transact_time(execution.created_time),
        )
        reports.append(Report(tracked.user_id, message, tracked.entry))
        return reports

    def on_order(self, event: OrderUpdate | MarginOrderUpdate) -> list[Report]:
        order = event.order
        tracked = self.orders.get(order.order_id) or self._track(order, order.client_order_id)
        if tracked.done:
            return []
        reports = self._replaced_first(tracked)
        when = transact_time(order.last_update_time or order.created_time)
        if order.status == "resting":
            changed = order.price != tracked.price or order.remaining_count != tracked.leaves
            if not tracked.reported:
                tracked.leaves = order.remaining_count
                reports.append(self._report(tracked, "0", "1" if tracked.cum else "0", transact_time=when))
            elif changed and order.last_update_reason in ("Amend", "Decrease"):
                tracked.price, tracked.leaves = order.price, order.remaining_count
                tracked.cl_ord_id = order.client_order_id
                reports.append(self._report(tracked, "5", "1" if tracked.cum else "0", transact_time=when))
        elif order.status == "canceled":
            reports.append(self._canceled(tracked, order.last_update_reason, when))
        else:  # executed: its fills said it all
            tracked.done = True
        tracked.price = order.price
        if tracked.done:
            self.orders.pop(order.order_id, None)  # nothing more will happen to it
        else:
            tracked.leaves = order.remaining_count
            tracked.cl_ord_id = order.client_order_id
        return reports

    # --- reports the order desk makes itself --------------------------------------------------------

    def pending_change(self, tracked: Tracked, exec_type: str, cl_ord_id: str) -> M.ExecutionReport:
        """PendingCancel (6) or PendingReplace (E) of a request just received for `tracked`."""
        message = self._message(tracked, exec_type, exec_type, exec_id=NO_EXEC_ID)
        return msgspec.structs.replace(message, cl_ord_id=cl_ord_id, orig_cl_ord_id=tracked.cl_ord_id)

    # --- the parts ----------------------------------------------------------------------------------

    def _track(self, order: LimitOrder, client_order_id: str) -> Tracked:
        tracked = Tracked(
            order_id=order.order_id,
            user_id=order.user_id,
            symbol=order.ticker,
            side=SIDES[order.side],
            price=order.price,
            cl_ord_id=client_order_id,
            leaves=order.initial_count,
            time_in_force=order.time_in_force,
            subaccount=order.subaccount,
            entry=self.entries.pop((order.user_id, client_order_id), None),
        )
        self.orders[order.order_id] = tracked
        return tracked

    def _replaced_first(self, tracked: Tracked) -> list[Report]:
        """The Replaced report of a cancel/replace sent over FIX, before anything it caused."""
        request = tracked.request
        if request is None or request.kind != "replace":
            return []
        tracked.request = None
        orig, tracked.cl_ord_id = tracked.cl_ord_id, request.cl_ord_id
        tracked.price, tracked.leaves = request.price, request.order_qty - tracked.cum
        report = self._report(tracked, "5", "1" if tracked.cum else "0")
        message = msgspec.structs.replace(report.message, orig_cl_ord_id=orig)
        return [Report(report.user_id, message, report.entry)]

    def _canceled(self, tracked: Tracked, reason: str | None, when: UTCTimestamp) -> Report:
        request = (
            tracked.request if tracked.request is not None and tracked.request.kind == "cancel" else None
        )
        tracked.request = None
        tracked.leaves = ZERO
        tracked.done = True
        kind: Kind = ""
        if reason == "ExpiryCancel":
            kind = "expiry"
        elif reason is None and tracked.time_in_force == "immediate_or_cancel" and tracked.cum > 0:
            kind = "ioc_remainder"
        message = self._message(tracked, "4", "4", text=reason, transact_time=when)
        if request is not None:
            message = msgspec.structs.replace(
                message, cl_ord_id=request.cl_ord_id, orig_cl_ord_id=tracked.cl_ord_id
            )
        return Report(tracked.user_id, message, tracked.entry, kind)

    def _report(self, tracked: Tracked, exec_type: str, status: str, **extra: Any) -> Report:
        return Report(tracked.user_id, self._message(tracked, exec_type, status, **extra), tracked.entry)

    def _message(
        self, tracked: Tracked, exec_type: str, status: str, *, exec_id: str | None = None, **extra: Any
    ) -> M.ExecutionReport:
        if exec_id is None:
            tracked.reported = True
        extra.setdefault("transact_time", transact_time(time.time()))
        return M.ExecutionReport(
            order_id=tracked.order_id,
            cl_ord_id=tracked.cl_ord_id,
            exec_id=exec_id or self.exec_id(),
            exec_type=exec_type,
            ord_status=status,
            side=tracked.side,
            symbol=tracked.symbol,
            leaves_qty=tracked.leaves,
            cum_qty=tracked.cum,
            avg_px=tracked.avg_px(),
            order_qty=tracked.cum + tracked.leaves,
            price=tracked.price,
            alloc_account=tracked.subaccount or None,
            **extra,
        )


def pending_new(order: M.NewOrderSingle) -> M.ExecutionReport:
    """PendingNew (150=A) of a NewOrderSingle just received."""
    return M.ExecutionReport(
        order_id=UNKNOWN_ORDER_ID,
        cl_ord_id=order.cl_ord_id,
        exec_id=NO_EXEC_ID,
        exec_type="A",
        ord_status="A",
        side=order.side,
        symbol=order.symbol,
        leaves_qty=order.order_qty,
        cum_qty=ZERO,
        avg_px=ZERO,
        order_qty=order.order_qty,
        price=order.price,
        transact_time=transact_time(time.time()),
    )


def rejected(order: M.NewOrderSingle, reason: int, text: str) -> M.ExecutionReport:
    """Rejected (150=8) for a NewOrderSingle the exchange refuses."""
    return msgspec.structs.replace(
        pending_new(order),
        exec_type="8",
        ord_status="8",
        leaves_qty=ZERO,
        ord_rej_reason=reason,
        text=text[:200],
    )
