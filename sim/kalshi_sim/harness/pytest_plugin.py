"""pytest fixtures for testing against the local exchange (registered as a `pytest11` plugin).

- `kalshi_exchange`: a running `LocalExchange` (REST, WebSocket and FIX), fresh for each test (it
  starts in well under a second). Mark a test `@pytest.mark.kalshi_exchange(seed=3, tier="basic",
  activity=5)` to pass arguments to `LocalExchange` (`fix_tls=True`, ...).
- `kalshi_client`: a `KalshiAuthenticatedClient` for a new funded account on `kalshi_exchange`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kalshi_py import KalshiAuthenticatedClient

from .local import LocalExchange

__all__ = ["kalshi_client", "kalshi_exchange"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "kalshi_exchange(**kwargs): arguments for the kalshi_exchange fixture's LocalExchange"
    )


@pytest.fixture
def kalshi_exchange(request: pytest.FixtureRequest) -> Iterator[LocalExchange]:
    """A running local exchange, stopped after the test."""
    marker = request.node.get_closest_marker("kalshi_exchange")
    kwargs: dict[str, Any] = dict(marker.kwargs) if marker is not None else {}
    with LocalExchange(**kwargs) as exchange:
        yield exchange


@pytest.fixture
def kalshi_client(kalshi_exchange: LocalExchange) -> Iterator[KalshiAuthenticatedClient]:
    """A signed client for a new funded account on `kalshi_exchange`."""
    client = kalshi_exchange.client()
    try:
        yield client
    finally:
        close = getattr(client, "close", None)
        if callable(close):
            close()
