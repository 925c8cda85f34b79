"""Fixtures shared by every test: where Kalshi's specs are, and keys made at test time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

ROOT = Path(__file__).resolve().parents[1]
SHARED_KALSHI = ROOT.parent / "shared" / "kalshi"


def require_shared() -> Path:
    """`../shared/kalshi`; a skip where it is absent, a failure under CI=true."""
    if SHARED_KALSHI.is_dir():
        return SHARED_KALSHI
    if os.environ.get("CI") == "true":
        pytest.fail(f"{SHARED_KALSHI} is missing: CI needs Kalshi's specs and recordings beside the project")
    pytest.skip(f"{SHARED_KALSHI} is not present (a user's clone has no ../shared)")


@pytest.fixture(scope="session")
def shared_kalshi() -> Path:
    """The folder of Kalshi's specs and recorded responses."""
    return require_shared()


@pytest.fixture(scope="session")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def ed25519_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


@pytest.fixture(scope="session")
def rsa_pem(rsa_key: rsa.RSAPrivateKey) -> str:
    """An RSA private key as PKCS#1 PEM, the form Kalshi hands out."""
    return rsa_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    ).decode()


@pytest.fixture(params=["own-connections", "httpx"])
def each_http_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test twice: over kalshi-py's own HTTP/1.1 connections (the default path) and through
    `httpx.Client.send` (the path of `httpx_args` and of clients of your own), so that every
    promise of the pipeline is kept on both."""
    if request.param == "httpx":
        monkeypatch.setenv("KALSHI_PY_TRANSPORT", "httpx")
    else:
        monkeypatch.delenv("KALSHI_PY_TRANSPORT", raising=False)
    return str(request.param)
