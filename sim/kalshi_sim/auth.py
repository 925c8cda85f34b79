"""API keys of the local exchange: making them, and checking request signatures.

A request is authentic when `KALSHI-ACCESS-KEY` names a registered key, `KALSHI-ACCESS-TIMESTAMP`
(Unix milliseconds) is within `tolerance_ms` of the exchange clock, and `KALSHI-ACCESS-SIGNATURE`
is the base64 signature of `timestamp + METHOD + path` (path without the query string) made with
that key: RSA-PSS with SHA-256 and MGF1(SHA-256), salt of digest length (32 bytes) or any other
salt length (maximum-length salts included), or Ed25519.

Failures raise `AuthenticationError` whose `details` say what was wrong; they never carry the
signature or key material.
"""

from __future__ import annotations

import base64
import binascii
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

__all__ = [
    "DEFAULT_TOLERANCE_MS",
    "ApiKey",
    "AuthenticationError",
    "KeyRing",
    "PublicKey",
    "generate_private_key_pem",
    "load_public_key",
]

DEFAULT_TOLERANCE_MS = 30_000
MAX_TIMESTAMP_DIGITS = 16
HEADER_KEY = "kalshi-access-key"
HEADER_TIMESTAMP = "kalshi-access-timestamp"
HEADER_SIGNATURE = "kalshi-access-signature"

PublicKey = rsa.RSAPublicKey | ed25519.Ed25519PublicKey

_PSS_DIGEST = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
_PSS_ANY = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.AUTO)


class AuthenticationError(Exception):
    """A request failed authentication; `details` names the reason (Kalshi's 401 `details`)."""

    def __init__(self, details: str) -> None:
        super().__init__(details)
        self.details = details


def load_public_key(pem: str | bytes) -> PublicKey:
    """An RSA or Ed25519 public key from PEM (SubjectPublicKeyInfo or PKCS#1)."""
    data = pem.encode("utf-8") if isinstance(pem, str) else pem
    try:
        key = serialization.load_pem_public_key(data)
    except ValueError:
        raise ValueError("the public key PEM is malformed and could not be loaded") from None
    if isinstance(key, (rsa.RSAPublicKey, ed25519.Ed25519PublicKey)):
        return key
    raise ValueError(f"unsupported public key type {type(key).__name__}: Kalshi API keys are RSA or Ed25519")


@dataclass(frozen=True)
class ApiKey:
    """A registered API key: its id, the user it acts for, its public key and scopes."""

    api_key_id: str
    user_id: str
    public_key: PublicKey = field(repr=False)
    name: str = ""
    scopes: tuple[str, ...] = ("read", "write")

    @property
    def key_type(self) -> str:
        return "rsa" if isinstance(self.public_key, rsa.RSAPublicKey) else "ed25519"

    def verifies(self, message: bytes, signature: bytes) -> bool:
        """Whether `signature` is this key's signature of `message`."""
        key = self.public_key
        try:
            if isinstance(key, rsa.RSAPublicKey):
                try:
                    key.verify(signature, message, _PSS_DIGEST, hashes.SHA256())
                except InvalidSignature:
                    key.verify(signature, message, _PSS_ANY, hashes.SHA256())
            else:
                key.verify(signature, message)
        except InvalidSignature:
            return False
        return True


class KeyRing:
    """The exchange's registered API keys; safe to use from several threads."""

    def __init__(self, tolerance_ms: int = DEFAULT_TOLERANCE_MS) -> None:
        self.tolerance_ms = tolerance_ms
        self._keys: dict[str, ApiKey] = {}
        self._lock = threading.Lock()

    def add(self, api_key: ApiKey) -> ApiKey:
        with self._lock:
            self._keys[api_key.api_key_id] = api_key
        return api_key

    def remove(self, api_key_id: str) -> ApiKey | None:
        with self._lock:
            return self._keys.pop(api_key_id, None)

    def get(self, api_key_id: str) -> ApiKey | None:
        return self._keys.get(api_key_id)

    def for_user(self, user_id: str) -> list[ApiKey]:
        with self._lock:
            return [key for key in self._keys.values() if key.user_id == user_id]

    def verify(self, headers: Mapping[str, str], method: str, path: str, now_ms: int | None = None) -> ApiKey:
        """The key that signed a request with these (lower-cased) headers, or `AuthenticationError`."""
        key_id = headers.get(HEADER_KEY)
        timestamp = headers.get(HEADER_TIMESTAMP)
        signature = headers.get(HEADER_SIGNATURE)
        missing = [
            name
            for name, value in (
                ("KALSHI-ACCESS-KEY", key_id),
                ("KALSHI-ACCESS-TIMESTAMP", timestamp),
                ("KALSHI-ACCESS-SIGNATURE", signature),
            )
            if not value
        ]
        if missing:
            raise AuthenticationError(f"missing header {', '.join(missing)}")
        if key_id is None or timestamp is None or signature is None:
            raise AuthenticationError("missing KALSHI-ACCESS headers")
        api_key = self._keys.get(key_id)
        if api_key is None:
            raise AuthenticationError("INCORRECT_API_KEY: no API key with this id")
        if not timestamp.isdigit() or not timestamp.isascii() or len(timestamp) > MAX_TIMESTAMP_DIGITS:
            raise AuthenticationError(
                f"KALSHI-ACCESS-TIMESTAMP must be Unix milliseconds: at most {MAX_TIMESTAMP_DIGITS} digits"
            )
        now = time.time_ns() // 1_000_000 if now_ms is None else now_ms
        if abs(now - int(timestamp)) > self.tolerance_ms:
            raise AuthenticationError(
                f"TIMESTAMP_OUT_OF_WINDOW: the timestamp is {int(timestamp) - now} ms from the exchange "
                f"clock; the allowed window is +-{self.tolerance_ms} ms"
            )
        try:
            raw = base64.b64decode(signature, validate=True)
        except (binascii.Error, ValueError):
            raise AuthenticationError("INCORRECT_API_KEY_SIGNATURE: the signature is not base64") from None
        message = (timestamp + method.upper() + path.split("?", 1)[0]).encode("utf-8")
        if not api_key.verifies(message, raw):
            raise AuthenticationError("INCORRECT_API_KEY_SIGNATURE")
        return api_key


def generate_private_key_pem(key_type: str = "rsa") -> tuple[str, PublicKey]:
    """A new private key as PEM (PKCS#1 for RSA, PKCS#8 for Ed25519, as Kalshi hands them out)
    and its public key."""
    if key_type == "rsa":
        rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = rsa_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
        return pem.decode("ascii"), rsa_key.public_key()
    if key_type == "ed25519":
        ed_key = ed25519.Ed25519PrivateKey.generate()
        pem = ed_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return pem.decode("ascii"), ed_key.public_key()
    raise ValueError(f"unknown key_type {key_type!r}: expected 'rsa' or 'ed25519'")
