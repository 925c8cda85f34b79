"""A minimal FIX exchange for tests, built from the same session core as the client (acceptor
role): it accepts verified Logons, acks orders with execution reports, answers cancels, amends,
mass cancels, order groups, market data, drop-copy replays and RFQs, and can lose, skip or
duplicate messages on purpose. Every frame either side sends passes through it and is kept in
`frames` for the contract checks.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa

from fix.pair import split
from kalshi_py.fix import _framing as framing
from kalshi_py.fix import messages as M
from kalshi_py.fix._message import Message
from kalshi_py.fix._transport import SessionProtocol
from kalshi_py.fix.events import Event, Received
from kalshi_py.fix.logon import verify_logon
from kalshi_py.fix.session import Session, SessionConfig
from kalshi_py.fix.session_types import session_type
from kalshi_py.fix.store import MemoryStore, SessionStore

STAMPED = {"md_entry_date": "20260225", "md_entry_time": "06:00:00.000"}


class RecordingProtocol(SessionProtocol):
    """A session protocol that keeps every frame it reads and writes."""

    def __init__(self, session: Session, on_event: Any, frames: list[tuple[str, bytes]]) -> None:
        super().__init__(session, on_event)
        self.frames = frames
        self.writes: list[list[str]] = []
        """The MsgTypes of every write to the socket, one list per write."""
        self._partial = b""

    def data_received(self, data: bytes) -> None:
        self._partial += data
        while True:
            try:
                end = framing.frame_end(self._partial)
            except Exception:
                self._partial = b""
                break
            if not end:
                break
            self.frames.append(("client", self._partial[:end]))
            self._partial = self._partial[end:]
        super().data_received(data)

    def _flush(self) -> None:
        data = self.session.data_to_send()
        self.frames.extend(("exchange", raw) for raw in split(data))
        if data and self.transport is not None and not self.transport.is_closing():
            self.writes.append(
                [framing.open_frame(raw).split(b"\x01", 1)[0][3:].decode() for raw in split(data)]
            )
            self.transport.write(data)
        self._arm()


@dataclass
class Faults:
    """What the exchange does wrong on purpose, next time."""

    lose_next_report: bool = False
    """Produce the next execution report, then drop the connection before it is written."""
    lose_next_order: bool = False
    """Drop the connection on the next NewOrderSingle as if it had never arrived."""
    skip_before_next_report: int = 0
    duplicate_reports: bool = False
    refuse: str | None = None
    pending_new: bool = False
    """Acknowledge new orders with PendingNew first, as Kalshi does."""
    ignore_next_order: bool = False
    """Take the next NewOrderSingle and answer nothing."""
    ignore: set[str] = field(default_factory=set)
    """Names of the messages (`"SecurityStatusRequest"`) taken and answered with nothing."""


@dataclass
class Book:
    bids: dict[Decimal, Decimal] = field(default_factory=dict)
    offers: dict[Decimal, Decimal] = field(default_factory=dict)


class Counterparty:
    """The exchange: one listening socket for every session type (told apart by TargetCompID)."""

    def __init__(self, keys: dict[str, rsa.RSAPublicKey]) -> None:
        self.keys = keys
        self.stores: dict[tuple[str, str], SessionStore] = {}
        self.frames: list[tuple[str, bytes]] = []
        self.faults = Faults()
        self.connections: list[RecordingProtocol] = []
        self.orders: dict[str, M.NewOrderSingle] = {}
        self.reports: list[M.ExecutionReport] = []
        self.books: dict[str, Book] = {}
        self.logons: list[M.Logon] = []
        self.groups: set[str] = set()
        self._ids = itertools.count(1)
        self.server: asyncio.Server | None = None

    async def start(self) -> int:
        loop = asyncio.get_running_loop()
        self.server = await loop.create_server(self._protocol, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        for connection in self.connections:
            connection.abort()
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()

    def _protocol(self) -> RecordingProtocol:
        session = Session(SessionConfig(sender_comp_id=""), initiator=False, authenticate=self._authenticate)
        protocol = RecordingProtocol(session, self._on_event, self.frames)
        self.connections.append(protocol)
        return protocol

    def _authenticate(self, logon: M.Logon) -> SessionStore | str:
        self.logons.append(logon)
        if self.faults.refuse:
            return self.faults.refuse
        key = self.keys.get(logon.sender_comp_id)
        if key is None:
            return f"unknown API key {logon.sender_comp_id}"
        try:
            spec = session_type(logon.target_comp_id)
        except ValueError:
            return f"wrong TargetCompID(56) {logon.target_comp_id}"
        problem = verify_logon(key, logon, now=time.time()) or spec.logon_problem(logon)
        if problem is not None:
            return problem
        return self.stores.setdefault((logon.sender_comp_id, logon.target_comp_id), MemoryStore())

    # --- answering ------------------------------------------------------------------------------------

    def _on_event(self, connection: SessionProtocol, event: Event) -> None:
        if not isinstance(event, Received) or type(event.message).__name__ in self.faults.ignore:
            return
        handler = getattr(self, f"_on_{type(event.message).__name__}", None)
        if handler is not None:
            handler(connection, event.message)

    def _send(self, connection: SessionProtocol, message: Message) -> None:
        if connection.session.active:
            connection.send(message)

    def _report(
        self, connection: SessionProtocol, order: M.NewOrderSingle, exec_type: str, status: str, **extra: Any
    ) -> M.ExecutionReport:
        report = M.ExecutionReport(
            order_id=extra.pop("order_id", f"ord-{order.cl_ord_id}"),
            cl_ord_id=extra.pop("cl_ord_id", order.cl_ord_id),
            exec_id=extra.pop("exec_id", None) or str(next(self._ids)),
            exec_type=exec_type,
            ord_status=status,
            side=order.side,
            symbol=order.symbol,
            leaves_qty=extra.pop("leaves_qty", order.order_qty),
            cum_qty=extra.pop("cum_qty", Decimal(0)),
            avg_px=extra.pop("avg_px", Decimal(0)),
            order_qty=extra.pop("order_qty", order.order_qty),
            price=order.price,
            **extra,
        )
        if exec_type == "A":  # PendingNew: no execution, nothing to replay
            self._send(connection, report)
            return report
        self.reports.append(report)
        if self.faults.skip_before_next_report:
            connection.session.skip_sequence_numbers(self.faults.skip_before_next_report)
            self.faults.skip_before_next_report = 0
        if self.faults.lose_next_report:
            self.faults.lose_next_report = False
            connection.session.send(report)  # counted and kept for a resend, never written
            connection.session.data_to_send()
            connection.abort()
            return report
        self._send(connection, report)
        if self.faults.duplicate_reports:
            connection.session.send_duplicate(connection.session.store.next_sender_seq - 1)  # type: ignore[union-attr]
            connection._flush()
        return report

    def _on_NewOrderSingle(self, connection: SessionProtocol, order: M.NewOrderSingle) -> None:
        if self.faults.lose_next_order:
            self.faults.lose_next_order = False
            store = connection.session.store
            assert store is not None
            store.set_next_target_seq(order.msg_seq_num)  # as if it never arrived
            connection.abort()
            return
        if order.cl_ord_id in self.orders:
            self._report(connection, order, "8", "8", ord_rej_reason=6, text="duplicate ClOrdID")
            return
        self.orders[order.cl_ord_id] = order
        if self.faults.ignore_next_order:
            self.faults.ignore_next_order = False
            return
        if self.faults.pending_new:
            self._report(connection, order, "A", "A", exec_id="-1;-1")
        if order.symbol.endswith("-FILL"):
            fee = M.MiscFee(
                misc_fee_amt=Decimal("0.02"), misc_fee_curr="USD", misc_fee_type="4", misc_fee_basis=0
            )
            self._report(
                connection,
                order,
                "F",
                "2",
                leaves_qty=Decimal(0),
                cum_qty=order.order_qty,
                avg_px=order.price,
                last_px=order.price,
                last_qty=order.order_qty,
                trd_match_id=f"t{order.cl_ord_id}",
                aggressor_indicator=True,
                misc_fees=[fee],
            )
        elif order.symbol.endswith("-REJECT"):
            self._report(connection, order, "8", "8", ord_rej_reason=1, text="unknown symbol")
        else:
            self._report(connection, order, "0", "0")

    def _on_OrderCancelRequest(self, connection: SessionProtocol, cancel: M.OrderCancelRequest) -> None:
        order = self._original(cancel.orig_cl_ord_id)
        if order is None:
            self._send(
                connection,
                M.OrderCancelReject(
                    order_id="NONE",
                    cl_ord_id=cancel.cl_ord_id,
                    orig_cl_ord_id=cancel.orig_cl_ord_id,
                    ord_status="8",
                    cxl_rej_response_to="1",
                    cxl_rej_reason=1,
                    text="unknown order",
                ),
            )
            return
        self._report(
            connection,
            order,
            "4",
            "4",
            cl_ord_id=cancel.cl_ord_id,
            orig_cl_ord_id=cancel.orig_cl_ord_id,
            leaves_qty=Decimal(0),
        )

    def _on_OrderCancelReplaceRequest(
        self, connection: SessionProtocol, amend: M.OrderCancelReplaceRequest
    ) -> None:
        order = self._original(amend.orig_cl_ord_id)
        assert order is not None
        self.orders[amend.cl_ord_id] = order
        self._report(
            connection,
            order,
            "5",
            "0",
            cl_ord_id=amend.cl_ord_id,
            orig_cl_ord_id=amend.orig_cl_ord_id,
            order_qty=amend.order_qty,
            leaves_qty=amend.order_qty,
        )

    def _original(self, cl_ord_id: str) -> M.NewOrderSingle | None:
        return self.orders.get(cl_ord_id)

    def _on_OrderMassCancelRequest(
        self, connection: SessionProtocol, request: M.OrderMassCancelRequest
    ) -> None:
        self._send(
            connection,
            M.OrderMassCancelReport(cl_ord_id=request.cl_ord_id, order_id="MASS", mass_cancel_response="6"),
        )

    def _on_OrderGroupRequest(self, connection: SessionProtocol, request: M.OrderGroupRequest) -> None:
        if request.order_group_action == 1 and request.order_group_contracts_limit is None:
            self._send(
                connection,
                M.BusinessMessageReject(
                    ref_seq_num=request.msg_seq_num,
                    ref_msg_type="UOG",
                    business_reject_reason=5,
                    text="OrderGroupContractsLimit is required",
                ),
            )
            return
        if request.order_group_id is not None and request.order_group_id not in self.groups:
            text = f"unknown order group {request.order_group_id}"
            self._send(
                connection,
                M.BusinessMessageReject(
                    ref_seq_num=request.msg_seq_num, ref_msg_type="UOG", business_reject_reason=1, text=text
                ),
            )
            return
        group_id = request.order_group_id or f"grp-{next(self._ids)}"
        self.groups.add(group_id)
        self._send(
            connection,
            M.OrderGroupResponse(
                order_group_id=group_id, order_group_contracts_limit=request.order_group_contracts_limit
            ),
        )

    def _on_EventResendRequest(self, connection: SessionProtocol, request: M.EventResendRequest) -> None:
        begin = int(request.begin_exec_id) if request.begin_exec_id.isdigit() else 0
        replayed = [r for r in self.reports if int(r.exec_id) > begin]
        for report in replayed:
            self._send(connection, report)
        self._send(
            connection,
            M.EventResendComplete(ref_seq_num=request.msg_seq_num, resend_event_count=len(replayed)),
        )

    def _on_MarketDataRequest(self, connection: SessionProtocol, request: M.MarketDataRequest) -> None:
        for entry in request.related_sym:
            symbol = entry.symbol or ""
            if symbol.endswith("-REJECT"):
                self._send(connection, M.MarketDataRequestReject(md_req_rej_reason="2", text="symbol limit"))
                return
            book = self.books.setdefault(symbol, Book())
            levels = [("0", p, s) for p, s in book.bids.items()] + [
                ("1", p, s) for p, s in book.offers.items()
            ]
            entries = [
                M.MDEntry(md_entry_type=kind, md_entry_px=p, md_entry_size=s, **STAMPED)
                for kind, p, s in levels
            ]
            self._send(connection, M.MarketDataSnapshotFullRefresh(symbol=symbol, md_entries=entries))

    def _on_SecurityStatusRequest(
        self, connection: SessionProtocol, request: M.SecurityStatusRequest
    ) -> None:
        self._send(connection, M.SecurityStatus(symbol=request.symbol, security_trading_status=3))

    def _on_QuoteRequest(self, connection: SessionProtocol, request: M.QuoteRequest) -> None:
        self._send(
            connection,
            M.QuoteRequestAck(
                quote_req_id=request.quote_req_id,
                quote_request_type=1,
                rfq_id=f"rfq-{request.quote_req_id}",
                symbol=request.symbol,
                ex_destination=0,
            ),
        )

    def _on_Quote(self, connection: SessionProtocol, quote: M.Quote) -> None:
        self._send(
            connection,
            M.QuoteStatusReport(
                quote_id=quote.quote_id,
                quote_req_id=quote.quote_req_id,
                quote_status=10,
                bid_px=quote.bid_px,
                offer_px=quote.offer_px,
            ),
        )

    # --- pushing data ---------------------------------------------------------------------------------

    def market_data(self, symbol: str, changes: list[tuple[str, str, Decimal, Decimal]]) -> None:
        """Apply `(action, entry type, price, size)` changes to the book of `symbol` and send them
        to every market-data connection."""
        book = self.books.setdefault(symbol, Book())
        entries = []
        for action, kind, price, size in changes:
            side = book.bids if kind == "0" else book.offers
            if kind in ("0", "1"):
                if action == "2":
                    side.pop(price, None)
                else:
                    side[price] = size
            entries.append(
                M.MarketDataIncrementalRefreshMDEntry(
                    md_update_action=action,
                    symbol=symbol,
                    md_entry_type=kind,
                    md_entry_px=price,
                    md_entry_size=size,
                    md_entry_date="20260225",
                    md_entry_time="06:00:00.000",
                    aggressor_side="1" if kind == "2" else None,
                )
            )
        for connection in self.connections:
            if connection.session.active and connection.session.config.sender_comp_id == "KalshiMD":
                connection.send(M.MarketDataIncrementalRefresh(md_entries=entries))

    def push(self, target: str, message: Message) -> None:
        """Send `message` on every live connection of session type `target`."""
        for connection in self.connections:
            if connection.session.active and connection.session.config.sender_comp_id == target:
                connection.send(message)

    def live(self, target: str) -> list[SessionProtocol]:
        return [c for c in self.connections if c.session.active and c.session.config.sender_comp_id == target]
