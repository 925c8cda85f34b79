"""Connections that fail, on purpose: CancelOrdersOnDisconnect, and the gaps, duplicates, dropped
connections and silent heartbeats the gateway's faults inject, each healed by the client."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

from fix.venue import TICKER, until
from kalshi_py.api.orders import get_order
from kalshi_sim import LocalExchange

D = Decimal


def _status(who: Any, order_id: str) -> str:
    return str(get_order.sync(client=who.rest, order_id=order_id).order.status)


async def test_cancel_orders_on_disconnect_cancels_the_sessions_resting_orders(
    gateway: LocalExchange, trader: Any
) -> None:
    alice, bob = trader(), trader()
    switch = {"cancel_orders_on_disconnect": True}
    async with (
        alice.session("order_entry", logon=switch, reconnect=False) as guarded,
        bob.session("order_entry", reconnect=False) as plain,
    ):
        mine = [await guarded.place(TICKER, "buy", 2, D(f"0.2{n}")) for n in range(2)]
        theirs = await plain.place(TICKER, "sell", 1, D("0.90"))
        gateway.faults.fix_disconnect()  # both connections drop, with no Logout
        await until(lambda: not guarded.connected and not plain.connected, what="the drop")
        await until(
            lambda: {_status(alice, o.order_id) for o in mine} == {"canceled"}, what="the dead-man's switch"
        )
        assert _status(bob, theirs.order_id) == "resting"  # no switch, no cancel
    async with alice.session("order_entry_retransmit", new_key=True, logon=switch) as again:
        order = await again.place(TICKER, "buy", 1, D("0.10"))
    await until(lambda: _status(alice, order.order_id) == "canceled", what="the cancel at an orderly Logout")


async def test_gaps_and_duplicates_are_healed_on_a_retransmitting_session(
    gateway: LocalExchange, trader: Any
) -> None:
    alice, bob = trader(), trader()
    gateway.faults.fix_skip_seq_rate = 0.25
    gateway.faults.fix_duplicate_rate = 0.25
    async with alice.session("order_entry_retransmit") as session, bob.session("order_entry") as other:
        placed = [await session.place(TICKER, "buy", 1, D("0.30") + D(n) / 100) for n in range(12)]
        gateway.faults.reset()  # the counterparty's session is not the one under test
        await other.place(TICKER, "sell", 12, D("0.30"))
        await until(
            lambda: all(session.orders[p.cl_ord_id].ord_status == "2" for p in placed), what="every fill"
        )
        assert session.connection.connections == 1, "a retransmitting session heals without reconnecting"
        assert any("gap filled" in n for n in session.notices)
        assert any("ignored duplicate" in n for n in session.notices)
        stream = session.executions()
        got = [await asyncio.wait_for(anext(stream), 10) for _ in range(36)]  # PendingNew, New, Trade
        assert sorted(r.exec_type for r in got) == ["0"] * 12 + ["A"] * 12 + ["F"] * 12
        assert len({r.exec_id for r in got if r.exec_type != "A"}) == 24


async def test_a_gap_on_a_session_without_retransmission_is_settled_by_drop_copy(
    gateway: LocalExchange, trader: Any
) -> None:
    alice = trader()
    drop_copy = alice.session("drop_copy", new_key=True)
    async with drop_copy, alice.session("order_entry", drop_copy=drop_copy) as session:
        gateway.faults.fix_skip_next()  # after the PendingNew: the New comes after a gap
        report = await session.place(TICKER, "buy", 3, D("0.25"))
        assert report.exec_type == "0"
        assert session.connection.connections == 2  # the gap ended the session; it logged on afresh
        assert any("does not retransmit" in n for n in session.notices)
        assert gateway.faults.stats.fix_skipped_seq == 1


async def test_a_dropped_connection_loses_no_report_on_kalshirt(gateway: LocalExchange, trader: Any) -> None:
    alice = trader()
    async with alice.session("order_entry_retransmit", resolve_timeout=1.0) as session:
        first = await session.place(TICKER, "buy", 1, D("0.11"))
        gateway.faults.fix_disconnect()
        second = await session.place(TICKER, "buy", 1, D("0.12"))  # sent while it reconnects, or after
        assert second.exec_type == "0"
        assert session.connection.connections >= 2
        assert {first.cl_ord_id, second.cl_ord_id} <= set(session.orders)


async def test_silent_heartbeats_make_the_client_reconnect(gateway: LocalExchange, trader: Any) -> None:
    alice = trader()
    async with alice.session("order_entry_retransmit", heartbeat_interval=4) as session:
        gateway.faults.fix_delay_heartbeats(60)
        # nothing heard for 1.2 x 4 + 1 s: a TestRequest; unanswered for 4 s: the connection is dropped
        await until(lambda: session.connection.connections >= 2, timeout=30, what="the reconnect")
        assert any("TestRequest" in n for n in session.notices)
        assert (await session.place(TICKER, "buy", 1, D("0.15"))).exec_type == "0"
        assert gateway.faults.stats.fix_heartbeat_delays == 1


async def test_a_new_process_given_its_last_exec_id_receives_what_followed_it(
    gateway: LocalExchange, trader: Any
) -> None:
    alice = trader()
    async with alice.session("order_entry") as first:
        placed = [await first.place(TICKER, "buy", 1, D(f"0.2{n}")) for n in range(3)]
    kept = placed[0].exec_id  # what the "killed" process had kept: the first New only
    async with (
        alice.session("drop_copy", new_key=True) as drop_copy,
        alice.session("order_entry", drop_copy=drop_copy, last_exec_id=kept) as second,
    ):
        stream = second.executions()
        replayed = [await asyncio.wait_for(anext(stream), 10) for _ in range(2)]
        assert [r.exec_id for r in replayed] == [p.exec_id for p in placed[1:]]
        assert second.last_exec_id == placed[-1].exec_id
