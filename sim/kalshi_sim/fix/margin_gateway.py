"""`MarginFixFront`: the FIX gateway of the margin (Perps) exchange, on `venue.margin`, apart
from the event contracts' gateway as Kalshi's are: its own listener, margin API keys only (an
event-contract key is refused at Logon, as a margin key is on the event-contract gateway), and
the margin session types: KalshiNR (order entry, mass cancel), KalshiRT (order entry with
retransmission), KalshiDC (drop copy) and KalshiMD (market data: the margin books and trades,
`margin_market_data.py`). KalshiRFQ and KalshiPT do not exist on margin, nor
ReceiveSettlementReports(20127).

Prices are dollars whatever the Logon's UseDollars(21005) says (margin is always in dollars);
Side 1 is a bid, 2 an ask. Execution reports are made from the margin engine's fills and order
changes exactly as the event contracts' are (`reports.py`): each Trade report carries the fill's
price, quantity and fee (NoMiscFees) as the margin REST API reports the fill, and the position
after it (LongQty / ShortQty). Orders placed over REST are reported to the account's listener
sessions and to drop copy too. Order groups (OrderGroupRequest, UOG) are the margin engine's, the
same the margin REST API manages.
"""

from __future__ import annotations

from kalshi_py.fix import Message, SessionStore
from kalshi_py.fix import messages as M
from kalshi_py.fix.acceptor import AcceptorConnection
from kalshi_py.fix.session_types import SessionType

from ..engine.margin import MarginBookDelta, MarginFillEvent, MarginOrderUpdate, MarginTradeEvent
from ..venue import Venue
from .logons import Product
from .margin_market_data import MarginMarketData
from .margin_orders import MarginOrderEntry, event_contract_field
from .peers import Peer
from .reports import Execution, Reports
from .sessions import FixGateway

__all__ = ["MARGIN_SESSION_TYPES", "MarginFixFront"]

MARGIN_SESSION_TYPES = (
    SessionType.ORDER_ENTRY,
    SessionType.ORDER_ENTRY_RETRANSMIT,
    SessionType.DROP_COPY,
    SessionType.MARKET_DATA,
)
"""The session types the local margin gateway serves."""


class MarginFixFront(FixGateway):
    """The margin FIX gateway of one venue: `await front.start(host, port)` on the venue's loop."""

    def __init__(self, venue: Venue) -> None:
        margin = venue.margin
        reports = Reports(live=margin.ledger.orders.get, clock=lambda: margin.clock)
        product = Product(
            "margin",
            venue.margin_keys,
            session_types=MARGIN_SESSION_TYPES,
            other_name="event-contract",
            other_keys=venue.keys,
        )
        super().__init__(venue, product, reports, MarginOrderEntry(venue, reports, self.send))
        self.market_data = MarginMarketData(margin, self.send)
        self.routes[M.MarketDataRequest] = (
            frozenset({SessionType.MARKET_DATA}),
            self.market_data.request,
            0,
        )
        self._unsubscribe = margin.subscribe(self.on_engine_event)

    def _authenticate(self, logon: M.Logon) -> SessionStore | str:
        if logon.receive_settlement_reports:
            return (
                "ReceiveSettlementReports(20127) is not offered on margin sessions: margin has no settlements"
            )
        return super()._authenticate(logon)

    def _logged_on(self, connection: AcceptorConnection, logon: M.Logon) -> None:
        connection.session.config.cents = False  # margin prices are always dollars
        super()._logged_on(connection, logon)

    def refusal(self, peer: Peer, message: Message) -> bool:
        found = event_contract_field(message)
        if found is None:
            return False
        tag, name = found
        self.send(
            peer,
            M.Reject(
                ref_seq_num=message.msg_seq_num,
                ref_tag_id=tag,
                ref_msg_type=message.MSG_TYPE,
                session_reject_reason=2,
                text=f"{name}({tag}) is an event-contract field, not one of margin {message.MSG_TYPE}",
            ),
        )
        return True

    def forget(self, peer: Peer) -> None:
        self.market_data.forget(peer)

    def flush(self) -> None:
        self.market_data.flush()

    def process(self, event: object) -> None:
        if isinstance(event, MarginBookDelta):
            self.market_data.on_book_delta(event)
        elif isinstance(event, MarginTradeEvent):
            self.market_data.on_trade(event)
        elif isinstance(event, MarginFillEvent):
            if event.user_id in self.venue.margin.house_accounts:
                return
            fill = event.fill
            execution = Execution(
                order_id=fill.order_id,
                client_order_id=fill.client_order_id,
                trade_id=fill.trade_id,
                count=fill.count,
                price=fill.price,
                fee=fill.fee,
                is_taker=fill.is_taker,
                post_position=fill.post_position,
                created_time=fill.created_time,
            )
            for report in self.reports.fill(execution):
                self.route_report(report)
        elif isinstance(event, MarginOrderUpdate) and event.user_id not in self.venue.margin.house_accounts:
            for report in self.reports.on_order(event):
                self.route_report(report)
