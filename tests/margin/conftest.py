"""Fixtures of the margin tests: a margin WebSocket server on loopback, and a key for it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from ws.ws_loopback import KEY_ID, serving_in_a_thread

from kalshi_py.auth import KalshiAuth

from .margin_ws_loopback import MarginLoopback

BTC, ETH = "KXBTCPERP", "KXETHPERP"


@pytest.fixture
async def margin_server(rsa_key: rsa.RSAPrivateKey) -> AsyncIterator[MarginLoopback]:
    server = MarginLoopback(rsa_key.public_key())
    server.add_market(BTC, yes={"64250.50": "1.5", "64250": "3"}, no={"64251": "2", "64300.25": "0.25"})
    server.add_market(ETH, yes={"3100": "10"}, no={"3101.50": "4"})
    await server.start()
    yield server
    await server.stop()
    assert server.contract_problems == []


@pytest.fixture
def auth(rsa_key: rsa.RSAPrivateKey) -> KalshiAuth:
    return KalshiAuth(KEY_ID, rsa_key)


@pytest.fixture
def margin_server_thread(rsa_key: rsa.RSAPrivateKey) -> Iterator[MarginLoopback]:
    """The margin server on its own event loop in a thread, for the blocking client."""
    server = MarginLoopback(rsa_key.public_key())
    server.add_market(BTC, yes={"64250.50": "1.5"}, no={"64251": "2"})
    with serving_in_a_thread(server):
        yield server
    assert server.contract_problems == []
