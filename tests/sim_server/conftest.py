"""Fixtures for the local exchange's network tests: a running exchange, a fresh market, traders."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import pytest
from contract import validate_response

from kalshi_py.auth import KalshiAuth
from kalshi_sim import Credentials, LocalExchange
from kalshi_sim.rest.spec import spec_table

__all__ = ["MakeTrader", "Trader"]

SERIES = "KXSIMNET"
EVENT = "KXSIMNET-26DEC01"
TICKER = "KXSIMNET-26DEC01-T50"


def operation_for(method: str, path: str) -> str:
    """The operationId answering `method path` (path relative to /trade-api/v2)."""
    table = spec_table()
    parts = path.split("?", 1)[0].strip("/").split("/")
    for op in sorted(table.operations, key=lambda o: o.path.count("{")):
        spec_parts = op.path.strip("/").split("/")
        if (
            op.method == method
            and len(spec_parts) == len(parts)
            and all(a == b or a.startswith("{") for a, b in zip(spec_parts, parts, strict=True))
        ):
            return op.operation_id
    raise KeyError(f"{method} {path}")


def checked(response: httpx.Response) -> httpx.Response:
    """`response`, after validating it against the spec's schema for its operation and status."""
    path = response.request.url.path.removeprefix("/trade-api/v2")
    body = response.content if response.content else None
    validate_response(operation_for(response.request.method, path), response.status_code, body)
    return response


@dataclass
class Trader:
    """An account on the exchange with a signed httpx client."""

    credentials: Credentials
    http: httpx.Client

    @property
    def user_id(self) -> str:
        return self.credentials.user_id

    def get(self, path: str, **kwargs: object) -> httpx.Response:
        return checked(self.http.get(path, **kwargs))  # type: ignore[arg-type]

    def post(self, path: str, **kwargs: object) -> httpx.Response:
        return checked(self.http.post(path, **kwargs))  # type: ignore[arg-type]

    def put(self, path: str, **kwargs: object) -> httpx.Response:
        return checked(self.http.put(path, **kwargs))  # type: ignore[arg-type]

    def delete(self, path: str, **kwargs: object) -> httpx.Response:
        return checked(self.http.request("DELETE", path, **kwargs))  # type: ignore[arg-type]

    def order(
        self,
        side: str = "bid",
        price: str = "0.40",
        count: str = "5.00",
        ticker: str = TICKER,
        **extra: object,
    ) -> httpx.Response:
        body = {
            "ticker": ticker,
            "side": side,
            "count": count,
            "price": price,
            "time_in_force": "good_till_canceled",
            "self_trade_prevention_type": "taker_at_cross",
            **extra,
        }
        return self.post("/portfolio/events/orders", json=body)


def signed_client(ex: LocalExchange, credentials: Credentials) -> httpx.Client:
    auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
    return httpx.Client(base_url=ex.rest_url, auth=auth, timeout=10)


def add_market(ex: LocalExchange, ticker: str = TICKER) -> str:
    """A fresh active market with an empty book."""
    with ex.lock:
        engine = ex.exchange
        if SERIES not in engine.series:
            engine.add_series(SERIES, category="Testing")
            engine.add_event(EVENT, SERIES)
        engine.add_market(ticker, EVENT)
    return ticker


@pytest.fixture
def ex(kalshi_exchange: LocalExchange) -> LocalExchange:
    add_market(kalshi_exchange)
    return kalshi_exchange


MakeTrader = Callable[..., Trader]


@pytest.fixture
def make_trader(ex: LocalExchange) -> Iterator[MakeTrader]:
    clients: list[httpx.Client] = []

    def make(balance: str = "1000", key_type: str = "rsa") -> Trader:
        credentials = ex.create_account(balance, key_type=key_type)
        http = signed_client(ex, credentials)
        clients.append(http)
        return Trader(credentials, http)

    yield make
    for http in clients:
        http.close()


@pytest.fixture
def alice(make_trader: MakeTrader) -> Trader:
    return make_trader()


@pytest.fixture
def bob(make_trader: MakeTrader) -> Trader:
    return make_trader()
