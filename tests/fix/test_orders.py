"""Order entry over loopback TCP against the counterparty exchange: orders, cancels, amends,
order groups, and orders placed exactly once through lost messages and reconnects."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from fix.conftest import DROP_COPY_KEY_ID
from fix.counterparty import Counterparty
from fix.pair import KEY_ID
from kalshi_py.auth import KalshiAuth
from kalshi_py.errors import OrderStateUnknown
from kalshi_py.fix import DropCopySession, OrderEntrySession, _codec, enums, messages
from kalshi_py.fix._codec import encode_body
from kalshi_py.fix._message import UnknownMessage
from kalshi_py.fix.errors import BusinessMessageRejected, CancelRejected, LogonRefused, OrderRejected
from kalshi_py.fix.store import SentMessage

TICKER = "KXFED-26DEC-T4.00"


async def _next(stream: Any, timeout: float = 5.0) -> Any:
    return await asyncio.wait_for(anext(stream), timeout)


async def test_place_amend_cancel(exchange: Counterparty, local: Any) -> None:
    async with local(OrderEntrySession) as session:
        new = await session.place(TICKER, "buy", 10, Decimal("0.35"), time_in_force="good_till_canceled")
        assert (new.exec_type, new.ord_status, new.symbol, new.side) == ("0", "0", TICKER, enums.Side.BUY_YES)
        assert new.order_qty == Decimal("10")
        assert new.price == Decimal("0.35")
        amended = await session.amend(new.cl_ord_id, count=4)
        assert (amended.exec_type, amended.order_qty, amended.orig_cl_ord_id) == (
            "5",
            Decimal("4"),
            new.cl_ord_id,
        )
        canceled = await session.cancel(new.cl_ord_id)
        assert canceled.exec_type == enums.ExecType.CANCELED
        assert canceled.orig_cl_ord_id == amended.cl_ord_id  # the latest ClOrdID of the order
        assert session.orders[new.cl_ord_id] is canceled
        reports = [await _next(session.executions()) for _ in range(3)]
        assert [r.exec_type for r in reports] == ["0", "5", "4"]
    order = exchange.orders[new.cl_ord_id]
    assert (order.time_in_force, order.ord_type, order.price) == ("1", "2", Decimal("0.35"))


async def test_a_fill_with_its_fees_and_rejections(exchange: Counterparty, local: Any) -> None:
    async with local(OrderEntrySession) as session:
        fill = await session.place("KXTEST-FILL", "sell", 3, Decimal("0.6"))
        assert (fill.exec_type, fill.cum_qty, fill.last_px) == ("F", Decimal("3"), Decimal("0.6"))
        assert [(f.misc_fee_amt, f.misc_fee_type) for f in fill.misc_fees] == [(Decimal("0.02"), "4")]
        with pytest.raises(OrderRejected, match="unknown symbol") as caught:
            await session.place("KXTEST-REJECT", "buy", 1, Decimal("0.5"))
        assert caught.value.message.ord_rej_reason == enums.OrdRejReason.UNKNOWN_SYMBOL
        resting = await session.place(TICKER, "buy", 1, Decimal("0.5"))
        del exchange.orders[resting.cl_ord_id]  # the exchange no longer knows it
        with pytest.raises(CancelRejected, match="unknown order") as refused:
            await session.cancel(resting.cl_ord_id)
        assert refused.value.message.cxl_rej_reason == enums.CxlRejReason.UNKNOWN_ORDER


async def test_invalid_orders_are_refused_before_sending(exchange: Counterparty, local: Any) -> None:
    async with local(OrderEntrySession) as session:
        for args, fragment in [
            ((TICKER, "buy", 1.5, Decimal("0.5")), "not a float"),
            ((TICKER, "up", 1, Decimal("0.5")), "side must be one of buy, sell"),
            ((TICKER, "buy", 0, Decimal("0.5")), "positive"),
        ]:
            with pytest.raises(ValueError, match=fragment):
                await session.place(*args)
        await session.place(TICKER, "buy", 1, Decimal("0.5"), client_order_id="mine")
        with pytest.raises(ValueError, match="already used"):
            await session.place(TICKER, "buy", 1, Decimal("0.5"), client_order_id="mine")
    assert list(exchange.orders) == ["mine"]


async def test_mass_cancel_and_order_groups(local: Any) -> None:
    async with local(OrderEntrySession) as session:
        report = await session.mass_cancel()
        assert report.mass_cancel_response == enums.MassCancelResponse.ALL_ORDERS_CANCELLED
        group = await session.create_order_group(100)
        assert group.order_group_contracts_limit == 100
        order = await session.place(TICKER, "buy", 1, Decimal("0.2"), order_group_id=group.order_group_id)
        assert order.exec_type == "0"
        assert (
            await session.trigger_order_group(group.order_group_id)
        ).order_group_id == group.order_group_id
        assert (await session.update_order_group(group.order_group_id, 5)).order_group_contracts_limit == 5
        await session.reset_order_group(group.order_group_id)
        await session.delete_order_group(group.order_group_id)
        with pytest.raises(BusinessMessageRejected, match="OrderGroupContractsLimit is required"):
            await session._order_group(enums.OrderGroupAction.CREATE, None, None, None)


async def test_refused_logons_say_why(
    exchange: Counterparty, local: Any, drop_copy_key: rsa.RSAPrivateKey
) -> None:
    with pytest.raises(LogonRefused, match="unknown API key") as caught:
        await local(OrderEntrySession, key_id="00000000-aaaa-bbbb-cccc-000000000000").connect()
    assert caught.value.text == "unknown API key 00000000-aaaa-bbbb-cccc-000000000000"
    with pytest.raises(LogonRefused, match="does not verify"):
        await local(OrderEntrySession, key=drop_copy_key).connect()
    with pytest.raises(LogonRefused, match="ListenerSession"):
        await local(
            DropCopySession, key=drop_copy_key, key_id=DROP_COPY_KEY_ID, logon={"listener_session": True}
        ).connect()


# --- exactly once -----------------------------------------------------------------------------------


async def test_a_report_lost_with_the_connection_comes_by_retransmission(
    exchange: Counterparty, local: Any
) -> None:
    async with local(OrderEntrySession, session_type="order_entry_retransmit") as session:
        exchange.faults.lose_next_report = True
        report = await session.place(TICKER, "buy", 2, Decimal("0.4"))
        assert report.exec_type == "0"
        assert report.poss_dup_flag  # it came again after the reconnect
        assert session.connection.connections == 2
        assert len(exchange.orders) == 1
        assert any("gap" in notice for notice in session.notices)


async def test_an_order_lost_on_the_way_is_sent_again_once(exchange: Counterparty, local: Any) -> None:
    async with local(OrderEntrySession, session_type="order_entry_retransmit") as session:
        exchange.faults.lose_next_order = True
        report = await session.place(TICKER, "buy", 2, Decimal("0.4"), client_order_id="once")
        assert report.cl_ord_id == "once"
        assert list(exchange.orders) == ["once"]
        assert exchange.orders["once"].poss_dup_flag
        assert session.connection.connections == 2


async def test_without_retransmission_drop_copy_settles_the_order(
    exchange: Counterparty, local: Any, drop_copy_key: rsa.RSAPrivateKey
) -> None:
    async with (
        local(DropCopySession, key=drop_copy_key, key_id=DROP_COPY_KEY_ID) as drop_copy,
        local(OrderEntrySession, drop_copy=drop_copy, resolve_timeout=0.1) as session,
    ):
        await session.place(TICKER, "buy", 1, Decimal("0.3"))
        exchange.faults.lose_next_report = True
        report = await session.place(TICKER, "buy", 1, Decimal("0.31"), client_order_id="lost")
        assert (report.cl_ord_id, report.exec_type) == ("lost", "0")
        assert session.connection.connections == 2
        reports = [await _next(session.executions()) for _ in range(2)]
        assert [r.cl_ord_id for r in reports] == [reports[0].cl_ord_id, "lost"]


async def test_without_any_way_to_know_the_order_is_unknown_with_its_id(
    exchange: Counterparty, local: Any
) -> None:
    async with local(OrderEntrySession) as session:
        exchange.faults.lose_next_report = True
        with pytest.raises(OrderStateUnknown) as caught:
            await session.place(TICKER, "buy", 1, Decimal("0.3"), client_order_id="unsure")
        assert caught.value.client_order_id == "unsure"
        assert list(exchange.orders) == ["unsure"]  # it was placed once, and never again


async def test_gaps_and_duplicates_from_the_exchange_are_healed(exchange: Counterparty, local: Any) -> None:
    async with local(OrderEntrySession, session_type="order_entry_retransmit") as session:
        exchange.faults.skip_before_next_report = 3
        exchange.faults.duplicate_reports = True
        first = await session.place(TICKER, "buy", 1, Decimal("0.1"))
        second = await session.place(TICKER, "buy", 1, Decimal("0.2"))
        reports = [await _next(session.executions()) for _ in range(2)]
        assert [r.exec_id for r in reports] == [first.exec_id, second.exec_id]
        await asyncio.sleep(0.05)
        assert session._queues["executions"].empty()
        assert (
            session.store.next_target_seq
            == exchange.stores[(session.session.config.sender_comp_id, "KalshiRT")].next_sender_seq
        )
        assert any("ignored duplicate" in n for n in session.notices)


async def test_a_restarted_process_resumes_and_misses_no_report(
    exchange: Counterparty, local: Any, tmp_path: Path
) -> None:
    first = local(OrderEntrySession, session_type="order_entry_retransmit", store=tmp_path, reconnect=False)
    await first.connect()
    placed = await first.place(TICKER, "buy", 5, Decimal("0.5"))
    first.connection.protocol.abort()  # the process dies: no Logout
    await asyncio.sleep(0.05)
    first.store.close()
    # while it is down, the exchange fills the order; the report waits in the exchange's store
    order = exchange.orders[placed.cl_ord_id]
    store = next(iter(exchange.stores.values()))
    fill = messages.ExecutionReport(
        order_id=placed.order_id,
        cl_ord_id=placed.cl_ord_id,
        exec_id="fill-1",
        exec_type="F",
        ord_status="2",
        side=order.side,
        symbol=order.symbol,
        leaves_qty=Decimal(0),
        cum_qty=Decimal(5),
        avg_px=Decimal("0.5"),
        order_qty=Decimal(5),
        last_px=Decimal("0.5"),
        last_qty=Decimal(5),
    )
    store.record_sent(SentMessage(store.next_sender_seq, "20260225-06:00:00.000", "8", encode_body(fill)))
    async with local(OrderEntrySession, session_type="order_entry_retransmit", store=tmp_path) as second:
        report = await _next(second.executions())
        assert (report.exec_id, report.poss_dup_flag) == ("fill-1", True)
        logon = exchange.logons[-1]
        assert (logon.msg_seq_num, logon.reset_seq_num_flag) == (3, None)
        assert second.store.next_target_seq == store.next_sender_seq


async def test_unknown_tags_new_values_and_new_messages_do_not_end_the_session(
    exchange: Counterparty, local: Any
) -> None:
    async with local(OrderEntrySession) as session:
        placed = await session.place(TICKER, "buy", 1, Decimal("0.5"))
        novel = msgspec.structs.replace(placed, exec_id="novel-1")
        (connection,) = exchange.live("KalshiNR")
        connection.session.send(UnknownMessage(msg_type="UZ1", fields=((58, "something new"),)))
        text = _codec.encode_body(novel).replace("\x01150=0\x01", "\x01150=Z\x01") + "29999=extra\x01"
        connection.session.send(
            UnknownMessage(
                msg_type="8",
                fields=tuple(
                    (int(field.split("=", 1)[0]), field.split("=", 1)[1])
                    for field in text.split("\x01")
                    if field
                ),
            )
        )
        connection._flush()
        reports = [await _next(session.executions()) for _ in range(2)]
        assert reports[1].exec_type == "Z"
        assert reports[1].unknown_fields == ((29999, "extra"),)
        assert session.connected
        assert (await session.cancel(placed.cl_ord_id)).exec_type == "4"


async def test_an_order_and_the_reports_it_causes_leave_in_one_write(
    exchange: Counterparty, local: Any
) -> None:
    """What a session sends while it handles what it read (here PendingNew, then New) is written
    to the socket once, at the end: one segment and one wakeup for the counterparty, not two."""
    exchange.faults.pending_new = True
    async with local(OrderEntrySession) as session:
        new = await session.place(TICKER, "buy", 10, Decimal("0.35"))
        assert new.exec_type == enums.ExecType.NEW
        connection = exchange.connections[-1]
        assert connection.writes[-1] == ["8", "8"]
        first, second = [r for r in exchange.frames if r[0] == "exchange"][-2:]
        assert b"\x01150=A\x01" in first[1]
        assert b"\x01150=0\x01" in second[1]


async def test_an_unanswered_order_is_unknown_when_its_timeout_ends(
    exchange: Counterparty, local: Any
) -> None:
    async with local(OrderEntrySession) as session:
        exchange.faults.ignore_next_order = True
        with pytest.raises(OrderStateUnknown, match=r"no answer to NewOrderSingle within 0\.2 s") as caught:
            await session.place(TICKER, "buy", 1, Decimal("0.3"), client_order_id="quiet", timeout=0.2)
        assert caught.value.client_order_id == "quiet"
        assert list(exchange.orders) == ["quiet"]


async def test_a_caller_that_stops_waiting_leaves_the_order_tracked(
    exchange: Counterparty, local: Any
) -> None:
    async with local(OrderEntrySession) as session:
        exchange.faults.ignore_next_order = True
        waiting = asyncio.ensure_future(
            session.place(TICKER, "buy", 2, Decimal("0.4"), client_order_id="late")
        )
        await until_placed(exchange, "late")
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        exchange._report(exchange.live("KalshiNR")[0], exchange.orders["late"], "0", "0")  # answered at last
        report = await _next(session.executions())
        assert (report.cl_ord_id, report.exec_type) == ("late", "0")
        assert session.orders["late"] is report


async def until_placed(exchange: Counterparty, client_order_id: str) -> None:
    for _ in range(500):
        if client_order_id in exchange.orders:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"{client_order_id} never reached the exchange")


async def test_a_stream_nobody_reads_drops_its_oldest_and_says_so_once(
    exchange: Counterparty, local: Any
) -> None:
    async with local(OrderEntrySession, max_queue=3) as session:
        for price in ("0.11", "0.12", "0.13", "0.14", "0.15", "0.16"):
            await session.place(TICKER, "buy", 1, Decimal(price))
        assert session.dropped == {"messages": 3, "executions": 3}
        behind = [n for n in session.notices if "items behind" in n]
        assert len(behind) == 2  # once per stream, not once per message
        kept = [await _next(session.executions()) for _ in range(3)]
        assert [r.price for r in kept] == [Decimal("0.14"), Decimal("0.15"), Decimal("0.16")]
        for price in ("0.21", "0.22", "0.23", "0.24"):
            await session.place(TICKER, "buy", 1, Decimal(price))
        assert session.dropped == {"messages": 7, "executions": 4}
        behind = [n for n in session.notices if "items behind" in n]
        assert [n.split(" stream")[0] for n in behind] == ["the executions", "the messages", "the executions"]


def test_a_session_trades_on_uvloop(rsa_key: rsa.RSAPrivateKey) -> None:
    """uvloop's transports are not asyncio's classes; a session must not care."""
    uvloop = pytest.importorskip("uvloop")

    async def trade() -> tuple[str, str]:
        exchange = Counterparty({KEY_ID: rsa_key.public_key()})
        port = await exchange.start()
        try:
            auth = KalshiAuth(KEY_ID, rsa_key)
            async with OrderEntrySession(auth, host="127.0.0.1", port=port, tls=False) as session:
                new = await session.place(TICKER, "buy", 2, Decimal("0.42"))
                canceled = await session.cancel(new.cl_ord_id)
            return new.exec_type, canceled.exec_type
        finally:
            await exchange.stop()

    assert uvloop.run(asyncio.wait_for(trade(), 20)) == (enums.ExecType.NEW, enums.ExecType.CANCELED)
