"""`FixFront`: the FIX gateway of one venue, on the venue's event loop.

One listener serves every session type (the Logon's TargetCompID says which). Each connection is
a `kalshi_py.fix` acceptor session; a Logon is checked by `logons.py` and accepted with the
session's store: one per API key and session type, kept for the life of the exchange, so that
KalshiRT and KalshiPT answer ResendRequests across reconnects (and keep what was meant for them
while they were away), while the other session types log on with ResetSeqNumFlag=Y.

The engine's events arrive on the thread that made the engine call, under the engine lock; they
wait in a queue and are turned into messages on the loop, in the engine's order, the changes of
one call together (`drain`): execution reports (`reports.py`) to the session that placed the
order, to the account's listener sessions and to drop copy; book changes and trades to the
market-data sessions; settlement reports to post-trade sessions. A message from a session is
answered under the engine lock, after the queue is drained.

CancelOrdersOnDisconnect=Y cancels the orders placed through a session when its connection ends,
a Logout included. `venue.faults` drops connections, skips MsgSeqNums, sends PossDup duplicates
and delays heartbeats (see `kalshi_sim.faults`).
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

from ..engine import BookDelta, ExchangeEvent, FillEvent, MarketLifecycle, OrderUpdate, TradeEvent
from ..venue import Venue
from .drop_copy import DropCopy
from .logons import logon_refusal
from .market_data import MarketData
from .order_entry import OrderEntry
from .peers import Peer
from .post_trade import settlement_report
from .reports import Entry, Report, Reports
from .rfq import RfqDesk

__all__ = ["FixFront"]

LOG = logging.getLogger("kalshi_sim")
ORDER_ENTRY = frozenset({SessionType.ORDER_ENTRY, SessionType.ORDER_ENTRY_RETRANSMIT})
RT = frozenset({SessionType.ORDER_ENTRY_RETRANSMIT})
Handler = Callable[[Peer, Any], None]


class FixFront:
    """The FIX gateway of one venue: `await front.start(host, port)` on the venue's loop."""

    def __init__(self, venue: Venue) -> None:
        self.venue = venue
        engine = venue.exchange
        self.reports = Reports(live=engine.ledger.orders.get, clock=lambda: engine.clock)
        self.drop_copy = DropCopy()
        self.market_data = MarketData(engine, self.send)
        self.orders = OrderEntry(venue, self.reports, self.send)
        self.rfq = RfqDesk(venue, self.reports, self.send, self.deliver, self._makers)
        self.stores: dict[Entry, SessionStore] = {}
        self.peers: dict[AcceptorConnection, Peer] = {}
        self.live: dict[Entry, Peer] = {}
        """The logged-on sessions, by (API key id, TargetCompID)."""
        self.last: dict[Entry, Peer] = {}
        """The latest session of each retransmitting (API key, session type), live or away."""
        self.server: asyncio.Server | None = None
        self._pending: deque[ExchangeEvent] = deque()
        self._drain_scheduled = False
        self._routes: dict[type[Message], tuple[frozenset[SessionType], Handler, int]] = {
            M.NewOrderSingle: (ORDER_ENTRY, self.orders.new_order, 10),
            M.OrderCancelRequest: (ORDER_ENTRY, self.orders.cancel, 2),
            M.OrderCancelReplaceRequest: (ORDER_ENTRY, self.orders.replace, 10),
            M.OrderMassCancelRequest: (frozenset({SessionType.ORDER_ENTRY}), self.orders.mass_cancel, 10),
            M.OrderGroupRequest: (ORDER_ENTRY, self.orders.order_group, 10),
            M.QuoteRequest: (RT, self.rfq.create, 10),
            M.AcceptQuote: (RT, self.rfq.accept, 10),
            M.RFQCancel: (RT, self.rfq.cancel_rfq, 2),
            M.Quote: (frozenset({SessionType.RFQ}), self.rfq.quote, 10),
            M.QuoteCancel: (frozenset({SessionType.RFQ}), self.rfq.cancel_quote, 2),
            M.QuoteConfirm: (frozenset({SessionType.RFQ}), self.rfq.confirm, 10),
            M.EventResendRequest: (frozenset({SessionType.DROP_COPY}), self._replay, 0),
            M.MarketDataRequest: (frozenset({SessionType.MARKET_DATA}), self.market_data.request, 0),
            M.SecurityStatusRequest: (
                frozenset({SessionType.MARKET_DATA}),
                self.market_data.security_status,
                0,
            ),
        }
        self._unsubscribe = engine.subscribe(self._on_engine_event)
        venue.faults.on_fix_fault(self._on_fault)

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
            verdict = logon_refusal(logon, self.venue.keys, self._connected)
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
                    self._answer(peer, event.message)
            elif isinstance(event, LoggedOn):
                self._logged_on(connection, event.logon)
            elif isinstance(event, Disconnect):
                self._disconnected(connection)

    def _logged_on(self, connection: AcceptorConnection, logon: M.Logon) -> None:
        api_key = self.venue.keys.get(logon.sender_comp_id)
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
        self.market_data.forget(peer)
        if peer.order_entry and peer.cancel_orders_on_disconnect:
            self.orders.cancel_session_orders(peer.session, peer.user_id)
        self._schedule_drain()

    def _makers(self) -> list[Peer]:
        return [peer for peer in self.live.values() if peer.spec.session_type == SessionType.RFQ]

    # --- messages in ------------------------------------------------------------------------------------

    def _answer(self, peer: Peer, message: Message) -> None:
        route = self._routes.get(type(message))
        if route is None:
            if not isinstance(message, (M.Reject, M.BusinessMessageReject)) and hasattr(message, "MSG_TYPE"):
                self._refuse(peer, message, 3, f"MsgType {message.MSG_TYPE} is not accepted here")
            return
        allowed, handler, cost = route
        if peer.spec.session_type not in allowed:
            where = peer.spec.target_comp_id
            self._refuse(peer, message, 3, f"MsgType {message.MSG_TYPE} is not accepted on {where}")
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

    def _route(self, report: Report) -> None:
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

    def _settled(self, ticker: str) -> None:
        for entry, peer in {**self.last, **self.live}.items():
            if not peer.settlement_reports:
                continue
            for settlement in self.venue.exchange.settlements(peer.user_id, ticker=ticker)[-1:]:
                self.deliver(entry, settlement_report(peer.user_id, settlement))

    # --- the engine's events ----------------------------------------------------------------------------

    def _on_engine_event(self, event: ExchangeEvent) -> None:
        """The engine's listener (any thread, the engine lock held): queue, and drain on the loop."""
        self._pending.append(event)
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
        house = self.venue.exchange.house_accounts
        while self._pending:
            event = self._pending.popleft()
            try:
                if isinstance(event, (FillEvent, OrderUpdate)):
                    if event.user_id not in house:
                        made = (
                            self.reports.on_fill(event)
                            if isinstance(event, FillEvent)
                            else self.reports.on_order(event)
                        )
                        for report in made:
                            self._route(report)
                elif isinstance(event, BookDelta):
                    self.market_data.on_book_delta(event)
                elif isinstance(event, TradeEvent):
                    self.market_data.on_trade(event)
                elif isinstance(event, MarketLifecycle):
                    self.market_data.on_lifecycle(event)
                    if event.event_type == "settled":
                        self._settled(event.market_ticker)
            except Exception:  # one bad event must not stop the others
                LOG.exception("the FIX gateway could not process %s", type(event).__name__)
        self.market_data.flush()

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
