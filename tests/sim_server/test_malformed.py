"""Malformed input never gets a 5xx or a dropped connection: every bad REST request is a 4xx in
Kalshi's error shape, every bad WebSocket command an error message per asyncapi.yaml. The cases
the exchange once failed on come first, then fuzzing over bodies, query parameters and commands."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from contract import validate_response, validate_ws_message
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from websockets.sync.client import ClientConnection, connect

from kalshi_py.auth import KalshiAuth
from kalshi_sim import LocalExchange
from kalshi_sim.rest.schema import example_for
from kalshi_sim.rest.spec import spec_table

from .conftest import TICKER, add_market, checked, signed_client

ORDER = {
    "ticker": TICKER,
    "side": "bid",
    "count": "1.00",
    "price": "0.50",
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "maker",
}
NASTY_STRINGS = [
    "",
    "-1",
    "0",
    "1" + "0" * 29,
    "9" * 5000,
    "0." + "0" * 40 + "1",
    "1e999999",
    "-1e-999999",
    "NaN",
    "Infinity",
    "0x10",
    "١٢٣",
    "\x00",
    "../../etc/passwd",
    "%00",
    "a" * 10000,
]
NASTY_NUMBERS = [0, -1, 2**63, -(2**63) - 1, 10**30, 10**400, 1.5, -0.0, 1e308]
SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def exchange() -> Iterator[LocalExchange]:
    with LocalExchange(seed=5) as ex:
        add_market(ex)
        yield ex


@pytest.fixture(scope="module")
def http(exchange: LocalExchange) -> Iterator[httpx.Client]:
    with signed_client(exchange, exchange.create_account("1000")) as client:
        yield client


@pytest.fixture(scope="module")
def ws(exchange: LocalExchange) -> Iterator[ClientConnection]:
    credentials = exchange.create_account("1000")
    auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
    headers = auth.headers_for("GET", "/trade-api/ws/v2")
    with connect(exchange.ws_url, additional_headers=headers, max_size=None) as connection:
        yield connection


def assert_4xx(response: httpx.Response, operation_id: str | None = None) -> dict[str, Any]:
    """`response` is a 4xx whose body is Kalshi's error shape naming the problem."""
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:500])
    if operation_id is None:
        checked(response)
    else:
        validate_response(operation_id, response.status_code, response.content)
    error = response.json()["error"]
    if isinstance(error, dict):
        assert error["message"], response.text
    return dict(error) if isinstance(error, dict) else {"message": error}


# ---- the cases that once answered 500 ---------------------------------------------------------


def test_a_path_with_a_line_break_is_a_404_in_kalshis_shape(http: httpx.Client) -> None:
    response = http.post("/portfolio/events/orders/%0A/amend", content=b"[]")
    assert response.status_code == 404
    assert assert_4xx(response)["code"] == "not_found"


def test_a_null_body_is_a_400(http: httpx.Client) -> None:
    for path in (
        "/portfolio/events/orders",
        "/portfolio/events/orders/batched",
        "/portfolio/order_groups/create",
    ):
        error = assert_4xx(http.post(path, content=b"null", headers={"content-type": "application/json"}))
        assert "null" in error["message"]


def test_deeply_nested_json_is_a_400(http: httpx.Client) -> None:
    for depth in (40, 1000, 100_000):
        error = assert_4xx(http.post("/portfolio/events/orders", content=b"[" * depth + b"]" * depth))
        assert "nest" in error["message"]


def test_a_30_digit_count_is_a_400(http: httpx.Client) -> None:
    error = assert_4xx(http.post("/portfolio/events/orders", json={**ORDER, "count": "1" + "0" * 29}))
    assert error["code"] == "invalid_order_size"
    assert "count" in error["message"]


def test_5000_digit_timestamps_are_4xx(exchange: LocalExchange, http: httpx.Client) -> None:
    huge = "9" * 5000
    signed = exchange.create_account("10")
    headers = KalshiAuth(signed.api_key_id, signed.private_key_pem).headers_for(
        "GET", "/trade-api/v2/portfolio/balance"
    )
    unsigned = httpx.get(
        exchange.rest_url + "/portfolio/balance", headers={**headers, "KALSHI-ACCESS-TIMESTAMP": huge}
    )
    assert unsigned.status_code == 401
    assert "KALSHI-ACCESS-TIMESTAMP" in assert_4xx(unsigned)["details"]
    assert_4xx(http.get("/markets", params={"min_close_ts": huge}))
    assert_4xx(http.get("/markets", params={"min_close_ts": "9" * 30}))
    body = json.dumps({**ORDER, "expiration_time": 0}).replace(
        '"expiration_time": 0', f'"expiration_time": {huge}'
    )
    assert_4xx(http.post("/portfolio/events/orders", content=body.encode()))
    error = assert_4xx(http.post("/portfolio/events/orders", json={**ORDER, "expiration_time": 2**62}))
    assert "expiration_time" in error["message"]


def test_a_deeply_nested_command_gets_error_1_and_the_connection_lives(ws: ClientConnection) -> None:
    for depth in (40, 1000, 100_000):
        ws.send("[" * depth + "]" * depth)
        assert next_reply(ws, None)["msg"]["code"] == 1
        ws.send('{"id": 7, "cmd": "subscribe", "params": ' + "{" + '"a": {' * depth + "}" * depth + "}}")
        assert next_reply(ws, None)["msg"]["code"] == 1
    assert_alive(ws)


