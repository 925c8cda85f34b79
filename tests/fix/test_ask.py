"""`FixClient.ask`: a message sent and the first message answering it awaited. Its time running
out raises `TimeoutError` naming the message; a caller whose time is up, or who stops waiting,
leaves nothing waiting on the session, and an answer coming later is an ordinary message."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from fix.counterparty import Counterparty
from fix.venue import until
from kalshi_py.fix import MarketDataSession
from kalshi_py.fix import messages as M

TICKER = "KXFED-26DEC-T4.00"


def _asked(exchange: Counterparty) -> bool:
    return any(side == "client" and b"\x0135=e\x01" in raw for side, raw in exchange.frames)


async def _answered_late(exchange: Counterparty, md: MarketDataSession) -> None:
    """The exchange answers at last: the answer is an ordinary message, and the next question
    gets an answer of its own."""
    exchange.faults.ignore.clear()
    exchange.push("KalshiMD", M.SecurityStatus(symbol=TICKER, security_trading_status=2))
    late = await asyncio.wait_for(anext(md.messages()), 10)
    assert isinstance(late, M.SecurityStatus)
    assert late.security_trading_status == 2
    status = await md.security_status(TICKER, timeout=10)
    assert status.security_trading_status == 3  # the exchange's answer to this question


async def test_an_unanswered_question_times_out_and_leaves_nothing_waiting(
    exchange: Counterparty, local: Any
) -> None:
    exchange.faults.ignore.add("SecurityStatusRequest")
    async with local(MarketDataSession) as md:
        with pytest.raises(asyncio.TimeoutError, match=r"no answer to SecurityStatusRequest within 0\.2 s"):
            # the outer bound only keeps a broken timeout from hanging the test
            await asyncio.wait_for(md.security_status(TICKER, timeout=0.2), 30)
        assert md._waiters == []
        await _answered_late(exchange, md)
        assert md._waiters == []


async def test_a_caller_that_stops_asking_leaves_nothing_waiting(exchange: Counterparty, local: Any) -> None:
    exchange.faults.ignore.add("SecurityStatusRequest")
    async with local(MarketDataSession) as md:
        asking = asyncio.ensure_future(md.security_status(TICKER, timeout=30))
        await until(lambda: _asked(exchange), what="the SecurityStatusRequest")
        assert len(md._waiters) == 1
        asking.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asking
        assert md._waiters == []
        await _answered_late(exchange, md)
        assert md._waiters == []
