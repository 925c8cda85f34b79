"""Fixtures of the margin FIX gateway's tests: a local exchange on a clock the test steps (no
funding period passes unless the test moves it) with an empty perpetual market, and margin members
with a REST client (every answer checked against the margin spec) and FIX sessions on keys of
their own (one connection per key, as Kalshi allows)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
import pytest
from fix.venue import FAST, FrameTap
from sim_margin.conftest import TICKER, Clock, Member, member_client

from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import FixClient, connect
from kalshi_py.fix import messages as M
from kalshi_sim import Credentials, LocalExchange

__all__ = ["TICKER", "MarginTrader", "dollars", "order_with"]


def dollars(value: Any) -> Decimal:
    return Decimal(str(value))


def order_with(**fields: Any) -> M.NewOrderSingle:
    """A NewOrderSingle bidding for one contract at $100.00, with `fields` added (the event
    contracts' own, say)."""
    return M.NewOrderSingle(
        cl_ord_id=str(uuid.uuid4()),
        order_qty=Decimal(1),
        ord_type="2",
        price=Decimal("100.00"),
        side="1",
        symbol=TICKER,
        **fields,
    )


@dataclass
class MarginTrader:
    """A margin member: its REST client, and FIX sessions each on a new margin key."""

    ex: LocalExchange
    credentials: Credentials
    rest: httpx.Client
    port: int
    keys: list[Credentials] = field(default_factory=list)

    @property
    def user_id(self) -> str:
        return self.credentials.user_id

    def session(self, session_type: str = "order_entry", **options: Any) -> FixClient:
        credentials = self.ex.add_margin_key(self.user_id)
        self.keys.append(credentials)
        auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
        address = self.ex.margin_fix
        return connect(
            auth, session_type, host=address.host, port=self.port, tls=False, **{**FAST, **options}
        )

    def place_over_rest(self, side: str, count: str, price: str) -> str:
        """Place a good-till-canceled margin order through REST; its order id."""
        placed = Member(self.credentials, self.rest).order(side, count, price)
        assert placed.status_code == 201, placed.text
        return str(placed.json()["order_id"])

    def get(self, path: str, **params: Any) -> Any:
        response = self.rest.get(path, params=params)
        assert response.status_code == 200, response.text
        return response.json()


@pytest.fixture
def ex() -> Iterator[LocalExchange]:
    with LocalExchange(seed=5, clock=Clock()) as exchange:
        with exchange.lock:
            exchange.margin.list_market(TICKER, mark_price="100.00", maintenance_margin_rate="0.05")
        yield exchange


@pytest.fixture
async def tap(ex: LocalExchange) -> AsyncIterator[FrameTap]:
    """A recording proxy in front of the margin gateway."""
    proxy = FrameTap(ex.margin_fix.host, ex.margin_fix.port)
    await proxy.start()
    yield proxy
    await proxy.stop()


@pytest.fixture
def trader(ex: LocalExchange, tap: FrameTap) -> Iterator[Any]:
    """`trader(balance="1000")`: a new margin member whose FIX sessions go through `tap`."""
    made: list[MarginTrader] = []

    def make(balance: str = "1000") -> MarginTrader:
        credentials = ex.create_margin_account(balance)
        made.append(MarginTrader(ex, credentials, member_client(ex, credentials), tap.port))
        return made[-1]

    yield make
    for each in made:
        each.rest.close()
