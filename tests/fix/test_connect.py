"""`kalshi_py.fix.connect` and `connect_margin`: one shape (the key, then the session type), the
key from the variables the REST clients read when none is given, a session type passed where the
key goes refused by name, and the session class mypy infers from the session type."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from fix.counterparty import Counterparty
from fix.pair import KEY_ID
from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import (
    DropCopySession,
    MarketDataSession,
    OrderEntrySession,
    SessionType,
    connect,
    connect_margin,
)

ROOT = Path(__file__).resolve().parents[2]
EVENT_CONTRACT_VARIABLES = ("KALSHI_API_KEY_ID", "KALSHI_PY_PRIVATE_KEY_PEM", "KALSHI_PRIVATE_KEY_PATH")
MARGIN_VARIABLES = (
    "KALSHI_MARGIN_API_KEY_ID",
    "KALSHI_MARGIN_PRIVATE_KEY_PEM",
    "KALSHI_MARGIN_PRIVATE_KEY_PATH",
)


@pytest.fixture
def no_keys(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (*EVENT_CONTRACT_VARIABLES, *MARGIN_VARIABLES):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_both_take_the_key_then_the_session_type(rsa_key: rsa.RSAPrivateKey) -> None:
    auth = KalshiAuth(KEY_ID, rsa_key)
    for session in (connect(auth, "drop_copy"), connect(auth, session_type="drop_copy")):
        assert type(session) is DropCopySession
        assert not session.margin
    for session in (connect_margin(auth, "drop_copy"), connect_margin(auth, session_type="drop_copy")):
        assert type(session) is DropCopySession
        assert session.margin
    assert type(connect_margin(auth, "market_data")) is MarketDataSession
    assert type(connect_margin(auth)) is OrderEntrySession


@pytest.mark.parametrize("where", ["drop_copy", "KalshiDC", SessionType.DROP_COPY])
def test_a_session_type_where_the_key_goes_is_refused_by_name(where: str) -> None:
    with pytest.raises(TypeError, match="connect_margin\\(\\) takes the API key first") as caught:
        connect_margin(where)
    assert "connect_margin(session_type='drop_copy')" in str(caught.value)
    with pytest.raises(TypeError, match="connect_margin\\(\\) takes the API key first"):
        connect_margin(where, "drop_copy")
    with pytest.raises(TypeError, match=r"connect\(\) takes the API key first.*connect\(session_type="):
        connect(where)


def test_a_string_that_is_no_session_type_is_refused_as_a_key() -> None:
    with pytest.raises(TypeError, match="auth must be a KalshiAuth or a KalshiAuthenticatedClient, got str"):
        connect_margin("not-a-key", environment="demo")


async def test_connect_takes_the_key_create_client_takes(
    exchange: Counterparty, rsa_pem: str, no_keys: pytest.MonkeyPatch
) -> None:
    no_keys.setenv("KALSHI_MARGIN_API_KEY_ID", "a-margin-key")  # never read for event contracts
    no_keys.setenv("KALSHI_MARGIN_PRIVATE_KEY_PEM", rsa_pem)
    with pytest.raises(ValueError, match="KALSHI_API_KEY_ID"):
        connect()
    no_keys.setenv("KALSHI_API_KEY_ID", KEY_ID)
    with pytest.raises(ValueError, match="KALSHI_PY_PRIVATE_KEY_PEM"):
        connect(session_type="drop_copy")
    no_keys.setenv("KALSHI_PY_PRIVATE_KEY_PEM", rsa_pem.replace("\n", "\\n"))  # as a one-line variable
    port = exchange.port  # type: ignore[attr-defined]
    async with connect(host="127.0.0.1", port=port, tls=False) as session:
        assert isinstance(session, OrderEntrySession)
        assert session.connected
    assert exchange.logons[-1].sender_comp_id == KEY_ID
    assert exchange.logons[-1].target_comp_id == "KalshiNR"
    assert rsa_pem not in repr(session)


async def test_connect_decrypts_a_key_file_with_its_password(
    exchange: Counterparty, rsa_key: rsa.RSAPrivateKey, tmp_path: Path, no_keys: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "key.pem"
    path.write_bytes(
        rsa_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"open sesame"),
        )
    )
    no_keys.setenv("KALSHI_API_KEY_ID", KEY_ID)
    no_keys.setenv("KALSHI_PRIVATE_KEY_PATH", str(path))
    with pytest.raises(ValueError):
        connect()
    port = exchange.port  # type: ignore[attr-defined]
    async with connect(password=b"open sesame", host="127.0.0.1", port=port, tls=False) as session:
        assert session.connected
    assert exchange.logons[-1].sender_comp_id == KEY_ID


TYPED = """\
from typing_extensions import assert_type

from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import (
    DropCopySession, FixClient, MarketDataSession, OrderEntrySession, RFQSession, connect, connect_margin
)

auth = KalshiAuth("key-id", "pem")
assert_type(connect(), OrderEntrySession)
assert_type(connect(auth), OrderEntrySession)
assert_type(connect(auth, "drop_copy"), DropCopySession)
assert_type(connect(auth, session_type="market_data"), MarketDataSession)
assert_type(connect(session_type="rfq"), RFQSession)
assert_type(connect_margin(), OrderEntrySession)
assert_type(connect_margin(auth, "order_entry_retransmit"), OrderEntrySession)
assert_type(connect_margin(auth, "drop_copy"), DropCopySession)
assert_type(connect_margin(session_type="drop_copy"), DropCopySession)
assert_type(connect_margin(auth, "market_data", environment="demo"), MarketDataSession)
name: str = "drop_copy"
assert_type(connect_margin(auth, name), FixClient)
"""


def test_mypy_infers_the_session_class(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    typed = tmp_path / "typed.py"
    typed.write_text(TYPED, encoding="utf-8")
    wrong = tmp_path / "wrong.py"
    wrong.write_text(TYPED + "assert_type(connect_margin(auth, 'drop_copy'), OrderEntrySession)\n")
    command = [sys.executable, "-m", "mypy", "--cache-dir", str(tmp_path / "cache"), "--no-error-summary"]
    result = _run([*command, str(typed)])
    assert result.returncode == 0, result.stdout + result.stderr
    result = _run([*command, str(wrong)])
    assert 'Expression is of type "DropCopySession", not "OrderEntrySession"' in result.stdout


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
