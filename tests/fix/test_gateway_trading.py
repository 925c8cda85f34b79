"""Trading over FIX on the local exchange: two accounts cross, and what FIX reports (fills, fees,
positions) is what REST and the WebSocket report, to the cent; orders go both ways between FIX
and REST; cancel, cancel/replace, decrease, mass cancel and order groups."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest

from fix.venue import TICKER, Trader, until
from kalshi_py.api.order_groups import get_order_group
from kalshi_py.api.orders import create_order_v2, decrease_order_v2, get_order
from kalshi_py.api.portfolio import (
    apply_subaccount_transfer,
    create_subaccount,
    get_balance,
    get_fills,
    get_positions,
)
from kalshi_py.fix import messages as M
from kalshi_py.fix.enums import ExecType, OrdRejReason, OrdStatus
from kalshi_py.fix.errors import BusinessMessageRejected, CancelRejected, OrderRejected
from kalshi_py.ws import KalshiWebSocket
from kalshi_sim import LocalExchange

D = Decimal
ONE = D(1)


def _cost(reports: list[M.ExecutionReport]) -> tuple[Decimal, Decimal]:
    """(what the fills cost on their own leg, the fees) of an account's Trade reports."""
    trades = [r for r in reports if r.exec_type == ExecType.TRADE]
    cost = sum(
        (r.last_qty * (r.last_px if r.side == "1" else ONE - r.last_px) for r in trades),  # type: ignore[operator]
        D(0),
    )
    fees = sum((f.misc_fee_amt for r in trades for f in r.misc_fees), D(0))  # type: ignore[misc]
    return cost, fees


def _rest_order(who: Trader, side: str, count: Decimal, price: Decimal) -> Any:
    """A resting V2 order placed over REST."""
    return create_order_v2.sync(
        client=who.rest,
        ticker=TICKER,
        side=side,
        count=count,
        price=price,
        time_in_force="good_till_canceled",
        self_trade_prevention_type="taker_at_cross",
    )


async def test_two_accounts_cross_and_fix_agrees_with_rest_to_the_cent(
    gateway: LocalExchange, trader: Any
) -> None:
    alice, bob = trader("100"), trader("100")
    async with (
        alice.session("order_entry_retransmit") as buyer,
        bob.session("order_entry") as seller,
        KalshiWebSocket(alice.rest) as ws,
    ):
        await ws.subscribe(["fill", "user_orders"], market_tickers=[TICKER])
        resting = await buyer.place(TICKER, "buy", 10, D("0.40"), time_in_force="good_till_canceled")
        assert (resting.exec_type, resting.ord_status, resting.leaves_qty) == ("0", "0", D(10))
        order = get_order.sync(client=alice.rest, order_id=resting.order_id).order
        assert (order.client_order_id, order.status, order.book_side) == (resting.cl_ord_id, "resting", "bid")

        taken = await seller.place(TICKER, "sell", 6, D("0.38"))  # meets the bid at its price, 0.40
        assert (taken.exec_type, taken.ord_status) == (ExecType.TRADE, OrdStatus.FILLED)
        assert (taken.last_px, taken.last_qty, taken.cum_qty, taken.leaves_qty) == (D("0.40"), 6, 6, 0)
        assert taken.aggressor_indicator is True
        assert (taken.long_qty, taken.short_qty) == (0, 6)  # a NO position of 6

        await until(
            lambda: buyer.orders[resting.cl_ord_id].exec_type == ExecType.TRADE, what="the maker's fill"
        )
        maker = buyer.orders[resting.cl_ord_id]
        assert (maker.ord_status, maker.cum_qty, maker.leaves_qty, maker.order_qty) == ("1", 6, 4, 10)
        assert maker.aggressor_indicator is False
        assert maker.trd_match_id == taken.trd_match_id
        assert (maker.long_qty, maker.short_qty) == (6, 0)

        seen: dict[str, Any] = {}
        while "fill" not in seen or "user_order" not in seen:
            item = await ws.recv(timeout=10)
            seen.setdefault(getattr(item, "type", ""), item)
        assert seen["fill"].msg.order_id == resting.order_id
        assert seen["fill"].msg.trade_id == maker.trd_match_id
        assert seen["user_order"].msg.client_order_id == resting.cl_ord_id

        canceled = await buyer.cancel(resting.cl_ord_id)
        assert (canceled.exec_type, canceled.cum_qty, canceled.leaves_qty) == ("4", 6, 0)
        reports = {"alice": list(buyer.orders.values()), "bob": list(seller.orders.values())}

    alice_reports = [r for r in await _all_reports(alice) if r.exec_type == ExecType.TRADE]
    bob_reports = [r for r in await _all_reports(bob) if r.exec_type == ExecType.TRADE]
    assert reports["alice"][0].order_id == resting.order_id
    for who, trades in ((alice, alice_reports), (bob, bob_reports)):
        fills = get_fills.sync(client=who.rest, ticker=TICKER).fills
        assert sorted((f.trade_id, f.count_fp, f.yes_price_dollars, f.fee_cost) for f in fills) == sorted(
            (r.trd_match_id, r.last_qty, r.last_px, r.misc_fees[0].misc_fee_amt) for r in trades
        )
        cost, fees = _cost(trades)
        balance = get_balance.sync(client=who.rest).balance_dollars
        assert balance == D(100) - cost - fees, who.user_id  # nothing resting: nothing held back
        position = get_positions.sync(client=who.rest, ticker=TICKER).market_positions[0]
        assert position.position_fp == trades[-1].long_qty - trades[-1].short_qty  # type: ignore[operator]
        assert position.fees_paid_dollars == fees


