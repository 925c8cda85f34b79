"""Every frame the client and the local exchange's gateway send each other, on every session type,
validates against Kalshi's published message definitions (`fix.contract`): the traffic passes
through a recording proxy on its way."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from decimal import Decimal
from typing import Any

import pytest

from fix.contract import check_traffic
from fix.venue import TICKER, FrameTap, Trader, raw_logon, until
from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import messages as M
from kalshi_py.fix.errors import (
    BusinessMessageRejected,
    CancelRejected,
    EventResendRejected,
    MarketDataRejected,
    OrderRejected,
    QuoteRequestRejected,
)
from kalshi_sim import LocalExchange

D = Decimal


@pytest.fixture
async def tap(gateway: LocalExchange) -> AsyncIterator[FrameTap]:
    proxy = FrameTap(gateway.fix.host, gateway.fix.port)
    await proxy.start()
    yield proxy
    await proxy.stop()


def _session(who: Trader, tap: FrameTap, kind: str, **options: Any) -> Any:
    return who.session(kind, new_key=True, port=tap.port, **options)


async def _orders(gateway: LocalExchange, tap: FrameTap, alice: Trader, bob: Trader) -> None:
    async with (
        _session(alice, tap, "order_entry_retransmit") as session,
        _session(bob, tap, "order_entry") as other,
    ):
        resting = await session.place(
            TICKER, "buy", 10, D("0.35"), post_only=True, time_in_force="good_till_canceled"
        )
        await session.amend(resting.cl_ord_id, count=8, price=D("0.36"))
        await other.place(TICKER, "sell", 3, D("0.36"), self_trade_prevention="maker")
        await session.cancel(resting.cl_ord_id)
        with pytest.raises(CancelRejected):
            await session.cancel(resting.cl_ord_id)
        with pytest.raises(OrderRejected):
            await session.place("KXNOPE-1", "buy", 1, D("0.5"))
        group = await session.create_order_group(50)
        await session.place(TICKER, "buy", 1, D("0.2"), order_group_id=group.order_group_id)
        await session.trigger_order_group(str(group.order_group_id))
        with pytest.raises(BusinessMessageRejected):
            await session.trigger_order_group("no-such-group")
        with pytest.raises(BusinessMessageRejected):  # mass cancel is KalshiNR's
            await session.mass_cancel()
        gateway.faults.fix_skip_next()  # a gap: ResendRequest and SequenceReset-GapFill
        gateway.faults.fix_duplicate_next()  # a PossDup duplicate
        await session.place(TICKER, "buy", 1, D("0.1"))
        await other.place(TICKER, "buy", 1, D("0.11"))
        await other.mass_cancel()
        with pytest.raises(QuoteRequestRejected):
            await session.create_rfq("KXNOPE-1", count=D(5))


async def _rfq(tap: FrameTap, alice: Trader, bob: Trader) -> None:
    async with _session(bob, tap, "rfq") as maker, _session(alice, tap, "order_entry_retransmit") as creator:
        await asyncio.sleep(0.1)
        ack = await creator.create_rfq(TICKER, count=D(5))
        request = await asyncio.wait_for(anext(maker.quote_requests()), 10)
        assert request.quote_req_id == ack.rfq_id
        status = await maker.quote(request.quote_req_id, TICKER, bid_px=D("0.40"), offer_px=D("0.55"))
        assert status.quote_status == 10
        accepted = await creator.accept_quote(status.quote_id, "1")
        assert accepted.accept_quote_status == 0
        confirmed = await maker.confirm_quote(status.quote_id)
        assert confirmed.quote_confirm_status == 0
        second = await creator.create_rfq(TICKER, count=D(2))
        request = await asyncio.wait_for(anext(maker.quote_requests()), 10)
        quote = await maker.quote(request.quote_req_id, TICKER, bid_px=D("0.30"), offer_px=D("0.65"))
        await maker.cancel_quote(quote.quote_id)
        await creator.cancel_rfq(second.quote_req_id)


async def _streams(gateway: LocalExchange, tap: FrameTap, alice: Trader, bob: Trader) -> None:
    async with _session(alice, tap, "drop_copy") as drop_copy:
        replayed = await drop_copy.replay("0")
        assert replayed
        with pytest.raises(EventResendRejected):
            await drop_copy.replay(replayed[0].exec_id, "999999999;1")
    async with _session(alice, tap, "market_data") as md:
        await md.subscribe([TICKER])
        async with _session(bob, tap, "order_entry") as session:  # into alice's bid at 0.10
            await session.place(TICKER, "sell", 1, D("0.05"), time_in_force="immediate_or_cancel")
        await asyncio.wait_for(anext(md.trades()), 10)
        md.send(M.TestRequest(test_req_id="are-you-there"))  # answered with a Heartbeat
        await md.security_status(TICKER)
        with pytest.raises(MarketDataRejected):
            await md.subscribe("KXNOPE-1")
        await md.unsubscribe()
    async with _session(alice, tap, "post_trade") as post_trade:
        with gateway.lock:
            gateway.exchange.determine_market(TICKER, "yes")
            gateway.exchange.settle_market(TICKER)
        await asyncio.wait_for(anext(post_trade.settlements()), 10)


async def test_every_frame_either_side_sends_follows_the_dictionary(
    gateway: LocalExchange, trader: Any, tap: FrameTap
) -> None:
    alice, bob = trader(), trader()
    await _orders(gateway, tap, alice, bob)
    await _rfq(tap, alice, bob)
    await _streams(gateway, tap, alice, bob)
    key = alice.credentials
    signer = KalshiAuth(key.api_key_id, key.private_key_pem)
    refused = await raw_logon("127.0.0.1", tap.port, key.api_key_id, signer, wall_clock=0)  # a stale Logon
    assert "SendingTime" in (getattr(refused, "text", None) or "")
    await until(lambda: sum(1 for side, _ in tap.frames if side == "exchange") > 0, what="the traffic")
    problems, sent = check_traffic(tap.frames)
    assert problems == [], "\n".join(problems)
    assert sent["client"] >= {
        "A", "1", "2", "5", "D", "F", "G", "q", "UOG", "R", "UA", "UE", "S", "Z", "U7", "U1", "V", "e",
    }  # fmt: skip
    assert sent["exchange"] >= {
        "A", "0", "4", "5", "8", "9", "j", "r", "UOH", "b", "AG", "S", "AI", "UC", "U8", "U9", "UB", "R",
        "U2", "U3", "W", "X", "Y", "f", "UMS",
    }  # fmt: skip
