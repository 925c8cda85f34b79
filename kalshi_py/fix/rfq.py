"""Requests for quotes over FIX (https://docs.kalshi.com/fix/rfq-messages).

Market makers (KalshiRFQ, `RFQSession`) receive RFQs and quote; creators (on KalshiRT, through
`OrderEntrySession`, which has the `RFQCreator` methods) ask for quotes and accept one.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import TypeVar

from . import messages as M
from ._message import Message
from .client import FixClient
from .errors import QuoteRequestRejected
from .session_types import SessionType

__all__ = ["RFQCreator", "RFQSession"]

T = TypeVar("T", bound=Message)


async def _answer(
    client: FixClient, message: Message, kind: type[T], *, key: str, value: str, timeout: float
) -> T:
    """Send `message`; the first message of type `kind` whose `key` is `value` answers it."""
    answer = await client.ask(message, lambda m: isinstance(m, kind) and getattr(m, key) == value, timeout)
    assert isinstance(answer, kind)
    return answer


class RFQSession(FixClient):
    """The market maker's side: RFQs in, quotes out."""

    session_types = (SessionType.RFQ,)
    streams = ("messages", "quote_requests")

    def quote_requests(self) -> AsyncIterator[M.QuoteRequest]:
        """Every RFQ (QuoteRequest, 35=R) the exchange sends, in order."""
        return self._stream("quote_requests")

    async def quote(
        self,
        quote_req_id: str,
        market_ticker: str,
        *,
        bid_px: Decimal | None = None,
        offer_px: Decimal | None = None,
        bid_size: Decimal | None = None,
        offer_size: Decimal | None = None,
        quote_id: str | None = None,
        rest_remainder: bool | None = None,
        timeout: float = 10.0,
    ) -> M.QuoteStatusReport:
        """Quote on an RFQ (a YES bid and/or offer, dollars); returns the QuoteStatusReport."""
        message = M.Quote(
            quote_id=quote_id or str(uuid.uuid4()),
            quote_req_id=quote_req_id,
            symbol=market_ticker,
            bid_px=bid_px,
            offer_px=offer_px,
            bid_size=bid_size,
            offer_size=offer_size,
            rest_remainder=rest_remainder,
        )
        return await _answer(
            self, message, M.QuoteStatusReport, key="quote_id", value=message.quote_id, timeout=timeout
        )

    async def cancel_quote(self, quote_id: str, *, timeout: float = 10.0) -> M.QuoteCancelStatus:
        return await _answer(
            self,
            M.QuoteCancel(quote_id=quote_id),
            M.QuoteCancelStatus,
            key="quote_id",
            value=quote_id,
            timeout=timeout,
        )

    async def confirm_quote(self, quote_id: str, *, timeout: float = 10.0) -> M.QuoteConfirmStatus:
        """Confirm a quote the creator accepted (QuoteConfirm, 35=U7)."""
        confirm = M.QuoteConfirm(quote_id=quote_id)
        return await _answer(
            self, confirm, M.QuoteConfirmStatus, key="quote_id", value=quote_id, timeout=timeout
        )

    def _on_message(self, message: Message) -> None:
        if isinstance(message, M.QuoteRequest):
            self._publish("quote_requests", message)
        super()._on_message(message)


class RFQCreator(FixClient):
    """The creator's side of RFQs, on an order-entry session with retransmission (KalshiRT)."""

    async def create_rfq(
        self,
        market_ticker: str,
        *,
        count: Decimal | None = None,
        cash: Decimal | None = None,
        rest_remainder: bool | None = None,
        replace_existing: bool | None = None,
        timeout: float = 10.0,
    ) -> M.QuoteRequestAck:
        """Ask for quotes on `count` contracts (or `cash` dollars) of a market; returns the
        QuoteRequestAck (its `rfq_id`), or raises `QuoteRequestRejected`."""
        message = M.QuoteRequest(
            quote_req_id=str(uuid.uuid4()),
            no_related_sym=1,
            symbol=market_ticker,
            order_qty=count,
            cash_order_qty=cash,
            rest_remainder=rest_remainder,
            replace_existing=replace_existing,
        )
        answer = await self.ask(
            message,
            lambda m: (
                isinstance(m, (M.QuoteRequestAck, M.QuoteRequestReject))
                and m.quote_req_id == message.quote_req_id
            ),
            timeout,
        )
        if isinstance(answer, M.QuoteRequestReject):
            reason = f"{answer.text} (QuoteRequestRejectReason {answer.quote_request_reject_reason})"
            raise QuoteRequestRejected(f"RFQ refused: {reason}", answer)
        assert isinstance(answer, M.QuoteRequestAck)
        return answer

    async def accept_quote(
        self,
        quote_id: str,
        side: str,
        *,
        count: Decimal | None = None,
        prefer_better_quote: bool | None = None,
        timeout: float = 10.0,
    ) -> M.AcceptQuoteStatus:
        """Accept a quote (`side` "1" buys YES at its offer, "2" sells at its bid)."""
        accept = M.AcceptQuote(
            quote_id=quote_id, side=side, order_qty=count, prefer_better_quote=prefer_better_quote
        )
        return await _answer(
            self, accept, M.AcceptQuoteStatus, key="quote_id", value=quote_id, timeout=timeout
        )

    async def cancel_rfq(self, quote_req_id: str, *, timeout: float = 10.0) -> M.RFQCancelStatus:
        cancel = M.RFQCancel(quote_req_id=quote_req_id)
        return await _answer(
            self, cancel, M.RFQCancelStatus, key="quote_req_id", value=quote_req_id, timeout=timeout
        )
