"""Every frame either side sends validates against Kalshi's published message definitions
(`fix-dictionary.json`, and the XML dictionary for the session messages the pages do not table)."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from fix.conftest import DROP_COPY_KEY_ID
from fix.contract import check, check_traffic
from fix.counterparty import Counterparty
from fix.samples import sample_message
from kalshi_py.fix import (
    DropCopySession,
    MarketDataSession,
    OrderEntrySession,
    PostTradeSession,
    RFQSession,
    messages,
)
from kalshi_py.fix.errors import BusinessMessageRejected, MarketDataRejected, OrderRejected

D = Decimal
TICKER = "KXFED-26DEC-T4.00"


async def _trade_on_every_session_type(
    exchange: Counterparty, local: Any, drop_copy_key: rsa.RSAPrivateKey
) -> None:
    async with local(OrderEntrySession, session_type="order_entry_retransmit") as session:
        new = await session.place(
            TICKER,
            "buy",
            10,
            D("0.35"),
            time_in_force="good_till_canceled",
            post_only=True,
            self_trade_prevention="maker",
        )
        await session.amend(new.cl_ord_id, count=5, price=D("0.36"))
        await session.cancel(new.cl_ord_id)
        await session.place("KXTEST-FILL", "sell", 2, D("0.6"))
        with pytest.raises(OrderRejected):
            await session.place("KXTEST-REJECT", "buy", 1, D("0.5"))
        group = await session.create_order_group(50)
        await session.place(TICKER, "buy", 1, D("0.2"), order_group_id=group.order_group_id)
        await session.trigger_order_group(group.order_group_id)
        with pytest.raises(BusinessMessageRejected):
            await session.trigger_order_group("no-such-group")
        await session.create_rfq(TICKER, count=D(50))
        exchange.faults.skip_before_next_report = 2  # the exchange gap-fills on request
        await session.place(TICKER, "buy", 1, D("0.1"))
        exchange.faults.lose_next_report = True  # a reconnect, a resend with PossDup
        await session.place(TICKER, "buy", 1, D("0.11"))
    async with local(OrderEntrySession) as session:
        await session.mass_cancel()
    async with local(DropCopySession, key=drop_copy_key, key_id=DROP_COPY_KEY_ID) as drop_copy:
        await drop_copy.replay("0")
    exchange.books.clear()
    async with local(MarketDataSession) as md:
        await md.subscribe([TICKER])
        exchange.market_data(
            TICKER, [("0", "0", D("0.3"), D("5")), ("0", "1", D("0.7"), D("4")), ("0", "2", D("0.3"), D("1"))]
        )
        await asyncio.wait_for(anext(md.trades()), 5)
        await md.security_status(TICKER)
        with pytest.raises(MarketDataRejected):
            await md.subscribe("KXBAD-REJECT")
        await md.unsubscribe()
    async with local(RFQSession, key=drop_copy_key, key_id=DROP_COPY_KEY_ID) as maker:
        exchange.push(
            "KalshiRFQ",
            messages.QuoteRequest(quote_req_id="q1", no_related_sym=1, symbol=TICKER, order_qty=D(10)),
        )
        request = await asyncio.wait_for(anext(maker.quote_requests()), 5)
        await maker.quote(
            request.quote_req_id,
            TICKER,
            bid_px=D("0.4"),
            offer_px=D("0.45"),
            bid_size=D(10),
            offer_size=D(10),
        )
    async with local(PostTradeSession, key=drop_copy_key, key_id=DROP_COPY_KEY_ID) as post_trade:
        exchange.push("KalshiPT", sample_message(messages.MarketSettlementReport))
        await asyncio.wait_for(anext(post_trade.settlements()), 5)
        post_trade.connection.protocol.session._last_received -= 100  # a TestRequest follows
        post_trade.connection.protocol._fire()
        await asyncio.sleep(0.05)


async def test_every_frame_either_side_sends_follows_the_dictionary(
    exchange: Counterparty, local: Any, drop_copy_key: rsa.RSAPrivateKey
) -> None:
    await _trade_on_every_session_type(exchange, local, drop_copy_key)
    problems, sent = check_traffic(exchange.frames)
    assert problems == [], "\n".join(problems)
    assert sent["client"] >= {"A", "D", "G", "F", "q", "UOG", "R", "S", "V", "e", "U1", "2", "1", "5"}
    assert sent["exchange"] >= {
        "A",
        "8",
        "r",
        "UOH",
        "j",
        "b",
        "AI",
        "W",
        "X",
        "Y",
        "f",
        "U2",
        "UMS",
        "4",
        "0",
        "5",
    }


def test_the_checker_catches_what_is_wrong() -> None:
    from kalshi_py.fix import _codec, _framing

    good = _codec.encode(
        sample_message(messages.NewOrderSingle),
        sender_comp_id="k",
        target_comp_id="KalshiNR",
        msg_seq_num=2,
        sending_time="20260225-06:00:00.000",
    )
    assert check(good, sender="client") == []
    fields = _framing.open_frame(good).decode()
    for broken, problem in [
        (fields.replace("\x0154=1\x01", "\x0154=7\x01"), "tag 54='7' is not one of"),
        (fields.replace("\x0138=", "\x0138=x"), "tag 38="),
        (fields.replace("\x0140=2\x01", "\x01"), "required tags [40] missing"),
        (fields + "9999=1\x01", "tag 9999 is not defined"),
        (fields.replace("\x01453=2\x01", "\x01453=3\x01"), "NumInGroup 453=3 but 2 entries"),
    ]:
        assert any(problem in p for p in check(_framing.frame(broken), sender="client")), problem


@pytest.mark.parametrize("msg_type", ["W", "X"])
def test_market_data_entries_follow_each_products_dictionary(msg_type: str) -> None:
    """MDEntryDate(272) and MDEntryTime(273) are required on the event contracts' market-data
    entries and not defined on margin's: the one codec writes them when given and only then."""
    from kalshi_py.fix import _codec

    def frame(**stamps: str) -> bytes:
        entry = {"md_entry_type": "0", "md_entry_px": D("101.25"), "md_entry_size": D("4"), **stamps}
        message: messages.Message
        if msg_type == "W":
            message = messages.MarketDataSnapshotFullRefresh(
                symbol="KXBTCPERP", md_entries=[messages.MDEntry(**entry)]
            )
        else:
            change = messages.MarketDataIncrementalRefreshMDEntry(
                md_update_action="0", symbol="KXBTCPERP", **entry
            )
            message = messages.MarketDataIncrementalRefresh(md_entries=[change])
        return _codec.encode(
            message,
            sender_comp_id="KalshiMD",
            target_comp_id="k",
            msg_seq_num=2,
            sending_time="20260225-06:00:00.000",
        )

    stamped = frame(md_entry_date="20260225", md_entry_time="06:00:00.000")
    assert b"\x01272=20260225\x01273=06:00:00.000\x01" in stamped
    assert check(stamped, sender="exchange") == []
    assert check(stamped, sender="exchange", product="margin") != []
    bare = frame()
    assert b"\x01272=" not in bare
    assert b"\x01273=" not in bare
    assert check(bare, sender="exchange", product="margin") == []
    assert any("[272, 273] missing" in p for p in check(bare, sender="exchange"))
