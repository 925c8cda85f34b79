"""A margin (Perps) trading round on the local exchange, over loopback.

Two members open opposite positions, funding is paid from one to the other, and the long is
liquidated when the mark moves against it. Every balance, position, margin figure, fill and
funding payment is checked as a Decimal to the cent (to the millionth where Kalshi's strings
carry it), the same on REST and on the WebSocket, and the exchange's money is conserved.

The members talk raw signed HTTP and WebSocket (`RawMember`); every answer is checked against
perps_openapi.yaml and every message against perps_asyncapi.yaml on its way in. The round only
uses `RawMember`'s methods, so a member built on kalshi-py's margin client can take its place.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any

import httpx
import pytest
import websockets
from contract import MARGIN, validate_ws_message
from sim_engine.helpers import Clock

from kalshi_py.auth import KalshiAuth
from kalshi_sim import Credentials, LocalExchange
from kalshi_sim.asgi import MARGIN_WS_PATH
from kalshi_sim.rest.spec import OperationIndex, spec_table

TICKER = "KXROUNDPERP"
D = Decimal
OPERATIONS = OperationIndex(spec_table("kalshi_sim.rest.margin", "perps_openapi.json").operations)


def _checked(response: httpx.Response) -> None:
    response.read()
    found = OPERATIONS.find(response.request.url.path.removeprefix("/trade-api/v2"))
    assert found is not None
    operation_id = found[0][response.request.method].operation_id
    MARGIN.validate_response(operation_id, response.status_code, response.content)


class RawMember:
    """A margin member on raw signed HTTP and WebSocket: what the round asks of a client."""

    def __init__(self, ex: LocalExchange, credentials: Credentials) -> None:
        self.ex = ex
        self.credentials = credentials
        self.auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
        self.http = httpx.Client(
            base_url=ex.margin_rest_url, auth=self.auth, timeout=10, event_hooks={"response": [_checked]}
        )

    def __enter__(self) -> RawMember:
        return self

    def __exit__(self, *exc: object) -> None:
        self.http.close()

    def _get(self, path: str, **params: Any) -> Any:
        response = self.http.get(path, params=params)
        assert response.status_code == 200, response.text
        return response.json()

    def place(self, side: str, count: str, price: str) -> dict[str, Decimal]:
        response = self.http.post(
            "/margin/orders",
            json={
                "ticker": TICKER,
                "client_order_id": str(uuid.uuid4()),
                "side": side,
                "count": count,
                "price": price,
                "time_in_force": "good_till_canceled",
                "self_trade_prevention_type": "taker_at_cross",
            },
        )
        assert response.status_code == 201, response.text
        return {k: D(v) for k, v in response.json().items() if k != "order_id" and k != "client_order_id"}

    def position(self) -> Decimal:
        found = [p for p in self._get("/margin/positions")["positions"] if p["market_ticker"] == TICKER]
        return D(found[0]["position"]) if found else D(0)

    def balance(self) -> dict[str, Decimal]:
        body = self._get("/margin/balance", compute_available_balance="true")
        (primary,) = body["subaccount_balances"]
        return {
            "settled_funds": D(body["settled_funds"]),
            **{k: D(v) for k, v in primary.items() if k != "subaccount"},
        }

    def funding(self) -> list[Decimal]:
        day = "2026-12-02"
        history = self._get("/margin/funding_history", start_date=day, end_date=day)["funding_history"]
        return [D(entry["funding_amount"]) for entry in history]

    def funding_rates(self) -> list[tuple[str, float, Decimal]]:
        rates = self._get("/margin/funding_rates/historical", ticker=TICKER)["funding_rates"]
        return [(r["funding_time"], r["funding_rate"], D(r["mark_price"])) for r in rates]

    def fills(self) -> list[dict[str, Any]]:
        return [
            {"price": D(f["price"]), "count": D(f["count"]), "fee": D(f["fees"]), "source": f["order_source"]}
            for f in reversed(self._get("/margin/fills")["fills"])
        ]

    def liquidation_price(self) -> Decimal | None:
        (position,) = self._get("/margin/risk")["positions"]
        price = position["estimated_liquidation_price"]
        return None if price is None else D(price)

    @asynccontextmanager
    async def stream(self) -> AsyncIterator[StreamedFills]:
        headers = self.auth.headers_for("GET", MARGIN_WS_PATH)
        async with websockets.connect(self.ex.margin_ws_url, additional_headers=headers) as ws:
            streamed = StreamedFills(ws)
            await streamed.subscribe()
            yield streamed


class StreamedFills:
    """A member's fills as the margin WebSocket streams them."""

    def __init__(self, ws: websockets.ClientConnection) -> None:
        self.ws = ws

    async def subscribe(self) -> None:
        await self.ws.send(json.dumps({"id": 1, "cmd": "subscribe", "params": {"channels": ["fill"]}}))
        assert (await self._next())["type"] == "subscribed"

    async def _next(self) -> dict[str, Any]:
        message: dict[str, Any] = json.loads(await asyncio.wait_for(self.ws.recv(), 5))
        validate_ws_message(message, MARGIN)
        return message

    async def fill(self) -> dict[str, Any]:
        msg = (await self._next())["msg"]
        return {
            "price": D(msg["price"]),
            "count": D(msg["count"]),
            "fee": D(msg["fee_cost"]),
            "source": msg["order_source"],
            "post_position": D(msg["post_position"]),
        }


