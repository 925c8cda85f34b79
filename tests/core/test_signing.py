"""Request signing, checked by a real loopback server that verifies every signature.

The server verifies `timestamp + METHOD + path` (the path as sent, `/trade-api/v2` included, the
query excluded) with the public key: RSA-PSS (SHA-256, MGF1-SHA-256, salt 32) or Ed25519, and
answers 401 otherwise.
"""

from __future__ import annotations

import base64
import logging
import re
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa

import kalshi_py
from kalshi_py.api.market import get_markets
from kalshi_py.api.portfolio import get_balance
from kalshi_py.auth import KalshiAuth, KalshiAuthenticatedClient, load_private_key, load_private_key_file
from kalshi_py.errors import AuthenticationError

from .loopback import Answer, Loopback, Seen

# every test here runs over kalshi-py's own connections and through httpx
pytestmark = pytest.mark.usefixtures("each_http_path")

KEY_ID = "0b6d1c3e-7a51-4c4e-9f0e-2d9a1b7c5e11"
BALANCE = {"balance": 1000, "balance_dollars": "10.0000", "portfolio_value": 0, "updated_ts": 1}
UNAUTHORIZED = {
    "error": {
        "code": "authentication_error",
        "message": "authentication_error",
        "details": "rpc error: code = Unauthenticated desc = INCORRECT_API_KEY_SIGNATURE",
    }
}
PSS_SALT_32 = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)


def pkcs8(key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey, password: bytes | None = None) -> str:
    encryption = serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    ).decode()


def pkcs1(key: rsa.RSAPrivateKey, password: bytes | None = None) -> str:
    encryption = serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, encryption
    ).decode()


