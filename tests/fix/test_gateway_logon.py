"""Logging on to the local exchange's FIX gateway: accepted with the account's key, and every kind
of refusal answered with a Logout whose text says why."""

from __future__ import annotations

import time
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from fix.venue import Trader, raw_logon
from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import DropCopySession, MarketDataSession, OrderEntrySession, PostTradeSession, RFQSession
from kalshi_py.fix import messages as M
from kalshi_py.fix.errors import FixError, LogonRefused
from kalshi_sim import LocalExchange


def _auth(credentials: Any) -> KalshiAuth:
    return KalshiAuth(credentials.api_key_id, credentials.private_key_pem)


async def test_every_session_type_logs_on_with_the_accounts_key(gateway: LocalExchange, trader: Any) -> None:
    alice: Trader = trader()
    kinds = {
        "order_entry": OrderEntrySession,
        "order_entry_retransmit": OrderEntrySession,
        "drop_copy": DropCopySession,
        "market_data": MarketDataSession,
        "rfq": RFQSession,
        "post_trade": PostTradeSession,
    }
    assert set(gateway.fix.target_comp_ids) == set(kinds)
    for kind, cls in kinds.items():
        async with alice.session(kind, new_key=True) as session:
            assert type(session) is cls
            assert session.connected
            assert session.spec.target_comp_id == gateway.fix.target_comp_ids[kind]


async def test_the_answer_is_a_logon_from_the_target_to_the_key(gateway: LocalExchange, trader: Any) -> None:
    alice: Trader = trader()
    key = alice.credentials
    answer = await raw_logon(
        gateway.fix.host, gateway.fix.port, key.api_key_id, _auth(key), target="KalshiDC"
    )
    assert isinstance(answer, M.Logon)
    assert (answer.sender_comp_id, answer.target_comp_id) == ("KalshiDC", key.api_key_id)
    assert answer.reset_seq_num_flag is True
    assert answer.raw_data is None  # the acceptor does not sign


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("unknown key", "unknown API key"),
        ("signed by another key", "does not verify with the key on file"),
        ("stale SendingTime", "more than 30 s from the exchange clock"),
        ("SendingTime from the future", "more than 30 s from the exchange clock"),
        ("wrong TargetCompID", "wrong TargetCompID(56) KalshiXX"),
        ("no reset on KalshiNR", "log on with ResetSeqNumFlag(141)=Y"),
        ("EncryptMethod 1", "EncryptMethod(98) must be 0"),
        ("listener without SkipPendingExecReports", "needs SkipPendingExecReports(21011)=Y"),
    ],
)
async def test_each_refusal_is_a_logout_saying_why(
    gateway: LocalExchange, trader: Any, rsa_key: rsa.RSAPrivateKey, case: str, expected: str
) -> None:
    key = trader().credentials
    key_id, signer = key.api_key_id, _auth(key)
    options: dict[str, Any] = {}
    if case == "unknown key":
        key_id, signer = "not-a-key", KalshiAuth("not-a-key", rsa_key)
    elif case == "signed by another key":
        signer = KalshiAuth(key.api_key_id, rsa_key)
    elif case == "stale SendingTime":
        options["wall_clock"] = time.time() - 45
    elif case == "SendingTime from the future":
        options["wall_clock"] = time.time() + 45
    elif case == "wrong TargetCompID":
        options["target"] = "KalshiXX"
    elif case == "no reset on KalshiNR":
        options["reset"] = False
    elif case == "EncryptMethod 1":
        options["encrypt_method"] = 1
    else:
        options["listener_session"] = True
    answer = await raw_logon(gateway.fix.host, gateway.fix.port, key_id, signer, **options)
    assert isinstance(answer, M.Logout)
    assert expected in (answer.text or "")
    assert answer.msg_seq_num == 1


async def test_one_connection_per_key(gateway: LocalExchange, trader: Any) -> None:
    alice: Trader = trader()
    async with alice.session("order_entry"):
        with pytest.raises(LogonRefused, match="already exists: one connection per API key"):
            async with alice.session("drop_copy", reconnect=False):
                pass
    async with alice.session("drop_copy") as again:  # the first connection is gone: the key is free
        assert again.connected


async def test_the_client_raises_the_refusal_with_kalshis_reason(
    gateway: LocalExchange, rsa_key: rsa.RSAPrivateKey
) -> None:
    intruder = gateway.fix.session(_fake_credentials(rsa_key), "order_entry", reconnect=False)
    with pytest.raises(LogonRefused, match="unknown API key") as refused:
        async with intruder:
            pass
    assert refused.value.text is not None
    assert "unknown API key" in refused.value.text


async def test_tls_with_the_certificate_made_at_start(trader: Any) -> None:
    del trader  # the plain-TCP exchange of the fixture is not this one
    with LocalExchange(seed=2, fix_tls=True) as ex:
        assert ex.fix.tls
        assert ex.fix.certificate_path is not None
        assert b"BEGIN CERTIFICATE" in ex.fix.certificate_path.read_bytes()
        credentials = ex.create_account("10")
        async with ex.fix_session(credentials, "order_entry") as session:
            assert session.connected
        plain = ex.fix_session(credentials, "order_entry", tls=False, reconnect=False, connect_timeout=3)
        with pytest.raises(FixError):  # a plain Logon gets no FIX answer from a TLS listener
            async with plain:
                pass


def _fake_credentials(key: rsa.RSAPrivateKey) -> Any:
    from cryptography.hazmat.primitives import serialization

    from kalshi_sim import Credentials

    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    ).decode()
    return Credentials("not-a-key", pem, private_key_path=None, user_id="nobody")  # type: ignore[arg-type]
