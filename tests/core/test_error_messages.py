"""Errors say where and why: the host and URL of a connection failure, production reached by
default, a base URL without its prefix, the valid values of an enum, the bounds of a count; and
`UnexpectedStatus` keeps the text of kalshi-py 2.0.6.6."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import kalshi_py
from kalshi_py import errors
from kalshi_py.api.market import get_market_orderbook, get_markets
from kalshi_py.api.orders import batch_create_orders_v2, create_order_v2
from kalshi_py.errors import APIConnectionError, RequestValidationError, UnexpectedStatus
from kalshi_py.models import CreateOrderV2Request

from .loopback import Answer, Loopback, always, closed_port
from .test_retry import ORDER

# every test here runs over kalshi-py's own connections and through httpx
pytestmark = pytest.mark.usefixtures("each_http_path")


@pytest.fixture
def no_server_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KALSHI_BASE_URL", raising=False)
    monkeypatch.delenv("KALSHI_ENV", raising=False)


def refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


# -- connection errors --------------------------------------------------------------------------------


def test_a_connection_error_names_the_host_and_the_url() -> None:
    port = closed_port()
    base = f"http://127.0.0.1:{port}/trade-api/v2"
    with (
        kalshi_py.Client(base_url=base, max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        get_markets.sync(client=client, limit=5)
    message = str(caught.value)
    assert f"http://127.0.0.1:{port}/trade-api/v2/markets?limit=5" in message
    assert "no answer from 127.0.0.1" in message
    assert "production" not in message


@pytest.mark.usefixtures("no_server_named")
def test_production_reached_only_by_default_is_said() -> None:
    client = kalshi_py.Client(max_retries=0, httpx_args={"transport": httpx.MockTransport(refused)})
    with client, pytest.raises(APIConnectionError) as caught:
        get_markets.sync(client=client)
    message = str(caught.value)
    assert "external-api.kalshi.com" in message
    assert "Kalshi production, used because no base_url, environment or KALSHI_BASE_URL was given" in message


@pytest.mark.usefixtures("no_server_named")
@pytest.mark.parametrize(
    "named",
    [{"environment": "prod"}, {"base_url": kalshi_py.PRODUCTION.rest_url}],
    ids=["environment", "base_url"],
)
def test_production_named_on_purpose_gets_no_note(named: dict[str, str]) -> None:
    transport = httpx.MockTransport(refused)
    client = kalshi_py.Client(max_retries=0, httpx_args={"transport": transport}, **named)
    with client, pytest.raises(APIConnectionError) as caught:
        get_markets.sync(client=client)
    assert "was given" not in str(caught.value)


def test_production_from_kalshi_base_url_gets_no_note(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KALSHI_BASE_URL", kalshi_py.PRODUCTION.rest_url)
    client = kalshi_py.Client(max_retries=0, httpx_args={"transport": httpx.MockTransport(refused)})
    with client, pytest.raises(APIConnectionError) as caught:
        get_markets.sync(client=client)
    assert "was given" not in str(caught.value)


# -- a base URL without its prefix ----------------------------------------------------------------------


def test_a_404_from_a_base_url_without_the_api_prefix_hints_at_it() -> None:
    not_found = {"error": {"code": "not_found", "message": "not found"}}
    with Loopback(always(404, not_found)) as server:
        with (
            kalshi_py.Client(base_url=server.url, max_retries=0) as bare,
            pytest.raises(errors.NotFoundError) as caught,
        ):
            get_markets.sync(client=bare)
        with (
            kalshi_py.Client(base_url=server.base_url, max_retries=0) as right,
            pytest.raises(errors.NotFoundError) as proper,
        ):
            get_markets.sync(client=right)
    assert "/trade-api/v2" in str(caught.value).split("hint:", 1)[1]
    assert f"{server.url}/trade-api/v2" in str(caught.value)
    assert "hint" not in str(proper.value)


# -- requests checked before they leave ------------------------------------------------------------------


def sent_nothing(call: Any, match: str) -> RequestValidationError:
    server = Loopback(always(200, {}))
    client = kalshi_py.Client(base_url=server.base_url)
    with server, client, pytest.raises(RequestValidationError, match=match) as caught:
        call(client)
    assert server.seen == [], "the request must be refused before it is sent"
    return caught.value


def test_an_invalid_enum_value_in_a_body_lists_the_valid_ones() -> None:
    error = sent_nothing(
        lambda client: create_order_v2.sync(client=client, **{**ORDER, "side": "buy"}), "side"
    )
    assert "'buy' is not one of 'bid', 'ask'" in str(error)


def test_an_invalid_enum_value_in_a_batch_item_names_its_place() -> None:
    bad = CreateOrderV2Request(**{**ORDER, "time_in_force": "gtc"})
    error = sent_nothing(
        lambda client: batch_create_orders_v2.sync(
            client=client, orders=[CreateOrderV2Request(**ORDER), bad]
        ),
        "time_in_force",
    )
    assert "'fill_or_kill', 'good_till_canceled', 'immediate_or_cancel'" in str(error)
    assert "orders[1]" in str(error)


def test_an_invalid_enum_value_in_the_query_lists_the_valid_ones() -> None:
    error = sent_nothing(lambda client: get_markets.sync(client=client, status="opne"), "status")
    assert "'opne' is not a valid value; expected one of unopened, open, paused, closed, settled" in str(
        error
    )


def test_valid_comma_separated_enum_values_pass() -> None:
    server = Loopback(always(200, {"markets": [], "cursor": ""}))
    with server, kalshi_py.Client(base_url=server.base_url) as client:
        get_markets.sync(client=client, status="open,closed")
    assert server.seen[0].query == "status=open%2Cclosed"


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        ({"count": "-1"}, r"count: -1 is below the minimum 0"),
        ({"count": "-0.01"}, r"count: -0.01 is below the minimum 0"),
        ({"price": "1.5"}, r"price: 1.5 is above the maximum 1"),
        ({"price": "-0.01"}, r"price: -0.01 is below the minimum 0"),
        ({"subaccount": -1}, r"subaccount"),
    ],
)
def test_a_value_outside_the_bounds_is_refused_before_it_leaves(changes: dict[str, Any], match: str) -> None:
    sent_nothing(lambda client: create_order_v2.sync(client=client, **{**ORDER, **changes}), match)


def test_a_negative_count_inside_a_batch_is_refused() -> None:
    bad = CreateOrderV2Request(**{**ORDER, "count": "-3"})
    sent_nothing(
        lambda client: batch_create_orders_v2.sync(client=client, orders=[bad]), r"orders\[0\]\.count"
    )


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda client: get_markets.sync(client=client, limit=5000), "limit=5000 is above the maximum 1000"),
        (lambda client: get_markets.sync(client=client, limit=-1), "limit=-1 is below the minimum 0"),
        (
            lambda client: get_market_orderbook.sync(client=client, ticker="KX", depth=101),
            "depth=101 is above the maximum 100",
        ),
    ],
)
def test_query_values_outside_the_bounds_are_refused(call: Any, match: str) -> None:
    sent_nothing(call, match)


# -- the 2.0.6.6 text of UnexpectedStatus -----------------------------------------------------------------


def test_unexpected_status_keeps_the_2066_message() -> None:
    error = UnexpectedStatus(500, b"boom \xff")
    assert str(error) == "Unexpected status code: 500\n\nResponse content:\nboom "


def test_typed_errors_start_with_the_2066_text_and_add_kalshis_code() -> None:
    body = b'{"error":{"code":"market_not_found","message":"market not found"}}'
    server = Loopback(lambda seen: Answer(404, body))
    client = kalshi_py.Client(base_url=server.base_url, max_retries=0)
    with server, client, pytest.raises(errors.NotFoundError) as caught:
        get_markets.sync(client=client)
    text = str(caught.value)
    assert text.startswith(f"Unexpected status code: 404\n\nResponse content:\n{body.decode()}\n\n")
    assert text.endswith("GET /trade-api/v2/markets: market_not_found: market not found")