@pytest.fixture
def exchange() -> Iterator[tuple[LocalExchange, Clock]]:
    clock = Clock()
    with LocalExchange(seed=12, clock=clock) as ex:
        with ex.lock:
            ex.margin.list_market(TICKER, mark_price="100.00", maintenance_margin_rate="0.05")
        yield ex, clock


async def test_two_members_trade_pay_funding_and_one_is_liquidated(
    exchange: tuple[LocalExchange, Clock],
) -> None:
    ex, clock = exchange
    with (
        RawMember(ex, ex.create_margin_account("1000")) as alice,
        RawMember(ex, ex.create_margin_account("2000")) as bob,
        RawMember(ex, ex.create_margin_account("100000")) as house,
    ):
        await _round(ex, clock, alice, bob, house)
    with ex.lock:
        assert ex.margin.total_money() == ex.margin.deposited


async def _round(ex: LocalExchange, clock: Clock, alice: RawMember, bob: RawMember, house: RawMember) -> None:
    async with alice.stream() as alice_fills, bob.stream() as bob_fills:
        # opposite positions: Alice rests a bid, Bob sells into it
        assert (await asyncio.to_thread(alice.place, "bid", "50", "100.00"))["remaining_count"] == 50
        taken = await asyncio.to_thread(bob.place, "ask", "50", "100.00")
        assert (taken["fill_count"], taken["average_fill_price"], taken["average_fee_paid"]) == (
            50,
            100,
            D("0.12"),
        )
        streamed = await alice_fills.fill(), await bob_fills.fill()
        assert [f["post_position"] for f in streamed] == [50, -50]
        assert [f["fee"] for f in streamed] == [D("2.5"), D("6")]  # 5 bps maker, 12 bps taker of $5000
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
        assert await asyncio.to_thread(alice.liquidation_price) == D("84.263158")

        # funding: one hour on, at a pinned 0.1%: the long pays the short 50 x $100 x 0.001
        ex.set_funding_rate(TICKER, "0.001")
        clock.advance(3600)
        ex.run_funding()  # (the exchange's timer may have paid it already)
        assert await asyncio.to_thread(bob.funding_rates) == [("2026-12-02T13:00:00Z", 0.001, D(100))]
        assert await asyncio.to_thread(alice.funding) == [D(-5)]
        assert await asyncio.to_thread(bob.funding) == [D(5)]
        assert (await asyncio.to_thread(bob.balance))["settled_funds"] == D(2000) - 6 + 5

        # the mark falls through Alice's liquidation price; the house's bid takes her position
        await asyncio.to_thread(house.place, "bid", "50", "84.00")
        (liquidation,) = ex.set_mark_price(TICKER, "84.00")
        assert liquidation.user_id == alice.credentials.user_id
        closed = await alice_fills.fill()
        assert closed == {
            "price": D(84),
            "count": D(50),
            "fee": D("5.04"),
            "source": "system",
            "post_position": D(0),
        }
        assert await asyncio.to_thread(alice.position) == 0
        alice_end = await asyncio.to_thread(alice.balance)
        assert alice_end["settled_funds"] == D(1000) - D("2.5") - 5 - 800 - D("5.04")  # 187.46
        assert alice_end["maintenance_margin"] == 0
        bob_end = await asyncio.to_thread(bob.balance)
        assert (bob_end["settled_funds"], bob_end["position_value"]) == (
            D(1999),
            D(800),
        )  # short 50 from 100 to 84
        assert bob_end["account_equity"] == D(2799)

        # REST and the WebSocket report the same fills
        rest = await asyncio.to_thread(alice.fills)
        assert [{k: f[k] for k in ("price", "count", "fee", "source")} for f in (streamed[0], closed)] == rest
