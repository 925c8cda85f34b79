"""Every error of the `kalshi` command is one line that says where (the exchange's host) and why
(what the exchange or the library said), and says so when production was used by default."""

from __future__ import annotations

import socket
import uuid
from urllib.parse import urlsplit

import pytest

from kalshi_py.api.portfolio import get_balance
from kalshi_py.auth import KalshiAuthenticatedClient
from kalshi_py.environments import PRODUCTION
from kalshi_py.errors import AuthenticationError

from .cli_support import Kalshi

DEFAULT_NOTE = "Kalshi production was used because nothing chose an exchange"


def origin(url: str) -> str:
    """`scheme://host:port` of `url`: how an error names the exchange."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def closed_port() -> int:
    """A loopback port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("kalshi: error: ")
    return lines[0]


def test_a_refused_key_says_kalshis_code_once_and_the_reason(kalshi: Kalshi) -> None:
    unknown_key = str(uuid.uuid4())
    pem = kalshi.credentials.private_key_pem
    client = KalshiAuthenticatedClient(unknown_key, pem, base_url=kalshi.exchange.rest_url)
    with client, pytest.raises(AuthenticationError) as raised:
        get_balance.sync(client=client)
    carried = raised.value
    assert carried.code
    assert carried.details, "the exchange gives a reason for the refusal"

    result = kalshi("balance", KALSHI_API_KEY_ID=unknown_key)
    assert result.exit_code == 1
    line = one_line(result.stderr)
    assert line.count(carried.code) == 1, line
    assert carried.details in line
    assert "401" in line
    assert origin(kalshi.exchange.rest_url) in line
    assert "/portfolio/balance" in line
    assert DEFAULT_NOTE not in line


def test_an_unknown_market_names_the_host_and_path(kalshi: Kalshi) -> None:
    line = one_line(kalshi("market", "KXNOPE-99JAN01-T1").stderr)
    assert origin(kalshi.exchange.rest_url) in line
    assert "404" in line
    assert "/markets/KXNOPE-99JAN01-T1" in line


def test_an_unreachable_exchange_is_named(kalshi: Kalshi) -> None:
    url = f"http://127.0.0.1:{closed_port()}/trade-api/v2"
    for command in (["markets"], ["balance"]):
        result = kalshi(*command, KALSHI_BASE_URL=url)
        assert result.exit_code == 1
        line = one_line(result.stderr)
        assert origin(url) in line
        assert "no answer" in line or "refused" in line.lower()
        assert DEFAULT_NOTE not in line


def test_a_websocket_that_cannot_connect_is_named(kalshi: Kalshi) -> None:
    port = closed_port()
    result = kalshi(
        "stream", "ticker", "--count", "1", KALSHI_BASE_URL=f"http://127.0.0.1:{port}/trade-api/v2"
    )
    assert result.exit_code == 1
    line = one_line(result.stderr)
    assert f"ws://127.0.0.1:{port}" in line


def test_production_by_default_is_said(kalshi: Kalshi) -> None:
    # A proxy that refuses every connection keeps the request on this machine.
    proxy = f"http://127.0.0.1:{closed_port()}"
    env = {
        "KALSHI_BASE_URL": None,
        "HTTPS_PROXY": proxy,
        "https_proxy": proxy,
        "ALL_PROXY": None,
        "all_proxy": None,
        "NO_PROXY": None,
        "no_proxy": None,
    }
    result = kalshi("markets", "--limit", "1", **env)
    assert result.exit_code == 1
    line = one_line(result.stderr)
    assert origin(PRODUCTION.rest_url) in line
    assert DEFAULT_NOTE in line
    chosen = kalshi("--env", "prod", "markets", "--limit", "1", **env)
    assert chosen.exit_code == 1
    assert origin(PRODUCTION.rest_url) in chosen.stderr
    assert DEFAULT_NOTE not in chosen.stderr
