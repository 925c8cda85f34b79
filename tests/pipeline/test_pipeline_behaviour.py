"""Clock-skew correction, the per-request hook and logging, against the local exchange."""

from __future__ import annotations

import logging

import pytest

from kalshi_py.api.portfolio import get_balance
from kalshi_sim import Faults, LocalExchange

# every test here runs over kalshi-py's own connections and through httpx
pytestmark = pytest.mark.usefixtures("each_http_path")


def test_a_drifting_clock_is_corrected_from_the_date_header() -> None:
    with LocalExchange(seed=2) as ex:
        credentials = ex.create_account(balance="25")
        with ex.client(credentials, max_retries=0) as client:
            client.auth.clock_offset_ms = -120_000  # the host clock two minutes behind the exchange
            balance = get_balance.sync(client=client)
            assert str(balance.balance_dollars) == "25.0000"
            assert abs(client.auth.clock_offset_ms) < 5_000

        with ex.client(credentials, max_retries=0, correct_clock_skew=False) as client:
            client.auth.clock_offset_ms = -120_000
            response = get_balance.sync_detailed(client=client)
            assert response.status_code == 401


def test_on_request_sees_every_attempt_and_logs_keep_secrets_out(caplog) -> None:
    seen = []
    with LocalExchange(seed=2, faults=Faults(seed=1, error_rate=1.0)) as ex:
        credentials = ex.create_account(balance="10")
        with (
            caplog.at_level(logging.DEBUG, logger="kalshi_py"),
            ex.client(credentials, on_request=seen.append, max_retries=2) as client,
        ):
            response = get_balance.sync_detailed(client=client)
        assert response.status_code in (500, 503)
    assert [t.attempt for t in seen] == [1, 2, 3]
    assert {t.operation_id for t in seen} == {"GetBalance"}
    assert all(t.status in (500, 503) and t.seconds >= 0 for t in seen)
    assert "retrying GET /portfolio/balance" in caplog.text
    key_body = "".join(credentials.private_key_pem.splitlines()[1:-1])
    for chunk in (key_body[i : i + 24] for i in range(0, len(key_body) - 24, 24)):
        assert chunk not in caplog.text
    assert "KALSHI-ACCESS-SIGNATURE" not in caplog.text


def test_rate_limiter_configured_from_the_account() -> None:
    from kalshi_py import RateLimiter
    from kalshi_py.api.account import get_account_api_limits, get_account_endpoint_costs
    from kalshi_py.api.orders import batch_create_orders_v2, cancel_order_v2

    with LocalExchange(seed=2, tier="advanced") as ex, ex.client() as client:
        limits = get_account_api_limits.sync(client=client)
        costs = get_account_endpoint_costs.sync(client=client)
    limiter = RateLimiter.from_account(limits, costs)
    assert limiter.budget.read_rate == 300
    assert limiter.budget.write_rate == 300
    cancel, batch = cancel_order_v2.OPERATION, batch_create_orders_v2.OPERATION
    assert limiter.cost(cancel.method, cancel.path, 1, cancel.unit_cost) == 2
    assert limiter.cost(batch.method, batch.path, 5, batch.unit_cost) == 50
    assert (cancel.bucket, batch.bucket, batch.items_field) == ("write", "write", "orders")


def test_rate_limiter_from_client_is_deprecated_and_asks_the_account() -> None:
    from kalshi_py import RateLimiter

    with (
        LocalExchange(seed=2, tier="advanced") as ex,
        ex.client() as client,
        pytest.warns(DeprecationWarning, match="from_account"),
    ):
        limiter = RateLimiter.from_client(client)
    assert (limiter.budget.read_rate, limiter.budget.write_rate) == (300, 300)
    assert limiter.cost("DELETE", "/portfolio/events/orders/{order_id}") == 2
