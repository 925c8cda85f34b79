"""The TLS settings of a client: what its httpx clients and its own connections verify with."""

from __future__ import annotations

import functools
import os
import ssl

import httpx

__all__ = ["connection_context", "ssl_context"]


@functools.lru_cache(maxsize=16)
def _trusted_context(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    if cafile is None and capath is None:
        return httpx.create_ssl_context(verify=True, trust_env=True)
    return ssl.create_default_context(cafile=cafile, capath=capath)


def ssl_context(verify: str | bool | ssl.SSLContext) -> ssl.SSLContext | bool:
    """What httpx takes for `verify_ssl`: a CA bundle path becomes a context (httpx deprecates
    paths), and the default context is built once per process (loading the CA store is slow)."""
    if isinstance(verify, ssl.SSLContext) or verify is False:
        return verify
    if verify is True:
        return _trusted_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    path = os.fspath(verify)
    if os.path.isdir(path):
        return _trusted_context(None, path)
    if not os.path.isfile(path):
        raise ValueError(f"verify_ssl: no CA bundle at {path}")
    return _trusted_context(path, None)


_UNVERIFIED: ssl.SSLContext | None = None


def connection_context(verify: ssl.SSLContext | bool) -> ssl.SSLContext:
    """The context kalshi-py's own TLS connections use: the client's, or one that checks nothing
    (`verify_ssl=False`)."""
    global _UNVERIFIED  # noqa: PLW0603 - built once per process, like the verifying context
    if isinstance(verify, ssl.SSLContext):
        return verify
    if _UNVERIFIED is None:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        _UNVERIFIED = context
    return _UNVERIFIED