async def _all_reports(who: Trader) -> list[M.ExecutionReport]:
    async with who.session("drop_copy", new_key=True) as drop_copy:
        return await drop_copy.replay("0")


async def test_an_order_placed_over_rest_reaches_fix(gateway: LocalExchange, trader: Any) -> None:
    alice = trader()
    listener_options = {"listener_session": True, "skip_pending_exec_reports": True}
    async with (
        alice.session("order_entry", new_key=True, logon=listener_options) as listener,
        alice.session("market_data", new_key=True) as md,
    ):
        (book,) = await md.subscribe([TICKER])
        placed = _rest_order(alice, "ask", D(3), D("0.61"))
        report = await asyncio.wait_for(anext(listener.executions()), 10)
        assert (report.exec_type, report.order_id, report.cl_ord_id) == (
            "0",
            placed.order_id,
            placed.client_order_id,
        )
        assert (report.side, report.price, report.order_qty) == ("2", D("0.61"), 3)
        await until(lambda: book.no.get(D("0.39")) == 3, what="the REST order in the FIX book")
        decrease_order_v2.sync(client=alice.rest, order_id=placed.order_id, reduce_to=D(1))
        replaced = await asyncio.wait_for(anext(listener.executions()), 10)
        assert (replaced.exec_type, replaced.leaves_qty, replaced.order_qty) == (ExecType.REPLACED, 1, 1)
        with pytest.raises(BusinessMessageRejected, match="listener"):
            await listener.place(TICKER, "buy", 1, D("0.10"))


async def test_cancel_and_cancel_replace(gateway: LocalExchange, trader: Any) -> None:
    alice, bob = trader(), trader()
    async with alice.session("order_entry") as session, bob.session("order_entry") as other:
        first = await session.place(TICKER, "buy", 5, D("0.30"))
        smaller = await session.amend(first.cl_ord_id, count=3)
        assert (smaller.exec_type, smaller.order_qty, smaller.orig_cl_ord_id) == ("5", 3, first.cl_ord_id)
        moved = await session.amend(first.cl_ord_id, price=D("0.33"), count=4)
        assert (moved.price, moved.leaves_qty) == (D("0.33"), 4)
        order = get_order.sync(client=alice.rest, order_id=first.order_id).order
        assert (order.yes_price_dollars, order.remaining_count_fp, order.client_order_id) == (
            D("0.33"),
            4,
            moved.cl_ord_id,
        )
        await other.place(TICKER, "sell", 1, D("0.33"))
        await until(lambda: session.orders[first.cl_ord_id].cum_qty == 1, what="the partial fill")
        to_filled = await session.amend(first.cl_ord_id, count=1)  # down to what has filled: canceled
        assert (to_filled.exec_type, to_filled.cum_qty, to_filled.leaves_qty) == ("4", 1, 0)
        with pytest.raises(CancelRejected, match="too late") as late:
            await session.cancel(first.cl_ord_id)
        assert late.value.message.cxl_rej_reason == 0

        second = await session.place(TICKER, "buy", 2, D("0.20"))
        with pytest.raises(CancelRejected, match="price grid"):
            await session.amend(second.cl_ord_id, price=D("0.205"))
        assert (await session.cancel(second.cl_ord_id)).exec_type == "4"
        assert get_order.sync(client=alice.rest, order_id=second.order_id).order.status == "canceled"


async def test_refused_orders_say_why(gateway: LocalExchange, trader: Any) -> None:
    alice = trader("5")
    async with alice.session("order_entry") as session:
        cases = [
            (("KXNOPE-1", "buy", 1, D("0.5")), {}, OrdRejReason.UNKNOWN_SYMBOL, "unknown market"),
            ((TICKER, "buy", 100, D("0.5")), {}, OrdRejReason.ORDER_EXCEEDS_LIMIT, "available balance"),
            ((TICKER, "buy", 1, D("0.505")), {}, OrdRejReason.OTHER, "price grid"),
            (
                (TICKER, "buy", 1, D("0.5")),
                {"post_only": True, "time_in_force": "immediate_or_cancel"},
                99,
                "post_only",
            ),
        ]
        for args, options, reason, text in cases:
            with pytest.raises(OrderRejected, match=text) as refused:
                await session.place(*args, **options)
            assert refused.value.message.ord_rej_reason == reason
        placed = await session.place(TICKER, "buy", 1, D("0.05"), client_order_id="mine-1")
        async with alice.session("order_entry", new_key=True) as again:  # the exchange's check, not ours
            with pytest.raises(OrderRejected, match="already used") as duplicate:
                await again.place(TICKER, "buy", 1, D("0.05"), client_order_id="mine-1")
        assert duplicate.value.message.ord_rej_reason == OrdRejReason.DUPLICATE_ORDER
        ioc = await session.place(TICKER, "sell", 1, D("0.90"), time_in_force="immediate_or_cancel")
        assert (ioc.exec_type, ioc.cum_qty) == ("4", 0)
        cross = await session.place(
            TICKER, "sell", 1, D("0.05"), post_only=True, time_in_force="good_till_canceled"
        )
        assert (cross.exec_type, cross.text) == ("4", "PostOnlyCrossCancel")
        assert placed.exec_type == "0"


