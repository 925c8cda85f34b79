"""Fixtures of the FIX tests: keys, a counterparty exchange listening on 127.0.0.1, and the local
exchange's FIX gateway with a market and traders of its own."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from fix.counterparty import Counterparty
from fix.pair import KEY_ID
from fix.venue import Trader, add_market, make_trader
from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import FixClient
from kalshi_sim import LocalExchange

DROP_COPY_KEY_ID = "9d8c7b6a-0000-4000-8000-000000000001"


@pytest.fixture(scope="session")
def drop_copy_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
async def exchange(
    rsa_key: rsa.RSAPrivateKey, drop_copy_key: rsa.RSAPrivateKey
) -> AsyncIterator[Counterparty]:
    counterparty = Counterparty({KEY_ID: rsa_key.public_key(), DROP_COPY_KEY_ID: drop_copy_key.public_key()})
    counterparty.port = await counterparty.start()  # type: ignore[attr-defined]
    yield counterparty
    await counterparty.stop()


@pytest.fixture
def local(exchange: Counterparty, rsa_key: rsa.RSAPrivateKey) -> Any:
    """`local(SessionClass, **options)`: a client of the counterparty, fast reconnects."""

    def make(
        cls: type[FixClient], *, key: rsa.RSAPrivateKey | None = None, key_id: str = KEY_ID, **options: Any
    ) -> Any:
        options.setdefault("backoff_initial", 0.01)
        options.setdefault("backoff_max", 0.05)
        return cls(
            KalshiAuth(key_id, key or rsa_key),
            host="127.0.0.1",
            port=exchange.port,  # type: ignore[attr-defined]
            tls=False,
            **options,
        )

    return make


@pytest.fixture
def gateway(kalshi_exchange: LocalExchange) -> LocalExchange:
    """A running local exchange (REST, WebSocket and FIX) with a fresh market, `fix.venue.TICKER`."""
    add_market(kalshi_exchange)
    return kalshi_exchange


@pytest.fixture
def trader(gateway: LocalExchange) -> Iterator[Callable[..., Trader]]:
    """`trader(balance="1000")`: a new funded account of `gateway`."""
    made: list[Trader] = []

    def make(balance: str = "1000") -> Trader:
        made.append(make_trader(gateway, balance))
        return made[-1]

    yield make
    for each in made:
        each.rest.close()
