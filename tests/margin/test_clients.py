"""The margin and Klear clients: their own credentials and hosts, secrets kept to their host, and
Klear's exact units."""

from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path

import pytest
from core.loopback import Answer, Loopback, Seen

from kalshi_py import environments
from kalshi_py.errors import NotFoundError, RequestValidationError
from kalshi_py.klear import (
    KlearClient,
    centicents_to_dollars,
    centicount_to_count,
    count_to_centicount,
    dollars_to_centicents,
)
from kalshi_py.klear import create_client as create_klear_client
from kalshi_py.klear.api.settlement import get_settlement_balance
from kalshi_py.margin import MarginClient, create_client
from kalshi_py.margin.api.exchange import get_margin_exchange_status
from kalshi_py.margin.api.portfolio import get_margin_balance
from kalshi_py.margin.models import MarginMarket

MARGIN_VARIABLES = (
    "KALSHI_MARGIN_API_KEY_ID",
    "KALSHI_MARGIN_PRIVATE_KEY_PEM",
    "KALSHI_MARGIN_PRIVATE_KEY_PATH",
    "KALSHI_MARGIN_BASE_URL",
    "KALSHI_MARGIN_ENV",
)
KLEAR_VARIABLES = (
    "KALSHI_KLEAR_ADMIN_USER_ID",
    "KALSHI_KLEAR_ACCESS_TOKEN",
    "KALSHI_KLEAR_BASE_URL",
    "KALSHI_KLEAR_ENV",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, rsa_pem: str) -> None:
    """Event-contract credentials and host in the environment, nothing for margin or Klear."""
    for name in MARGIN_VARIABLES + KLEAR_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    key = tmp_path / "event-contracts.pem"
    key.write_text(rsa_pem)
    key.chmod(0o600)
    monkeypatch.setenv("KALSHI_API_KEY_ID", "event-contract-key")
    monkeypatch.setenv("KALSHI_PRIVATE_KEY_PATH", str(key))
    monkeypatch.setenv("KALSHI_BASE_URL", "http://127.0.0.1:9/trade-api/v2")


# --- margin -----------------------------------------------------------------------------------------


def test_margin_credentials_come_only_from_the_margin_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="KALSHI_MARGIN_API_KEY_ID"):
        create_client()
    monkeypatch.setenv("KALSHI_MARGIN_API_KEY_ID", "margin-key")
    with pytest.raises(ValueError, match=r"KALSHI_MARGIN_PRIVATE_KEY_PEM.*KALSHI_MARGIN_PRIVATE_KEY_PATH"):
        create_client()


def test_margin_client_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, rsa_pem: str, tmp_path: Path
) -> None:
    key = tmp_path / "margin.pem"
    key.write_text(rsa_pem)
    key.chmod(0o600)
    monkeypatch.setenv("KALSHI_MARGIN_API_KEY_ID", "margin-key")
    monkeypatch.setenv("KALSHI_MARGIN_PRIVATE_KEY_PATH", str(key))
    client = create_client()
    assert isinstance(client, MarginClient)
    assert client.access_key_id == "margin-key"
    assert client.base_url == environments.MARGIN_PRODUCTION.rest_url, "KALSHI_BASE_URL is not margin's"
    assert client.ws_url == "wss://external-api-margin-ws.kalshi.com/trade-api/ws/v2/margin"
    monkeypatch.setenv("KALSHI_MARGIN_ENV", "demo")
    demo = create_client()
    assert demo.base_url == "https://external-api.demo.kalshi.co/trade-api/v2"
    assert demo.ws_url == "wss://external-api-margin-ws.demo.kalshi.co/trade-api/ws/v2/margin"
    monkeypatch.setenv("KALSHI_MARGIN_BASE_URL", "http://127.0.0.1:8123/trade-api/v2")
    local = create_client()
    assert local.ws_url == "ws://127.0.0.1:8123/trade-api/ws/v2/margin"
    pem_line = rsa_pem.splitlines()[1]
    assert pem_line not in repr(local)
    assert (
        repr(local)
        == "MarginClient(base_url='http://127.0.0.1:8123/trade-api/v2', access_key_id='margin-key')"
    )


def test_margin_environment_names_are_checked(rsa_pem: str) -> None:
    with pytest.raises(ValueError, match="unknown Kalshi environment 'staging'"):
        MarginClient("margin-key", rsa_pem, environment="staging")
    with pytest.raises(ValueError, match="base_url or environment"):
        MarginClient("margin-key", rsa_pem, "http://127.0.0.1:1/trade-api/v2", environment="demo")


def test_margin_calls_are_signed_over_the_margin_path(rsa_pem: str) -> None:
    def desk(seen: Seen) -> Answer:
        return Answer(200, {"balances": [], "updated_ts": 0})

    with Loopback(desk) as server, MarginClient("margin-key", rsa_pem, server.base_url) as client:
        get_margin_balance.sync(client=client)
        get_margin_exchange_status.sync_detailed(client=client)
    first, second = server.seen
    assert first.target == "/trade-api/v2/margin/balance"
    assert first.headers["kalshi-access-key"] == "margin-key"
    assert second.target == "/trade-api/v2/margin/exchange/status"


