"""`FixGateway`: what every FIX gateway of the local exchange does with its sessions, whichever
product it serves (`gateway.py` event contracts, `margin_gateway.py` margin).

One listener serves every session type of the product (the Logon's TargetCompID says which). Each
connection is a `kalshi_py.fix` acceptor session; a Logon is checked by `logons.py` against the
product's keys and session types and accepted with the session's store: one per API key and
session type, kept for the life of the exchange, so that the retransmitting session types answer
ResendRequests across reconnects (and keep what was meant for them while they were away), while
the others log on with ResetSeqNumFlag=Y.

The engine's events arrive on the thread that made the engine call, under the engine lock; they
wait in a queue and are turned into messages on the loop, in the engine's order, the changes of
one call together (`drain`, each event through the product's `process`). A message from a session
is answered under the engine lock, after the queue is drained, by the handler its type routes to
(`routes`: the session types that may send it, the handler, its write cost); a type with no route
gets a BusinessMessageReject, 380=3.

Execution reports go to the session that placed the order, to the account's listener sessions and
to drop copy (`route_report`). CancelOrdersOnDisconnect=Y cancels the orders placed through a
session when its connection ends, a Logout included. `venue.faults` drops connections, skips
MsgSeqNums, sends PossDup duplicates and delays heartbeats (see `kalshi_sim.faults`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections import deque
from collections.abc import Callable
from typing import Any

from kalshi_py.fix import MemoryStore, Message, SessionStore
from kalshi_py.fix import messages as M
from kalshi_py.fix.acceptor import AcceptorConnection, serve
from kalshi_py.fix.errors import FixError
from kalshi_py.fix.events import Disconnect, Event, LoggedOn, Received
from kalshi_py.fix.session import Session, SessionConfig
from kalshi_py.fix.session_types import SessionType, session_type

from ..venue import Venue
from .drop_copy import DropCopy
from .logons import Product, logon_refusal
from .order_entry import OrderEntry
from .peers import Peer
from .reports import Entry, Report, Reports

__all__ = ["ORDER_ENTRY", "FixGateway", "Handler", "Route"]

LOG = logging.getLogger("kalshi_sim")
ORDER_ENTRY = frozenset({SessionType.ORDER_ENTRY, SessionType.ORDER_ENTRY_RETRANSMIT})
Handler = Callable[[Peer, Any], None]
Route = tuple[frozenset[SessionType], Handler, int]
"""The session types that may send a message type, its handler, and its write cost."""


class FixGateway:
    """The sessions of one product's FIX gateway: `await gateway.start(host, port)` on the
    venue's loop. A product's gateway sets `routes`, subscribes `on_engine_event` to its engine
    and says what its engine's events become (`process`)."""

    def __init__(self, venue: Venue, product: Product, reports: Reports, orders: OrderEntry) -> None:
        self.venue = venue
        self.product = product
        self.reports = reports
        self.orders = orders
        self.drop_copy = DropCopy()
        self.stores: dict[Entry, SessionStore] = {}
        self.peers: dict[AcceptorConnection, Peer] = {}
        self.live: dict[Entry, Peer] = {}
        """The logged-on sessions, by (API key id, TargetCompID)."""
        self.last: dict[Entry, Peer] = {}
        """The latest session of each retransmitting (API key, session type), live or away."""
        self.server: asyncio.Server | None = None
        self.routes: dict[type[Message], Route] = {
            M.NewOrderSingle: (ORDER_ENTRY, orders.new_order, 10),
            M.OrderCancelRequest: (ORDER_ENTRY, orders.cancel, 2),
            M.OrderCancelReplaceRequest: (ORDER_ENTRY, orders.replace, 10),
            M.OrderMassCancelRequest: (frozenset({SessionType.ORDER_ENTRY}), orders.mass_cancel, 10),
            M.OrderGroupRequest: (ORDER_ENTRY, orders.order_group, 10),
            M.EventResendRequest: (frozenset({SessionType.DROP_COPY}), self._replay, 0),
        }
        self._unsubscribe: Callable[[], None] = lambda: None
        self._pending: deque[object] = deque()
        self._drain_scheduled = False
        self._answering = False
        venue.faults.on_fix_fault(self._on_fault)

    # --- what each product says ---------------------------------------------------------------------

    def process(self, event: object) -> None:
        """Turn one of the engine's events into messages."""

    def flush(self) -> None:
        """After a drain: send what `process` gathered."""

    def forget(self, peer: Peer) -> None:
        """A session's connection ended."""

    def refusal(self, peer: Peer, message: Message) -> bool:
        """Refuse `message` before its handler sees it (True when refused)."""
        return False

    # --- lifecycle ------------------------------------------------------------------------------------

    async def start(self, host: str, port: int, ssl_context: ssl.SSLContext | None = None) -> int:
        """Listen on `host:port` (0: a free port); returns the port."""
        self.server = await serve(
            host,
            port,
            new_session=self._new_session,
            on_event=self._on_session_event,
            ssl_context=ssl_context,
        )
        return int(self.server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        """Stop listening and drop every connection."""
        server, self.server = self.server, None
        if server is not None:
            server.close()
        for peer in list(self.peers.values()):
            peer.connection.abort()
        if server is not None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(server.wait_closed(), 1.0)

    def close(self) -> None:
        """Stop listening to the engine."""
        self._unsubscribe()

    # --- sessions ---------------------------------------------------------------------------------------

    def _new_session(self) -> Session:
        return Session(SessionConfig(sender_comp_id=""), initiator=False, authenticate=self._authenticate)

    def _authenticate(self, logon: M.Logon) -> SessionStore | str:
        with self.venue.engine_lock:
            verdict = logon_refusal(logon, self.product, self._connected)
            if isinstance(verdict, str):
                return verdict
            api_key, spec = verdict
            return self.stores.setdefault((api_key.api_key_id, spec.target_comp_id), MemoryStore())

    def _connected(self, key_id: str) -> bool:
        return any(peer.api_key.api_key_id == key_id for peer in self.live.values())

    def _on_session_event(self, connection: AcceptorConnection, event: Event) -> None:
        with self.venue.engine_lock:
            if isinstance(event, Received):
                peer = self.peers.get(connection)
                if peer is not None:
                    self.drain()
                    self._answering = True  # its events are drained right after, not on the loop
                    try:
                        self._answer(peer, event.message)
                    finally:
                        self._answering = False
                    self.drain()  # its reports now, in the same write as the answer
            elif isinstance(event, LoggedOn):
                self._logged_on(connection, event.logon)
            elif isinstance(event, Disconnect):
                self._disconnected(connection)

    def _logged_on(self, connection: AcceptorConnection, logon: M.Logon) -> None:
        api_key = self.product.keys.get(logon.sender_comp_id)
        if api_key is None:  # the key was removed meanwhile
            connection.abort()
            return
        spec = session_type(logon.target_comp_id)
        connection.session.config.retransmission = spec.retransmission
        peer = Peer(connection, api_key, spec, logon)
        self.peers[connection] = peer
        self.live[peer.session] = peer
        if spec.retransmission:
            self.last[peer.session] = peer

    def _disconnected(self, connection: AcceptorConnection) -> None:
        peer = self.peers.pop(connection, None)
        if peer is None:
            return
        if self.live.get(peer.session) is peer:
            del self.live[peer.session]
        self.forget(peer)
        if peer.order_entry and peer.cancel_orders_on_disconnect:
            self.orders.cancel_session_orders(peer.session, peer.user_id)
        self._schedule_drain()

    # --- messages in ------------------------------------------------------------------------------------

    def _answer(self, peer: Peer, message: Message) -> None:
        route = self.routes.get(type(message))
        if route is None:
            if not isinstance(message, (M.Reject, M.BusinessMessageReject)) and hasattr(message, "MSG_TYPE"):
                self._refuse(peer, message, 3, f"MsgType {message.MSG_TYPE} is not accepted here")
            return
        allowed, handler, cost = route
        if peer.spec.session_type not in allowed:
            where = peer.spec.target_comp_id
            self._refuse(peer, message, 3, f"MsgType {message.MSG_TYPE} is not accepted on {where}")
            return
        if self.refusal(peer, message):
            return
        if cost:
            if peer.listener:
                self._refuse(peer, message, 6, "a listener session (ListenerSession=Y) cannot send orders")
                return
            if "write" not in peer.api_key.scopes:
                self._refuse(peer, message, 6, f"API key {peer.api_key.api_key_id} has no write scope")
                return
            if not self.venue.faults.allow(peer.user_id, "write", cost):
                self._refuse(peer, message, 8, "rate limit exceeded: the write budget is spent")
                return
        try:
            handler(peer, message)
        except Exception:  # a fault of the gateway must not end the session, nor reach the engine's caller
            LOG.exception("the FIX gateway could not answer %s", type(message).__name__)
            self._refuse(peer, message, 0, "the exchange could not process this message")

    def _refuse(self, peer: Peer, message: Message, reason: int, text: str) -> None:
        self.send(
            peer,
            M.BusinessMessageReject(
                ref_seq_num=message.msg_seq_num,
                ref_msg_type=message.MSG_TYPE,
                business_reject_reason=reason,
                business_reject_ref_id=getattr(message, "cl_ord_id", None),
                text=text[:200],
            ),
        )

    def _replay(self, peer: Peer, request: M.EventResendRequest) -> None:
        answer = self.drop_copy.replay(peer.user_id, request)
        if isinstance(answer, M.EventResendReject):
            self.send(peer, answer)
            return
        for report in answer:
            self.send(peer, report)
        self.send(
            peer, M.EventResendComplete(ref_seq_num=request.msg_seq_num, resend_event_count=len(answer))
        )

    # --- messages out -----------------------------------------------------------------------------------

    def send(self, peer: Peer, message: Message) -> None:
        """Write `message` to a live session now (with the faults' skips and duplicates)."""
        connection = peer.connection
        if not connection.session.active:
            return
        try:
            seq = connection.send(message)
        except FixError:
            LOG.exception("the FIX gateway could not send %s", type(message).__name__)
            return
        faults = self.venue.faults
        if faults.duplicate_fix():
            connection.send_duplicate(seq)
        if faults.skip_fix_seq():
            connection.skip_sequence_numbers(1)

    def deliver(self, entry: Entry, message: Message) -> None:
        """Send `message` to the session `entry`; while a retransmitting one is away, keep it in
        its store for the ResendRequest after its next Logon."""
        peer = self.live.get(entry)
        if peer is not None:
            self.send(peer, message)
            return
        away = self.last.get(entry)
        if away is not None and away.connection.session.store is not None:
            away.connection.session.keep(message)

    def route_report(self, report: Report) -> None:
        """An execution report to its order's session, the account's listeners and drop copy."""
        self.drop_copy.record(report.user_id, report.message)
        recipients = [] if report.entry is None else [report.entry]
        for entry, peer in (*self.live.items(), *self.last.items()):
            if peer.listener and peer.user_id == report.user_id and entry not in recipients:
                recipients.append(entry)
        for entry in recipients:
            receiver = self.live.get(entry) or self.last.get(entry)
            message = receiver.wants(report) if receiver is not None else None
            if message is not None:
                self.deliver(entry, message)

    def on_engine_event(self, event: object) -> None:
        """The engine's listener (any thread, the engine lock held): queue, and drain on the loop."""
        self._pending.append(event)
        if not self._answering:
            self._schedule_drain()

    def _schedule_drain(self) -> None:
        loop = self.venue.loop
        if loop is None or self._drain_scheduled:
            return
        self._drain_scheduled = True
        with contextlib.suppress(RuntimeError):  # the loop is closing
            if self.venue.on_loop_thread():
                loop.call_soon(self._drain_soon)
            else:
                loop.call_soon_threadsafe(self._drain_soon)

    def _drain_soon(self) -> None:
        self._drain_scheduled = False
        self.venue.run_locked_on_loop(self.drain)

    def drain(self) -> None:
        """Turn the queued engine events into messages (on the loop, under the engine lock)."""
        while self._pending:
            event = self._pending.popleft()
            try:
                self.process(event)
            except Exception:  # one bad event must not stop the others
                LOG.exception("the FIX gateway could not process %s", type(event).__name__)
        self.flush()

    # --- faults -----------------------------------------------------------------------------------------

    def _on_fault(self, action: str, seconds: float) -> None:
        loop = self.venue.loop
        if loop is None:
            return
        if self.venue.on_loop_thread():
            self._apply_fault(action, seconds)
        else:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._apply_fault, action, seconds)

    def _apply_fault(self, action: str, seconds: float) -> None:
        for peer in list(self.peers.values()):
            if action == "disconnect":
                peer.connection.abort()
            elif action == "delay_heartbeats":
                peer.connection.delay_heartbeats(seconds)
