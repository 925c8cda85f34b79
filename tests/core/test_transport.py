"""The two paths a call can take, against real servers on loopback.

A client kalshi-py builds itself sends calls over its own HTTP/1.1 connections; `httpx_args`, a
client of your own, a proxy in the environment or `KALSHI_PY_TRANSPORT=httpx` send them through
httpx. Both must put the same request on the wire, and the httpx face must keep working: your own
client is used as given, proxies, client certificates, HTTP/2 and hooks added later.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest

import kalshi_py
from kalshi_py._http11 import AnswerReader, Buffers
from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import create_order_v2
from kalshi_py.api.portfolio import get_balance
from kalshi_py.auth import KalshiAuthenticatedClient
from kalshi_py.errors import APIConnectionError, NotFoundError
from kalshi_py.retry import RetryPolicy

from .loopback import DROP, Answer, Loopback, Raw, Seen, always, self_signed_tls
from .test_lost_answers import OrderDesk
from .test_redirects import balance
from .test_retry import ORDER
from .test_signing import BALANCE, KEY_ID, Verifier

MARKETS = {"markets": [{"ticker": "KX-1", "yes_bid_dollars": "0.5600"}], "cursor": ""}
FAST = RetryPolicy(max_retries=3, backoff_base=0.001, backoff_cap=0.002)
MODES = pytest.mark.parametrize("mode", ["sync", "async"])


class Recording(httpx.BaseTransport):
    """An httpx transport that sees every request before the real one sends it."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.seen: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(f"{request.method} {request.url.path}")
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncRecording(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.seen: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(f"{request.method} {request.url.path}")
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def flaky_desk() -> OrderDesk:
    """Reads answer 503 once, then work; the first order write is applied and its answer lost,
    later attempts get 503, and the order is found by its lookup."""
    desk = OrderDesk()
    busy = [True]
    lookup = desk.lookup

    def reads(seen: Seen) -> Answer:
        if seen.path.endswith("/markets") and busy[0]:
            busy[0] = False
            return Answer(503, {"error": {"code": "busy", "message": "busy"}})
        return Answer(200, MARKETS) if seen.path.endswith("/markets") else lookup(seen)

    desk.lookup = reads  # type: ignore[method-assign]
    return desk


def test_a_client_of_your_own_is_used_as_given() -> None:
    desk = flaky_desk()
    recording = Recording()
    with Loopback(desk) as server:
        client = kalshi_py.Client(base_url="http://unused.invalid/trade-api/v2", retry=FAST)
        own = httpx.Client(base_url=server.base_url, transport=recording, headers={"X-Own": "1"})
        with client.set_httpx_client(own):
            assert get_markets.sync(client=client).markets[0].ticker == "KX-1"
            created = create_order_v2.sync(client=client, **ORDER)
    assert created.order_id == "ord-1"
    assert recording.seen == [f"{s.method} {s.path}" for s in server.seen]
    assert recording.seen[:3] == ["GET /trade-api/v2/markets"] * 2 + [
        "POST /trade-api/v2/portfolio/events/orders"
    ]
    assert recording.seen[-1] == "GET /trade-api/v2/portfolio/orders"
    assert all(s.headers["x-own"] == "1" for s in server.seen)


async def test_an_async_client_of_your_own_is_used_as_given() -> None:
    desk = flaky_desk()
    recording = AsyncRecording()
    with Loopback(desk) as server:
        client = kalshi_py.Client(base_url="http://unused.invalid/trade-api/v2", retry=FAST)
        own = httpx.AsyncClient(base_url=server.base_url, transport=recording)
        async with client.set_async_httpx_client(own):
            assert (await get_markets.asyncio(client=client)).markets[0].ticker == "KX-1"
            created = await create_order_v2.asyncio(client=client, **ORDER)
    assert created.order_id == "ord-1"
    assert recording.seen == [f"{s.method} {s.path}" for s in server.seen]
    assert recording.seen[-1] == "GET /trade-api/v2/portfolio/orders"


def test_a_transport_in_httpx_args_sees_every_request() -> None:
    recording = Recording()
    with Loopback(flaky_desk()) as server:
        client = kalshi_py.Client(base_url=server.base_url, retry=FAST, httpx_args={"transport": recording})
        with client:
            get_markets.sync(client=client)
            get_markets.sync(client=client.with_options(max_retries=0))
    assert recording.seen == ["GET /trade-api/v2/markets"] * 3


def test_a_hook_added_to_the_clients_httpx_client_later_is_called() -> None:
    calls: list[int] = []
    with Loopback(always(200, MARKETS)) as server, kalshi_py.Client(base_url=server.base_url) as client:
        get_markets.sync(client=client)
        client.get_httpx_client().event_hooks["response"].append(lambda r: calls.append(r.status_code))
        get_markets.sync(client=client)
    assert calls == [200]


def wire(seen: Seen) -> tuple[str, str, dict[str, str], bytes]:
    """What a request put on the wire, less what changes on every request."""
    varying = ("kalshi-access-signature", "kalshi-access-timestamp")
    headers = {name: value for name, value in seen.headers.items() if name not in varying}
    return seen.method, seen.target, headers, seen.body


@MODES
def test_both_paths_put_the_same_request_on_the_wire(
    mode: str, monkeypatch: pytest.MonkeyPatch, rsa_pem: str
) -> None:
    def calls(base_url: str) -> None:
        client = KalshiAuthenticatedClient(
            KEY_ID, rsa_pem, base_url, headers={"X-Desk": "d1"}, cookies={"session": "s1"}, max_retries=0
        )
        order = {**ORDER, "client_order_id": "c-1"}
        if mode == "sync":
            with client:
                get_markets.sync_detailed(client=client, status="open", tickers="A,B c", limit=5)
                create_order_v2.sync_detailed(client=client, **order)
            return

        async def main() -> None:
            async with client:
                await get_markets.asyncio_detailed(client=client, status="open", tickers="A,B c", limit=5)
                await create_order_v2.asyncio_detailed(client=client, **order)

        asyncio.run(main())

    with Loopback(always(200, MARKETS)) as server:
        calls(server.base_url)
        monkeypatch.setenv("KALSHI_PY_TRANSPORT", "httpx")
        calls(server.base_url)
    own, through_httpx = server.seen[:2], server.seen[2:]
    assert [wire(s) for s in own] == [wire(s) for s in through_httpx]
    assert own[0].target == "/trade-api/v2/markets?limit=5&status=open&tickers=A%2CB+c"
    assert own[1].headers["kalshi-access-key"] == KEY_ID
    assert own[1].headers["cookie"] == "session=s1"


@MODES
def test_calls_share_one_keep_alive_connection(mode: str) -> None:
    with Loopback(always(200, MARKETS)) as server:
        if mode == "sync":
            with kalshi_py.Client(base_url=server.base_url) as client:
                for _ in range(5):
                    get_markets.sync(client=client)
        else:

            async def main() -> None:
                async with kalshi_py.Client(base_url=server.base_url) as client:
                    for _ in range(5):
                        await get_markets.asyncio(client=client)

            asyncio.run(main())
    assert len(server.seen) == 5
    assert len({s.peer for s in server.seen}) == 1


def answer_then_hang_up(wfile: Any, stopping: threading.Event) -> None:
    """A whole answer promising keep-alive, then the server closes the connection anyway."""
    body = b'{"markets": [{"ticker": "KX-1"}], "cursor": ""}'
    wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))


