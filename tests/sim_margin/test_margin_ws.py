"""The margin venue's WebSocket over loopback with a raw client: every message it sends matches
perps_asyncapi.yaml, each subscription numbers its sequenced messages 1, 2, 3, an order book
kept from the snapshot and the deltas equals the REST book, private channels reach their owner
only, and the event-contract keys and channels stay on their own WebSocket."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import pytest
import websockets
from contract import MARGIN

from kalshi_py.auth import KalshiAuth
from kalshi_sim import LocalExchange

from .conftest import TICKER, MarginStream, Member, margin_stream

D = Decimal


def _server_types() -> set[str]:
    """Every message type the margin AsyncAPI has the server send."""
    spec = MARGIN.messages
    schemas = spec["components"]["schemas"]
    found = set()
    for message in spec["messages"].values():
        payload = message["payload"]
        resolved = schemas[payload["$ref"].rsplit("/", 1)[-1]] if "$ref" in payload else payload
        kind = (resolved.get("properties") or {}).get("type", {})
        if "const" in kind:
            found.add(kind["const"])
    return found


def _apply(book: dict[str, dict[str, Decimal]], message: dict[str, Any]) -> None:
    msg = message["msg"]
    if message["type"] == "orderbook_snapshot":
        book["bid"] = {p: D(q) for p, q in msg.get("bid", [])}
        book["ask"] = {p: D(q) for p, q in msg.get("ask", [])}
        return
    side = book[msg["side"]]
    side[msg["price"]] = side.get(msg["price"], D(0)) + D(msg["delta"])
    if not side[msg["price"]]:
        del side[msg["price"]]


async def _first_of_each(stream: MarginStream, *kinds: str) -> dict[str, dict[str, Any]]:
    """The first message of each of `kinds`, reading until every one has come."""
    seen: dict[str, dict[str, Any]] = {}
    while not seen.keys() >= set(kinds):
        message = await stream.recv()
        seen.setdefault(message["type"], message)
    return seen


async def _rest_book(member: Member) -> dict[str, dict[str, Decimal]]:
    book = await asyncio.to_thread(member.json, f"/margin/markets/{TICKER}/orderbook")
    return {side: {p: D(q) for p, q in book["orderbook"][f"{side}s"]} for side in ("bid", "ask")}


async def test_every_message_type_of_the_margin_websocket_matches_the_spec(
    ex: LocalExchange, make_member: Any
) -> None:
    alice: Member = make_member()
    bob: Member = make_member()
    async with margin_stream(ex, alice.credentials) as stream:
        await stream.subscribe(["orderbook_delta", "trade", "fill", "user_orders"], market_tickers=[TICKER])
        await stream.subscribe(["ticker"], market_ticker=TICKER, send_initial_snapshot=True)
        groups = await stream.subscribe(["order_group_updates"])
        await asyncio.to_thread(
            alice.http.post, "/margin/order_groups/create", json={"contracts_limit_fp": "9.00"}
        )
        await asyncio.to_thread(alice.order, "bid", "5", "99.00")
        await asyncio.to_thread(bob.order, "ask", "2", "99.00")
        await _first_of_each(
            stream, "order_group_updates", "orderbook_delta", "trade", "fill", "user_order", "ticker"
        )
        await stream.send({"cmd": "list_subscriptions"})
        await stream.recv_type("ok")
        await stream.send(
            {
                "cmd": "update_subscription",
                "params": {"sid": 1, "action": "add_markets", "market_tickers": ["KXBTCPERP"]},
            }
        )
        await stream.recv_type("ok")
        await stream.send({"cmd": "subscribe", "params": {"channels": ["market_positions"]}})
        error = await stream.recv_type("error")
        assert error["msg"]["code"] == 8
        await stream.send({"cmd": "unsubscribe", "params": {"sids": [groups]}})
        await stream.recv_type("unsubscribed")
        assert stream.seen >= _server_types()
        assert _server_types() == {
            "subscribed",
            "unsubscribed",
            "ok",
            "error",
            "orderbook_snapshot",
            "orderbook_delta",
            "ticker",
            "trade",
            "fill",
            "user_order",
            "order_group_updates",
        }


async def test_a_book_kept_from_the_stream_is_the_rest_book(ex: LocalExchange, make_member: Any) -> None:
    alice: Member = make_member("100000")
    bob: Member = make_member("100000")
    async with margin_stream(ex, alice.credentials) as stream:
        sid = await stream.subscribe(["orderbook_delta"], market_ticker=TICKER)
        book: dict[str, dict[str, Decimal]] = {}
        snapshot = await stream.recv_type("orderbook_snapshot")
        assert snapshot["seq"] == 1
        _apply(book, snapshot)
        placed = [
            ("bid", "5", "99.00"),
            ("bid", "3", "98.50"),
            ("ask", "4", "101.00"),
            ("ask", "2", "100.50"),
        ]
        for side, count, price in placed:
            await asyncio.to_thread(alice.order, side, count, price)
        await asyncio.to_thread(bob.order, "ask", "6", "98.50")  # takes 5 at 99 and 1 at 98.50
        await asyncio.to_thread(bob.order, "bid", "3", "101.00")  # takes 2 at 100.50 and 1 at 101
        seqs = [1]
        while True:
            message = await stream.recv_type("orderbook_delta")
            assert message["sid"] == sid
            seqs.append(message["seq"])
            _apply(book, message)
            assert message["msg"]["client_order_id"]  # Alice's own orders carry their ids
            if book == await _rest_book(alice) and len(seqs) == 9:
                break
        assert seqs == list(range(1, 10))
        assert book == {"bid": {"98.5000": D(2)}, "ask": {"101.0000": D(3)}}


async def test_private_channels_reach_their_owner_with_the_numbers_of_rest(
    ex: LocalExchange, make_member: Any
) -> None:
    alice: Member = make_member()
    bob: Member = make_member()
    async with margin_stream(ex, alice.credentials) as mine, margin_stream(ex, bob.credentials) as theirs:
        await mine.subscribe(["fill", "user_orders"])
        await theirs.subscribe(["fill"])
        await asyncio.to_thread(alice.order, "bid", "10", "100.00", client_order_id="alice-bid")
        order = await mine.recv_type("user_order")
        assert (order["msg"]["client_order_id"], order["msg"]["remaining_count"]) == ("alice-bid", "10.00")
        await asyncio.to_thread(bob.order, "ask", "10", "100.00")
        fill = (await mine.recv_type("fill"))["msg"]
        (rest_fill,) = (await asyncio.to_thread(alice.json, "/margin/fills"))["fills"]
        assert (fill["price"], fill["count"], fill["fee_cost"], fill["side"]) == (
            rest_fill["price"],
            rest_fill["count"],
            rest_fill["fees"],
            rest_fill["side"],
        )
        assert (fill["post_position"], fill["is_taker"], fill["order_source"]) == ("10.00", False, "user")
        bob_fill = (await theirs.recv_type("fill"))["msg"]
        assert (bob_fill["post_position"], bob_fill["fee_cost"]) == ("-10.00", "1.2000")


async def test_keys_and_channels_of_one_exchange_stay_on_its_websocket(
    ex: LocalExchange, make_member: Any
) -> None:
    member: Member = make_member()
    event_contracts = ex.create_account()
    auth = KalshiAuth(event_contracts.api_key_id, event_contracts.private_key_pem)
    with pytest.raises(websockets.InvalidStatus) as refused:
        async with websockets.connect(
            ex.margin_ws_url, additional_headers=auth.headers_for("GET", "/trade-api/ws/v2/margin")
        ):
            pass
    assert refused.value.response.status_code == 401
    margin_auth = KalshiAuth(member.credentials.api_key_id, member.credentials.private_key_pem)
    with pytest.raises(websockets.InvalidStatus):
        async with websockets.connect(
            ex.ws_url, additional_headers=margin_auth.headers_for("GET", "/trade-api/ws/v2")
        ):
            pass
    async with margin_stream(ex, member.credentials) as stream:
        for params, code in (
            ({"channels": ["orderbook_delta"]}, 14),
            ({"channels": ["market_lifecycle_v2"]}, 8),
            ({"channels": ["ticker"], "market_tickers": ["KXHIGHNY-NOPE"]}, 11),
        ):
            await stream.send({"cmd": "subscribe", "params": params})
            assert (await stream.recv_type("error"))["msg"]["code"] == code
        sid = await stream.subscribe(["orderbook_delta"], market_ticker=TICKER)
        await stream.send(
            {
                "cmd": "update_subscription",
                "params": {"sid": sid, "action": "get_snapshot", "market_ticker": TICKER},
            }
        )
        assert (await stream.recv_type("error"))["msg"]["code"] == 13


async def test_a_liquidation_streams_the_exchanges_own_order(ex: LocalExchange, make_member: Any) -> None:
    alice: Member = make_member()
    bob: Member = make_member()
    house: Member = make_member("100000")
    await asyncio.to_thread(alice.order, "bid", "50", "100.00")
    await asyncio.to_thread(bob.order, "ask", "50", "100.00")
    await asyncio.to_thread(house.order, "bid", "50", "84.00")
    async with margin_stream(ex, alice.credentials) as stream:
        await stream.subscribe(["user_orders", "fill"])
        await stream.subscribe(["ticker"], market_ticker=TICKER)
        await asyncio.to_thread(ex.set_mark_price, TICKER, "84.00")
        seen = await _first_of_each(stream, "ticker", "user_order", "fill")
        order, fill = seen["user_order"]["msg"], seen["fill"]["msg"]
        assert (order["order_source"], order["side"], order["fill_count"]) == ("system", "ask", "50.00")
        assert (fill["order_source"], fill["post_position"], fill["price"]) == ("system", "0.00", "84.0000")
        assert seen["ticker"]["msg"]["settlement_mark_price"]["price"] == "84.0000"


async def test_faults_drop_and_skip_on_the_margin_websocket(ex: LocalExchange, make_member: Any) -> None:
    alice: Member = make_member()
    async with margin_stream(ex, alice.credentials) as stream:
        await stream.subscribe(["trade"], market_ticker=TICKER)
        ex.faults.ws_skip_seq_rate = 1.0
        bob: Member = make_member()
        await asyncio.to_thread(alice.order, "bid", "2", "100.00")
        await asyncio.to_thread(bob.order, "ask", "1", "100.00")
        await asyncio.to_thread(bob.order, "ask", "1", "100.00")
        first, second = await stream.recv_type("trade"), await stream.recv_type("trade")
        assert second["seq"] - first["seq"] == 2
        ex.faults.ws_skip_seq_rate = 0.0
        ex.faults.ws_disconnect()
        with pytest.raises(websockets.ConnectionClosed):
            await stream.recv_type("trade")


async def test_a_malformed_command_gets_error_1_and_the_connection_stays(
    ex: LocalExchange, make_member: Any
) -> None:
    member: Member = make_member()
    async with margin_stream(ex, member.credentials) as stream:
        for raw in ("not json", "[]", "{" * 100 + "}" * 100):
            await stream.ws.send(raw)
            assert (await stream.recv_type("error"))["msg"]["code"] == 1
        assert await stream.subscribe(["trade"]) >= 1
