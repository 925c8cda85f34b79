"""`LocalExchange` start and stop, credentials on disk, and the pytest fixtures."""

from __future__ import annotations

import socket
import stat
import threading

import httpx
import pytest

from kalshi_py.auth import KalshiAuthenticatedClient
from kalshi_sim import ExposedExchangeWarning, LocalExchange
from kalshi_sim.harness.local import is_loopback

from .conftest import checked


def test_start_stop_and_credentials_folder() -> None:
    ex = LocalExchange(seed=5).start()
    try:
        assert ex.running
        assert ex.rest_url == f"http://127.0.0.1:{ex.port}/trade-api/v2"
        assert ex.ws_url == f"ws://127.0.0.1:{ex.port}/trade-api/ws/v2"
        first = ex.create_account("10")
        second = ex.create_account("10", key_type="ed25519")
        assert first.private_key_pem != second.private_key_pem
        assert "BEGIN RSA PRIVATE KEY" in first.private_key_pem
        assert "BEGIN PRIVATE KEY" in second.private_key_pem
        assert stat.S_IMODE(first.private_key_path.stat().st_mode) == 0o600
        assert first.private_key_path.read_text() == first.private_key_pem
        assert "PRIVATE" not in repr(first)
        folder = first.private_key_path.parent
        assert checked(httpx.get(ex.rest_url + "/exchange/status")).status_code == 200
    finally:
        ex.stop()
    assert not ex.running
    assert not folder.exists()
    try:
        httpx.get(ex.rest_url + "/exchange/status", timeout=1)
        raise AssertionError("the exchange still answers after stop()")
    except httpx.ConnectError:
        pass


async def test_async_context_manager() -> None:
    async with LocalExchange(seed=6) as ex:
        credentials = ex.create_account("3")
        client = ex.client(credentials)
        assert isinstance(client, KalshiAuthenticatedClient)
        async with httpx.AsyncClient(base_url=ex.rest_url) as http:
            assert (await http.get("/exchange/status")).status_code == 200
    assert not ex.running


def test_plugin_fixtures(kalshi_exchange: LocalExchange, kalshi_client: KalshiAuthenticatedClient) -> None:
    from kalshi_py.api.portfolio import get_balance

    assert kalshi_client.base_url == kalshi_exchange.rest_url
    balance = get_balance.sync(client=kalshi_client)
    assert balance is not None
    assert str(balance.balance_dollars) in ("1000", "1000.0000")


def _house_orders(ex: LocalExchange) -> int:
    with ex.lock:
        engine = ex.exchange
        return sum(len(engine.accounts[user_id].orders) for user_id in engine.house_accounts)


def test_activity_places_house_orders_until_stopped() -> None:
    with LocalExchange(seed=7) as ex:
        before = _house_orders(ex)
        ex.start_activity(300)
        for _ in range(200):
            if _house_orders(ex) >= before + 30:
                break
            httpx.get(ex.rest_url + "/exchange/status")
        assert _house_orders(ex) >= before + 30
        ex.stop_activity()
        stopped = _house_orders(ex)
        for _ in range(5):
            httpx.get(ex.rest_url + "/exchange/status")
        assert _house_orders(ex) == stopped


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("", False),
        ("10.1.2.3", False),
    ],
)
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_listening_beyond_loopback_warns() -> None:
    with pytest.warns(ExposedExchangeWarning, match=r"0\.0\.0\.0.*other machines"):
        exposed = LocalExchange(host="0.0.0.0").start()
    try:
        assert exposed.running
    finally:
        exposed.stop()
    with LocalExchange(host="127.0.0.1") as private:  # filterwarnings = error: no warning here
        assert private.running


def test_a_port_in_use_fails_the_start_and_leaves_nothing_behind() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        threads = set(threading.enumerate())
        ex = LocalExchange(port=port)
        folder = ex.credentials_dir
        with pytest.raises(OSError):
            ex.start()
        assert not ex.running
        assert not folder.exists()  # the temporary keys are gone
        assert set(threading.enumerate()) <= threads  # no serving thread left running
        with LocalExchange() as elsewhere:  # and the next exchange starts as usual
            assert elsewhere.running