# ---- fuzzing ----------------------------------------------------------------------------------


def _nasty_text() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(NASTY_STRINGS), st.text(max_size=30))


def _json(max_leaves: int = 12) -> st.SearchStrategy[Any]:
    leaves = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.sampled_from(NASTY_NUMBERS),
        st.floats(allow_nan=False, allow_infinity=False),
        _nasty_text(),
    )
    return st.recursive(
        leaves,
        lambda children: st.one_of(
            st.lists(children, max_size=4), st.dictionaries(_nasty_text(), children, max_size=4)
        ),
        max_leaves=max_leaves,
    )


def _nested(opening: str, closing: str) -> st.SearchStrategy[str]:
    return st.integers(1, 5000).map(lambda depth: opening * depth + closing * depth)


def _mutated(example: dict[str, Any]) -> st.SearchStrategy[Any]:
    """`example` with one field set to anything (or removed, or added)."""
    keys = sorted(example) or ["x"]
    return st.builds(
        lambda key, value, drop: {
            k: v for k, v in {**example, key: value}.items() if not (drop and k == key)
        },
        st.sampled_from([*keys, "unknown_field"]),
        _json(6),
        st.booleans(),
    )


def _body_operations() -> list[Any]:
    return [op for op in spec_table().operations if op.body_schema is not None]


def _query_operations() -> list[Any]:
    return [op for op in spec_table().operations if any(True for _ in op.query_params())]


def _path(op: Any, fill: str) -> str:
    path = op.path
    while "{" in path:
        start, end = path.index("{"), path.index("}")
        path = path[:start] + urllib.parse.quote(fill, safe="") + path[end + 1 :]
    return path


def _example_body(op: Any) -> dict[str, Any]:
    table = spec_table()
    example = example_for({"$ref": f"#/components/schemas/{op.body_schema}"}, table.schemas)
    return example if isinstance(example, dict) else {}


@st.composite
def rest_requests(draw: st.DrawFn) -> tuple[str, str, str, bytes | None, dict[str, str]]:
    if draw(st.booleans()):
        op = draw(st.sampled_from(_body_operations()))
        body: Any = draw(
            st.one_of(
                _json(),
                _mutated(_example_body(op)),
                _mutated({**ORDER}),
                _nested("[", "]"),
                _nested('{"a":', "}").map(lambda text: text.replace("}", "1}", 1)),
            )
        )
        raw = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        return op.operation_id, op.method, _path(op, draw(_nasty_text()) or TICKER), raw, {}
    op = draw(st.sampled_from(_query_operations()))
    names = [p.name for p in op.query_params()]
    query = draw(st.dictionaries(st.sampled_from(names), _nasty_text(), max_size=3))
    path = _path(op, draw(st.sampled_from([TICKER, *NASTY_STRINGS[:6]])) or TICKER)
    return op.operation_id, op.method, path, None, query


@SETTINGS
@given(request=rest_requests())
def test_no_malformed_rest_request_gets_a_5xx(
    http: httpx.Client, request: tuple[str, str, str, bytes | None, dict[str, str]]
) -> None:
    operation_id, method, path, body, query = request
    response = http.request(method, path, content=body, params=query)
    if response.status_code >= 400:
        assert_4xx(response, operation_id)


def _commands() -> st.SearchStrategy[Any]:
    params = st.one_of(
        _json(),
        st.fixed_dictionaries(
            {},
            optional={
                "channels": st.one_of(
                    _json(4), st.lists(st.sampled_from(["orderbook_delta", "ticker", "x"]))
                ),
                "market_ticker": st.one_of(st.just(TICKER), _json(3)),
                "market_tickers": st.one_of(st.just([TICKER]), _json(3)),
                "sid": _json(2),
                "sids": _json(3),
                "action": st.one_of(
                    st.sampled_from(["add_markets", "delete_markets", "get_snapshot"]), _json(2)
                ),
            },
        ),
    )
    command = st.fixed_dictionaries(
        {"cmd": st.one_of(st.sampled_from(["subscribe", "unsubscribe", "update_subscription"]), _json(2))},
        optional={"id": _json(2), "params": params},
    )
    return st.one_of(
        command.map(json.dumps), _json().map(json.dumps), _nested("[", "]"), st.text(max_size=50)
    )


def next_reply(ws: ClientConnection, command_id: int | None) -> dict[str, Any]:
    """The next reply (ok, error, subscribed, unsubscribed) to `command_id`, skipping data messages."""
    for _ in range(10_000):
        message = json.loads(ws.recv(timeout=10))
        validate_ws_message(message)
        if (
            message["type"] in ("ok", "error", "subscribed", "unsubscribed")
            and message.get("id") == command_id
        ):
            return dict(message)
    raise AssertionError(f"no reply to command {command_id}")


def assert_alive(ws: ClientConnection, command_id: int = 2**62 + 7) -> None:
    ws.send(json.dumps({"id": command_id, "cmd": "list_subscriptions"}))
    assert next_reply(ws, command_id)["type"] == "ok"


@SETTINGS
@given(frame=_commands(), as_bytes=st.booleans())
def test_no_malformed_command_drops_the_connection(ws: ClientConnection, frame: str, as_bytes: bool) -> None:
    ws.send(frame.encode() if as_bytes else frame)
    assert_alive(ws)