async def test_mass_cancel_cancels_the_sessions_orders_only(gateway: LocalExchange, trader: Any) -> None:
    alice = trader()
    async with alice.session("order_entry") as session:
        mine = [await session.place(TICKER, "buy", 1, D(f"0.1{n}")) for n in range(3)]
        by_rest = _rest_order(alice, "bid", D(1), D("0.05"))
        report = await session.mass_cancel()
        assert report.mass_cancel_response == "6"
        await until(
            lambda: all(session.orders[o.cl_ord_id].exec_type == "4" for o in mine), what="the cancels"
        )
        statuses = {get_order.sync(client=alice.rest, order_id=o.order_id).order.status for o in mine}
        assert statuses == {"canceled"}
        assert get_order.sync(client=alice.rest, order_id=by_rest.order_id).order.status == "resting"


async def test_order_groups(gateway: LocalExchange, trader: Any) -> None:
    alice, bob = trader(), trader()
    async with alice.session("order_entry") as session, bob.session("order_entry") as other:
        group = await session.create_order_group(5)
        group_id = group.order_group_id
        assert group_id is not None
        assert group.order_group_contracts_limit == 5
        assert get_order_group.sync(client=alice.rest, order_group_id=group_id).contracts_limit_fp == 5
        a = await session.place(TICKER, "buy", 3, D("0.40"), order_group_id=group_id)
        b = await session.place(TICKER, "buy", 4, D("0.39"), order_group_id=group_id)
        await other.place(TICKER, "sell", 5, D("0.39"))  # 5 contracts of the group match: it triggers
        await until(lambda: session.orders[b.cl_ord_id].exec_type == "4", what="the group's cancel")
        assert session.orders[a.cl_ord_id].ord_status == OrdStatus.FILLED
        assert session.orders[b.cl_ord_id].cum_qty == 2
        with pytest.raises(OrderRejected, match="triggered") as refused:
            await session.place(TICKER, "buy", 1, D("0.30"), order_group_id=group_id)
        assert refused.value.message.ord_rej_reason == OrdRejReason.ORDER_EXCEEDS_LIMIT
        await session.reset_order_group(group_id)
        c = await session.place(TICKER, "buy", 1, D("0.30"), order_group_id=group_id)
        updated = await session.update_order_group(group_id, 20)
        assert updated.order_group_contracts_limit == 20
        await session.trigger_order_group(group_id)
        await until(lambda: session.orders[c.cl_ord_id].exec_type == "4", what="the trigger's cancel")
        await session.delete_order_group(group_id)
        with pytest.raises(BusinessMessageRejected, match="no order group"):
            await session.reset_order_group(group_id)


async def test_an_order_in_a_subaccount_is_reported_and_held_there(
    gateway: LocalExchange, trader: Any
) -> None:
    alice, bob = trader("100"), trader("100")
    number = create_subaccount.sync(client=alice.rest).subaccount_number
    apply_subaccount_transfer.sync(
        client=alice.rest,
        client_transfer_id="0b6f3f8e-3c1e-4f55-9a44-6f0d2f7f1c21",
        from_subaccount=0,
        to_subaccount=number,
        amount_cents=1000,
    )
    async with alice.session("order_entry") as session:
        resting = await session.place(
            TICKER, "buy", 5, D("0.40"), time_in_force="good_till_canceled", subaccount=number
        )
        assert resting.alloc_account == number
        _rest_order(bob, "ask", D(5), D("0.40"))
        await until(lambda: session.orders[resting.cl_ord_id].exec_type == ExecType.TRADE, what="the fill")
        filled = session.orders[resting.cl_ord_id]
    assert (filled.alloc_account, filled.long_qty, filled.short_qty) == (number, 5, 0)
    (held,) = get_positions.sync(client=alice.rest, subaccount=number).market_positions
    assert held.position_fp == D(5)
    assert get_positions.sync(client=alice.rest).market_positions == []  # the primary holds nothing
    assert get_balance.sync(client=alice.rest).balance_dollars == D(90)  # the primary paid nothing
