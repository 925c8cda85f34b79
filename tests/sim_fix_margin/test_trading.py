"""Trading over the margin FIX gateway: two members cross, and what FIX reports (fills, fees,
positions) is what the margin REST API reports, to the cent; drop copy carries each execution
once; a liquidation is reported as the exchange's own order (its resting orders' cancels to the
session that placed them, the closing Trade to listeners and drop copy); CancelOrdersOnDisconnect
cancels a session's resting orders and nothing else; the event contracts' fields and messages are
refused as Kalshi documents."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from decimal import Decimal
from typing import Any

import pytest
from fix.venue import until

from kalshi_py.fix import messages as M
from kalshi_py.fix.errors import BusinessMessageRejected, CancelRejected, OrderRejected, SessionRejected
from kalshi_sim import LocalExchange

from .conftest import TICKER, MarginTrader, dollars, order_with

D = Decimal
START = D("1000")


def _trades(reports: list[M.ExecutionReport]) -> list[M.ExecutionReport]:
    return [r for r in reports if r.exec_type == "F"]


async def test_fills_fees_positions_and_balances_over_fix_equal_the_rest_api(trader: Any) -> None:
    alice: MarginTrader = trader(str(START))
    bob: MarginTrader = trader(str(START))
    async with alice.session("order_entry_retransmit") as mine, bob.session("order_entry") as theirs:
        resting = await mine.place(TICKER, "buy", 10, D("100.00"))
        assert (resting.exec_type, resting.ord_status, resting.price) == ("0", "0", D("100.00"))
        smaller = await mine.amend(resting.cl_ord_id, count=9)
        assert (smaller.exec_type, smaller.order_qty, smaller.leaves_qty) == ("5", D(9), D(9))
        first = await theirs.place(TICKER, "sell", 4, D("99.00"), time_in_force="immediate_or_cancel")
        second = await theirs.place(TICKER, "sell", 2, D("100.00"))
        assert [(r.exec_type, r.last_px, r.last_qty) for r in (first, second)] == [
            ("F", D("100.00"), D(4)),
            ("F", D("100.00"), D(2)),
        ]
        canceled = await mine.cancel(resting.cl_ord_id)
        assert (canceled.exec_type, canceled.cum_qty, canceled.leaves_qty) == ("4", D(6), D(0))
        assert canceled.avg_px == D("100.00")
        with pytest.raises(CancelRejected):
            await mine.cancel(resting.cl_ord_id)

    for member, side, sign in ((alice, "1", 1), (bob, "2", -1)):
        async with member.session("drop_copy") as drop_copy:
            replayed = await drop_copy.replay("0")
        trades = _trades(replayed)
        rest_fills = member.get("/margin/fills")["fills"]
        assert len(rest_fills) == 2
        assert sorted(
            (r.trd_match_id, r.last_px, r.last_qty, r.misc_fees[0].misc_fee_amt) for r in trades
        ) == sorted(
            (f["fill_id"], dollars(f["price"]), dollars(f["count"]), dollars(f["fees"])) for f in rest_fills
        )
        assert {r.side for r in trades} == {side}
        fees = sum((r.misc_fees[0].misc_fee_amt for r in trades), D(0))
        assert fees > 0
        (position,) = member.get("/margin/positions")["positions"]
        assert dollars(position["position"]) == sign * 6
        last = trades[-1]
        assert (last.long_qty, last.short_qty) == ((D(6), D(0)) if sign > 0 else (D(0), D(6)))
        assert dollars(position["fees"]) == fees
        (balance,) = member.get("/margin/balance")["subaccount_balances"]
        # traded at the mark price: the equity is the deposit less the fees FIX reported
        assert dollars(balance["account_equity"]) == START - fees
        assert dollars(balance["position_value"]) == 0


async def test_drop_copy_carries_each_execution_once(ex: LocalExchange, trader: Any) -> None:
    alice: MarginTrader = trader()
    bob: MarginTrader = trader()
    seen: list[M.ExecutionReport] = []
    async with alice.session("order_entry") as mine, bob.session("order_entry") as theirs:
        for price in ("100.00", "100.50", "101.00"):
            seen.append(await mine.place(TICKER, "buy", 2, D(price)))
        seen.append(await mine.amend(seen[0].cl_ord_id, price=D("100.25")))
        await theirs.place(TICKER, "sell", 5, D("100.00"))
        rest_order = alice.place_over_rest("bid", "1", "90.00")
        async with alice.session("drop_copy") as drop_copy:
            everything = await drop_copy.replay("0")
            again = await drop_copy.replay("0")
    exec_ids = [r.exec_id for r in everything]
    assert len(exec_ids) == len(set(exec_ids))
    assert [r.exec_id for r in again] == exec_ids
    assert {r.exec_id for r in seen} <= set(exec_ids)
    trades = _trades(everything)
    fills = alice.get("/margin/fills")["fills"]
    assert sorted(r.trd_match_id or "" for r in trades) == sorted(f["fill_id"] for f in fills)
    assert sum((r.last_qty or D(0) for r in trades), D(0)) == 5
    assert [r.exec_type for r in everything if r.order_id == rest_order] == ["0"]


async def test_cancel_orders_on_disconnect_cancels_that_sessions_resting_orders(trader: Any) -> None:
    alice: MarginTrader = trader()
    async with alice.session("order_entry") as staying:
        kept = await staying.place(TICKER, "buy", 1, D("94.00"))
        async with alice.session("order_entry", logon={"cancel_orders_on_disconnect": True}) as leaving:
            gone = [await leaving.place(TICKER, "buy", 1, D(price)) for price in ("95.00", "96.00")]

        def resting() -> set[str]:
            return {o["order_id"] for o in alice.get("/margin/orders", status="resting")["orders"]}

        assert resting() >= {kept.order_id}
        await until(lambda: resting() == {kept.order_id}, what="the cancels of the session that left")
        canceled = alice.get("/margin/orders", status="canceled")["orders"]
        assert {o["order_id"] for o in canceled} == {r.order_id for r in gone}
        assert staying.connected


async def test_event_contract_fields_and_messages_are_refused(trader: Any) -> None:
    alice: MarginTrader = trader()
    async with alice.session("order_entry") as session:
        event_contract_fields: list[tuple[dict[str, Any], int]] = [
            ({"ex_destination": 1}, 100),
            ({"max_execution_cost": D(5)}, 21009),
            ({"quote_id": "q1"}, 117),
            ({"rfq_id": "r1"}, 21023),
        ]
        for fields, tag in event_contract_fields:
            order = order_with(**fields)
            with pytest.raises(SessionRejected) as refused:
                await session.ask(order, lambda m: isinstance(m, M.ExecutionReport), timeout=10)
            reject = refused.value.message
            assert (reject.session_reject_reason, reject.ref_tag_id, reject.ref_msg_type) == (2, tag, "D")
        rfq = M.QuoteRequest(quote_req_id=str(uuid.uuid4()), no_related_sym=1, symbol=TICKER, order_qty=D(5))
        with pytest.raises(BusinessMessageRejected) as unsupported:
            await session.ask(rfq, lambda m: False, timeout=10)
        assert unsupported.value.message.business_reject_reason == 3
        with pytest.raises(OrderRejected) as unknown:
            await session.place("KXNOPEPERP", "buy", 1, D("1.00"))
        assert unknown.value.message.ord_rej_reason == 1
    assert alice.get("/margin/orders")["orders"] == []


async def test_a_listener_session_sees_the_orders_placed_over_rest(trader: Any) -> None:
    alice: MarginTrader = trader()
    listening = {"listener_session": True, "skip_pending_exec_reports": True}
    async with alice.session("order_entry", logon=listening) as listener:
        order_id = alice.place_over_rest("ask", "2", "105.00")
        report = await asyncio.wait_for(anext(aiter(listener.executions())), 10)
    assert (report.order_id, report.exec_type, report.side) == (order_id, "0", "2")
    assert (report.price, report.order_qty) == (D("105.00"), D(2))


async def test_order_groups_over_fix_are_the_margin_engines(trader: Any) -> None:
    alice: MarginTrader = trader()
    async with alice.session("order_entry") as session:
        group = await session.create_order_group(5)
        in_group = await session.place(TICKER, "buy", 2, D("95.00"), order_group_id=group.order_group_id)
        outside = await session.place(TICKER, "buy", 2, D("94.00"))
        (listed,) = alice.get("/margin/order_groups")["order_groups"]
        assert (listed["id"], dollars(listed["contracts_limit_fp"])) == (group.order_group_id, 5)
        await session.trigger_order_group(str(group.order_group_id))
        reports = aiter(session.executions())
        report = await asyncio.wait_for(anext(reports), 10)
        while report.exec_type != "4":
            report = await asyncio.wait_for(anext(reports), 10)
        assert report.order_id == in_group.order_id
        with pytest.raises(BusinessMessageRejected):
            await session.trigger_order_group("no-such-group")
    resting = {o["order_id"] for o in alice.get("/margin/orders", status="resting")["orders"]}
    assert resting == {outside.order_id}


async def test_a_liquidation_is_reported_over_fix_as_rest_reports_it(ex: LocalExchange, trader: Any) -> None:
    alice: MarginTrader = trader("1000")
    bob: MarginTrader = trader("2000")
    house: MarginTrader = trader("100000")
    heard: list[M.ExecutionReport] = []
    listening = {"listener_session": True, "skip_pending_exec_reports": True}
    async with (
        alice.session("order_entry") as mine,
        alice.session("order_entry", logon=listening) as listener,
    ):

        async def listen() -> None:
            async for report in listener.executions():
                heard.append(report)

        listening_task = asyncio.create_task(listen())
        await mine.place(TICKER, "buy", 50, D("100.00"))
        waiting = await mine.place(TICKER, "buy", 3, D("90.00"))
        bob.place_over_rest("ask", "50", "100.00")
        house.place_over_rest("bid", "50", "84.00")
        (liquidation,) = ex.set_mark_price(TICKER, "84.00")
        assert liquidation.user_id == alice.user_id
        await until(lambda: len(_trades(heard)) == 2, what="the liquidation's Trade report to the listener")
        listening_task.cancel()
        # the session that placed the resting bid hears the exchange cancel it
        await until(lambda: mine.orders[waiting.cl_ord_id].exec_type == "4", what="the cancel of the bid")
        canceled = mine.orders[waiting.cl_ord_id]
        assert (canceled.text, canceled.leaves_qty, canceled.cum_qty) == ("MarginCancel", 0, 0)
        with contextlib.suppress(asyncio.CancelledError):
            await listening_task
    async with alice.session("drop_copy") as drop_copy:
        replayed = await drop_copy.replay("0")
    opening, closing = _trades(replayed)
    assert [r.exec_id for r in _trades(heard)] == [opening.exec_id, closing.exec_id]
    assert [r.text for r in heard if r.exec_type == "4"] == ["MarginCancel"]
    assert (closing.side, closing.last_px, closing.last_qty) == ("2", D("84.00"), D(50))
    assert (closing.long_qty, closing.short_qty, closing.aggressor_indicator) == (0, 0, True)
    (fill,) = [f for f in alice.get("/margin/fills")["fills"] if f["order_source"] == "system"]
    assert (closing.trd_match_id, closing.misc_fees[0].misc_fee_amt) == (
        fill["fill_id"],
        dollars(fill["fees"]),
    )
    assert (closing.last_px, closing.last_qty) == (dollars(fill["price"]), dollars(fill["count"]))
    assert [p for p in alice.get("/margin/positions")["positions"] if dollars(p["position"])] == []
