"""Order entry over FIX (KalshiNR and KalshiRT): NewOrderSingle, OrderCancelRequest,
OrderCancelReplaceRequest, OrderMassCancelRequest and OrderGroupRequest, onto the engine's V2
orders and order groups.

A NewOrderSingle is a V2 order on the YES leg: Side 1 bids, 2 asks, at Price (the YES price);
TimeInForce 1 (or none) good till canceled, 3 immediate or cancel, 4 fill or kill, 0 until
23:59:59.999 ET today, 6 until ExpireTime (one in the past: immediate or cancel); ExecInst 6
post-only; SelfTradePreventionType 1 (or none) taker at cross, 2 maker; SecondaryClOrdID (or
OrderGroupID) the order group; AllocAccount the subaccount; ClOrdID becomes its
`client_order_id`. An order refused gets a Rejected report (OrdRejReason and the reason in Text);
a refused cancel or cancel/replace an OrderCancelReject. Pending reports (PendingNew, PendingCancel,
PendingReplace) go first unless the Logon asked SkipPendingExecReports=Y. A cancel/replace's
OrderQty is the new total (filled included); equal to what has filled, it cancels the rest.
MaxExecutionCost, QuoteID/RfqId on an order and FCM parties are refused as unsupported.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from kalshi_py.fix import Message
from kalshi_py.fix import messages as M

from ..engine import Exchange, ExchangeError
from ..engine.book import LimitOrder
from ..engine.margin import MarginExchange
from ..venue import Venue
from .peers import Peer
from .reports import UNKNOWN_ORDER_ID, Reports, Request, pending_new, rejected

__all__ = ["OrderEntry", "day_end"]

SIDES = {"1": "bid", "2": "ask"}
TIME_IN_FORCE = {
    None: "good_till_canceled",
    "1": "good_till_canceled",
    "3": "immediate_or_cancel",
    "4": "fill_or_kill",
}
SELF_TRADE_PREVENTION = {None: "taker_at_cross", 1: "taker_at_cross", 2: "maker"}
CL_ORD_ID = re.compile(r"[-\w:+=/]{1,64}")
REJECT_REASONS = {
    "market_closed": 2,
    "trading_is_paused": 2,
    "market_not_open": 2,
    "insufficient_balance": 3,
    "order_group_limit_reached": 3,
    "order_already_exists": 6,
    "invalid_order_size": 13,
}
ORD_STATUS = {"resting": "0", "executed": "2", "canceled": "4"}


def day_end(now: float) -> int:
    """The Unix second just after 23:59:59.999 ET of the day `now` falls on (a Day order's end)."""
    try:
        from zoneinfo import ZoneInfo

        eastern: timezone | ZoneInfo = ZoneInfo("America/New_York")
    except Exception:  # no time zone database here: Eastern Standard Time
        eastern = timezone(timedelta(hours=-5))
    local = datetime.fromtimestamp(now, eastern)
    midnight = datetime(local.year, local.month, local.day, tzinfo=eastern) + timedelta(days=1)
    return int(midnight.timestamp())


class OrderEntry:
    """The order-entry messages of the FIX sessions, answered through `send(peer, message)`."""

    def __init__(self, venue: Venue, reports: Reports, send: Callable[[Peer, Message], None]) -> None:
        self.venue = venue
        self.reports = reports
        self.send = send

    @property
    def exchange(self) -> Exchange:
        return self.venue.exchange

    @property
    def engine(self) -> Exchange | MarginExchange:
        """The engine the orders go to (the margin gateway's desk: the margin engine)."""
        return self.venue.exchange

    def lookup(self, user_id: str, order_id: str | None, client_order_id: str) -> LimitOrder:
        """The order named by its id or, without one, its ClOrdID; ExchangeError when none."""
        if order_id:
            return self.engine.get_order(user_id, order_id)
        return self.engine.order_by_client_id(user_id, client_order_id)

    def cancel_many(self, user_id: str, order_ids: list[str]) -> None:
        self.exchange.batch_cancel(user_id, order_ids)

    # --- new orders -----------------------------------------------------------------------------------

    def new_order(self, peer: Peer, order: M.NewOrderSingle) -> None:
        terms = self._terms(order)
        if isinstance(terms, tuple):
            self.send(peer, rejected(order, *terms))
            return
        if not peer.logon.skip_pending_exec_reports:
            self.send(peer, pending_new(order))
        key = (peer.user_id, order.cl_ord_id)
        self.reports.entries[key] = peer.session
        try:
            self.engine.create_order(peer.user_id, client_order_id=order.cl_ord_id, **terms)
        except ExchangeError as exc:
            self.reports.entries.pop(key, None)
            self.send(peer, rejected(order, REJECT_REASONS.get(exc.code, 99), exc.message))

    def _terms(self, order: M.NewOrderSingle) -> dict[str, Any] | tuple[int, str]:
        """The engine's terms of `order`, or (OrdRejReason, why) when it cannot be placed."""
        if not CL_ORD_ID.fullmatch(order.cl_ord_id):
            return 99, "ClOrdID(11) must be 1 to 64 letters, digits or - _ : + = /"
        if order.symbol not in self.engine.markets:
            return 1, f"unknown market {order.symbol}"
        if order.side not in SIDES:
            return 99, f"Side(54) must be 1 (buy) or 2 (sell), got {order.side}"
        if order.ord_type != "2":
            return 11, f"OrdType(40) must be 2 (limit), got {order.ord_type}"
        if order.party_ids:
            return 15, "NoPartyIDs(453): FCM sub-traders are not supported here"
        if order.max_execution_cost is not None:
            return 11, "MaxExecutionCost(21009) is not supported by the local exchange"
        if order.quote_id is not None or order.rfq_id is not None:
            return 11, "accept an RFQ quote with AcceptQuote (35=UA)"
        stp = SELF_TRADE_PREVENTION.get(order.self_trade_prevention_type)
        if stp is None:
            return 99, f"SelfTradePreventionType(2964) must be 1 or 2, got {order.self_trade_prevention_type}"
        terms: dict[str, Any] = {
            "ticker": order.symbol,
            "side": SIDES[order.side],
            "count": order.order_qty,
            "price": order.price,
            "self_trade_prevention_type": stp,
            "post_only": order.exec_inst == "6",
            "order_group_id": order.secondary_cl_ord_id or order.order_group_id,
            "cancel_order_on_pause": bool(order.cancel_order_on_pause),
            "subaccount": order.alloc_account or 0,
        }
        if order.ex_destination is not None:
            terms["exchange_index"] = order.ex_destination
        tif = order.time_in_force
        if tif in TIME_IN_FORCE:
            terms["time_in_force"] = TIME_IN_FORCE[tif]
        elif tif == "0":
            terms["time_in_force"] = "good_till_canceled"
            terms["expiration_time"] = day_end(time.time())
        elif tif == "6":
            if order.expire_time is None:
                return 99, "ExpireTime(126) is required with TimeInForce(59)=6 (GTD)"
            expires = order.expire_time.timestamp()
            if expires <= time.time():
                terms["time_in_force"] = "immediate_or_cancel"
            else:
                terms["time_in_force"] = "good_till_canceled"
                terms["expiration_time"] = math.ceil(expires)
        else:
            return 11, f"TimeInForce(59)={tif} is not supported: 0, 1, 3, 4 or 6"
        return terms

    # --- cancels and cancel/replace -----------------------------------------------------------------

    def cancel(self, peer: Peer, request: M.OrderCancelRequest) -> None:
        order = self._resting(peer, request)
        if order is not None:
            self._act(peer, order, Request("cancel", request.cl_ord_id), request)

    def replace(self, peer: Peer, request: M.OrderCancelReplaceRequest) -> None:
        order = self._resting(peer, request)
        if order is None:
            return
        if request.order_qty < order.fill_count:
            why = f"OrderQty(38) {request.order_qty} is below the {order.fill_count} already filled"
            self._cancel_reject(peer, request, why, order, 99)
        elif request.order_qty == order.fill_count:  # the new total is what has filled: cancel the rest
            self._act(peer, order, Request("cancel", request.cl_ord_id), request)
        else:
            price = order.price if request.price is None else request.price
            self._act(peer, order, Request("replace", request.cl_ord_id, request.order_qty, price), request)

    def _act(
        self,
        peer: Peer,
        order: LimitOrder,
        change: Request,
        request: M.OrderCancelRequest | M.OrderCancelReplaceRequest,
    ) -> None:
        tracked = self.reports.track(order)
        if not peer.logon.skip_pending_exec_reports:
            exec_type = "6" if change.kind == "cancel" else "E"
            self.send(peer, self.reports.pending_change(tracked, exec_type, request.cl_ord_id))
        tracked.entry = peer.session  # its reports go to the session acting on it
        tracked.request = change
        try:
            if change.kind == "cancel":
                self.engine.cancel_order(peer.user_id, order.order_id)
            else:
                self.engine.amend_order(
                    peer.user_id,
                    order.order_id,
                    ticker=order.ticker,
                    side=order.side,
                    price=change.price,
                    count=change.order_qty,
                    updated_client_order_id=change.cl_ord_id,
                )
        except ExchangeError as exc:
            tracked.request = None
            self._cancel_reject(peer, request, exc.message, order, 18 if "price grid" in exc.message else 99)

    def _resting(
        self, peer: Peer, request: M.OrderCancelRequest | M.OrderCancelReplaceRequest
    ) -> LimitOrder | None:
        """The resting order a cancel or cancel/replace names; None once refused for naming none."""
        try:
            order = self.lookup(peer.user_id, request.order_id, request.orig_cl_ord_id)
        except ExchangeError:
            self._cancel_reject(
                peer, request, f"unknown order {request.order_id or request.orig_cl_ord_id}", None, 1
            )
            return None
        if order.ticker != request.symbol or SIDES.get(request.side) != order.side:
            why = f"Symbol(55) and Side(54) must be those of order {order.order_id}"
            self._cancel_reject(peer, request, why, order, 99)
            return None
        if not order.is_resting:
            self._cancel_reject(
                peer, request, f"order {order.order_id} is {order.status}: too late", order, 0
            )
            return None
        return order

    def _cancel_reject(
        self,
        peer: Peer,
        request: M.OrderCancelRequest | M.OrderCancelReplaceRequest,
        text: str,
        order: LimitOrder | None,
        reason: int,
    ) -> None:
        self.send(
            peer,
            M.OrderCancelReject(
                order_id=order.order_id if order is not None else (request.order_id or UNKNOWN_ORDER_ID),
                cl_ord_id=request.cl_ord_id,
                orig_cl_ord_id=request.orig_cl_ord_id,
                ord_status=ORD_STATUS.get(order.status, "0") if order is not None else "8",
                cxl_rej_response_to="1" if isinstance(request, M.OrderCancelRequest) else "2",
                cxl_rej_reason=reason,
                text=text[:200],
            ),
        )

    # --- mass cancel and order groups -----------------------------------------------------------------

    def mass_cancel(self, peer: Peer, request: M.OrderMassCancelRequest) -> None:
        report_id = request.cl_ord_id or UNKNOWN_ORDER_ID
        if request.mass_cancel_request_type != "6":
            self.send(
                peer,
                M.OrderMassCancelReport(
                    cl_ord_id=report_id,
                    order_id=report_id,
                    mass_cancel_response="0",
                    mass_cancel_reject_reason=99,
                ),
            )
            return
        mine = [t.order_id for t in self.reports.orders.values() if t.entry == peer.session and not t.done]
        if mine:
            self.cancel_many(peer.user_id, mine)
        self.send(
            peer,
            M.OrderMassCancelReport(
                cl_ord_id=request.cl_ord_id, order_id=report_id, mass_cancel_response="6"
            ),
        )

    def cancel_session_orders(self, session: tuple[str, str], user_id: str) -> None:
        """Cancel every resting order placed through `session` (CancelOrdersOnDisconnect)."""
        mine = [t.order_id for t in self.reports.orders.values() if t.entry == session and not t.done]
        if mine:
            self.cancel_many(user_id, mine)

    def order_group(self, peer: Peer, request: M.OrderGroupRequest) -> None:
        action, group_id, limit = (
            request.order_group_action,
            request.order_group_id,
            request.order_group_contracts_limit,
        )
        if action in (1, 5) and limit is None:
            self._group_reject(
                peer, request, 5, "OrderGroupContractsLimit(20132) is required to create or update"
            )
            return
        if action != 1 and not group_id:
            self._group_reject(peer, request, 5, "OrderGroupID(20130) is required for this OrderGroupAction")
            return
        engine = self.engine.groups
        user, group_id, limit = peer.user_id, group_id or "", limit or 0
        try:
            if action == 1:
                group = engine.create_order_group(user, limit, subaccount=request.alloc_account or 0)
            elif action == 2:
                group = engine.reset_order_group(user, group_id)
            elif action == 3:
                group = engine.get_order_group(user, group_id)
                engine.delete_order_group(user, group_id)
            elif action == 4:
                group = engine.trigger_order_group(user, group_id)
            elif action == 5:
                group = engine.update_order_group_limit(user, group_id, limit)
            else:
                self._group_reject(peer, request, 0, f"OrderGroupAction(20131) must be 1 to 5, got {action}")
                return
        except ExchangeError as exc:
            self._group_reject(peer, request, 1 if exc.status == 404 else 0, exc.message)
            return
        self.send(
            peer,
            M.OrderGroupResponse(
                order_group_id=group.order_group_id,
                order_group_contracts_limit=int(group.contracts_limit),
                alloc_account=group.subaccount or None,
            ),
        )

    def _group_reject(self, peer: Peer, request: M.OrderGroupRequest, reason: int, text: str) -> None:
        self.send(
            peer,
            M.BusinessMessageReject(
                ref_seq_num=request.msg_seq_num,
                ref_msg_type="UOG",
                business_reject_reason=reason,
                business_reject_ref_id=request.order_group_id,
                text=text[:200],
            ),
        )
