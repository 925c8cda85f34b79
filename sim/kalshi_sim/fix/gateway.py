"""`FixFront`: the FIX gateway of the event contracts, on the venue's engine, with every session
type (`sessions.py` says what every gateway does with its sessions).

Beyond order entry, order groups and drop copy: requests for quote
(`rfq.py`: KalshiRT creates and accepts, KalshiRFQ quotes), book changes and trades to the
market-data sessions (`market_data.py`), and settlement reports to post-trade sessions
(`post_trade.py`, and KalshiRT with ReceiveSettlementReports=Y).
"""

from __future__ import annotations

from kalshi_py.fix import messages as M
from kalshi_py.fix.session_types import SessionType

from ..engine import BookDelta, FillEvent, MarketLifecycle, OrderUpdate, TradeEvent
from ..venue import Venue
from .logons import Product
from .market_data import MarketData
from .order_entry import OrderEntry
from .peers import Peer
from .post_trade import settlement_report
from .reports import Reports
from .rfq import RfqDesk
from .sessions import FixGateway

__all__ = ["FixFront"]

RT = frozenset({SessionType.ORDER_ENTRY_RETRANSMIT})


class FixFront(FixGateway):
    """The event-contract FIX gateway of one venue: `await front.start(host, port)` on the
    venue's loop."""

    def __init__(self, venue: Venue) -> None:
        engine = venue.exchange
        reports = Reports(live=engine.ledger.orders.get, clock=lambda: engine.clock)
        product = Product("event-contract", venue.keys, other_name="margin", other_keys=venue.margin_keys)
        orders = OrderEntry(venue, reports, self.send)
        super().__init__(venue, product, reports, orders)
        self.market_data = MarketData(engine, self.send)
        self.rfq = RfqDesk(venue, self.reports, self.send, self.deliver, self._makers)
        market_data = frozenset({SessionType.MARKET_DATA})
        self.routes.update(
            {
                M.QuoteRequest: (RT, self.rfq.create, 10),
                M.AcceptQuote: (RT, self.rfq.accept, 10),
                M.RFQCancel: (RT, self.rfq.cancel_rfq, 2),
                M.Quote: (frozenset({SessionType.RFQ}), self.rfq.quote, 10),
                M.QuoteCancel: (frozenset({SessionType.RFQ}), self.rfq.cancel_quote, 2),
                M.QuoteConfirm: (frozenset({SessionType.RFQ}), self.rfq.confirm, 10),
                M.MarketDataRequest: (market_data, self.market_data.request, 0),
                M.SecurityStatusRequest: (market_data, self.market_data.security_status, 0),
            }
        )
        self._unsubscribe = engine.subscribe(self.on_engine_event)

    def _makers(self) -> list[Peer]:
        return [peer for peer in self.live.values() if peer.spec.session_type == SessionType.RFQ]

    def forget(self, peer: Peer) -> None:
        self.market_data.forget(peer)

    def process(self, event: object) -> None:
        if isinstance(event, (FillEvent, OrderUpdate)):
            if event.user_id not in self.venue.exchange.house_accounts:
                made = (
                    self.reports.on_fill(event)
                    if isinstance(event, FillEvent)
                    else self.reports.on_order(event)
                )
                for report in made:
                    self.route_report(report)
        elif isinstance(event, BookDelta):
            self.market_data.on_book_delta(event)
        elif isinstance(event, TradeEvent):
            self.market_data.on_trade(event)
        elif isinstance(event, MarketLifecycle):
            self.market_data.on_lifecycle(event)
            if event.event_type == "settled":
                self._settled(event.market_ticker)

    def flush(self) -> None:
        self.market_data.flush()

    def _settled(self, ticker: str) -> None:
        for entry, peer in {**self.last, **self.live}.items():
            if not peer.settlement_reports:
                continue
            for settlement in self.venue.exchange.settlements(peer.user_id, ticker=ticker)[-1:]:
                self.deliver(entry, settlement_report(peer.user_id, settlement))
