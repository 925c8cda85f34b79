"""A margin (Perps) trading round on the local exchange, over loopback, through kalshi-py.

Two members open opposite positions, funding is paid from one to the other, and the long is
liquidated when the mark moves against it. Every balance, position, margin figure, fill and
funding payment is checked as a Decimal to the cent (to the millionth where Kalshi's strings
carry it), the same on REST and on the WebSocket, and the exchange's money is conserved.

The round runs twice: on kalshi-py (`kalshi_py.margin`'s client and generated operations, and
`MarginWebSocket`) and on raw signed HTTP and WebSocket (`margin_members`), so that a fault of
the client and one of the venue tell themselves apart. Every REST answer is checked against
perps_openapi.yaml and every WebSocket frame against perps_asyncapi.yaml.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sim_engine.helpers import Clock

from kalshi_sim import LocalExchange

from .margin_members import ClientMember, Member, RawMember, Stream

TICKER = "KXROUNDPERP"
MAINTENANCE_RATE = Decimal("0.05")
D = Decimal


@pytest.fixture
def exchange() -> Iterator[tuple[LocalExchange, Clock]]:
    clock = Clock()
    with LocalExchange(seed=12, clock=clock, fix=False) as ex:
        with ex.lock:
            ex.margin.list_market(TICKER, mark_price="100.00", maintenance_margin_rate=str(MAINTENANCE_RATE))
        yield ex, clock


@pytest.mark.parametrize("kind", [ClientMember, RawMember], ids=["kalshi_py", "raw"])
async def test_two_members_trade_pay_funding_and_one_is_liquidated(
    exchange: tuple[LocalExchange, Clock], kind: Any
) -> None:
    ex, clock = exchange
    members: list[Member] = [
        kind(ex, ex.create_margin_account(balance), TICKER) for balance in ("1000", "2000", "100000")
    ]
    try:
        await _round(ex, clock, *members)
    finally:
        for member in members:
            member.close()
    assert [problem for member in members for problem in member.problems] == []
    with ex.lock:
        assert ex.margin.total_money() == ex.margin.deposited


def _cash_flow(fills: list[dict[str, Any]]) -> Decimal:
    """What a member's trades paid (bids) and received (asks), fees apart: its realized PnL once
    it is flat."""
    return sum(((-1 if f["side"] == "bid" else 1) * f["price"] * f["count"] for f in fills), D(0))


async def _round(ex: LocalExchange, clock: Clock, alice: Member, bob: Member, house: Member) -> None:
    async with alice.stream() as alice_ws, bob.stream() as bob_ws:
        await _trade_fund_and_liquidate(ex, clock, alice, bob, house, alice_ws, bob_ws)


async def _trade_fund_and_liquidate(
    ex: LocalExchange,
    clock: Clock,
    alice: Member,
    bob: Member,
    house: Member,
    alice_ws: Stream,
    bob_ws: Stream,
) -> None:
    # opposite positions: Alice rests a bid, Bob sells into it
    assert (await asyncio.to_thread(alice.place, "bid", "50", "100.00"))["remaining_count"] == 50
    taken = await asyncio.to_thread(bob.place, "ask", "50", "100.00")
    assert (taken["fill_count"], taken["average_fill_price"], taken["average_fee_paid"]) == (
        50,
        100,
        D("0.12"),
    )
    opened = await alice_ws.fill(), await bob_ws.fill()
    assert [f["post_position"] for f in opened] == [50, -50]
    assert [f["fee"] for f in opened] == [D("2.5"), D("6")]  # 5 bps maker, 12 bps taker of $5000
    # the positions on REST are those the WebSocket's fills left
    assert (await asyncio.to_thread(alice.position), await asyncio.to_thread(bob.position)) == (50, -50)
    balance = await asyncio.to_thread(alice.balance)
    assert balance == {
        "settled_funds": D("997.5"),
        "position_value": D(0),
        "account_equity": D("997.5"),
        "maintenance_margin": D(250),
        "initial_margin": D(500),
        "resting_orders_margin": D(0),
        "available_balance": D("497.5"),
    }
    assert balance["settled_funds"] == 1000 - opened[0]["fee"]  # REST cash = deposit - the streamed fee
    assert await asyncio.to_thread(alice.maintenance_margin) == 50 * 100 * MAINTENANCE_RATE
    assert await asyncio.to_thread(alice.liquidation_price) == D("84.263158")

    # funding: one hour on, at a pinned 0.1%: the long pays the short 50 x $100 x 0.001
    ex.set_funding_rate(TICKER, "0.001")
    clock.advance(3600)
    ex.run_funding()  # (the exchange's timer may have paid it already)
    (period,) = await asyncio.to_thread(bob.funding_rates)
    assert period == ("2026-12-02T13:00:00Z", D("0.001"), D(100))
    alice_paid, bob_got = await asyncio.to_thread(alice.funding), await asyncio.to_thread(bob.funding)
    assert (alice_paid, bob_got) == ([D(-5)], [D(5)])
    for paid, streamed in ((alice_paid, opened[0]), (bob_got, opened[1])):  # rate x mark x position
        assert paid == [-period[1] * period[2] * streamed["post_position"]]
    assert (await asyncio.to_thread(bob.balance))["settled_funds"] == D(2000) - opened[1]["fee"] + bob_got[0]

    # the mark falls through Alice's liquidation price; the house's bid takes her position
    await asyncio.to_thread(house.place, "bid", "50", "84.00")
    (liquidation,) = ex.set_mark_price(TICKER, "84.00")
    assert liquidation.user_id == alice.credentials.user_id
    await alice_ws.sees_mark(D(84))
    await bob_ws.sees_mark(D(84))
    closed = await alice_ws.fill()
    assert closed == {
        "side": "ask",
        "price": D(84),
        "count": D(50),
        "fee": D("5.04"),
        "source": "system",
        "post_position": D(0),
    }
    assert await asyncio.to_thread(alice.position) == 0
    alice_end = await asyncio.to_thread(alice.balance)
    assert alice_end["settled_funds"] == D(1000) - D("2.5") - 5 - 800 - D("5.04")  # 187.46
    # ... which is the deposit, the streamed fills' cash flow and fees, and the funding paid
    streamed = [opened[0], closed]
    fees = sum((f["fee"] for f in streamed), D(0))
    assert alice_end["settled_funds"] == 1000 + _cash_flow(streamed) - fees + alice_paid[0]
    assert (alice_end["maintenance_margin"], await asyncio.to_thread(alice.maintenance_margin)) == (0, 0)
    bob_end = await asyncio.to_thread(bob.balance)
    assert (bob_end["settled_funds"], bob_end["position_value"]) == (D(1999), D(800))  # short 50, 100 -> 84
    assert bob_end["position_value"] == (opened[1]["price"] - 84) * 50  # entry from the stream, mark 84
    assert bob_end["account_equity"] == D(2799)
    assert (
        bob_end["maintenance_margin"]
        == await asyncio.to_thread(bob.maintenance_margin)
        == 50 * 84 * MAINTENANCE_RATE
    )

    # REST and the WebSocket report the same fills
    rest = await asyncio.to_thread(alice.fills)
    assert [{k: f[k] for k in ("side", "price", "count", "fee", "source")} for f in streamed] == rest
