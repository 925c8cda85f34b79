"""Signatures on the local exchange: RSA-PSS and Ed25519 accepted, anything else a 401."""

from __future__ import annotations

import base64
import time

import httpx
import pytest
import websockets
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from kalshi_py.auth import KalshiAuth
from kalshi_sim import LocalExchange

from .conftest import TICKER, MakeTrader, Trader, checked

BALANCE_PATH = "/trade-api/v2/portfolio/balance"


def _headers(ex: LocalExchange, key_id: str, signature: str, timestamp: str) -> dict[str, str]:
    return {
        "KALSHI-ACCESS-KEY": key_id,
        "KALSHI-ACCESS-TIMESTAMP": timestamp,
        "KALSHI-ACCESS-SIGNATURE": signature,
    }


def _assert_auth_error(response: httpx.Response, detail_fragment: str) -> None:
    checked(response)
    assert response.status_code == 401
    error = response.json()["error"]
    assert error["code"] == "authentication_error"
    assert error["message"] == "authentication_error"
    assert detail_fragment in error["details"]


@pytest.mark.parametrize("key_type", ["rsa", "ed25519"])
def test_signed_requests_are_accepted_for_both_key_types(make_trader: MakeTrader, key_type: str) -> None:
    trader = make_trader(balance="250", key_type=key_type)
    response = trader.get("/portfolio/balance")
    assert response.status_code == 200
    assert response.json()["balance_dollars"] == "250.0000"
    assert response.json()["balance"] == 25000


def test_rsa_signature_with_maximum_length_salt_is_accepted(ex: LocalExchange) -> None:
    credentials = ex.create_account("10")
    key = serialization.load_pem_private_key(credentials.private_key_pem.encode(), password=None)
    timestamp = str(time.time_ns() // 1_000_000)
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)
    signature = key.sign((timestamp + "GET" + BALANCE_PATH).encode(), pss, hashes.SHA256())  # type: ignore[call-arg, union-attr]
    response = httpx.get(
        ex.rest_url + "/portfolio/balance",
        headers=_headers(ex, credentials.api_key_id, base64.b64encode(signature).decode(), timestamp),
    )
    assert checked(response).status_code == 200


def test_bad_signature_is_rejected(ex: LocalExchange) -> None:
    credentials = ex.create_account("10")
    auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
    headers = auth.headers_for("GET", "/trade-api/v2/portfolio/positions")  # signed for another path
    response = httpx.get(ex.rest_url + "/portfolio/balance", headers=headers)
    _assert_auth_error(response, "INCORRECT_API_KEY_SIGNATURE")


def test_stale_timestamp_is_rejected(ex: LocalExchange) -> None:
    credentials = ex.create_account("10")
    auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
    auth.clock_offset_ms = -31_000
    response = httpx.get(ex.rest_url + "/portfolio/balance", auth=auth)
    _assert_auth_error(response, "TIMESTAMP_OUT_OF_WINDOW")
    auth.clock_offset_ms = -25_000
    assert checked(httpx.get(ex.rest_url + "/portfolio/balance", auth=auth)).status_code == 200


def test_unknown_key_and_missing_headers_are_rejected(ex: LocalExchange) -> None:
    credentials = ex.create_account("10")
    auth = KalshiAuth("00000000-0000-4000-8000-00000000dead", credentials.private_key_pem)
    _assert_auth_error(httpx.get(ex.rest_url + "/portfolio/balance", auth=auth), "INCORRECT_API_KEY")
    _assert_auth_error(httpx.get(ex.rest_url + "/portfolio/balance"), "missing header")


def test_signature_is_not_in_the_error(ex: LocalExchange) -> None:
    credentials = ex.create_account("10")
    auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
    headers = auth.headers_for("GET", "/trade-api/v2/portfolio/fills")
    response = httpx.get(ex.rest_url + "/portfolio/balance", headers=headers)
    assert response.status_code == 401
    assert headers["KALSHI-ACCESS-SIGNATURE"] not in response.text


def test_public_market_data_needs_no_signature(ex: LocalExchange) -> None:
    for path in (
        "/markets",
        f"/markets/{TICKER}",
        f"/markets/{TICKER}/orderbook",
        "/events",
        "/series",
        "/markets/trades",
        "/exchange/status",
    ):
        response = checked(httpx.get(ex.rest_url + path))
        assert response.status_code == 200, path


def test_accounts_are_isolated(alice: Trader, bob: Trader) -> None:
    order_id = alice.order(price="0.30").json()["order_id"]
    assert alice.get(f"/portfolio/orders/{order_id}").status_code == 200
    response = bob.get(f"/portfolio/orders/{order_id}")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert bob.delete(f"/portfolio/events/orders/{order_id}").status_code == 404
    assert bob.get("/portfolio/orders").json()["orders"] == []
    assert alice.get(f"/portfolio/orders/{order_id}").json()["order"]["status"] == "resting"


async def test_websocket_handshake_requires_a_signature(ex: LocalExchange) -> None:
    with pytest.raises(websockets.InvalidStatus) as refused:
        async with websockets.connect(ex.ws_url):
            pass
    assert refused.value.response.status_code == 401
    assert b"authentication_error" in refused.value.response.body

    credentials = ex.create_account("10", key_type="ed25519")
    auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
    async with websockets.connect(
        ex.ws_url, additional_headers=auth.headers_for("GET", "/trade-api/ws/v2")
    ) as ws:
        await ws.send('{"id": 1, "cmd": "list_subscriptions"}')
        assert '"type":"ok"' in str(await ws.recv())
