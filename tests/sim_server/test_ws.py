"""The local exchange's WebSocket: commands, replies, error codes, and streams that agree with REST."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any, get_args

import httpx
import pytest
import websockets
from contract import EVENT_CONTRACTS, ApiContract, validate_ws_message

from kalshi_py.auth import KalshiAuth
from kalshi_sim import Credentials, LocalExchange
from kalshi_sim.ws.session import MessageType

from .conftest import TICKER, Trader, add_market, checked

TIMEOUT = 5


class Stream:
    """A signed WebSocket connection whose every message is checked against asyncapi.yaml."""

    api: ApiContract = EVENT_CONTRACTS
    """The API whose asyncapi document its messages are checked against."""

    def __init__(self, ws: websockets.ClientConnection) -> None:
        self.ws = ws
        self.next_id = 1
        self.seen: set[str] = set()

    async def send(self, command: dict[str, Any] | str) -> int:
        if isinstance(command, str):
            await self.ws.send(command)
            return 0
        if "id" not in command:
            command = {"id": self.next_id, **command}
            self.next_id += 1
        await self.ws.send(json.dumps(command))
        return int(command["id"])

    async def recv(self) -> dict[str, Any]:
        raw = await asyncio.wait_for(self.ws.recv(), TIMEOUT)
        message: dict[str, Any] = json.loads(raw)
        validate_ws_message(message, self.api)
        assert isinstance(message.get("sending_ts_ms"), int)
        self.seen.add(message["type"])
        return message

    async def recv_type(self, *kinds: str) -> dict[str, Any]:
        for _ in range(200):
            message = await self.recv()
            if message["type"] in kinds:
                return message
        raise AssertionError(f"no {kinds} message")

    async def subscribe(self, channels: list[str], **params: Any) -> int:
        await self.send({"cmd": "subscribe", "params": {"channels": channels, **params}})
        reply = await self.recv_type("subscribed", "error")
        assert reply["type"] == "subscribed", reply
        return int(reply["msg"]["sid"])

    async def error_code(self, command: dict[str, Any] | str) -> int:
        await self.send(command)
        reply = await self.recv_type("error")
        return int(reply["msg"]["code"])


@asynccontextmanager
async def stream(ex: LocalExchange, credentials: Credentials) -> AsyncIterator[Stream]:
    auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
    headers = auth.headers_for("GET", "/trade-api/ws/v2")
    async with websockets.connect(ex.ws_url, additional_headers=headers) as ws:
        yield Stream(ws)


async def post_order(trader: Trader, **body: Any) -> httpx.Response:
    return await asyncio.to_thread(trader.order, **body)


def apply_delta(book: dict[str, dict[Decimal, Decimal]], msg: dict[str, Any]) -> None:
    side = book[msg["side"]]
    price = Decimal(msg["price_dollars"])
    side[price] = side.get(price, Decimal(0)) + Decimal(msg["delta_fp"])
    if side[price] == 0:
        del side[price]


def rest_book(ex: LocalExchange, ticker: str) -> dict[str, dict[Decimal, Decimal]]:
    body = checked(httpx.get(f"{ex.rest_url}/markets/{ticker}/orderbook")).json()["orderbook_fp"]
    return {
        "yes": {Decimal(p): Decimal(c) for p, c in body["yes_dollars"]},
        "no": {Decimal(p): Decimal(c) for p, c in body["no_dollars"]},
    }


async def test_snapshot_and_deltas_rebuild_the_rest_book(
    ex: LocalExchange, alice: Trader, bob: Trader
) -> None:
    await post_order(alice, side="bid", price="0.40", count="3.00")
    async with stream(ex, alice.credentials) as ws:
        sid = await ws.subscribe(["orderbook_delta"], market_ticker=TICKER)
        snapshot = await ws.recv_type("orderbook_snapshot")
        assert (snapshot["sid"], snapshot["seq"]) == (sid, 1)
        assert snapshot["msg"]["yes_dollars_fp"] == [["0.4000", "3.00"]]
        book = {
            "yes": {Decimal(p): Decimal(c) for p, c in snapshot["msg"].get("yes_dollars_fp", [])},
            "no": {Decimal(p): Decimal(c) for p, c in snapshot["msg"].get("no_dollars_fp", [])},
        }
        await post_order(alice, side="bid", price="0.41", count="2.00", client_order_id="alice-1")
        await post_order(bob, side="ask", price="0.45", count="4.00")
        await post_order(bob, side="ask", price="0.40", count="1.00")
        clocks = []
        seqs = [1]
        for _ in range(20):
            if book == rest_book(ex, TICKER):
                break
            delta = await ws.recv_type("orderbook_delta")
            assert delta["sid"] == sid
            seqs.append(delta["seq"])
            clocks.append(delta["msg"]["clock"])
            apply_delta(book, delta["msg"])
        assert book == rest_book(ex, TICKER)
        assert seqs == list(range(1, len(seqs) + 1))
        assert clocks == sorted(clocks)
        assert clocks[0] > snapshot["msg"]["clock"]


async def test_client_order_id_only_reaches_the_owner(ex: LocalExchange, alice: Trader, bob: Trader) -> None:
    async with stream(ex, alice.credentials) as mine, stream(ex, bob.credentials) as theirs:
        await mine.subscribe(["orderbook_delta"], market_tickers=[TICKER])
        await theirs.subscribe(["orderbook_delta"], market_tickers=[TICKER])
        await mine.recv_type("orderbook_snapshot")
        await theirs.recv_type("orderbook_snapshot")
        await post_order(alice, price="0.33", client_order_id="secret-coid")
        own = await mine.recv_type("orderbook_delta")
        other = await theirs.recv_type("orderbook_delta")
        assert own["msg"]["client_order_id"] == "secret-coid"
        assert "client_order_id" not in other["msg"]
        assert own["msg"]["clock"] == other["msg"]["clock"]


async def test_private_channels_carry_only_the_connections_account(
    ex: LocalExchange, alice: Trader, bob: Trader
) -> None:
    async with stream(ex, alice.credentials) as mine, stream(ex, bob.credentials) as theirs:
        for ws in (mine, theirs):
            await ws.subscribe(["fill", "user_orders", "market_positions", "trade", "ticker"])
        await post_order(alice, side="bid", price="0.52", count="2.00")
        await post_order(bob, side="ask", price="0.52", count="2.00")
        seen: dict[str, list[dict[str, Any]]] = {}
        for _ in range(30):
            message = await mine.recv()
            seen.setdefault(message["type"], []).append(message)
            if {"fill", "user_order", "market_position", "trade", "ticker"} <= set(seen) and len(
                seen["user_order"]
            ) >= 2:
                break
        assert {o["msg"]["user_id"] for o in seen["user_order"]} == {alice.user_id}
        assert [f["msg"]["is_taker"] for f in seen["fill"]] == [False]
        assert seen["fill"][0]["msg"]["post_position_fp"] == "2.00"
        assert seen["market_position"][-1]["msg"]["position_fp"] == "2.00"
        assert seen["trade"][0]["msg"]["count_fp"] == "2.00"
        assert seen["trade"][0]["seq"] == 1
        theirs_fill = await theirs.recv_type("fill")
        assert theirs_fill["msg"]["is_taker"] is True


async def test_fills_and_positions_name_the_subaccount_that_traded(
    ex: LocalExchange, alice: Trader, bob: Trader
) -> None:
    number = alice.post("/portfolio/subaccounts").json()["subaccount_number"]
    transfer = {"client_transfer_id": "5f0c1a52-5a57-4d38-9b41-0d1f3e0c2a11", "amount_cents": 500}
    alice.post(
        "/portfolio/subaccounts/transfer", json={**transfer, "from_subaccount": 0, "to_subaccount": number}
    )
    async with stream(ex, alice.credentials) as mine:
        await mine.subscribe(["fill", "market_positions"])
        await post_order(alice, side="bid", price="0.52", count="2.00", subaccount=number)
        await post_order(bob, side="ask", price="0.52", count="2.00")
        fill = await mine.recv_type("fill")
        position = await mine.recv_type("market_position")
    assert number == 1
    assert (fill["msg"]["subaccount"], fill["msg"]["post_position_fp"]) == (1, "2.00")
    assert (position["msg"]["subaccount"], position["msg"]["position_fp"]) == (1, "2.00")
    primary = alice.get("/portfolio/positions").json()["market_positions"]
    assert primary == []


async def test_update_subscription_and_list(ex: LocalExchange, alice: Trader) -> None:
    other = add_market(ex, "KXSIMNET-26DEC01-T60")
    async with stream(ex, alice.credentials) as ws:
        sid = await ws.subscribe(["orderbook_delta"], market_ticker=TICKER)
        await ws.recv_type("orderbook_snapshot")
        await ws.send(
            {
                "cmd": "update_subscription",
                "params": {"sids": [sid], "market_tickers": [other], "action": "add_markets"},
            }
        )
        snapshot = await ws.recv_type("orderbook_snapshot")
        assert (snapshot["msg"]["market_ticker"], snapshot["seq"]) == (other, 2)
        ok = await ws.recv_type("ok")
        assert sorted(ok["msg"]["market_tickers"]) == sorted([TICKER, other])
        assert ok["seq"] == 3  # a reply carrying seq takes the subscription's next number
        await ws.send(
            {
                "cmd": "update_subscription",
                "params": {"sid": sid, "market_tickers": [TICKER], "action": "get_snapshot"},
            }
        )
        again = await ws.recv_type("orderbook_snapshot")
        assert (again["msg"]["market_ticker"], again["seq"]) == (TICKER, 4)
        await ws.recv_type("ok")
        await ws.send(
            {
                "cmd": "update_subscription",
                "params": {"sid": sid, "market_tickers": [TICKER], "action": "delete_markets"},
            }
        )
        assert (await ws.recv_type("ok"))["msg"]["market_tickers"] == [other]
        await post_order(alice, price="0.10", ticker=TICKER)
        await post_order(alice, price="0.11", ticker=other)
        delta = await ws.recv_type("orderbook_delta")
        assert delta["msg"]["market_ticker"] == other
        listing_id = await ws.send({"cmd": "list_subscriptions"})
        listing = await ws.recv_type("ok")
        assert listing["id"] == listing_id
        assert listing["msg"] == [{"channel": "orderbook_delta", "sid": sid}]
        unsubscribe_id = await ws.send({"cmd": "unsubscribe", "params": {"sids": [sid]}})
        gone = await ws.recv_type("unsubscribed")
        assert (gone["id"], gone["sid"]) == (unsubscribe_id, sid)


@pytest.mark.parametrize(
    ("command", "code"),
    [
        ("{not json", 1),
        ({"cmd": "subscribe"}, 2),
        ({"cmd": "subscribe", "params": {"channels": []}}, 3),
        ({"cmd": "unsubscribe", "params": {"sids": []}}, 4),
        ({"cmd": "bogus", "params": {}}, 5),
        ({"cmd": "unsubscribe", "params": {"sids": [99]}}, 7),
        ({"cmd": "subscribe", "params": {"channels": ["ticker_v2"]}}, 8),
        ({"cmd": "subscribe", "params": {"channels": ["orderbook_delta"], "market_ticker": "NO-SUCH"}}, 11),
        ({"cmd": "update_subscription", "params": {"sids": [1, 2], "action": "add_markets"}}, 12),
        ({"cmd": "update_subscription", "params": {"sid": 1, "market_tickers": [TICKER], "action": "x"}}, 13),
        ({"cmd": "subscribe", "params": {"channels": ["orderbook_delta"]}}, 14),
        ({"cmd": "update_subscription", "params": {"sid": 1, "market_tickers": [TICKER]}}, 15),
    ],
)
async def test_bad_commands_get_the_spec_error_codes(
    ex: LocalExchange, alice: Trader, command: dict[str, Any] | str, code: int
) -> None:
    async with stream(ex, alice.credentials) as ws:
        await ws.subscribe(["ticker"])
        assert await ws.error_code(command) == code


async def test_lifecycle_and_order_group_channels(ex: LocalExchange, alice: Trader) -> None:
    async with stream(ex, alice.credentials) as ws:
        await ws.subscribe(["market_lifecycle_v2", "order_group_updates"])
        created = await asyncio.to_thread(
            alice.post, "/portfolio/order_groups/create", json={"contracts_limit_fp": "5.00"}
        )
        update = await ws.recv_type("order_group_updates")
        assert update["msg"]["order_group_id"] == created.json()["order_group_id"]
        assert (update["msg"]["event_type"], update["seq"]) == ("created", 1)
        with ex.lock:
            ex.exchange.pause_market(TICKER)
        lifecycle = await ws.recv_type("market_lifecycle_v2")
        assert (lifecycle["msg"]["market_ticker"], lifecycle["msg"]["event_type"]) == (TICKER, "deactivated")


async def test_heartbeat_pings_carry_the_payload() -> None:
    from websockets.frames import Opcode
    from websockets.protocol import State

    with LocalExchange(seed=2, heartbeat_interval=0.2) as ex:
        credentials = ex.create_account("1")
        auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
        async with websockets.connect(
            ex.ws_url, additional_headers=auth.headers_for("GET", "/trade-api/ws/v2"), ping_interval=None
        ) as ws:
            pings: list[bytes] = []
            original = ws.protocol.recv_frame

            def spy(frame: Any) -> None:
                if frame.opcode is Opcode.PING:
                    pings.append(bytes(frame.data))
                original(frame)

            ws.protocol.recv_frame = spy  # type: ignore[method-assign]
            for _ in range(40):
                if len(pings) >= 2:
                    break
                await ws.send('{"id": 5, "cmd": "list_subscriptions"}')
                await asyncio.wait_for(ws.recv(), TIMEOUT)
                await asyncio.sleep(0.05)
            assert pings[:2] == [b"heartbeat", b"heartbeat"]
            assert ws.protocol.state is State.OPEN


async def test_engine_driven_from_another_thread_streams_in_engine_order(
    ex: LocalExchange, alice: Trader, bob: Trader
) -> None:
    def direct() -> None:
        for cents in range(10, 30):
            with ex.lock:
                ex.exchange.create_order(
                    alice.user_id,
                    ticker=TICKER,
                    side="bid",
                    count="1.00",
                    price=f"0.{cents}",
                    time_in_force="good_till_canceled",
                    self_trade_prevention_type="taker_at_cross",
                )

    def over_rest() -> None:
        for cents in range(60, 80):
            bob.order(side="ask", price=f"0.{cents}", count="2.00")

    async with stream(ex, alice.credentials) as ws:
        await ws.subscribe(["orderbook_delta"], market_ticker=TICKER)
        snapshot = await ws.recv_type("orderbook_snapshot")
        await asyncio.gather(asyncio.to_thread(direct), asyncio.to_thread(over_rest))
        book: dict[str, dict[Decimal, Decimal]] = {"yes": {}, "no": {}}
        clocks = [snapshot["msg"]["clock"]]
        seqs = [snapshot["seq"]]
        for _ in range(40):
            delta = await ws.recv_type("orderbook_delta")
            clocks.append(delta["msg"]["clock"])
            seqs.append(delta["seq"])
            apply_delta(book, delta["msg"])
        assert clocks == sorted(set(clocks))
        assert seqs == list(range(1, 42))
        assert book == rest_book(ex, TICKER)


async def test_binary_command_frames_are_read_and_garbage_gets_error_1(
    ex: LocalExchange, alice: Trader
) -> None:
    async with stream(ex, alice.credentials) as ws:
        await ws.ws.send(b'{"id": 5, "cmd": "list_subscriptions"}')
        reply = await ws.recv_type("ok", "error")
        assert reply["type"] == "ok"
        assert reply["id"] == 5
        await ws.ws.send(b"\xff\xfe not json")
        assert (await ws.recv_type("error"))["msg"]["code"] == 1


async def test_every_message_type_the_exchange_sends_matches_asyncapi(
    ex: LocalExchange, alice: Trader, bob: Trader
) -> None:
    async with stream(ex, alice.credentials) as ws:
        await ws.subscribe(["orderbook_delta"], market_ticker=TICKER)
        ticker_sid = await ws.subscribe(["ticker"], market_tickers=[TICKER], send_initial_snapshot=True)
        await ws.subscribe(
            ["trade", "fill", "user_orders", "market_positions", "market_lifecycle_v2", "order_group_updates"]
        )
        await ws.send(
            {
                "cmd": "update_subscription",
                "params": {"sid": ticker_sid, "market_tickers": [TICKER], "action": "delete_markets"},
            }
        )
        updated = await ws.recv_type("ok")
        assert updated["sid"] == ticker_sid
        await post_order(alice, side="bid", price="0.40", count="3.00")
        await post_order(bob, side="ask", price="0.40", count="1.00")
        await asyncio.to_thread(
            alice.post, "/portfolio/order_groups/create", json={"contracts_limit_fp": "5.00"}
        )
        with ex.lock:
            ex.exchange.pause_market(TICKER)
        await ws.send({"cmd": "list_subscriptions"})
        assert await ws.error_code({"cmd": "bogus", "params": {}}) == 5
        await ws.send({"cmd": "unsubscribe", "params": {"sids": [ticker_sid]}})
        gone = await ws.recv_type("unsubscribed")
        assert gone["sid"] == ticker_sid
        wanted = set(get_args(MessageType))
        for _ in range(200):
            if ws.seen >= wanted:
                break
            await ws.recv()
    assert ws.seen == wanted