class Verifier:
    """Checks Kalshi's three headers with a public key; what it saw is kept per request."""

    def __init__(self, public_key: rsa.RSAPublicKey | ed25519.Ed25519PublicKey, body: object) -> None:
        self.public_key = public_key
        self.body = body
        self.verdicts: list[bool] = []
        self.timestamps: list[str] = []
        self.lock = threading.Lock()

    def ok(self, seen: Seen) -> bool:
        key_id = seen.headers.get("kalshi-access-key")
        timestamp = seen.headers.get("kalshi-access-timestamp", "")
        signature = seen.headers.get("kalshi-access-signature", "")
        if key_id != KEY_ID or not re.fullmatch(r"\d{13}", timestamp):
            return False
        message = (timestamp + seen.method + seen.path).encode()
        try:
            raw = base64.b64decode(signature, validate=True)
            if isinstance(self.public_key, rsa.RSAPublicKey):
                self.public_key.verify(raw, message, PSS_SALT_32, hashes.SHA256())
            else:
                self.public_key.verify(raw, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def __call__(self, seen: Seen) -> Answer:
        verdict = self.ok(seen)
        with self.lock:
            self.verdicts.append(verdict)
            self.timestamps.append(seen.headers.get("kalshi-access-timestamp", ""))
        return Answer(200, self.body) if verdict else Answer(401, UNAUTHORIZED)


@pytest.fixture
def rsa_server(rsa_key: rsa.RSAPrivateKey) -> Iterator[tuple[Loopback, Verifier]]:
    verifier = Verifier(rsa_key.public_key(), BALANCE)
    with Loopback(verifier) as server:
        yield server, verifier


def test_generated_op_is_signed_with_rsa_pss_over_full_path_without_query(
    rsa_server: tuple[Loopback, Verifier], rsa_pem: str
) -> None:
    server, verifier = rsa_server
    with KalshiAuthenticatedClient(KEY_ID, rsa_pem, base_url=server.base_url) as client:
        balance = get_balance.sync(client=client, subaccount=3)
    assert balance.balance == 1000
    assert server.seen[0].target == "/trade-api/v2/portfolio/balance?subaccount=3"
    assert verifier.verdicts == [True]


def test_verifier_rejects_a_signature_over_the_query_or_a_short_path(rsa_key: rsa.RSAPrivateKey) -> None:
    """The check above can fail: signing the wrong text is refused by the same server."""
    auth = KalshiAuth(KEY_ID, rsa_key)
    verifier = Verifier(rsa_key.public_key(), BALANCE)
    for signed_path in ("/trade-api/v2/portfolio/balance?subaccount=3", "/portfolio/balance"):
        headers = auth.headers_for("GET", "/x")
        headers["KALSHI-ACCESS-SIGNATURE"] = auth.sign(
            headers["KALSHI-ACCESS-TIMESTAMP"] + "GET" + signed_path
        )
        seen = Seen(
            "GET",
            "/trade-api/v2/portfolio/balance?subaccount=3",
            {k.lower(): v for k, v in headers.items()},
            b"",
            0.0,
        )
        assert verifier(seen).status == 401


def test_ed25519_key_signs_pure_ed25519(ed25519_key: ed25519.Ed25519PrivateKey) -> None:
    verifier = Verifier(ed25519_key.public_key(), BALANCE)
    with (
        Loopback(verifier) as server,
        KalshiAuthenticatedClient(KEY_ID, pkcs8(ed25519_key), base_url=server.base_url) as client,
    ):
        get_balance.sync(client=client)
    assert verifier.verdicts == [True]
    assert client.auth.key_type == "ed25519"


async def test_async_op_is_signed(rsa_server: tuple[Loopback, Verifier], rsa_pem: str) -> None:
    server, verifier = rsa_server
    async with KalshiAuthenticatedClient(KEY_ID, rsa_pem, base_url=server.base_url) as client:
        await get_balance.asyncio(client=client)
        await get_markets.asyncio_detailed(client=client, limit=2)
    assert verifier.verdicts == [True, True]


def test_httpx_send_and_stream_are_signed(rsa_server: tuple[Loopback, Verifier], rsa_pem: str) -> None:
    server, verifier = rsa_server
    client = KalshiAuthenticatedClient(KEY_ID, rsa_pem, base_url=server.base_url)
    http = client.get_httpx_client()
    response = http.send(http.build_request("GET", "/portfolio/fills", params={"limit": 1}))
    assert response.status_code == 200
    with http.stream("DELETE", "/portfolio/events/orders/abc?subaccount=1") as streamed:
        streamed.read()
        assert streamed.status_code == 200
    assert http.post("/portfolio/order_groups/create", json={"contracts_limit_fp": "5.00"}).status_code == 200
    client.close()
    assert verifier.verdicts == [True, True, True]
    assert [s.path for s in server.seen] == [
        "/trade-api/v2/portfolio/fills",
        "/trade-api/v2/portfolio/events/orders/abc",
        "/trade-api/v2/portfolio/order_groups/create",
    ]


async def test_async_httpx_stream_is_signed(rsa_server: tuple[Loopback, Verifier], rsa_pem: str) -> None:
    server, verifier = rsa_server
    client = KalshiAuthenticatedClient(KEY_ID, rsa_pem, base_url=server.base_url)
    async with client.get_async_httpx_client().stream("GET", "/portfolio/balance") as streamed:
        await streamed.aread()
    await client.aclose()
    assert verifier.verdicts == [True]


def test_set_httpx_client_installs_signing(rsa_server: tuple[Loopback, Verifier], rsa_pem: str) -> None:
    server, verifier = rsa_server
    client = KalshiAuthenticatedClient(KEY_ID, rsa_pem, base_url=server.base_url)
    with httpx.Client(base_url=server.base_url, timeout=5) as own:
        client.set_httpx_client(own)
        get_balance.sync(client=client)
    assert verifier.verdicts == [True]


def test_unsigned_request_is_refused_by_the_verifier(rsa_server: tuple[Loopback, Verifier]) -> None:
    server, verifier = rsa_server
    with (
        kalshi_py.Client(base_url=server.base_url, max_retries=0) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        get_balance.sync(client=client)
    assert caught.value.details is not None
    assert "INCORRECT_API_KEY_SIGNATURE" in caught.value.details
    assert verifier.verdicts == [False]


def test_each_retry_is_signed_with_a_fresh_timestamp(rsa_key: rsa.RSAPrivateKey, rsa_pem: str) -> None:
    verifier = Verifier(rsa_key.public_key(), BALANCE)
    busy = Answer(503, {"error": {"code": "service_unavailable", "message": "try again"}})

    def respond(seen: Seen) -> Answer:
        verdict = verifier(seen)
        return busy if len(verifier.verdicts) < 3 else verdict

    policy = kalshi_py.RetryPolicy(max_retries=3, backoff_base=0.005, jitter=False)
    with (
        Loopback(respond) as server,
        KalshiAuthenticatedClient(KEY_ID, rsa_pem, base_url=server.base_url, retry=policy) as client,
    ):
        get_balance.sync(client=client)
    assert verifier.verdicts == [True, True, True]
    stamps = [int(t) for t in verifier.timestamps]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 3, "every attempt must carry its own timestamp"
    signatures = {s.headers["kalshi-access-signature"] for s in server.seen}
    assert len(signatures) == 3


# -- key forms --------------------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["pkcs1", "pkcs8", "bytes", "escaped_newlines", "quoted"])
def test_key_forms_sign_verifiably(
    form: str, rsa_key: rsa.RSAPrivateKey, rsa_server: tuple[Loopback, Verifier]
) -> None:
    server, verifier = rsa_server
    pem = pkcs8(rsa_key) if form == "pkcs8" else pkcs1(rsa_key)
    key: str | bytes = {
        "pkcs1": pem,
        "pkcs8": pem,
        "bytes": pem.encode(),
        "escaped_newlines": pem.replace("\n", "\\n"),
        "quoted": f'"{pem.strip()}"\n',
    }[form]
    with KalshiAuthenticatedClient(KEY_ID, key, base_url=server.base_url) as client:
        get_balance.sync(client=client)
    assert verifier.verdicts == [True]


@pytest.mark.parametrize("container", ["pkcs1", "pkcs8"])
def test_passphrase_protected_key(
    container: str, rsa_key: rsa.RSAPrivateKey, rsa_server: tuple[Loopback, Verifier]
) -> None:
    server, verifier = rsa_server
    pem = pkcs1(rsa_key, b"hunter22") if container == "pkcs1" else pkcs8(rsa_key, b"hunter22")
    assert "ENCRYPTED" in pem
    with KalshiAuthenticatedClient(KEY_ID, pem, base_url=server.base_url, password="hunter22") as client:
        get_balance.sync(client=client)
    assert verifier.verdicts == [True]


def test_create_client_reads_escaped_pem_from_env(
    monkeypatch: pytest.MonkeyPatch, rsa_pem: str, rsa_server: tuple[Loopback, Verifier]
) -> None:
    server, verifier = rsa_server
    monkeypatch.setenv("KALSHI_API_KEY_ID", KEY_ID)
    monkeypatch.setenv("KALSHI_PY_PRIVATE_KEY_PEM", rsa_pem.replace("\n", "\\n"))
    monkeypatch.delenv("KALSHI_PRIVATE_KEY_PATH", raising=False)
    with kalshi_py.create_client(base_url=server.base_url) as client:
        get_balance.sync(client=client)
    assert verifier.verdicts == [True]


def test_create_client_reads_encrypted_key_file(
    tmp_path: Path,
    rsa_key: rsa.RSAPrivateKey,
    rsa_server: tuple[Loopback, Verifier],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, verifier = rsa_server
    monkeypatch.delenv("KALSHI_PY_PRIVATE_KEY_PEM", raising=False)
    path = tmp_path / "key.pem"
    path.write_text(pkcs8(rsa_key, b"s3cret-pass"))
    client = kalshi_py.create_client(server.base_url, KEY_ID, private_key_path=path, password="s3cret-pass")
    with client:
        get_balance.sync(client=client)
    assert verifier.verdicts == [True]


# -- bad input: named problems, no key material -----------------------------------------------------


def _secret_chunks(pem: str) -> list[str]:
    body = "".join(line for line in pem.strip().splitlines() if not line.startswith("-----"))
    return [body[i : i + 16] for i in range(0, len(body) - 16, 16)]


def _assert_no_key_material(text: str, pem: str) -> None:
    for chunk in _secret_chunks(pem):
        assert chunk not in text, "a piece of the private key leaked"


def _bad_inputs(rsa_key: rsa.RSAPrivateKey, tmp_path: Path) -> list[tuple[str, dict[str, object], str]]:
    ec_pem = (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        .decode()
    )
    public_pem = (
        rsa_key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    good = pkcs1(rsa_key)
    lines = good.strip().splitlines()
    truncated = "\n".join([*lines[:6], lines[-1]])
    return [
        ("not a PEM", {"private_key_pem": "just some text"}, "not PEM"),
        ("public key", {"private_key_pem": public_pem}, "public key"),
        ("EC P-256", {"private_key_pem": ec_pem}, "RSA or Ed25519"),
        ("truncated", {"private_key_pem": truncated}, "malformed"),
        ("key id is a PEM", {"access_key_id": good, "private_key_pem": good}, "looks like a PEM"),
        ("encrypted, no passphrase", {"private_key_pem": pkcs8(rsa_key, b"right-one")}, "encrypted"),
        (
            "wrong passphrase",
            {"private_key_pem": pkcs8(rsa_key, b"right-one"), "password": "wrong-one"},
            "passphrase does not decrypt",
        ),
        ("passphrase for a plain key", {"private_key_pem": good, "password": "x"}, "not encrypted"),
    ]


def test_bad_key_inputs_name_the_problem_without_key_material(
    rsa_key: rsa.RSAPrivateKey, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    good = pkcs1(rsa_key)
    for label, kwargs, expected in _bad_inputs(rsa_key, tmp_path):
        args = {"access_key_id": KEY_ID, **kwargs}
        with pytest.raises(ValueError) as caught:
            KalshiAuthenticatedClient(**args)  # type: ignore[arg-type]
        message = str(caught.value)
        assert expected in message, f"{label}: {message}"
        chain = "".join(traceback.format_exception(caught.value))
        _assert_no_key_material(message + repr(caught.value) + chain, good)
        assert "During handling" not in chain, label
        assert "direct cause" not in chain, label
    _assert_no_key_material(caplog.text, good)


def test_missing_key_file_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "nope.pem"
    with pytest.raises(ValueError, match="private key file not found") as caught:
        load_private_key_file(missing)
    assert str(missing) in str(caught.value)
    with pytest.raises(ValueError, match="not found"):
        kalshi_py.create_client("http://127.0.0.1:1/trade-api/v2", KEY_ID, private_key_path=missing)


def test_reprs_and_logs_hold_no_secret(
    rsa_server: tuple[Loopback, Verifier], rsa_pem: str, caplog: pytest.LogCaptureFixture
) -> None:
    server, _ = rsa_server
    caplog.set_level(logging.DEBUG)
    client = KalshiAuthenticatedClient(KEY_ID, rsa_pem, base_url=server.base_url)
    with client:
        get_balance.sync(client=client)
    signature = server.seen[0].headers["kalshi-access-signature"]
    texts = [repr(client), str(client), repr(client.auth), str(vars(client.auth).keys()), caplog.text]
    for text in texts:
        _assert_no_key_material(text, rsa_pem)
        assert signature not in text
    assert KEY_ID in repr(client)


def test_load_private_key_returns_the_key(rsa_key: rsa.RSAPrivateKey, rsa_pem: str) -> None:
    loaded = load_private_key(rsa_pem)
    assert isinstance(loaded, rsa.RSAPrivateKey)
    assert loaded.private_numbers() == rsa_key.private_numbers()


def test_get_auth_headers_of_2066_signs_the_full_path(rsa_key: rsa.RSAPrivateKey) -> None:
    auth = KalshiAuth(KEY_ID, rsa_key)
    verifier = Verifier(rsa_key.public_key(), BALANCE)
    for url in (
        "/portfolio/balance",
        "portfolio/balance",
        "https://x.example/trade-api/v2/portfolio/balance?a=1",
    ):
        headers = {k.lower(): v for k, v in auth.get_auth_headers("get", url).items()}
        assert verifier.ok(Seen("GET", "/trade-api/v2/portfolio/balance", headers, b"", 0.0)), url


@pytest.mark.parametrize("kind", ["rsa", "ed25519"])
def test_header_pairs_sign_as_headers_for_does(
    kind: str, rsa_key: rsa.RSAPrivateKey, ed25519_key: ed25519.Ed25519PrivateKey
) -> None:
    key = rsa_key if kind == "rsa" else ed25519_key
    signer = KalshiAuth(KEY_ID, pkcs8(key))
    verifier = Verifier(key.public_key(), BALANCE)
    path = "/trade-api/v2/portfolio/orders/abc"
    as_text = signer.headers_for("delete", path + "?subaccount=1")
    as_bytes = signer._header_pairs("DELETE", path)
    assert [name.decode() for name, _ in as_bytes] == list(as_text)
    for headers in (as_text, {name.decode(): value.decode() for name, value in as_bytes}):
        seen = Seen("DELETE", path, {name.lower(): value for name, value in headers.items()}, b"", 0.0)
        assert verifier.ok(seen)
