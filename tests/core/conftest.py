"""Fixtures of the core tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .loopback import self_signed_tls


@pytest.fixture(scope="session", autouse=True)
def small_default_ca_bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point httpx's default CA bundle (`SSL_CERT_FILE`) at one throwaway certificate.

    The loopback servers speak plain HTTP, yet every `httpx.Client` parses its CA bundle when it
    is created; certifi's takes about 0.1 s here, and these tests create hundreds of clients.
    No test trusts this certificate: `verify_ssl=True` still refuses an unknown one.
    """
    _, cert = self_signed_tls(tmp_path_factory.mktemp("default-ca"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SSL_CERT_FILE", str(cert))
        yield cert
