"""Fixtures of the WebSocket client tests: the loopback server of `ws_loopback` and a key."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_py.auth import KalshiAuth

from .ws_loopback import KEY_ID, LoopbackKalshi, serving_in_a_thread


@pytest.fixture
async def server(rsa_key: rsa.RSAPrivateKey) -> AsyncIterator[LoopbackKalshi]:
    srv = LoopbackKalshi(rsa_key.public_key())
    srv.add_market("A", yes={"0.40": "10", "0.41": "5"}, no={"0.55": "7"})
    srv.add_market("B", yes={"0.20": "3"}, no={"0.70": "4", "0.75": "1"})
    await srv.start()
    yield srv
    await srv.stop()
    # the only commands outside the spec are the ones a test sends on purpose (an unknown channel)
    assert [p for p in srv.contract_problems if "nonsense" not in p] == []


@pytest.fixture
def auth(rsa_key: rsa.RSAPrivateKey) -> KalshiAuth:
    return KalshiAuth(KEY_ID, rsa_key)


@pytest.fixture
def threaded_server(rsa_key: rsa.RSAPrivateKey) -> Iterator[LoopbackKalshi]:
    """The loopback server on its own event loop in a thread, for the blocking client."""
    srv = LoopbackKalshi(rsa_key.public_key())
    srv.add_market("A", yes={"0.40": "10"}, no={})
    with serving_in_a_thread(srv):
        yield srv
