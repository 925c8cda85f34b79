"""The public face of kalshi-py, name by name, and what kalshi-py 2.0.6.6 code relies on."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import io
import re
import ssl
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

import kalshi_py
from kalshi_py import auth as kalshi_auth
from kalshi_py import errors, types
from kalshi_py.api.market import get_markets
from kalshi_py.api.portfolio import get_balance

from .loopback import Answer, Loopback, Seen, always, self_signed_tls
from .test_signing import BALANCE, KEY_ID, Verifier

PUBLIC_NAMES = [
    "DEFAULT_TIMEOUT",
    "DEMO",
    "PRODUCTION",
    "UNSET",
    "AuthenticatedClient",
    "Client",
    "Environment",
    "KalshiAuth",
    "KalshiAuthenticatedClient",
    "KalshiError",
    "RateLimiter",
    "Response",
    "RetryPolicy",
    "UnexpectedStatus",
    "Unset",
    "__version__",
    "create_client",
]

# Every operation module of kalshi-py 2.0.6.6 (module, method, path), as shipped in its wheel.
OPERATIONS_2066 = [
    ("api_keys.create_api_key", "POST", "/api_keys"),
    ("api_keys.delete_api_key", "DELETE", "/api_keys/{api_key}"),
    ("api_keys.generate_api_key", "POST", "/api_keys/generate"),
    ("api_keys.get_api_keys", "GET", "/api_keys"),
    (
        "collection.create_market_in_multivariate_event_collection",
        "POST",
        "/multivariate_event_collections/{collection_ticker}",
    ),
    (
        "collection.get_multivariate_event_collection",
        "GET",
        "/multivariate_event_collections/{collection_ticker}",
    ),
    (
        "collection.get_multivariate_event_collection_lookup_history",
        "GET",
        "/multivariate_event_collections/{collection_ticker}/lookup",
    ),
    ("collection.get_multivariate_event_collections", "GET", "/multivariate_event_collections"),
    (
        "collection.lookup_tickers_for_market_in_multivariate_event_collection",
        "PUT",
        "/multivariate_event_collections/{collection_ticker}/lookup",
    ),
    ("communications.accept_quote", "PUT", "/communications/quotes/{quote_id}/accept"),
    ("communications.confirm_quote", "PUT", "/communications/quotes/{quote_id}/confirm"),
    ("communications.create_quote", "POST", "/communications/quotes"),
    ("communications.create_rfq", "POST", "/communications/rfqs"),
    ("communications.delete_quote", "DELETE", "/communications/quotes/{quote_id}"),
    ("communications.delete_rfq", "DELETE", "/communications/rfqs/{rfq_id}"),
    ("communications.get_communications_id", "GET", "/communications/id"),
    ("communications.get_quote", "GET", "/communications/quotes/{quote_id}"),
    ("communications.get_quotes", "GET", "/communications/quotes"),
    ("communications.get_rf_qs", "GET", "/communications/rfqs"),
    ("communications.get_rfq", "GET", "/communications/rfqs/{rfq_id}"),
    ("default.get_exchange_announcements", "GET", "/exchange/announcements"),
    ("default.get_exchange_schedule", "GET", "/exchange/schedule"),
    ("default.get_exchange_status", "GET", "/exchange/status"),
    ("default.get_user_data_timestamp", "GET", "/exchange/user_data_timestamp"),
    ("market.get_event", "GET", "/events/{event_ticker}"),
    ("market.get_event_metadata", "GET", "/events/{event_ticker}/metadata"),
    ("market.get_events", "GET", "/events"),
    ("market.get_market", "GET", "/markets/{ticker}"),
    ("market.get_market_candlesticks", "GET", "/series/{series_ticker}/markets/{ticker}/candlesticks"),
    ("market.get_market_orderbook", "GET", "/markets/{ticker}/orderbook"),
    ("market.get_markets", "GET", "/markets"),
    ("market.get_series", "GET", "/series/{series_ticker}"),
    ("market.get_series_list", "GET", "/series"),
    ("market.get_trades", "GET", "/markets/trades"),
    ("milestone.get_milestone", "GET", "/milestones/{milestone_id}"),
    ("milestone.get_milestones", "GET", "/milestones"),
    ("portfolio.amend_order", "POST", "/portfolio/orders/{order_id}/amend"),
    ("portfolio.batch_cancel_orders", "DELETE", "/portfolio/orders/batched"),
    ("portfolio.batch_create_orders", "POST", "/portfolio/orders/batched"),
    ("portfolio.cancel_order", "DELETE", "/portfolio/orders/{order_id}"),
    ("portfolio.create_order", "POST", "/portfolio/orders"),
    ("portfolio.create_order_group", "POST", "/portfolio/order_groups/create"),
    ("portfolio.decrease_order", "POST", "/portfolio/orders/{order_id}/decrease"),
    ("portfolio.delete_order_group", "DELETE", "/portfolio/order_groups/{order_group_id}"),
    ("portfolio.get_balance", "GET", "/portfolio/balance"),
    ("portfolio.get_fills", "GET", "/portfolio/fills"),
    ("portfolio.get_order", "GET", "/portfolio/orders/{order_id}"),
    ("portfolio.get_order_group", "GET", "/portfolio/order_groups/{order_group_id}"),
    ("portfolio.get_order_groups", "GET", "/portfolio/order_groups"),
    ("portfolio.get_order_queue_position", "GET", "/portfolio/orders/{order_id}/queue_position"),
    ("portfolio.get_order_queue_positions", "GET", "/portfolio/orders/queue_positions"),
    ("portfolio.get_orders", "GET", "/portfolio/orders"),
    (
        "portfolio.get_portfolio_resting_order_total_value",
        "GET",
        "/portfolio/summary/total_resting_order_value",
    ),
    ("portfolio.get_positions", "GET", "/portfolio/positions"),
    ("portfolio.get_settlements", "GET", "/portfolio/settlements"),
    ("portfolio.reset_order_group", "PUT", "/portfolio/order_groups/{order_group_id}/reset"),
    ("structured_target.get_structured_target", "GET", "/structured_targets/{structured_target_id}"),
    ("structured_target.get_structured_targets", "GET", "/structured_targets"),
]
# Endpoints of 2.0.6.6 that Kalshi removed without a replacement the client can translate to.
REMOVED_ENDPOINTS = {
    "collection.get_multivariate_event_collection_lookup_history",
    "collection.lookup_tickers_for_market_in_multivariate_event_collection",
    "default.get_exchange_announcements",
}
MARKETS = {"markets": [{"ticker": "KX-1", "yes_bid_dollars": "0.4200"}], "cursor": ""}


def test_all_is_exactly_the_documented_list() -> None:
    assert sorted(kalshi_py.__all__) == sorted(PUBLIC_NAMES)
    assert len(kalshi_py.__all__) == len(set(kalshi_py.__all__))
    for name in PUBLIC_NAMES:
        assert getattr(kalshi_py, name) is not None, name
    namespace: dict[str, object] = {}
    exec("from kalshi_py import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(PUBLIC_NAMES)


def test_2066_top_level_names_still_import() -> None:
    for name in ("AuthenticatedClient", "Client", "KalshiAuthenticatedClient", "create_client"):
        assert name in kalshi_py.__all__


@pytest.mark.parametrize(
    ("module", "method", "path"), OPERATIONS_2066, ids=[m for m, _, _ in OPERATIONS_2066]
)
def test_every_2066_operation_module_imports_with_its_four_calls(module: str, method: str, path: str) -> None:
    if module in REMOVED_ENDPOINTS:
        spec = _spec_operations()
        assert (method, _shape(path)) not in spec, f"{module}: its endpoint exists again; generate it"
        with pytest.raises(ModuleNotFoundError):
            importlib.import_module(f"kalshi_py.api.{module}")
        return
    imported = importlib.import_module(f"kalshi_py.api.{module}")
    for call in ("sync", "sync_detailed"):
        assert callable(getattr(imported, call)), f"{module}.{call}"
        assert not inspect.iscoroutinefunction(getattr(imported, call))
    for call in ("asyncio", "asyncio_detailed"):
        assert inspect.iscoroutinefunction(getattr(imported, call)), f"{module}.{call}"
    for call in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        parameters = inspect.signature(getattr(imported, call)).parameters
        assert parameters["client"].kind is inspect.Parameter.KEYWORD_ONLY
        for name in re.findall(r"{(\w+)}", path):
            assert name in parameters, f"{module}.{call} lost its path parameter {name}"


def _shape(path: str) -> str:
    return re.sub(r"{[^}]+}", "{}", path)


def _spec_operations() -> set[tuple[str, str]]:
    import json

    structure = json.loads((Path(kalshi_py.__file__).parent / "models" / "openapi.json").read_text("utf-8"))
    return {(op["method"], _shape(op["path"])) for op in structure["operations"]}


def test_readme_example_of_2066_runs_against_a_server() -> None:
    with Loopback(always(200, MARKETS)) as server:
        client = kalshi_py.Client(base_url=server.base_url)
        response = get_markets.sync(client=client, limit=10)
        client.close()
    assert len(response.markets) == 1
    assert server.seen[0].target == "/trade-api/v2/markets?limit=10"


# -- Client and AuthenticatedClient -----------------------------------------------------------------


def test_client_takes_the_2066_keyword_arguments() -> None:
    hooks: list[str] = []
    with Loopback(always(200, MARKETS)) as server:
        client = kalshi_py.Client(
            base_url=server.base_url,
            cookies={"session": "c1"},
            headers={"X-App": "tests"},
            timeout=httpx.Timeout(3.0),
            verify_ssl=True,
            follow_redirects=True,
            httpx_args={"event_hooks": {"request": [lambda r: hooks.append("request")]}},
            raise_on_unexpected_status=True,
        )
        with client:
            get_markets.sync(client=client)
            http = client.get_httpx_client()
            assert http.timeout == httpx.Timeout(3.0)
            assert http.follow_redirects is True
    seen = server.seen[0]
    assert seen.headers["x-app"] == "tests"
    assert "session=c1" in seen.headers["cookie"]
    assert hooks == ["request"]
    assert client.raise_on_unexpected_status is True


def test_default_timeout_is_set() -> None:
    client = kalshi_py.Client()
    assert client.timeout is kalshi_py.DEFAULT_TIMEOUT
    timeout = client.get_httpx_client().timeout
    assert None not in (timeout.connect, timeout.read, timeout.write, timeout.pool)
    client.close()
    assert kalshi_py.Client(timeout=2.5).timeout == httpx.Timeout(2.5)


def test_follow_redirects_is_off_by_default_and_honoured() -> None:
    moved = Answer(307, b"", {"Location": "/trade-api/v2/markets?page=2"})

    def respond(seen: Seen) -> Answer:
        return moved if "page=2" not in seen.target else Answer(200, MARKETS)

    with Loopback(respond) as server:
        with kalshi_py.Client(base_url=server.base_url, max_retries=0) as client:
            assert int(get_markets.sync_detailed(client=client).status_code) == 307
        with kalshi_py.Client(base_url=server.base_url, follow_redirects=True) as client:
            assert get_markets.sync(client=client).markets[0].ticker == "KX-1"


def test_httpx_args_event_hooks_are_called_sync_and_async() -> None:
    calls: list[str] = []

    def on_request(request: httpx.Request) -> None:
        calls.append(f"request {request.method} {request.url.path}")

    def on_response(response: httpx.Response) -> None:
        calls.append(f"response {response.status_code}")

    async def on_async_request(request: httpx.Request) -> None:
        calls.append("async request")

    with Loopback(always(200, MARKETS)) as server:
        hooks = {"event_hooks": {"request": [on_request], "response": [on_response]}}
        with kalshi_py.Client(base_url=server.base_url, httpx_args=hooks) as client:
            get_markets.sync(client=client)

        async def run() -> None:
            async_hooks = {"event_hooks": {"request": [on_async_request]}}
            async with kalshi_py.Client(base_url=server.base_url, httpx_args=async_hooks) as client:
                await get_markets.asyncio(client=client)

        asyncio.run(run())
    assert calls == ["request GET /trade-api/v2/markets", "response 200", "async request"]


def test_authenticated_client_sends_the_token_as_2066_did() -> None:
    with Loopback(always(200, BALANCE)) as server:
        with kalshi_py.AuthenticatedClient(base_url=server.base_url, token="tok-1") as client:
            get_balance.sync(client=client)
        custom = kalshi_py.AuthenticatedClient(
            server.base_url, token="tok-2", prefix="", auth_header_name="X-Api-Token"
        )
        with custom:
            get_balance.sync(client=custom)
        with kalshi_py.AuthenticatedClient(server.base_url, token="tok-3", prefix="Token") as third:
            get_balance.sync(client=third)
        fourth = third.with_headers({"X-Desk": "d2"}).with_timeout(3.0)
        assert type(fourth) is kalshi_py.AuthenticatedClient
        with fourth:
            get_balance.sync(client=fourth)
    assert server.seen[0].headers["authorization"] == "Bearer tok-1"
    assert server.seen[1].headers["x-api-token"] == "tok-2"
    assert "authorization" not in server.seen[1].headers
    assert server.seen[2].headers["authorization"] == "Token tok-3"
    assert server.seen[3].headers["authorization"] == "Token tok-3"
    assert server.seen[3].headers["x-desk"] == "d2"
    assert (custom.token, custom.prefix, custom.auth_header_name) == ("tok-2", "", "X-Api-Token")


def test_with_headers_cookies_timeout_return_new_clients() -> None:
    with Loopback(always(200, MARKETS)) as server:
        base = kalshi_py.Client(base_url=server.base_url, headers={"X-A": "1"})
        more = base.with_headers({"X-B": "2"}).with_cookies({"k": "v"}).with_timeout(httpx.Timeout(4.0))
        assert type(more) is kalshi_py.Client
        assert more is not base
        assert more.timeout == httpx.Timeout(4.0)
        assert base.timeout is kalshi_py.DEFAULT_TIMEOUT
        with base, more:
            get_markets.sync(client=base)
            get_markets.sync(client=more)
    plain, changed = server.seen
    assert "x-b" not in plain.headers
    assert "cookie" not in plain.headers
    assert (changed.headers["x-a"], changed.headers["x-b"]) == ("1", "2")
    assert changed.headers["cookie"] == "k=v"


def test_with_methods_on_kalshi_authenticated_client_keep_signing(
    rsa_key: rsa.RSAPrivateKey, rsa_pem: str
) -> None:
    """kalshi-py 2.0.6.6 raised TypeError here."""
    verifier = Verifier(rsa_key.public_key(), BALANCE)
    with Loopback(verifier) as server:
        client = kalshi_auth.KalshiAuthenticatedClient(KEY_ID, rsa_pem, server.base_url)
        variants = [
            client.with_headers({"X-Desk": "d1"}),
            client.with_cookies({"c": "1"}),
            client.with_timeout(httpx.Timeout(5.0)),
            client.with_timeout(7.0),
        ]
        for variant in variants:
            assert type(variant) is kalshi_auth.KalshiAuthenticatedClient
            assert variant.access_key_id == KEY_ID
            with variant:
                get_balance.sync(client=variant)
    assert verifier.verdicts == [True] * 4
    assert server.seen[0].headers["x-desk"] == "d1"
    assert variants[3].timeout == httpx.Timeout(7.0)


def test_set_and_get_httpx_client() -> None:
    with Loopback(always(200, MARKETS)) as server:
        client = kalshi_py.Client(base_url="http://unused.invalid/trade-api/v2")
        own = httpx.Client(base_url=server.base_url, headers={"X-Own": "yes"}, timeout=5)
        assert client.set_httpx_client(own) is client
        assert client.get_httpx_client() is own
        with client:
            get_markets.sync(client=client)
        assert own.is_closed
    assert server.seen[0].headers["x-own"] == "yes"


async def test_set_and_get_async_httpx_client_and_async_context_manager() -> None:
    with Loopback(always(200, MARKETS)) as server:
        client = kalshi_py.Client(base_url="http://unused.invalid/trade-api/v2")
        own = httpx.AsyncClient(base_url=server.base_url, headers={"X-Own": "async"}, timeout=5)
        assert client.set_async_httpx_client(own) is client
        assert client.get_async_httpx_client() is own
        async with client as entered:
            assert entered is client
            await get_markets.asyncio(client=client)
        assert own.is_closed
    assert server.seen[0].headers["x-own"] == "async"


def test_sync_context_manager_closes_the_pool() -> None:
    client = kalshi_py.Client(base_url="http://127.0.0.1:9/trade-api/v2")
    with client as entered:
        assert entered is client
        http = client.get_httpx_client()
        assert not http.is_closed
    assert http.is_closed


def _https_server(tmp_path: Path) -> tuple[Loopback, Path]:
    context, cert = self_signed_tls(tmp_path)
    return Loopback(always(200, MARKETS), tls=context), cert


@pytest.mark.parametrize("form", ["false", "sslcontext"])
def test_verify_ssl_false_and_context(tmp_path: Path, form: str) -> None:
    server, cert = _https_server(tmp_path)
    verify: bool | ssl.SSLContext = False if form == "false" else ssl.create_default_context(cafile=str(cert))
    with server, kalshi_py.Client(base_url=server.base_url, verify_ssl=verify, max_retries=0) as client:
        assert get_markets.sync(client=client).markets[0].ticker == "KX-1"


def test_verify_ssl_true_refuses_an_unknown_certificate(tmp_path: Path) -> None:
    server, _ = _https_server(tmp_path)
    with (
        server,
        kalshi_py.Client(base_url=server.base_url, max_retries=0) as client,
        pytest.raises(errors.APIConnectionError, match=r"CERTIFICATE_VERIFY_FAILED|certificate verify"),
    ):
        get_markets.sync(client=client)


def test_verify_ssl_ca_bundle_path(tmp_path: Path) -> None:
    server, cert = _https_server(tmp_path)
    with server, kalshi_py.Client(base_url=server.base_url, verify_ssl=str(cert), max_retries=0) as client:
        assert get_markets.sync(client=client).markets[0].ticker == "KX-1"


# -- kalshi_py.auth, create_client --------------------------------------------------------------------


def test_auth_module_names() -> None:
    for name in (
        "KalshiAuthenticatedClient",
        "KalshiAuth",
        "AuthenticatedHTTPXClient",
        "AuthenticatedAsyncHTTPXClient",
        "load_private_key_from_file",
        "load_private_key_from_string",
        "sign_pss_text",
    ):
        assert hasattr(kalshi_auth, name), name
    assert issubclass(kalshi_auth.KalshiAuth, httpx.Auth)
    assert issubclass(kalshi_auth.KalshiAuthenticatedClient, kalshi_py.AuthenticatedClient)
    assert kalshi_py.KalshiAuthenticatedClient is kalshi_auth.KalshiAuthenticatedClient


def test_2066_key_helpers(rsa_key: rsa.RSAPrivateKey, rsa_pem: str, tmp_path: Path) -> None:
    path = tmp_path / "k.pem"
    path.write_text(rsa_pem)
    for loaded in (
        kalshi_auth.load_private_key_from_file(str(path)),
        kalshi_auth.load_private_key_from_string(rsa_pem),
    ):
        assert loaded.private_numbers() == rsa_key.private_numbers()
    verifier = Verifier(rsa_key.public_key(), BALANCE)
    signature = kalshi_auth.sign_pss_text(rsa_key, "1700000000000GET/trade-api/v2/portfolio/balance")
    headers = {
        "kalshi-access-key": KEY_ID,
        "kalshi-access-timestamp": "1700000000000",
        "kalshi-access-signature": signature,
    }
    assert verifier.ok(Seen("GET", "/trade-api/v2/portfolio/balance", headers, b"", 0.0))


async def test_authenticated_httpx_clients_sign(rsa_key: rsa.RSAPrivateKey, rsa_pem: str) -> None:
    verifier = Verifier(rsa_key.public_key(), BALANCE)
    auth = kalshi_auth.KalshiAuth(KEY_ID, rsa_pem)
    with Loopback(verifier) as server:
        with kalshi_auth.AuthenticatedHTTPXClient(auth, base_url=server.base_url) as http:
            assert http.get("/portfolio/balance", params={"subaccount": 0}).status_code == 200
        async with kalshi_auth.AuthenticatedAsyncHTTPXClient(auth, base_url=server.base_url) as ahttp:
            assert (await ahttp.get("/portfolio/balance")).status_code == 200
    assert verifier.verdicts == [True, True]


def test_kalshi_authenticated_client_constructor_of_2066(rsa_pem: str) -> None:
    client = kalshi_auth.KalshiAuthenticatedClient(
        access_key_id=KEY_ID,
        private_key_pem=rsa_pem,
        base_url="https://demo-api.kalshi.co/trade-api/v2",
        timeout=httpx.Timeout(9.0),
        headers={"X-A": "1"},
    )
    assert client.base_url == "https://demo-api.kalshi.co/trade-api/v2"
    assert client.timeout == httpx.Timeout(9.0)
    positional = kalshi_auth.KalshiAuthenticatedClient(KEY_ID, rsa_pem, "https://x.example/trade-api/v2")
    assert positional.base_url == "https://x.example/trade-api/v2"


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("KALSHI_API_KEY_ID", "KALSHI_PY_PRIVATE_KEY_PEM", "KALSHI_PRIVATE_KEY_PATH"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_create_client_from_arguments(clean_env: pytest.MonkeyPatch, rsa_pem: str, tmp_path: Path) -> None:
    path = tmp_path / "key.pem"
    path.write_text(rsa_pem)
    by_data = kalshi_py.create_client("https://x.example/trade-api/v2", KEY_ID, private_key_data=rsa_pem)
    by_path = kalshi_py.create_client(access_key_id=KEY_ID, private_key_path=str(path), timeout=3.0)
    for client in (by_data, by_path):
        assert isinstance(client, kalshi_py.KalshiAuthenticatedClient)
        assert client.access_key_id == KEY_ID
        assert client.raise_on_unexpected_status is True
    assert by_data.base_url == "https://x.example/trade-api/v2"
    assert by_path.base_url == kalshi_py.PRODUCTION.rest_url
    assert by_path.timeout == httpx.Timeout(3.0)


def test_create_client_from_environment(
    clean_env: pytest.MonkeyPatch, rsa_key: rsa.RSAPrivateKey, rsa_pem: str, tmp_path: Path
) -> None:
    clean_env.setenv("KALSHI_API_KEY_ID", KEY_ID)
    clean_env.setenv("KALSHI_PY_PRIVATE_KEY_PEM", rsa_pem)
    assert kalshi_py.create_client().access_key_id == KEY_ID
    clean_env.delenv("KALSHI_PY_PRIVATE_KEY_PEM")
    path = tmp_path / "key.pem"
    path.write_text(rsa_pem)
    clean_env.setenv("KALSHI_PRIVATE_KEY_PATH", str(path))
    from_path = kalshi_py.create_client()
    assert from_path.auth.private_key.private_numbers() == rsa_key.private_numbers()
    assert kalshi_py.create_client(access_key_id="other-id").access_key_id == "other-id"


def test_create_client_missing_or_conflicting_credentials(
    clean_env: pytest.MonkeyPatch, rsa_pem: str, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="KALSHI_API_KEY_ID"):
        kalshi_py.create_client(private_key_data=rsa_pem)
    with pytest.raises(ValueError, match="KALSHI_PY_PRIVATE_KEY_PEM"):
        kalshi_py.create_client(access_key_id=KEY_ID)
    clean_env.setenv("KALSHI_API_KEY_ID", KEY_ID)
    with pytest.raises(ValueError, match="KALSHI_PRIVATE_KEY_PATH"):
        kalshi_py.create_client()
    path = tmp_path / "key.pem"
    path.write_text(rsa_pem)
    with pytest.raises(ValueError, match="both"):
        kalshi_py.create_client(private_key_path=str(path), private_key_data=rsa_pem)
    clean_env.setenv("KALSHI_PY_PRIVATE_KEY_PEM", "garbage")
    with pytest.raises(ValueError, match="not PEM") as caught:
        kalshi_py.create_client()
    assert "garbage" not in str(caught.value)


# -- errors, types ---------------------------------------------------------------------------------------


def test_errors_and_types_of_2066() -> None:
    assert issubclass(errors.UnexpectedStatus, Exception)
    error = errors.UnexpectedStatus(500, b"boom")
    assert (error.status_code, error.content) == (500, b"boom")
    assert types.UNSET is kalshi_py.UNSET
    assert isinstance(types.UNSET, types.Unset)
    assert not types.UNSET
    payload = io.BytesIO(b"data")
    file = types.File(payload=payload, file_name="a.csv", mime_type="text/csv")
    assert file.to_tuple() == ("a.csv", payload, "text/csv")
    response = types.Response(status_code=200, content=b"{}", headers={}, parsed=None)
    assert (response.status_code, response.content, response.parsed) == (200, b"{}", None)


def test_a_with_options_view_leaves_the_parent_pool_open(tmp_path: Path) -> None:
    server, cert = _https_server(tmp_path)
    with server, kalshi_py.Client(base_url=server.base_url, verify_ssl=str(cert), max_retries=0) as client:
        with client.with_options(max_retries=0) as view:
            assert get_markets.sync(client=view).markets[0].ticker == "KX-1"
        assert get_markets.sync(client=client).markets[0].ticker == "KX-1"


def test_model_names_of_2066_still_import() -> None:
    import kalshi_py.models as models
    from tools.codegen import legacy

    for name in legacy.MODEL_NAMES:
        assert getattr(models, "Model" + name) is getattr(models, name), name
    for old, new in legacy.RENAMED_MODELS.items():
        assert getattr(models, old) is getattr(models, new), old
    assert models.ModelCreateOrderRequest(ticker="T", side="yes", action="buy").side == "yes"
