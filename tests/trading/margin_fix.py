"""A margin member's FIX door for the trading round: `kalshi_py.fix.connect_margin` on the local
exchange's margin gateway, order entry (KalshiNR) and drop copy (KalshiDC), each session on a
margin key of its own (one connection per key, as Kalshi allows).

What FIX says of the member comes in the round's plain values (dicts of `Decimal`), beside what
REST and the WebSocket say: each execution's side, price, count, fee and the position after it
(LongQty / ShortQty; the margin FIX dictionary has no PositionReport nor RequestForPositions, so
the Trade reports' positions are what FIX tells of positions).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from decimal import Decimal
from typing import Any

from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import DropCopySession, OrderEntrySession, connect_margin
from kalshi_py.fix import messages as M
from kalshi_sim import Credentials, LocalExchange

__all__ = ["FixDoor", "fix_door"]

D = Decimal
TIMEOUT = 10.0
SIDES = {"1": "bid", "2": "ask"}
SESSION = {"tls": False, "backoff_initial": 0.01, "backoff_max": 0.05, "heartbeat_interval": 5}


def execution(report: M.ExecutionReport) -> dict[str, Any]:
    """A Trade report (150=F) in the round's terms: trade id, side, price, count, fee, the position
    after it."""
    assert report.exec_type == "F", report
    assert report.last_px is not None
    assert report.last_qty is not None
    (fee,) = report.misc_fees
    return {
        "trade_id": report.trd_match_id,
        "side": SIDES[report.side],
        "price": report.last_px,
        "count": report.last_qty,
        "fee": fee.misc_fee_amt,
        "post_position": (report.long_qty or D(0)) - (report.short_qty or D(0)),
    }


class FixDoor:
    """A member's margin FIX sessions: orders over KalshiNR, its executions from KalshiDC."""

    def __init__(self, ticker: str, orders: OrderEntrySession, drop_copy: DropCopySession) -> None:
        self.ticker = ticker
        self.orders = orders
        self.drop_copy = drop_copy
        self._placed = aiter(orders.executions())

    async def place(self, side: str, count: str, price: str) -> M.ExecutionReport:
        """A good-till-canceled order over order entry; its first report past PendingNew."""
        return await self.orders.place(self.ticker, side, D(count), D(price))

    async def next_execution(self) -> dict[str, Any]:
        """The next Trade report order entry delivers (of an order this session placed), past
        the PendingNew and New reports before it."""
        report = await asyncio.wait_for(anext(self._placed), TIMEOUT)
        while report.exec_type in ("A", "0"):
            report = await asyncio.wait_for(anext(self._placed), TIMEOUT)
        return execution(report)

    async def executions(self) -> list[dict[str, Any]]:
        """Every execution of the member, as drop copy replays them from the first: each ExecID
        once, the reports of orders placed over REST and of the exchange's liquidation included."""
        replayed = await self.drop_copy.replay("0", timeout=TIMEOUT)
        exec_ids = [report.exec_id for report in replayed]
        assert len(exec_ids) == len(set(exec_ids)), exec_ids
        assert {report.symbol for report in replayed} == {self.ticker}
        return [execution(report) for report in replayed if report.exec_type == "F"]

    async def position(self) -> Decimal:
        """The position FIX reports: that after the member's latest execution (0 before any)."""
        found = await self.executions()
        return found[-1]["post_position"] if found else D(0)


@asynccontextmanager
async def fix_door(ex: LocalExchange, credentials: Credentials, ticker: str) -> AsyncIterator[FixDoor]:
    """`credentials`' member on the margin FIX gateway of `ex`, on new margin keys."""
    address = ex.margin_fix

    def auth() -> KalshiAuth:
        key = ex.add_margin_key(credentials.user_id)
        return KalshiAuth(key.api_key_id, key.private_key_pem)

    async with AsyncExitStack() as stack:
        orders = await stack.enter_async_context(
            connect_margin(auth(), "order_entry", host=address.host, port=address.port, **SESSION)
        )
        drop_copy = await stack.enter_async_context(
            connect_margin(auth(), "drop_copy", host=address.host, port=address.port, **SESSION)
        )
        yield FixDoor(ticker, orders, drop_copy)
