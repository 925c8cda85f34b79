"""API-key authentication: key loading, request signing as an `httpx.Auth`, and the signed client.

Kalshi signs `timestamp_ms + METHOD + path`, where the path is the URL path actually sent (the
`/trade-api/v2` base path included, the query string excluded), with RSA-PSS (SHA-256, MGF1,
salt of digest length) for RSA keys or Ed25519 for Ed25519 keys. The three `KALSHI-ACCESS-*`
headers carry the key id, the timestamp and the base64 signature.

Because `KalshiAuth` is an `httpx.Auth`, every request an authenticated client's httpx client
sends is signed at send time, with a fresh timestamp for every attempt: `request()`, `send()`
and `stream()` alike.

Two safeguards, both reported through the `kalshi_py` logger at WARNING:

- a private key file that its group or other users may read is loaded, with a warning naming
  the file and the `chmod 600` that fixes it (as ssh does, without refusing), once per file;
- the clock correction learned from the exchange's `Date` header is bounded at
  `MAX_CLOCK_CORRECTION_MS` (5 minutes): a `Date` further off moves the signing clock by that
  much only, and the log says so.
"""

from __future__ import annotations

import base64
import email.utils
import logging
import os
import threading
import time
from collections.abc import Generator
from typing import Any
from urllib.parse import urlsplit

import httpx
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from .client import AuthenticatedClient
from .environments import API_PATH

__all__ = [
    "AuthenticatedAsyncHTTPXClient",
    "AuthenticatedHTTPXClient",
    "KalshiAuth",
    "KalshiAuthenticatedClient",
    "PrivateKey",
    "api_key_from",
    "load_private_key",
    "load_private_key_file",
    "load_private_key_from_file",
    "load_private_key_from_string",
    "sign_pss_text",
]

PrivateKey = rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey

logger = logging.getLogger("kalshi_py")

CLOCK_SKEW_TOLERANCE_MS = 2_000  # an offset this small is left uncorrected
MAX_CLOCK_CORRECTION_MS = 300_000  # the most a server's Date header may move the signing clock
DATE_REREAD_S = 1.0  # a Date equal to the one read less than this long ago is not read again

_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def _pem_text(data: str | bytes) -> bytes:
    """PEM bytes from text as users hold it: with literal `\\n` (from an environment variable or
    a .env file), surrounding quotes or whitespace."""
    text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else data
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1].strip()
    if "\\n" in text:
        text = text.replace("\\r\\n", "\n").replace("\\n", "\n")
    return text.encode("utf-8")


def load_private_key(data: str | bytes, password: str | bytes | None = None) -> PrivateKey:
    """Load an RSA or Ed25519 private key from PEM text (PKCS#1 or PKCS#8, optionally encrypted).

    Raises `ValueError` naming the problem; the message never contains key material.
    """
    pem = _pem_text(data)
    if b"-----BEGIN" not in pem:
        raise ValueError(
            "the private key is not PEM text: expected a block starting with "
            "'-----BEGIN PRIVATE KEY-----' or '-----BEGIN RSA PRIVATE KEY-----'"
        )
    if b"PUBLIC KEY-----" in pem and b"PRIVATE KEY-----" not in pem:
        raise ValueError("the key given is a public key; signing needs the private key Kalshi gave you")
    if b"-----BEGIN CERTIFICATE" in pem and b"PRIVATE KEY-----" not in pem:
        raise ValueError("the PEM given is a certificate; signing needs the private key Kalshi gave you")
    secret = password.encode("utf-8") if isinstance(password, str) else password
    try:
        key = serialization.load_pem_private_key(pem, password=secret)
    except TypeError:
        if secret is None:
            raise ValueError("the private key is encrypted: pass its passphrase as password") from None
        raise ValueError("a passphrase was given but the private key is not encrypted") from None
    except ValueError:
        if secret is not None and b"ENCRYPTED" in pem:
            raise ValueError("the passphrase does not decrypt the private key") from None
        raise ValueError("the private key PEM is malformed or truncated and could not be loaded") from None
    except Exception:  # cryptography raises UnsupportedAlgorithm and others for odd inputs
        raise ValueError("the private key PEM could not be loaded") from None
    if isinstance(key, (rsa.RSAPrivateKey, ed25519.Ed25519PrivateKey)):
        return key
    kind = type(key).__name__.replace("_", "").replace("PrivateKey", "") or "unknown"
    raise ValueError(f"unsupported private key type {kind}: Kalshi API keys are RSA or Ed25519")