def chunked(wfile: Any, stopping: threading.Event) -> None:
    wfile.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    for piece in (b'{"markets": [{"ticker"', b': "KX-1"}], "cursor": ""}'):
        wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
    wfile.write(b"0\r\n\r\n")


def until_close(wfile: Any, stopping: threading.Event) -> None:
    wfile.write(b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{"markets": [{"ticker": "KX-1"}]}')


@MODES
@pytest.mark.parametrize("writer", [answer_then_hang_up, chunked, until_close])
def test_answers_framed_every_way_decode_and_a_closed_connection_is_replaced(mode: str, writer: Any) -> None:
    with Loopback(lambda seen: Raw(writer)) as server:
        options = {"base_url": server.base_url, "max_retries": 0}
        if mode == "sync":
            with kalshi_py.Client(**options) as client:
                tickers = [get_markets.sync(client=client).markets[0].ticker for _ in range(3)]
        else:

            async def main() -> list[str]:
                async with kalshi_py.Client(**options) as client:
                    return [(await get_markets.asyncio(client=client)).markets[0].ticker for _ in range(3)]

            tickers = asyncio.run(main())
    assert tickers == ["KX-1"] * 3
    assert len({s.peer for s in server.seen}) == 3, "each answer ended its connection"


def garbage(wfile: Any, stopping: threading.Event) -> None:
    wfile.write(b"SSH-2.0-OpenSSH_9.6\r\n\r\n")


@MODES
def test_an_answer_that_is_not_http_is_a_connection_error_naming_the_host(mode: str) -> None:
    def call(base_url: str) -> None:
        options = {"base_url": base_url, "max_retries": 0}
        if mode == "sync":
            with kalshi_py.Client(**options) as client:
                get_markets.sync(client=client)
            return

        async def main() -> None:
            async with kalshi_py.Client(**options) as client:
                await get_markets.asyncio(client=client)

        asyncio.run(main())

    with Loopback(lambda seen: Raw(garbage)) as server, pytest.raises(APIConnectionError) as caught:
        call(server.base_url)
    assert "127.0.0.1" in str(caught.value)
    assert "not valid HTTP" in str(caught.value)


def test_a_client_used_by_two_event_loops_in_turn_keeps_working() -> None:
    with Loopback(always(200, MARKETS)) as server:
        client = kalshi_py.Client(base_url=server.base_url)

        async def one() -> str:
            return (await get_markets.asyncio(client=client)).markets[0].ticker

        assert asyncio.run(one()) == "KX-1"
        assert asyncio.run(one()) == "KX-1"

        async def close() -> None:
            await client.aclose()

        asyncio.run(close())


def test_a_proxy_in_the_environment_carries_the_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    with Loopback(always(200, MARKETS)) as proxy:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        with kalshi_py.Client(base_url="http://exchange.invalid/trade-api/v2", max_retries=0) as client:
            assert get_markets.sync(client=client, limit=2).markets[0].ticker == "KX-1"
    (seen,) = proxy.seen
    assert seen.target == "http://exchange.invalid/trade-api/v2/markets?limit=2"


def test_a_proxy_in_httpx_args_carries_the_calls() -> None:
    with Loopback(always(200, MARKETS)) as proxy:
        options = {"proxy": proxy.url, "trust_env": False}
        base = "http://exchange.invalid/trade-api/v2"
        with kalshi_py.Client(base_url=base, max_retries=0, httpx_args=options) as client:
            assert get_markets.sync(client=client).markets[0].ticker == "KX-1"
    assert proxy.seen[0].target == "http://exchange.invalid/trade-api/v2/markets"


def mutual_tls(tmp_path: Path) -> tuple[Loopback, ssl.SSLContext, ssl.SSLContext]:
    """A server that requires a client certificate; a client context with one and one without."""
    server_context, server_cert = self_signed_tls(tmp_path / "server")
    _, client_cert = self_signed_tls(tmp_path / "client")
    server_context.verify_mode = ssl.CERT_REQUIRED
    server_context.load_verify_locations(cafile=str(client_cert))
    with_cert = ssl.create_default_context(cafile=str(server_cert))
    with_cert.load_cert_chain(client_cert, client_cert.with_name("loopback-key.pem"))
    without = ssl.create_default_context(cafile=str(server_cert))
    return Loopback(always(200, BALANCE), tls=server_context), with_cert, without


@pytest.mark.usefixtures("each_http_path")
@MODES
def test_a_client_certificate_in_verify_ssl_is_presented(mode: str, tmp_path: Path) -> None:
    (tmp_path / "server").mkdir()
    (tmp_path / "client").mkdir()
    server, with_cert, without = mutual_tls(tmp_path)

    def client(context: ssl.SSLContext) -> kalshi_py.Client:
        return kalshi_py.AuthenticatedClient(server.base_url, token="t", verify_ssl=context, max_retries=0)

    with server:
        assert balance(mode, client(with_cert)).balance == 1000
        with pytest.raises(APIConnectionError):
            balance(mode, client(without))
    assert len(server.seen) == 1


def test_http2_in_httpx_args_keeps_working(tmp_path: Path) -> None:
    context, cert = self_signed_tls(tmp_path)
    with Loopback(always(200, MARKETS), tls=context) as server:
        options = {"http2": True}
        with kalshi_py.Client(base_url=server.base_url, verify_ssl=str(cert), httpx_args=options) as client:
            assert get_markets.sync(client=client).markets[0].ticker == "KX-1"


def test_a_signed_call_on_the_default_path_verifies(rsa_key: Any, rsa_pem: str) -> None:
    verifier = Verifier(rsa_key.public_key(), BALANCE)
    with Loopback(verifier) as server, KalshiAuthenticatedClient(KEY_ID, rsa_pem, server.base_url) as client:
        assert get_balance.sync(client=client).balance == 1000
        assert get_balance.sync(client=client).balance == 1000
    assert verifier.verdicts == [True, True]
    assert len({s.peer for s in server.seen}) == 1


def test_a_dropped_answer_on_the_default_path_is_retried_on_a_new_connection() -> None:
    replies = iter([DROP, Answer(200, MARKETS)])
    with (
        Loopback(lambda seen: next(replies)) as server,
        kalshi_py.Client(base_url=server.base_url, retry=FAST) as c,
    ):
        assert get_markets.sync(client=c).markets[0].ticker == "KX-1"
    assert len(server.seen) == 2
    assert server.seen[0].peer != server.seen[1].peer


def page(count: int) -> bytes:
    markets = [
        {"ticker": f"KX-{i}", "yes_bid_dollars": f"0.{i % 100:02d}00", "title": "x" * 200}
        for i in range(count)
    ]
    return msgspec.json.encode({"markets": markets, "cursor": f"c{count}"})


@MODES
def test_large_and_small_answers_in_turn_on_one_connection_decode_whole(mode: str) -> None:
    sizes = [5000, 3, 2000, 0, 5000]
    pages = iter([Answer(200, page(size)) for size in sizes])
    with Loopback(lambda seen: next(pages)) as server:
        options = {"base_url": server.base_url, "max_retries": 0}
        if mode == "sync":
            with kalshi_py.Client(**options) as client:
                answers = [get_markets.sync(client=client) for _ in sizes]
        else:

            async def main() -> list[Any]:
                async with kalshi_py.Client(**options) as client:
                    return [await get_markets.asyncio(client=client) for _ in sizes]

            answers = asyncio.run(main())
    assert [len(a.markets) for a in answers] == sizes
    assert [a.cursor for a in answers] == [f"c{size}" for size in sizes]
    assert answers[0].markets[4999].ticker == "KX-4999"
    assert len({s.peer for s in server.seen}) == 1


def test_an_answer_read_by_own_connections_behaves_as_a_read_httpx_response() -> None:
    missing = Answer(
        404, {"error": {"code": "not_found", "message": "no such market"}}, {"X-Request-Id": "r-1"}
    )
    with (
        Loopback(lambda seen: missing) as server,
        kalshi_py.Client(base_url=server.base_url) as client,
        pytest.raises(NotFoundError) as caught,
    ):
        get_markets.sync(client=client, limit=3)
    response = caught.value.response
    assert isinstance(response, httpx.Response)
    body = msgspec.json.encode(missing.body)
    assert (response.status_code, response.content, response.read()) == (404, body, body)
    assert response.json() == missing.body
    assert response.text == body.decode()
    assert b"".join(response.iter_bytes()) == body
    assert response.headers["content-length"] == str(len(body))
    assert response.headers["x-request-id"] == "r-1"
    assert (response.is_closed, response.reason_phrase, response.http_version) == (
        True,
        "Not Found",
        "HTTP/1.1",
    )
    assert str(response.request.url) == server.base_url + "/markets?limit=3"
    assert caught.value.request_id == "r-1"


def early_hints_then_answer(wfile: Any, stopping: threading.Event) -> None:
    """An interim 103 answer, a pause, then the answer itself."""
    wfile.write(b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n")
    wfile.flush()
    stopping.wait(0.05)
    answer_then_hang_up(wfile, stopping)


@MODES
def test_an_interim_answer_is_passed_over_for_the_answer_that_follows(mode: str) -> None:
    with Loopback(lambda seen: Raw(early_hints_then_answer)) as server:
        options = {"base_url": server.base_url, "max_retries": 0}
        if mode == "sync":
            with kalshi_py.Client(**options) as client:
                response = get_markets.sync_detailed(client=client)
        else:

            async def main() -> Any:
                async with kalshi_py.Client(**options) as client:
                    return await get_markets.asyncio_detailed(client=client)

            response = asyncio.run(main())
    assert int(response.status_code) == 200
    assert response.parsed.markets[0].ticker == "KX-1"
    assert "link" not in response.headers


def test_the_answer_to_a_head_request_has_no_body_whatever_it_announces() -> None:
    reader = AnswerReader(None, Buffers(), head=True)
    head = b"HTTP/1.1 200 OK\r\nContent-Length: 2105897\r\n\r\n"
    reader.buffer()[: len(head)] = head
    reader.received(len(head))
    assert (reader.complete, reader.status, reader.body(), reader.keep_alive) == (True, 200, b"", True)


def test_an_async_call_runs_on_uvloop() -> None:
    """uvloop's transports are not asyncio's classes; kalshi-py's connections must not care."""
    uvloop = pytest.importorskip("uvloop")
    with Loopback(always(200, MARKETS)) as server:
        client = kalshi_py.Client(base_url=server.base_url)

        async def twice() -> list[str]:
            try:
                return [(await get_markets.asyncio(client=client)).markets[0].ticker for _ in range(2)]
            finally:
                await client.aclose()

        assert uvloop.run(asyncio.wait_for(twice(), 20)) == ["KX-1", "KX-1"]
    assert len({seen.peer for seen in server.seen}) == 1  # one keep-alive connection for both
