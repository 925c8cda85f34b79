"""Redirects with `follow_redirects=True`: credentials never reach another host, and a redirect on
the same host is signed afresh for the path it leads to. Two loopback servers on two ports."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

import kalshi_py
from kalshi_py.api.portfolio import get_balance
from kalshi_py.auth import KalshiAuthenticatedClient

from .loopback import Answer, Loopback, Seen, always
from .test_signing import BALANCE, KEY_ID, Verifier

# every test here runs over kalshi-py's own connections and through httpx
pytestmark = pytest.mark.usefixtures("each_http_path")

MODES = pytest.mark.parametrize("mode", ["sync", "async"])
CREDENTIALS = ("kalshi-access-key", "kalshi-access-signature", "kalshi-access-timestamp", "authorization")


def balance(mode: str, client: kalshi_py.Client) -> Any:
    if mode == "sync":
        with client:
            return get_balance.sync(client=client)

    async def main() -> Any:
        async with client:
            return await get_balance.asyncio(client=client)

    return asyncio.run(main())


def moved_to(url: str, status: int = 307) -> Answer:
    return Answer(status, b"", {"Location": url})


@MODES
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_host_carries_no_credentials(mode: str, status: int, rsa_pem: str) -> None:
    with Loopback(always(200, BALANCE)) as other:
        target = other.base_url + "/portfolio/balance"
        with Loopback(lambda seen: moved_to(target, status)) as origin:
            client = KalshiAuthenticatedClient(KEY_ID, rsa_pem, origin.base_url, follow_redirects=True)
            answer = balance(mode, client)
    assert answer.balance == 1000
    assert origin.seen[0].headers["kalshi-access-key"] == KEY_ID, "the exchange itself is signed for"
    (seen,) = other.seen
    assert seen.path == "/trade-api/v2/portfolio/balance"
    for name in CREDENTIALS:
        assert name not in seen.headers, name
    assert all(KEY_ID not in value for value in seen.headers.values())


@MODES
def test_a_bearer_token_does_not_follow_a_redirect_to_another_host(mode: str) -> None:
    with Loopback(always(200, BALANCE)) as other:
        target = other.base_url + "/portfolio/balance"
        with Loopback(lambda seen: moved_to(target)) as origin:
            client = kalshi_py.AuthenticatedClient(origin.base_url, token="tok-1", follow_redirects=True)
            balance(mode, client)
    assert origin.seen[0].headers["authorization"] == "Bearer tok-1"
    assert "authorization" not in other.seen[0].headers


@MODES
def test_a_redirect_on_the_same_host_is_signed_for_its_own_path(
    mode: str, rsa_key: rsa.RSAPrivateKey, rsa_pem: str
) -> None:
    verifier = Verifier(rsa_key.public_key(), BALANCE)

    def respond(seen: Seen) -> Answer:
        if seen.path == "/trade-api/v2/portfolio/balance":
            return moved_to("/trade-api/v2/portfolio/balance/moved")
        return verifier(seen)

    with Loopback(respond) as server:
        client = KalshiAuthenticatedClient(KEY_ID, rsa_pem, server.base_url, follow_redirects=True)
        answer = balance(mode, client)
    assert answer.balance == 1000
    assert [s.path for s in server.seen] == [
        "/trade-api/v2/portfolio/balance",
        "/trade-api/v2/portfolio/balance/moved",
    ]
    assert verifier.verdicts == [True], "the redirected request carries a signature over its own path"


def test_redirects_are_not_followed_unless_asked(rsa_pem: str) -> None:
    other = Loopback(always(200, BALANCE))
    with other, Loopback(lambda seen: moved_to(other.base_url + "/portfolio/balance")) as origin:
        client = KalshiAuthenticatedClient(KEY_ID, rsa_pem, origin.base_url, max_retries=0)
        with client:
            response = get_balance.sync_detailed(client=client)
    assert int(response.status_code) == 307
    assert other.seen == []


def test_the_clients_own_httpx_client_strips_credentials_on_a_cross_host_redirect(rsa_pem: str) -> None:
    other = Loopback(always(200, BALANCE))
    with other, Loopback(lambda seen: moved_to(other.base_url + "/portfolio/balance")) as origin:
        client = KalshiAuthenticatedClient(KEY_ID, rsa_pem, origin.base_url, follow_redirects=True)
        with client:
            assert client.get_httpx_client().get("/portfolio/balance").status_code == 200
    assert origin.seen[0].headers["kalshi-access-key"] == KEY_ID
    for name in CREDENTIALS:
        assert name not in other.seen[0].headers, name