def test_margin_order_prices_have_no_one_dollar_ceiling() -> None:
    from kalshi_py._model import request_body_bytes
    from kalshi_py.margin.models import CreateMarginOrderRequest

    order = CreateMarginOrderRequest(
        ticker="KXBTCPERP",
        side="bid",
        count=Decimal("0.5"),
        price=Decimal("64250.25"),
        time_in_force="good_till_canceled",
        self_trade_prevention_type="maker",
    )
    assert b'"price":"64250.25"' in request_body_bytes(order)
    with pytest.raises(RequestValidationError, match="price: -1 is below the minimum 0"):
        request_body_bytes(CreateMarginOrderRequest(**{**order.to_dict(), "price": Decimal("-1")}))
    with pytest.raises(RequestValidationError, match="float"):
        request_body_bytes(CreateMarginOrderRequest(**{**order.to_dict(), "price": 0.5}))  # type: ignore[arg-type]


# --- Klear ------------------------------------------------------------------------------------------


def test_klear_sends_its_bearer_token_and_hides_it(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    def klear(seen: Seen) -> Answer:
        return Answer(200, {"user_id": "u-1", "balance_available_centicents": 1_234_567})

    with Loopback(klear) as server:
        client = KlearClient("admin-7", "s3cret-token", server.url + "/klear-api/v1")
        with client:
            balance = get_settlement_balance.sync(client=client)
    assert balance.balance_available_centicents == 1_234_567
    assert centicents_to_dollars(balance.balance_available_centicents) == Decimal("123.4567")
    (seen,) = server.seen
    assert seen.target == "/klear-api/v1/margin/settlement_balance"
    assert seen.headers["authorization"] == "Bearer admin-7:s3cret-token"
    assert "s3cret-token" not in repr(client)
    assert "s3cret-token" not in caplog.text


def test_klear_token_never_follows_a_redirect_to_another_host() -> None:
    with Loopback(lambda seen: Answer(200, {"user_id": "u", "balance_available_centicents": 1})) as other:
        target = other.url + "/klear-api/v1/margin/settlement_balance"
        with Loopback(lambda seen: Answer(307, b"", {"location": target})) as klear:
            client = KlearClient(
                "admin-7", "s3cret-token", klear.url + "/klear-api/v1", follow_redirects=True
            )
            with client:
                get_settlement_balance.sync(client=client)
    assert klear.seen[0].headers["authorization"] == "Bearer admin-7:s3cret-token"
    assert "authorization" not in other.seen[0].headers


def test_klear_404_gets_no_trade_api_hint() -> None:
    with Loopback(lambda seen: Answer(404, {"code": "not_found", "message": "no such withdrawal"})) as server:
        client = KlearClient("admin-7", "t", server.url + "/klear-api/v1")
        with client, pytest.raises(NotFoundError) as caught:
            get_settlement_balance.sync(client=client)
    assert "no such withdrawal" in str(caught.value)
    assert "hint" not in str(caught.value)


def test_klear_credentials_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="KALSHI_KLEAR_ADMIN_USER_ID"):
        create_klear_client()
    monkeypatch.setenv("KALSHI_KLEAR_ADMIN_USER_ID", "admin-7")
    with pytest.raises(ValueError, match="KALSHI_KLEAR_ACCESS_TOKEN"):
        create_klear_client()
    monkeypatch.setenv("KALSHI_KLEAR_ACCESS_TOKEN", "t0ken")
    assert create_klear_client().base_url == "https://api.klear.kalshi.com/klear-api/v1"
    monkeypatch.setenv("KALSHI_KLEAR_ENV", "demo")
    assert create_klear_client().base_url == "https://demo-api.kalshi.co/klear-api/v1"
    with pytest.raises(ValueError, match="':'"):
        KlearClient("admin:7", "t0ken")
    with pytest.raises(ValueError, match="access_token is empty"):
        KlearClient("admin-7", " ")


def test_klear_units_convert_exactly() -> None:
    assert dollars_to_centicents(Decimal("1.2345")) == 12_345
    assert dollars_to_centicents("-0.0001") == -1
    assert centicents_to_dollars(-250_000) == Decimal("-25")
    assert centicount_to_count(250) == Decimal("2.50")
    assert count_to_centicount("2.5") == 250
    with pytest.raises(RequestValidationError, match="not a whole number of centicents"):
        dollars_to_centicents(Decimal("0.00005"))
    with pytest.raises(RequestValidationError, match="float"):
        dollars_to_centicents(1.5)  # type: ignore[arg-type]
    with pytest.raises(RequestValidationError, match="expected an integer"):
        centicents_to_dollars(Decimal(1))  # type: ignore[arg-type]


def test_null_decodes_where_the_component_a_field_refers_to_allows_it() -> None:
    # MarginMarket.schedule refers to MarginMarketSchedule, a component that is itself nullable:
    # Kalshi's answer for a perpetual that trades around the clock carries "schedule": null
    market = MarginMarket.from_json(b'{"ticker": "KXBTCPERP", "schedule": null}')
    assert market.schedule is None
    scheduled = MarginMarket.from_json(
        b'{"ticker": "KXBTCPERP", "schedule": {"is_open": true, "next_close_ts": null, "next_open_ts": null}}'
    )
    assert scheduled.schedule is not None
    assert scheduled.schedule.is_open is True
