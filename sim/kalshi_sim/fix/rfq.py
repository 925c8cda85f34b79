"""Requests for quote over FIX: creators on KalshiRT, market makers on KalshiRFQ.

A creator's QuoteRequest (R) is acknowledged (QuoteRequestAck, b, with the RfqId) and sent on to
the makers of every other account logged on to KalshiRFQ, as a QuoteRequest whose QuoteReqID is
the RfqId. A maker's Quote (S) is a YES bid (BidPx) and a NO bid (OfferPx) for the whole size,
either 0 for no quote on that side; a new quote replaces the maker's earlier one on that RFQ. The
maker is answered with QuoteStatusReport (AI, pending) and the creator receives the quote. The
creator accepts one side with AcceptQuote (UA; Side 1 buys YES from the maker's NO bid, 2 sells
YES to its YES bid), answered with AcceptQuoteStatus (UC); the maker is told with a
QuoteStatusReport (accepted) and confirms with QuoteConfirm (U7), answered with
QuoteConfirmStatus (U8). Then, as on Kalshi, both orders go to the public book: the maker's rests
at the quoted price, the creator's meets it (immediate or cancel), and whatever of the maker's
is left is canceled; both sides get their execution reports as for any order. QuoteCancel (Z)
and RFQCancel (UE) withdraw a quote or an RFQ. Multivariate RFQs and sizes in dollars
(CashOrderQty) are refused here.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kalshi_py.fix import Message
from kalshi_py.fix import messages as M

from ..engine import ExchangeError
from ..venue import Venue
from .peers import Peer
from .reports import Entry, Reports

__all__ = ["RfqDesk"]

ZERO = Decimal(0)
ONE = Decimal(1)


@dataclass
class Rfq:
    rfq_id: str
    quote_req_id: str
    creator: Entry
    user_id: str
    symbol: str
    order_qty: Decimal
    open: bool = True


@dataclass
class Quote:
    quote_id: str
    rfq: Rfq
    maker: Peer
    bid_px: Decimal
    offer_px: Decimal
    status: str = "pending"
    side: str = ""
    order_qty: Decimal = ZERO


class RfqDesk:
    """RFQs and quotes between creators and makers. `send(peer, message)` writes to a live
    session, `deliver(entry, message)` to a creator's KalshiRT session, kept while it is away."""

    def __init__(
        self,
        venue: Venue,
        reports: Reports,
        send: Callable[[Peer, Message], None],
        deliver: Callable[[Entry, Message], None],
        makers: Callable[[], list[Peer]],
    ) -> None:
        self.venue = venue
        self.reports = reports
        self.send = send
        self.deliver = deliver
        self.makers = makers
        self.rfqs: dict[str, Rfq] = {}
        self.quotes: dict[str, Quote] = {}

    # --- creators (KalshiRT) ----------------------------------------------------------------------

    def create(self, peer: Peer, request: M.QuoteRequest) -> None:
        problem = self._rfq_problem(request)
        if problem is not None:
            reason, text = problem
            self.send(
                peer,
                M.QuoteRequestReject(
                    quote_req_id=request.quote_req_id, quote_request_reject_reason=reason, text=text
                ),
            )
            return
        assert request.symbol is not None
        assert request.order_qty is not None
        if request.replace_existing:
            for rfq in self.rfqs.values():
                if rfq.user_id == peer.user_id:
                    rfq.open = False
        rfq = Rfq(
            str(uuid.uuid4()),
            request.quote_req_id,
            peer.session,
            peer.user_id,
            request.symbol,
            request.order_qty,
        )
        self.rfqs[rfq.rfq_id] = rfq
        ack = M.QuoteRequestAck(
            quote_req_id=request.quote_req_id,
            quote_request_type=1,
            rfq_id=rfq.rfq_id,
            symbol=rfq.symbol,
            ex_destination=0,
        )
        self.send(peer, ack)
        notice = M.QuoteRequest(
            quote_req_id=rfq.rfq_id, no_related_sym=1, symbol=rfq.symbol, order_qty=rfq.order_qty
        )
        for maker in self.makers():
            if maker.user_id != peer.user_id:
                self.send(maker, notice)

    def _rfq_problem(self, request: M.QuoteRequest) -> tuple[int, str] | None:
        if request.multivariate_collection_ticker or request.multivariate_selected_legs:
            return 99, "multivariate RFQs are not supported by the local exchange"
        market = self.venue.exchange.markets.get(request.symbol or "")
        if market is None:
            return 1, f"unknown market {request.symbol}"
        if market.status != "active":
            return 99, f"market {market.ticker} is {market.status}"
        if request.order_qty is None:
            return 99, "give OrderQty(38): CashOrderQty(152) is not supported by the local exchange"
        if request.order_qty <= 0 or request.order_qty != request.order_qty.to_integral_value():
            return 99, f"OrderQty(38) must be a whole number of contracts, got {request.order_qty}"
        return None

    def accept(self, peer: Peer, accept: M.AcceptQuote) -> None:
        quote = self.quotes.get(accept.quote_id)
        problem = None
        if quote is None or quote.rfq.user_id != peer.user_id:
            problem = f"unknown quote {accept.quote_id}"
        elif quote.status != "pending" or not quote.rfq.open:
            problem = f"quote {accept.quote_id} is {quote.status if quote.rfq.open else 'on a closed RFQ'}"
        elif accept.side not in ("1", "2") or (quote.offer_px if accept.side == "1" else quote.bid_px) <= 0:
            problem = f"quote {accept.quote_id} has no price for Side(54)={accept.side}"
        elif accept.order_qty is not None and not ZERO < accept.order_qty <= quote.rfq.order_qty:
            problem = f"OrderQty(38) must be more than 0 and at most the RFQ's {quote.rfq.order_qty}"
        if problem is not None or quote is None:
            self.send(
                peer, M.AcceptQuoteStatus(quote_id=accept.quote_id, accept_quote_status=1, text=problem)
            )
            return
        quote.status, quote.side = "accepted", accept.side
        quote.order_qty = accept.order_qty or quote.rfq.order_qty
        status = M.AcceptQuoteStatus(
            quote_id=quote.quote_id,
            accept_quote_status=0,
            accepted_quote_id=quote.quote_id,
            cl_ord_id=accept.cl_ord_id,
        )
        self.send(peer, status)
        self.send(quote.maker, self._status(quote, 0, side=quote.side))

    def cancel_rfq(self, peer: Peer, cancel: M.RFQCancel) -> None:
        rfq = self.rfqs.get(cancel.rfq_id or "") or next(
            (
                r
                for r in self.rfqs.values()
                if r.quote_req_id == cancel.quote_req_id and r.user_id == peer.user_id
            ),
            None,
        )
        asked = cancel.quote_req_id or cancel.rfq_id or "NONE"
        if rfq is None or rfq.user_id != peer.user_id or not rfq.open:
            text = f"no open RFQ {asked}"
            self.send(
                peer,
                M.RFQCancelStatus(quote_req_id=asked, rfq_cancel_status=1, text=text, rfq_id=cancel.rfq_id),
            )
            return
        rfq.open = False
        self.send(
            peer, M.RFQCancelStatus(quote_req_id=rfq.quote_req_id, rfq_cancel_status=0, rfq_id=rfq.rfq_id)
        )

    # --- makers (KalshiRFQ) -----------------------------------------------------------------------

    def quote(self, peer: Peer, quote: M.Quote) -> None:
        rfq = self.rfqs.get(quote.quote_req_id)
        bid, offer = quote.bid_px or ZERO, quote.offer_px or ZERO
        problem = None
        if rfq is None or not rfq.open or rfq.symbol != quote.symbol:
            problem = f"no open RFQ {quote.quote_req_id} on {quote.symbol}"
        elif rfq.user_id == peer.user_id:
            problem = "a quote on your own RFQ"
        elif bid <= 0 and offer <= 0:
            problem = "quote at least one side: BidPx(132) or OfferPx(133) above 0"
        elif any(p > 0 and not self.venue.exchange.markets[rfq.symbol].on_grid(p) for p in (bid, offer)):
            problem = f"BidPx(132) {bid} or OfferPx(133) {offer} is not on the price grid of {rfq.symbol}"
        if problem is not None or rfq is None:
            rejected = M.QuoteStatusReport(
                quote_id=quote.quote_id, quote_req_id=quote.quote_req_id, quote_status=5, text=problem
            )
            self.send(peer, rejected)
            return
        for earlier in self.quotes.values():
            if earlier.rfq is rfq and earlier.maker.user_id == peer.user_id and earlier.status == "pending":
                earlier.status = "cancelled"
        made = self.quotes[quote.quote_id] = Quote(quote.quote_id, rfq, peer, bid, offer)
        self.send(peer, self._status(made, 10))
        to_creator = M.Quote(
            quote_id=made.quote_id,
            quote_req_id=rfq.quote_req_id,
            symbol=rfq.symbol,
            bid_px=bid,
            offer_px=offer,
            order_qty=rfq.order_qty,
        )
        self.deliver(rfq.creator, to_creator)

    def cancel_quote(self, peer: Peer, cancel: M.QuoteCancel) -> None:
        quote = self.quotes.get(cancel.quote_id)
        if quote is None or quote.maker.user_id != peer.user_id or quote.status != "pending":
            text = f"no pending quote {cancel.quote_id}"
            self.send(peer, M.QuoteCancelStatus(quote_id=cancel.quote_id, quote_cancel_status=1, text=text))
            return
        quote.status = "cancelled"
        self.send(peer, M.QuoteCancelStatus(quote_id=quote.quote_id, quote_cancel_status=0))

    def confirm(self, peer: Peer, confirm: M.QuoteConfirm) -> None:
        quote = self.quotes.get(confirm.quote_id)
        if quote is None or quote.maker.user_id != peer.user_id or quote.status != "accepted":
            text = f"no accepted quote {confirm.quote_id} to confirm"
            self.send(
                peer, M.QuoteConfirmStatus(quote_id=confirm.quote_id, quote_confirm_status=1, text=text)
            )
            return
        problem = self._execute(quote)
        if problem is not None:
            quote.status = "cancelled"
            self.send(
                peer,
                M.QuoteConfirmStatus(quote_id=quote.quote_id, quote_confirm_status=1, text=problem[:200]),
            )
            return
        quote.status, quote.rfq.open = "confirmed", False
        self.send(peer, M.QuoteConfirmStatus(quote_id=quote.quote_id, quote_confirm_status=0))

    def _execute(self, quote: Quote) -> str | None:
        """Put both orders on the book: the maker's resting at the quote, the creator's meeting it.
        Why not, when the exchange refuses either."""
        engine = self.venue.exchange
        rfq = quote.rfq
        # Side 1: the creator buys YES from the maker's NO bid; Side 2: sells YES to its YES bid.
        price = ONE - quote.offer_px if quote.side == "1" else quote.bid_px
        maker_side, creator_side = ("ask", "bid") if quote.side == "1" else ("bid", "ask")
        common: dict[str, Any] = {
            "ticker": rfq.symbol,
            "count": quote.order_qty,
            "price": price,
            "self_trade_prevention_type": "maker",
        }
        maker_order_id: str | None = None
        try:
            maker = engine.create_order(
                quote.maker.user_id, side=maker_side, time_in_force="good_till_canceled", **common
            )
            maker_order_id = maker.order.order_id
            client_order_id = str(uuid.uuid4())
            self.reports.entries[(rfq.user_id, client_order_id)] = rfq.creator
            engine.create_order(
                rfq.user_id,
                side=creator_side,
                time_in_force="immediate_or_cancel",
                client_order_id=client_order_id,
                **common,
            )
        except ExchangeError as exc:
            return exc.message
        finally:
            if maker_order_id is not None and engine.ledger.orders[maker_order_id].is_resting:
                engine.cancel_order(quote.maker.user_id, maker_order_id)
        return None

    def _status(self, quote: Quote, status: int, side: str | None = None) -> M.QuoteStatusReport:
        return M.QuoteStatusReport(
            quote_id=quote.quote_id,
            quote_req_id=quote.rfq.rfq_id,
            quote_status=status,
            order_qty=quote.order_qty or quote.rfq.order_qty,
            bid_px=quote.bid_px,
            offer_px=quote.offer_px,
            side=side,
        )
