"""Fixtures for the margin venue's network tests: a local exchange on a clock the test steps,
members with margin keys whose every REST answer is checked against perps_openapi.yaml, and
signed WebSocket connections whose every message is checked against perps_asyncapi.yaml."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import websockets
from contract import MARGIN
from sim_engine.helpers import START, Clock
from sim_server.test_ws import Stream

from kalshi_py.auth import KalshiAuth
from kalshi_sim import Credentials, LocalExchange
from kalshi_sim.asgi import MARGIN_WS_PATH
from kalshi_sim.rest.spec import OperationIndex, spec_table

__all__ = ["HOUR", "START", "TICKER", "Clock", "MarginStream", "Member", "margin_stream"]

HOUR = 3600
TICKER = "KXTESTPERP"
MARGIN_OPERATIONS = OperationIndex(spec_table("kalshi_sim.rest.margin", "perps_openapi.json").operations)


def operation_of(request: httpx.Request) -> str:
    """The margin operation a request calls."""
    path = request.url.path.removeprefix("/trade-api/v2")
    found = MARGIN_OPERATIONS.find(path)
    assert found is not None, f"no margin operation answers {request.method} {path}"
    return found[0][request.method].operation_id


def _checked(response: httpx.Response) -> None:
    """An httpx response hook: the answer matches perps_openapi.yaml for its operation."""
    response.read()
    MARGIN.validate_response(operation_of(response.request), response.status_code, response.content)


@dataclass
class Member:
    """A margin member with a signed httpx client; every answer it gets is checked."""

    credentials: Credentials
    http: httpx.Client

    @property
    def user_id(self) -> str:
        return self.credentials.user_id

    def order(self, side: str, count: str, price: str, ticker: str = TICKER, **extra: Any) -> httpx.Response:
        body = {
            "ticker": ticker,
            "client_order_id": extra.pop("client_order_id", None) or str(uuid.uuid4()),
            "side": side,
            "count": count,
            "price": price,
            "time_in_force": "good_till_canceled",
            "self_trade_prevention_type": "taker_at_cross",
            **extra,
        }
        return self.http.post("/margin/orders", json=body)

    def json(self, path: str, **params: Any) -> Any:
        response = self.http.get(path, params=params)
        assert response.status_code == 200, response.text
        return response.json()


def member_client(ex: LocalExchange, credentials: Credentials) -> httpx.Client:
    return httpx.Client(
        base_url=ex.margin_rest_url,
        auth=KalshiAuth(credentials.api_key_id, credentials.private_key_pem),
        timeout=10,
        event_hooks={"response": [_checked]},
    )


@pytest.fixture
def clock() -> Clock:
    """The engines' clock, moved by the test (requests are still signed with the wall clock)."""
    return Clock()


@pytest.fixture
def ex(clock: Clock) -> Iterator[LocalExchange]:
    """A local exchange on a stepped clock, with an empty perpetual market TICKER at $100."""
    with LocalExchange(seed=5, clock=clock) as exchange:
        with exchange.lock:
            exchange.margin.list_market(TICKER, mark_price="100.00", maintenance_margin_rate="0.05")
        yield exchange


@pytest.fixture
def make_member(ex: LocalExchange) -> Iterator[Any]:
    clients: list[httpx.Client] = []

    def make(balance: str = "1000", **kwargs: Any) -> Member:
        credentials = ex.create_margin_account(balance, **kwargs)
        http = member_client(ex, credentials)
        clients.append(http)
        return Member(credentials, http)

    yield make
    for http in clients:
        http.close()


class MarginStream(Stream):
    """A signed margin WebSocket connection whose every message is checked against
    perps_asyncapi.yaml."""

    api = MARGIN

    async def subscribe(self, channels: list[str], **params: Any) -> int:
        """Subscribe and wait for every channel's `subscribed` reply; the first one's sid."""
        await self.send({"cmd": "subscribe", "params": {"channels": channels, **params}})
        sids = []
        for _ in channels:
            reply = await self.recv_type("subscribed", "error")
            assert reply["type"] == "subscribed", reply
            sids.append(int(reply["msg"]["sid"]))
        return sids[0]


@asynccontextmanager
async def margin_stream(ex: LocalExchange, credentials: Credentials) -> AsyncIterator[MarginStream]:
    headers = KalshiAuth(credentials.api_key_id, credentials.private_key_pem).headers_for(
        "GET", MARGIN_WS_PATH
    )
    async with websockets.connect(ex.margin_ws_url, additional_headers=headers) as ws:
        yield MarginStream(ws)
