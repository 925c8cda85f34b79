"""Each fault of the local exchange switched on and seen from the client's side of the wire."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import httpx
import pytest
import websockets
from contract import validate_ws_message

from kalshi_py.auth import KalshiAuth
from kalshi_sim import LocalExchange
from kalshi_sim.faults import Faults, RateLimiter

from .conftest import TICKER, Trader, checked, signed_client


def resting(trader: Trader) -> list[str]:
    return [
        o["order_id"] for o in trader.get("/portfolio/orders", params={"status": "resting"}).json()["orders"]
    ]


def test_latency_delays_answers(ex: LocalExchange) -> None:
    ex.faults.latency = 0.2
    started = time.monotonic()
    assert checked(httpx.get(ex.rest_url + "/exchange/status")).status_code == 200
    assert time.monotonic() - started >= 0.2
    assert ex.faults.stats.delayed == 1


def test_error_rate_answers_5xx_before_applying(ex: LocalExchange, alice: Trader) -> None:
    ex.faults.error_rate = 1.0
    statuses = {alice.order(price="0.20").status_code for _ in range(8)}
    assert statuses <= {500, 503}
    assert statuses
    assert ex.faults.stats.errors_5xx == 8
    ex.faults.error_rate = 0.0
    assert resting(alice) == []


def test_drop_after_apply_applies_then_hangs_up(ex: LocalExchange, alice: Trader) -> None:
    ex.faults.drop_after_apply_rate = 1.0
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        alice.order(price="0.21", client_order_id="dropped-after")
    ex.faults.drop_after_apply_rate = 0.0
    assert ex.faults.stats.drops_after_apply == 1
    orders = alice.get("/portfolio/orders").json()["orders"]
    assert [o["client_order_id"] for o in orders] == ["dropped-after"]
    retry = alice.order(price="0.21", client_order_id="dropped-after")
    assert retry.status_code == 409


def test_drop_before_apply_hangs_up_without_applying(ex: LocalExchange, alice: Trader) -> None:
    ex.faults.drop_before_apply_rate = 1.0
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        alice.order(price="0.22")
    ex.faults.drop_before_apply_rate = 0.0
    assert ex.faults.stats.drops_before_apply == 1
    assert resting(alice) == []
    assert alice.get("/portfolio/balance").status_code == 200


def test_faults_are_repeatable_for_a_seed() -> None:
    def pattern(seed: int) -> list[int | None]:
        faults = Faults(error_rate=0.5, seed=seed)
        return [faults.inject_error() for _ in range(30)]

    assert pattern(7) == pattern(7)
    assert pattern(7) != pattern(8)
    assert {None, 500, 503} == set(pattern(7))


@pytest.mark.kalshi_exchange(tier="basic")
def test_basic_tier_write_budget_answers_429(ex: LocalExchange, alice: Trader) -> None:
    ex.faults.clock = lambda: 0.0  # no refill while the burst is sent, however slow the machine
    statuses = [alice.order(price="0.05").status_code for _ in range(11)]
    assert statuses == [201] * 10 + [429]
    response = alice.order(price="0.05")
    assert response.json() == {"error": "too many requests"}
    assert "retry-after" not in response.headers
    assert ex.faults.stats.rate_limited == 2
    assert alice.get("/portfolio/balance").status_code == 200
    limits = alice.get("/account/limits").json()
    assert limits["write"] == {"refill_rate": 100, "bucket_capacity": 100}


def test_batch_that_does_not_fit_is_rejected_whole() -> None:
    clock = [0.0]
    limiter = RateLimiter("basic", clock=lambda: clock[0])
    assert limiter.allow("a", "write", 90)
    assert not limiter.allow("a", "write", 20)
    assert limiter.allow("a", "write", 10)
    assert not limiter.allow("a", "write", 2)
    clock[0] = 0.02
    assert limiter.allow("a", "write", 2)
    assert limiter.allow("b", "write", 100)


def test_rate_limit_switched_on_at_run_time(ex: LocalExchange, alice: Trader) -> None:
    ex.faults.rate_limit = True
    body = {
        "ticker": TICKER,
        "side": "bid",
        "count": "1.00",
        "price": "0.05",
        "time_in_force": "good_till_canceled",
        "self_trade_prevention_type": "taker_at_cross",
    }
    response = alice.post("/portfolio/events/orders/batched", json={"orders": [body] * 11})
    assert response.status_code == 429
    assert resting(alice) == []
    assert alice.post("/portfolio/events/orders/batched", json={"orders": [body] * 10}).status_code == 201


def _message(raw: str | bytes) -> dict[str, Any]:
    message: dict[str, Any] = json.loads(raw)
    validate_ws_message(message)
    return message


async def _connect(ex: LocalExchange, trader: Trader) -> websockets.ClientConnection:
    auth = KalshiAuth(trader.credentials.api_key_id, trader.credentials.private_key_pem)
    return await websockets.connect(ex.ws_url, additional_headers=auth.headers_for("GET", "/trade-api/ws/v2"))


async def test_ws_disconnect_drops_every_connection(ex: LocalExchange, alice: Trader, bob: Trader) -> None:
    first, second = await _connect(ex, alice), await _connect(ex, bob)
    try:
        await asyncio.to_thread(ex.faults.ws_disconnect)
        for ws in (first, second):
            with pytest.raises(websockets.ConnectionClosed) as closed:
                await asyncio.wait_for(ws.recv(), 5)
            assert closed.value.rcvd is None
        assert ex.faults.stats.ws_disconnects == 1
        again = await _connect(ex, alice)
        await again.send('{"id": 1, "cmd": "list_subscriptions"}')
        assert _message(await asyncio.wait_for(again.recv(), 5))["type"] == "ok"
        await again.close()
    finally:
        await first.close()
        await second.close()


async def test_ws_skip_seq_leaves_gaps(ex: LocalExchange, alice: Trader) -> None:
    ws = await _connect(ex, alice)
    try:
        await ws.send(
            json.dumps(
                {
                    "id": 1,
                    "cmd": "subscribe",
                    "params": {"channels": ["orderbook_delta"], "market_ticker": TICKER},
                }
            )
        )
        messages = [_message(await asyncio.wait_for(ws.recv(), 5)) for _ in range(2)]
        assert [m["type"] for m in messages] == ["subscribed", "orderbook_snapshot"]
        ex.faults.ws_skip_seq_rate = 1.0
        await asyncio.to_thread(alice.order, price="0.15")
        await asyncio.to_thread(alice.order, price="0.16")
        deltas = [_message(await asyncio.wait_for(ws.recv(), 5)) for _ in range(2)]
        assert [d["seq"] for d in deltas] == [3, 5]
        assert ex.faults.stats.ws_skipped_seq == 2
    finally:
        await ws.close()


def test_faults_given_at_start() -> None:
    with LocalExchange(seed=3, faults=Faults(error_rate=1.0, seed=3)) as ex:
        credentials = ex.create_account("5")
        with signed_client(ex, credentials) as http:
            assert checked(http.get("/portfolio/balance")).status_code in (500, 503)
        ex.faults.reset()
        with signed_client(ex, credentials) as http:
            assert checked(http.get("/portfolio/balance")).status_code == 200
