"""A margin (Perps) trading round on the local exchange, over loopback, through kalshi-py.

Two members open opposite positions, funding is paid from one to the other, and the long is
liquidated when the mark moves against it. Every balance, position, margin figure, fill and
funding payment is checked as a Decimal to the cent (to the millionth where Kalshi's strings
carry it), and the exchange's money is conserved. The round goes through the exchange's three
doors at once: Alice opens over margin FIX, Bob over REST, both stream their fills on the margin
WebSocket; every execution (the liquidation's included) is the same, once, on REST, on the
WebSocket and in FIX's execution reports, and so is every position (FIX tells positions in its
Trade reports' LongQty / ShortQty: the margin FIX dictionary has no position messages). Balances,
margin and funding, which margin FIX does not report, are checked on REST and the WebSocket.

The round runs twice: on kalshi-py (`kalshi_py.margin`'s client and generated operations, and
`MarginWebSocket`) and on raw signed HTTP and WebSocket (`margin_members`), so that a fault of
the client and one of the venue tell themselves apart; FIX is `kalshi_py.fix.connect_margin` in
both (`margin_fix`). Every REST answer is checked against
perps_openapi.yaml and every WebSocket frame against perps_asyncapi.yaml.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from sim_engine.helpers import Clock

from kalshi_sim import LocalExchange

from .margin_fix import FixDoor, fix_door
from .margin_members import ClientMember, Member, RawMember, Stream

TICKER = "KXROUNDPERP"
MAINTENANCE_RATE = Decimal("0.05")
D = Decimal


@pytest.fixture
def exchange() -> Iterator[tuple[LocalExchange, Clock]]:
    clock = Clock()
    with LocalExchange(seed=12, clock=clock) as ex:
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


def _only(fills: list[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
    return [{key: fill[key] for key in keys} for fill in fills]


TRADE = ("trade_id", "side", "price", "count", "fee")
ON_REST = (*TRADE, "source")  # what REST reports of a fill, the WebSocket too
ON_FIX = (*TRADE, "post_position")  # what a FIX Trade report says, the WebSocket too


@dataclass
class Doors:
    """One member at the three doors of the exchange: REST, its WebSocket stream, and FIX."""

    rest: Member
    ws: Stream
    fix: FixDoor

    async def positions(self) -> tuple[Decimal, Decimal]:
        """The member's position on REST and as FIX reports it."""
        return await asyncio.to_thread(self.rest.position), await self.fix.position()


async def _round(ex: LocalExchange, clock: Clock, alice: Member, bob: Member, house: Member) -> None:
    async with (
        alice.stream() as alice_ws,
        bob.stream() as bob_ws,
        fix_door(ex, alice.credentials, TICKER) as alice_fix,
        fix_door(ex, bob.credentials, TICKER) as bob_fix,
    ):
        at = Doors(alice, alice_ws, alice_fix), Doors(bob, bob_ws, bob_fix)
        opened = await _open(*at)
        alice_paid = await _pay_funding(ex, clock, *at, opened)
        closed = await _liquidate(ex, *at, house, opened, alice_paid)
        # every execution of the round, once each, the same on REST, the WebSocket and FIX
        for member, fills in zip(at, ([opened[0], closed], [opened[1]]), strict=True):
            assert _only(fills, *ON_REST) == await asyncio.to_thread(member.rest.fills)
            assert _only(fills, *ON_FIX) == _only(await member.fix.executions(), *ON_FIX)


async def _open(alice: Doors, bob: Doors) -> tuple[dict[str, Any], dict[str, Any]]:
    """Opposite positions: Alice rests a bid over FIX, Bob sells into it over REST; the fills
    the WebSocket streamed."""
    rested = await alice.fix.place("bid", "50", "100.00")
    assert (rested.exec_type, rested.leaves_qty, rested.price) == ("0", 50, D(100))
    taken = await asyncio.to_thread(bob.rest.place, "ask", "50", "100.00")
    assert (taken["fill_count"], taken["average_fill_price"], taken["average_fee_paid"]) == (
        50,
        100,
        D("0.12"),
    )
    opened = await alice.ws.fill(), await bob.ws.fill()
    assert [f["post_position"] for f in opened] == [50, -50]
    assert [f["fee"] for f in opened] == [D("2.5"), D("6")]  # 5 bps maker, 12 bps taker of $5000
    # FIX reports the same executions: Alice's to the session that placed her order, Bob's (an
    # order placed over REST) on his drop copy
    assert _only([await alice.fix.next_execution()], *ON_FIX) == _only([opened[0]], *ON_FIX)
    assert _only(await bob.fix.executions(), *ON_FIX) == _only([opened[1]], *ON_FIX)
    # the positions on REST and FIX are those the WebSocket's fills left
    assert (await alice.positions(), await bob.positions()) == ((50, 50), (-50, -50))
    balance = await asyncio.to_thread(alice.rest.balance)
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
    assert await asyncio.to_thread(alice.rest.maintenance_margin) == 50 * 100 * MAINTENANCE_RATE
    assert await asyncio.to_thread(alice.rest.liquidation_price) == D("84.263158")
    return opened


