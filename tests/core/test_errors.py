"""Error answers become the right exception, over a real loopback server."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

import kalshi_py
from kalshi_py import errors
from kalshi_py.api.market import get_market, get_markets
from kalshi_py.errors import (
    APIConnectionError,
    APITimeoutError,
    ErrorInSuccessResponse,
    KalshiError,
    UnexpectedStatus,
    parse_error_body,
)

from .loopback import Answer, Loopback, always, closed_port, scripted

STATUS_CLASSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (409, errors.ConflictError),
    (429, errors.RateLimitError),
    (500, errors.ServerError),
    (502, errors.ServerError),
    (503, errors.ServerError),
]
WRAPPED = {"error": {"code": "market_not_found", "message": "market not found", "details": "no such ticker"}}
FLAT = {"code": "market_not_found", "message": "market not found", "details": "no such ticker"}


def _client(server: Loopback, **kwargs: object) -> kalshi_py.Client:
    return kalshi_py.Client(base_url=server.base_url, max_retries=0, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(params=["wrapped", "flat"])
def error_body(request: pytest.FixtureRequest) -> dict[str, object]:
    return WRAPPED if request.param == "wrapped" else FLAT


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_status_maps_to_its_class_with_kalshi_fields(
    status: int, cls: type[UnexpectedStatus], error_body: dict[str, object]
) -> None:
    headers = {"X-Request-Id": "req-7f3a"}
    with Loopback(always(status, error_body, headers)) as server, _client(server) as client:
        with pytest.raises(cls) as caught:
            get_market.sync(client=client, ticker="KXNOPE-1")
        detailed = get_market.sync_detailed(client=client, ticker="KXNOPE-1")
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, UnexpectedStatus)
    assert isinstance(error, KalshiError)
    assert error.status_code == status
    assert (error.code, error.message, error.details) == (
        "market_not_found",
        "market not found",
        "no such ticker",
    )
    assert error.request_id == "req-7f3a"
    assert error.response is not None
    assert error.response.status_code == status
    assert error.content == detailed.content
    text = str(error)
    assert str(status) in text
    assert "market_not_found" in text
    assert "/trade-api/v2/markets/KXNOPE-1" in text
    assert detailed.status_code == status
    assert detailed.parsed is None


@pytest.mark.parametrize("status", [s for s, _ in STATUS_CLASSES])
def test_every_error_status_is_caught_by_unexpected_status_of_2066(status: int) -> None:
    with (
        Loopback(always(status, b"<html>bad gateway</html>")) as server,
        _client(server) as client,
        pytest.raises(UnexpectedStatus) as caught,
    ):
        get_markets.sync(client=client)
    assert caught.value.code is None
    assert caught.value.message is None
    assert "bad gateway" in str(caught.value)


def test_rate_limit_body_string_is_the_message() -> None:
    with (
        Loopback(always(429, {"error": "too many requests"})) as server,
        _client(server) as client,
        pytest.raises(errors.RateLimitError) as caught,
    ):
        get_markets.sync(client=client)
    assert caught.value.message == "too many requests"
    assert caught.value.code is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"error":{"code":"c","message":"m","details":"d"}}', ("c", "m", "d")),
        (b'{"code":"c","message":"m","details":"d"}', ("c", "m", "d")),
        (
            b'{"error":{"code":"already_exists","message":"alreadyexists"}}',
            ("already_exists", "alreadyexists", None),
        ),
        (b'{"error":"too many requests"}', (None, "too many requests", None)),
        (b'{"error":{"code":"x","details":{"field":"count"}}}', ("x", None, '{"field":"count"}')),
        (b"not json", (None, None, None)),
        (b"", (None, None, None)),
        (b"[1,2]", (None, None, None)),
        (b'{"error": 5}', (None, None, None)),
    ],
)
def test_parse_error_body(body: bytes, expected: tuple[str | None, ...]) -> None:
    assert parse_error_body(body) == expected


def test_unexpected_status_keeps_the_2066_constructor() -> None:
    error = UnexpectedStatus(418, b'{"error":{"code":"teapot","message":"short and stout"}}')
    assert error.status_code == 418
    assert error.content == b'{"error":{"code":"teapot","message":"short and stout"}}'
    assert error.code == "teapot"
    assert error.response is None
    assert error.request_id is None
    assert "418" in str(error)
    with pytest.raises(UnexpectedStatus):
        raise errors.NotFoundError(404, b"")


def test_error_from_a_response_without_a_request_still_renders() -> None:
    response = httpx.Response(404, content=b'{"error":{"code":"not_found","message":"gone"}}')
    error = errors.error_for_response(response)
    assert type(error) is errors.NotFoundError
    assert str(error) == (
        'Unexpected status code: 404\n\nResponse content:\n{"error":{"code":"not_found","message":"gone"}}'
        "\n\nnot_found: gone"
    )


def test_success_status_with_error_body_raises_error_in_success_response() -> None:
    body = {"error": {"code": "deprecated", "message": "Please switch to the V2 endpoints"}}
    with Loopback(always(200, body)) as server, _client(server) as client:
        with pytest.raises(ErrorInSuccessResponse) as caught:
            get_markets.sync(client=client)
        detailed = get_markets.sync_detailed(client=client)
    assert caught.value.status_code == 200
    assert caught.value.message == "Please switch to the V2 endpoints"
    assert detailed.status_code == 200
    assert detailed.parsed is None


def test_a_market_with_an_error_field_is_not_an_error_body() -> None:
    body = {"markets": [{"ticker": "KX-1"}], "cursor": "", "error": None}
    with Loopback(always(200, body)) as server, _client(server) as client:
        answer = get_markets.sync(client=client)
    assert answer.markets[0].ticker == "KX-1"


def test_detailed_calls_never_raise_for_a_status() -> None:
    statuses = [s for s, _ in STATUS_CLASSES]
    with Loopback(scripted(*(Answer(s, WRAPPED) for s in statuses))) as server, _client(server) as client:
        for status in statuses:
            response = get_market.sync_detailed(client=client, ticker="KX-1")
            assert int(response.status_code) == status
            assert response.parsed is None
            assert response.content
            assert b"market_not_found" in response.content


async def test_async_error_mapping_and_detailed() -> None:
    with Loopback(always(404, WRAPPED)) as server:
        async with _client(server) as client:
            with pytest.raises(errors.NotFoundError):
                await get_market.asyncio(client=client, ticker="KX-1")
            detailed = await get_market.asyncio_detailed(client=client, ticker="KX-1")
    assert detailed.parsed is None
    assert int(detailed.status_code) == 404


def test_connection_refused_is_api_connection_error() -> None:
    base = f"http://127.0.0.1:{closed_port()}/trade-api/v2"
    with kalshi_py.Client(base_url=base, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as caught:
            get_markets.sync(client=client)
        with pytest.raises(APIConnectionError):
            get_markets.sync_detailed(client=client)
    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value, httpx.TransportError)
    assert isinstance(caught.value, KalshiError)
    assert "ConnectError" in str(caught.value)


async def test_async_connection_refused() -> None:
    base = f"http://127.0.0.1:{closed_port()}/trade-api/v2"
    async with kalshi_py.Client(base_url=base, max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            await get_markets.asyncio(client=client)


@pytest.fixture
def slow_server() -> Iterator[Loopback]:
    with Loopback(lambda seen: Answer(200, {"markets": []}, delay=2.0)) as server:
        yield server


def test_read_timeout_is_api_timeout_error(slow_server: Loopback) -> None:
    started = time.monotonic()
    with _client(slow_server, timeout=0.2) as client, pytest.raises(APITimeoutError) as caught:
        get_markets.sync(client=client)
    assert time.monotonic() - started < 1.5
    assert isinstance(caught.value, httpx.TimeoutException)
    assert len(slow_server.seen) == 1


def test_per_client_timeout_override(slow_server: Loopback) -> None:
    with _client(slow_server) as base, base.with_timeout(0.2) as client, pytest.raises(APITimeoutError):
        get_markets.sync(client=client)


async def test_async_read_timeout(slow_server: Loopback) -> None:
    async with _client(slow_server, timeout=0.2) as client:
        with pytest.raises(APITimeoutError):
            await get_markets.asyncio(client=client)
