"""Every frame the margin gateway sends (and the client sends it) validates against the margin
part of Kalshi's FIX dictionary (`fix.contract`, product "margin"): the traffic passes through a
recording proxy on its way."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import pytest
from fix.contract import check_traffic
from fix.venue import FrameTap, until

from kalshi_py.fix import messages as M
from kalshi_py.fix.errors import (
    BusinessMessageRejected,
    CancelRejected,
    EventResendRejected,
    OrderRejected,
    SessionRejected,
)

from .conftest import TICKER, MarginTrader, order_with

D = Decimal


async def test_every_frame_of_the_margin_gateway_follows_the_margin_dictionary(
    trader: Any, tap: FrameTap
) -> None:
    alice: MarginTrader = trader()
    bob: MarginTrader = trader()
    async with (
        alice.session("order_entry_retransmit") as mine,
        bob.session("order_entry", logon={"cancel_orders_on_disconnect": True}) as theirs,
    ):
        resting = await mine.place(TICKER, "buy", 5, D("100.00"), post_only=True)
        await mine.amend(resting.cl_ord_id, count=4, price=D("100.10"))
        await theirs.place(TICKER, "sell", 3, D("100.10"))
        await mine.cancel(resting.cl_ord_id)
        with pytest.raises(CancelRejected):
            await mine.cancel(resting.cl_ord_id)
        with pytest.raises(OrderRejected):
            await mine.place("KXNOPEPERP", "buy", 1, D("1.00"))
        order = order_with(ex_destination=1)
        with pytest.raises(SessionRejected):
            await mine.ask(order, lambda m: isinstance(m, M.ExecutionReport), timeout=10)
        with pytest.raises(BusinessMessageRejected):  # mass cancel is KalshiNR's
            await mine.mass_cancel()
        rfq = M.QuoteRequest(quote_req_id=str(uuid.uuid4()), no_related_sym=1, symbol=TICKER)
        with pytest.raises(BusinessMessageRejected):  # RFQs are the event contracts'
            await mine.ask(rfq, lambda m: False, timeout=10)
        group = await theirs.create_order_group(5)
        await theirs.place(TICKER, "sell", 1, D("120.00"), order_group_id=group.order_group_id)
        await theirs.trigger_order_group(str(group.order_group_id))
        await theirs.place(TICKER, "sell", 1, D("120.00"))
        await theirs.mass_cancel()
        theirs.send(M.TestRequest(test_req_id="are-you-there"))  # answered with a Heartbeat
        await theirs.place(TICKER, "sell", 1, D("121.00"))  # canceled on disconnect
    async with alice.session("drop_copy") as drop_copy:
        replayed = await drop_copy.replay("0")
        assert replayed
        with pytest.raises(EventResendRejected):
            await drop_copy.replay(replayed[0].exec_id, "999999999;1")
    await until(lambda: sum(1 for side, _ in tap.frames if side == "exchange") > 0, what="the traffic")
    problems, sent = check_traffic(tap.frames, "margin")
    # the client's own frames pass too, but for the event-contract field sent on purpose
    assert problems == ["client D: New Order Single: tag 100 is not defined for it"], "\n".join(problems)
    assert sent["client"] >= {"A", "1", "5", "D", "F", "G", "q", "R", "UOG", "U1"}
    assert sent["exchange"] >= {"A", "0", "3", "5", "8", "9", "j", "r", "UOH", "U2", "U3"}
