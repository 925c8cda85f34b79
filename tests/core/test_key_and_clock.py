"""Two safeguards of the signer: a key file others can read is reported, as ssh does, and a
server's `Date` header cannot move the signing clock by more than a bound."""

from __future__ import annotations

import email.utils
import logging
import threading
import time
from pathlib import Path
from typing import Any

import pytest

import kalshi_py
from kalshi_py import auth
from kalshi_py.api.portfolio import get_balance
from kalshi_py.auth import MAX_CLOCK_CORRECTION_MS, KalshiAuthenticatedClient, load_private_key_file

from .loopback import Loopback, Raw
from .test_signing import KEY_ID

# every test here runs over kalshi-py's own connections and through httpx
pytestmark = pytest.mark.usefixtures("each_http_path")

BALANCE = b'{"balance": 1000, "balance_dollars": "10.0000"}'


@pytest.fixture
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(auth, "_warned_key_files", set())


def key_file(tmp_path: Path, pem: str, mode: int, name: str = "kalshi.pem") -> Path:
    path = tmp_path / name
    path.write_text(pem)
    path.chmod(mode)
    return path


@pytest.mark.usefixtures("fresh_warnings")
@pytest.mark.parametrize(
    ("mode", "who"), [(0o644, "other users"), (0o640, "its group"), (0o604, "other users")]
)
def test_a_key_file_others_can_read_is_reported_once(
    tmp_path: Path, rsa_pem: str, caplog: pytest.LogCaptureFixture, mode: int, who: str
) -> None:
    path = key_file(tmp_path, rsa_pem, mode)
    with caplog.at_level(logging.WARNING, logger="kalshi_py"):
        load_private_key_file(path)
        load_private_key_file(path)
        kalshi_py.create_client(access_key_id=KEY_ID, private_key_path=str(path))
    (record,) = [r for r in caplog.records if "private key file" in r.getMessage()]
    message = record.getMessage()
    assert record.levelno == logging.WARNING
    assert record.name == "kalshi_py"
    assert str(path) in message
    assert who in message
    assert f"chmod 600 {path}" in message
    assert f"{mode:04o}" in message
    body = "".join(rsa_pem.splitlines()[1:-1])
    assert body[:40] not in caplog.text


@pytest.mark.usefixtures("fresh_warnings")
def test_a_private_key_file_is_loaded_silently(
    tmp_path: Path, rsa_pem: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = key_file(tmp_path, rsa_pem, 0o600)
    with caplog.at_level(logging.DEBUG, logger="kalshi_py"):
        load_private_key_file(path)
    assert "private key file" not in caplog.text


def date_server(offset_s: float) -> Raw:
    """A balance answer whose single Date header is `offset_s` away from now."""

    def write(wfile: Any, stopping: threading.Event) -> None:
        date = email.utils.formatdate(time.time() + offset_s, usegmt=True)
        wfile.write(
            f"HTTP/1.1 200 OK\r\nDate: {date}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(BALANCE)}\r\n\r\n".encode()
            + BALANCE
        )

    return Raw(write)


@pytest.mark.parametrize("offset_s", [86_400 * 365, -86_400, 3_600])
def test_a_hostile_date_moves_the_signing_clock_by_the_bound_only(
    offset_s: float, rsa_pem: str, caplog: pytest.LogCaptureFixture
) -> None:
    with (
        Loopback(lambda seen: date_server(offset_s)) as server,
        caplog.at_level(logging.WARNING, "kalshi_py"),
    ):
        client = KalshiAuthenticatedClient(KEY_ID, rsa_pem, server.base_url)
        with client:
            get_balance.sync(client=client)
            get_balance.sync(client=client)
    bound = MAX_CLOCK_CORRECTION_MS if offset_s > 0 else -MAX_CLOCK_CORRECTION_MS
    assert client.auth.clock_offset_ms == bound
    second = int(server.seen[1].headers["kalshi-access-timestamp"])
    assert abs(second - (time.time() * 1000 + bound)) < 60_000
    warnings = [r.getMessage() for r in caplog.records if "Date header" in r.getMessage()]
    assert len(warnings) == 1, "said once, not on every answer"
    assert f"more than the {MAX_CLOCK_CORRECTION_MS // 1000} s" in warnings[0]


def test_a_drift_within_the_bound_is_corrected_exactly(rsa_pem: str) -> None:
    with Loopback(lambda seen: date_server(120)) as server:
        client = KalshiAuthenticatedClient(KEY_ID, rsa_pem, server.base_url)
        with client:
            get_balance.sync(client=client)
    assert 115_000 < client.auth.clock_offset_ms < 125_000


@pytest.mark.parametrize("date", ["", "yesterday", "Mon, 99 Foo 20000 99:99:99 GMT", "9" * 5000])
def test_an_unreadable_date_changes_nothing(date: str, rsa_pem: str) -> None:
    signer = auth.KalshiAuth(KEY_ID, rsa_pem)
    assert signer.learn_clock_offset(date) is False
    assert signer.clock_offset_ms == 0


def test_the_same_date_is_read_once_a_second(rsa_pem: str, monkeypatch: pytest.MonkeyPatch) -> None:
    signer = auth.KalshiAuth(KEY_ID, rsa_pem)
    ahead = email.utils.formatdate(time.time() + 120, usegmt=True)
    assert signer.learn_clock_offset(ahead) is True
    assert 115_000 < signer.clock_offset_ms < 125_000
    signer.clock_offset_ms = 0
    assert signer.learn_clock_offset(ahead) is False, "the same Date within a second is not read again"
    assert signer.clock_offset_ms == 0
    monkeypatch.setattr(auth, "DATE_REREAD_S", 0.0)
    assert signer.learn_clock_offset(ahead) is True, "after that it is read again"
    assert 115_000 < signer.clock_offset_ms < 125_000