async def _pay_funding(
    ex: LocalExchange, clock: Clock, alice: Doors, bob: Doors, opened: tuple[dict[str, Any], ...]
) -> Decimal:
    """One hour on, at a pinned 0.1%: the long pays the short 50 x $100 x 0.001; what Alice paid."""
    ex.set_funding_rate(TICKER, "0.001")
    clock.advance(3600)
    ex.run_funding()  # (the exchange's timer may have paid it already)
    (period,) = await asyncio.to_thread(bob.rest.funding_rates)
    assert period == ("2026-12-02T13:00:00Z", D("0.001"), D(100))
    alice_paid = await asyncio.to_thread(alice.rest.funding)
    bob_got = await asyncio.to_thread(bob.rest.funding)
    assert (alice_paid, bob_got) == ([D(-5)], [D(5)])
    for paid, streamed in ((alice_paid, opened[0]), (bob_got, opened[1])):  # rate x mark x position
        assert paid == [-period[1] * period[2] * streamed["post_position"]]
    bob_cash = (await asyncio.to_thread(bob.rest.balance))["settled_funds"]
    assert bob_cash == D(2000) - opened[1]["fee"] + bob_got[0]
    # funding moves money, not positions: no execution on FIX, the positions still those streamed
    assert (await alice.positions(), await bob.positions()) == ((50, 50), (-50, -50))
    return alice_paid[0]


async def _liquidate(
    ex: LocalExchange,
    alice: Doors,
    bob: Doors,
    house: Member,
    opened: tuple[dict[str, Any], ...],
    alice_paid: Decimal,
) -> dict[str, Any]:
    """The mark falls through Alice's liquidation price; the house's bid takes her position. The
    liquidation's fill as the WebSocket streamed it."""
    await asyncio.to_thread(house.place, "bid", "50", "84.00")
    (liquidation,) = ex.set_mark_price(TICKER, "84.00")
    assert liquidation.user_id == alice.rest.credentials.user_id
    await alice.ws.sees_mark(D(84))
    await bob.ws.sees_mark(D(84))
    closed = await alice.ws.fill()
    assert {name: value for name, value in closed.items() if name != "trade_id"} == {
        "side": "ask",
        "price": D(84),
        "count": D(50),
        "fee": D("5.04"),
        "source": "system",
        "post_position": D(0),
    }
    # FIX reports the liquidation's fill too (on drop copy: the exchange placed that order), and
    # every position is the same on the three doors
    assert _only((await alice.fix.executions())[-1:], *ON_FIX) == _only([closed], *ON_FIX)
    assert (await alice.positions(), await bob.positions()) == ((0, 0), (-50, -50))
    alice_end = await asyncio.to_thread(alice.rest.balance)
    assert alice_end["settled_funds"] == D(1000) - D("2.5") - 5 - 800 - D("5.04")  # 187.46
    # ... which is the deposit, the streamed fills' cash flow and fees, and the funding paid
    streamed = [opened[0], closed]
    fees = sum((f["fee"] for f in streamed), D(0))
    assert alice_end["settled_funds"] == 1000 + _cash_flow(streamed) - fees + alice_paid
    assert (alice_end["maintenance_margin"], await asyncio.to_thread(alice.rest.maintenance_margin)) == (0, 0)
    bob_end = await asyncio.to_thread(bob.rest.balance)
    assert (bob_end["settled_funds"], bob_end["position_value"]) == (D(1999), D(800))  # short 50, 100 -> 84
    assert bob_end["position_value"] == (opened[1]["price"] - 84) * 50  # entry from the stream, mark 84
    assert bob_end["account_equity"] == D(2799)
    assert (
        bob_end["maintenance_margin"]
        == await asyncio.to_thread(bob.rest.maintenance_margin)
        == 50 * 84 * MAINTENANCE_RATE
    )
    return closed