_warned_key_files: set[str] = set()
_warned_lock = threading.Lock()


def _warn_if_others_can_read(path: str | os.PathLike[str]) -> None:
    """Warn, once per file, when the group or other users have any access to a key file."""
    if os.name != "posix":
        return
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not mode & 0o077:
        return
    name = os.path.realpath(path)
    with _warned_lock:
        if name in _warned_key_files:
            return
        _warned_key_files.add(name)
    who = "other users" if mode & 0o007 else "its group"
    logger.warning(
        "private key file %s is accessible to %s (permissions %04o); anyone who can read it can trade "
        "as you. Restrict it with: chmod 600 %s",
        os.fspath(path),
        who,
        mode & 0o777,
        os.fspath(path),
    )


def load_private_key_file(path: str | os.PathLike[str], password: str | bytes | None = None) -> PrivateKey:
    """Load a private key from a PEM file; a missing file raises `ValueError` naming the path.

    A file its group or other users can access is loaded with a warning (see the module docstring).
    """
    _warn_if_others_can_read(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise ValueError(f"private key file not found: {os.fspath(path)}") from None
    except IsADirectoryError:
        raise ValueError(f"private key path is a directory, not a file: {os.fspath(path)}") from None
    except PermissionError:
        raise ValueError(f"private key file is not readable: {os.fspath(path)}") from None
    return load_private_key(data, password)


def api_key_from(
    access_key_id: str | None,
    private_key_path: str | os.PathLike[str] | None,
    private_key_data: str | bytes | None,
    password: str | bytes | None,
    *,
    key_id_variable: str,
    pem_variable: str,
    path_variable: str,
) -> tuple[str, str | bytes | PrivateKey]:
    """The key id and private key a client factory was given: `access_key_id`, else the
    environment variable `key_id_variable`; `private_key_path` or `private_key_data` (not both),
    else the PEM text in `pem_variable`, else the file named by `path_variable`. Raises
    `ValueError` naming what is missing."""
    key_id = access_key_id or os.environ.get(key_id_variable)
    if not key_id:
        raise ValueError(
            f"access_key_id must be provided or set in the {key_id_variable} environment variable"
        )
    if private_key_path and private_key_data:
        raise ValueError("Cannot specify both private_key_path and private_key_data")
    if private_key_path:
        return key_id, load_private_key_file(private_key_path, password)
    if private_key_data:
        return key_id, private_key_data
    if os.environ.get(pem_variable):
        return key_id, os.environ[pem_variable]
    if os.environ.get(path_variable):
        return key_id, load_private_key_file(os.environ[path_variable], password)
    raise ValueError(
        f"private_key_path, private_key_data, or the {pem_variable} (PEM text) or "
        f"{path_variable} (file path) environment variable must be provided"
    )


def load_private_key_from_file(file_path: str) -> PrivateKey:
    """kalshi-py 2.0.6.6's name for `load_private_key_file`."""
    return load_private_key_file(file_path)


def load_private_key_from_string(private_key_pem: str) -> PrivateKey:
    """kalshi-py 2.0.6.6's name for `load_private_key`."""
    return load_private_key(private_key_pem)


def sign_pss_text(private_key: rsa.RSAPrivateKey, text: str) -> str:
    """The base64 RSA-PSS (SHA-256, salt of digest length) signature of `text`, as in 2.0.6.6."""
    return base64.b64encode(private_key.sign(text.encode("utf-8"), _PSS, hashes.SHA256())).decode("ascii")


def _check_key_id(access_key_id: str) -> str:
    if not isinstance(access_key_id, str) or not access_key_id.strip():
        raise ValueError("access_key_id is empty: pass the API key id Kalshi shows beside the key")
    if "-----BEGIN" in access_key_id or "PRIVATE KEY" in access_key_id:
        raise ValueError(
            "access_key_id looks like a PEM private key: pass the key id (a UUID) as access_key_id "
            "and the PEM text as the private key"
        )
    if any(c.isspace() for c in access_key_id.strip()) or len(access_key_id) > 128:
        raise ValueError("access_key_id is not a key id: expected a short identifier such as a UUID")
    return access_key_id.strip()


class KalshiAuth(httpx.Auth):
    """Signs requests with a Kalshi API key. An `httpx.Auth`: hand it to any httpx client.

    `clock_offset_ms` is added to the local clock when stamping requests; the request pipeline
    sets it from the server's `Date` header when the local clock drifts.
    """

    requires_request_body = False
    requires_response_body = False

    def __init__(
        self,
        access_key_id: str,
        private_key_pem: str | bytes | PrivateKey,
        *,
        password: str | bytes | None = None,
    ) -> None:
        self.access_key_id = _check_key_id(access_key_id)
        if isinstance(private_key_pem, (rsa.RSAPrivateKey, ed25519.Ed25519PrivateKey)):
            self._key: PrivateKey = private_key_pem
        else:
            self._key = load_private_key(private_key_pem, password)
        self.key_type = "rsa" if isinstance(self._key, rsa.RSAPrivateKey) else "ed25519"
        self.clock_offset_ms = 0
        self._date_seen: tuple[str, float] | None = None  # the last Date read, and when

    def __repr__(self) -> str:
        return f"KalshiAuth(access_key_id={self.access_key_id!r}, key_type={self.key_type!r})"

    @property
    def private_key(self) -> PrivateKey:
        """The loaded private key object."""
        return self._key

    def public_key_pem(self) -> str:
        """The public half of the key as PEM (what Kalshi stores), safe to show."""
        public = self._key.public_key()
        return public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode()

    def learn_clock_offset(self, date: str | None) -> bool:
        """Set `clock_offset_ms` from an answer's `Date` header; True when it changed.

        An offset within `CLOCK_SKEW_TOLERANCE_MS` is left at 0, and one beyond
        `MAX_CLOCK_CORRECTION_MS` is corrected by that bound only, with a warning: a hostile or
        broken server cannot move the signing clock further.
        """
        if not date:
            return False
        now = time.monotonic()
        seen = self._date_seen
        if seen is not None and seen[0] == date and now - seen[1] < DATE_REREAD_S:
            return False  # the same second as the Date just read: it says nothing new
        self._date_seen = (date, now)
        try:
            server_ms = email.utils.parsedate_to_datetime(date).timestamp() * 1000 + 500
        except (TypeError, ValueError, IndexError, OverflowError):
            return False
        measured = int(server_ms - time.time() * 1000)
        offset = measured if abs(measured) > CLOCK_SKEW_TOLERANCE_MS else 0
        offset = max(-MAX_CLOCK_CORRECTION_MS, min(MAX_CLOCK_CORRECTION_MS, offset))
        if offset == self.clock_offset_ms:
            return False
        if offset != measured and offset:
            logger.warning(
                "the server's Date header puts the local clock %.0f s off, more than the %d s kalshi-py "
                "corrects; signing with a %d s correction only. Check this host's clock and the base URL",
                measured / 1000,
                MAX_CLOCK_CORRECTION_MS // 1000,
                offset // 1000,
            )
        else:
            logger.warning(
                "local clock is off by %d ms from the exchange; signing with corrected timestamps", measured
            )
        self.clock_offset_ms = offset
        return True

    def timestamp_ms(self) -> int:
        """The timestamp to sign: the local clock corrected by `clock_offset_ms`."""
        return time.time_ns() // 1_000_000 + self.clock_offset_ms

    def sign(self, message: str) -> str:
        """The base64 signature of `message`."""
        return self._signature(message.encode("utf-8")).decode("ascii")

    def _signature(self, data: bytes) -> bytes:
        if isinstance(self._key, rsa.RSAPrivateKey):
            return base64.b64encode(self._key.sign(data, _PSS, hashes.SHA256()))
        return base64.b64encode(self._key.sign(data))

    def headers_for(self, method: str, path: str) -> dict[str, str]:
        """The `KALSHI-ACCESS-*` headers for `method` on the URL path `path` (query excluded)."""
        path = path.split("?", 1)[0]
        timestamp = str(self.timestamp_ms())
        return {
            "KALSHI-ACCESS-KEY": self.access_key_id,
            "KALSHI-ACCESS-SIGNATURE": self.sign(timestamp + method.upper() + path),
            "KALSHI-ACCESS-TIMESTAMP": timestamp,
        }

    def _header_pairs(self, method: str, path: str) -> list[tuple[bytes, bytes]]:
        """`headers_for` as the byte pairs a request is written with; `method` in capitals and
        `path` without its query, as a request holds them."""
        timestamp = b"%d" % self.timestamp_ms()
        signature = self._signature(timestamp + method.encode("ascii") + path.encode("utf-8"))
        return [
            (b"KALSHI-ACCESS-KEY", self.access_key_id.encode("utf-8")),
            (b"KALSHI-ACCESS-SIGNATURE", signature),
            (b"KALSHI-ACCESS-TIMESTAMP", timestamp),
        ]

    def get_auth_headers(self, method: str, url: str) -> dict[str, str]:
        """Headers for `method` on `url`: a full URL, an absolute path, or a path relative to
        `/trade-api/v2` (as kalshi-py 2.0.6.6 accepted)."""
        if "://" in url:
            path = urlsplit(url).path
        else:
            path = url if url.startswith("/") else "/" + url
            if not path.startswith("/trade-api/"):
                path = API_PATH + path
        return self.headers_for(method, path)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        request.headers.update(self.headers_for(request.method, path))
        yield request


class AuthenticatedHTTPXClient(httpx.Client):
    """An `httpx.Client` whose every request is signed by `kalshi_auth`."""

    def __init__(self, kalshi_auth: KalshiAuth, **kwargs: Any) -> None:
        kwargs.setdefault("auth", kalshi_auth)
        super().__init__(**kwargs)
        self.kalshi_auth = kalshi_auth


class AuthenticatedAsyncHTTPXClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` whose every request is signed by `kalshi_auth`."""

    def __init__(self, kalshi_auth: KalshiAuth, **kwargs: Any) -> None:
        kwargs.setdefault("auth", kalshi_auth)
        super().__init__(**kwargs)
        self.kalshi_auth = kalshi_auth


class KalshiAuthenticatedClient(AuthenticatedClient):
    """A client that signs every request with a Kalshi API key.

    `KalshiAuthenticatedClient(access_key_id, private_key_pem, base_url=...)`; the key may be
    PEM text (PKCS#1 or PKCS#8, RSA or Ed25519, with `password=` when encrypted) or a loaded key
    object. Other keyword arguments are those of `Client`.
    """

    def __init__(
        self,
        access_key_id: str,
        private_key_pem: str | bytes | PrivateKey,
        base_url: str | None = None,
        *,
        password: str | bytes | None = None,
        **kwargs: Any,
    ) -> None:
        self.auth = KalshiAuth(access_key_id, private_key_pem, password=password)
        kwargs.setdefault("token", "")
        super().__init__(base_url=base_url, **kwargs)

    @property
    def access_key_id(self) -> str:
        return self.auth.access_key_id

    def _httpx_auth(self) -> httpx.Auth | None:
        return self.auth

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def __repr__(self) -> str:
        return f"KalshiAuthenticatedClient(base_url={self.base_url!r}, access_key_id={self.access_key_id!r})"
