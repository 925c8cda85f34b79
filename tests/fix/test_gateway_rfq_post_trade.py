"""RFQs between a creator (KalshiRT) and a market maker (KalshiRFQ) ending in a trade on the book,
and settlement reports on KalshiPT, including one sent while the session was away."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest

from fix.venue import TICKER
from kalshi_py.api.portfolio import get_positions, get_settlements
from kalshi_py.fix import messages as M
from kalshi_py.fix.errors import QuoteRequestRejected
from kalshi_sim import LocalExchange

D = Decimal


async def test_an_rfq_quoted_accepted_and_confirmed_trades_on_the_book(
    gateway: LocalExchange, trader: Any
) -> None:
    alice, bob = trader(), trader()
    async with bob.session("rfq") as maker, alice.session("order_entry_retransmit") as creator:
        with pytest.raises(QuoteRequestRejected, match="whole number"):
            await creator.create_rfq(TICKER, count=D("2.5"))
        ack = await creator.create_rfq(TICKER, count=D(5))
        request = await asyncio.wait_for(anext(maker.quote_requests()), 10)
        assert (request.quote_req_id, request.symbol, request.order_qty) == (ack.rfq_id, TICKER, 5)
        own = await creator.create_rfq(TICKER, count=D(1))
        assert own.rfq_id != ack.rfq_id
        quote = await maker.quote(ack.rfq_id, TICKER, bid_px=D("0.40"), offer_px=D("0.55"))
        assert quote.quote_status == 10
        messages = creator.messages()
        while not isinstance(seen := await asyncio.wait_for(anext(messages), 10), M.Quote):
            pass
        assert (seen.quote_id, seen.quote_req_id) == (quote.quote_id, ack.quote_req_id)
        assert seen.offer_px == D("0.55")
        assert (await creator.accept_quote("no-such-quote", "1")).accept_quote_status == 1
        accepted = await creator.accept_quote(quote.quote_id, "1")  # buy YES from the maker's NO bid
        assert accepted.accept_quote_status == 0
        confirmed = await maker.confirm_quote(quote.quote_id)
        assert confirmed.quote_confirm_status == 0
        stream = creator.executions()
        trade = None
        while trade is None:
            report = await asyncio.wait_for(anext(stream), 10)
            trade = report if report.exec_type == "F" else None
        assert (trade.last_px, trade.last_qty, trade.side) == (D("0.45"), 5, "1")  # 1 - the NO bid
        assert (await maker.confirm_quote(quote.quote_id)).quote_confirm_status == 1  # once only
    positions = {
        who.user_id: get_positions.sync(client=who.rest, ticker=TICKER).market_positions[0].position_fp
        for who in (alice, bob)
    }
    assert positions == {alice.user_id: 5, bob.user_id: -5}


async def test_settlement_reports_reach_post_trade_even_after_being_away(
    gateway: LocalExchange, trader: Any
) -> None:
    alice, bob = trader(), trader()
    async with alice.session("order_entry") as buyer, bob.session("order_entry") as seller:
        await buyer.place(TICKER, "buy", 4, D("0.30"))
        await seller.place(TICKER, "sell", 4, D("0.30"))
    post_trade = alice.session("post_trade", new_key=True)
    async with post_trade:
        pass  # logged on once: the exchange keeps its session, and what is meant for it
    settlements = alice.session(
        "order_entry_retransmit", new_key=True, logon={"receive_settlement_reports": True}
    )
    async with settlements:
        with gateway.lock:
            gateway.exchange.determine_market(TICKER, "yes")
            gateway.exchange.settle_market(TICKER)
        on_rt = await asyncio.wait_for(anext(settlements.messages()), 10)
    async with gateway.fix_session(alice.keys[0], "post_trade") as again:  # the post-trade key again
        report = await asyncio.wait_for(anext(again.settlements()), 10)
    assert report.poss_dup_flag, "sent while away, it comes by retransmission"
    (party,) = report.market_settlement_party_ids
    settled = get_settlements.sync(client=alice.rest, ticker=TICKER).settlements[0]
    assert (report.symbol, report.market_result, report.settlement_price) == (TICKER, "yes", 1)
    assert (party.market_settlement_party_id, party.long_qty, party.short_qty) == (alice.user_id, 4, 0)
    assert party.collateral_amount_changes[0].collateral_amount_change == D(settled.revenue) / 100
    assert getattr(on_rt, "symbol", None) == TICKER
