"""Fixtures of the `kalshi` command's tests: local exchanges on loopback and an account on each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kalshi_sim import LocalExchange

from .cli_support import Kalshi, make_kalshi


@pytest.fixture(scope="module")
def quiet_exchange() -> Iterator[LocalExchange]:
    """A local exchange without background trading: its state changes only when a test acts."""
    with LocalExchange(seed=3) as exchange:
        yield exchange


@pytest.fixture(scope="module")
def busy_exchange() -> Iterator[LocalExchange]:
    """A local exchange with background trading, for the live commands."""
    with LocalExchange(seed=4, activity=40) as exchange:
        yield exchange


@pytest.fixture
def kalshi(quiet_exchange: LocalExchange, tmp_path: Path) -> Kalshi:
    """`kalshi` as a fresh account of the quiet exchange."""
    return make_kalshi(quiet_exchange, tmp_path)


@pytest.fixture
def busy_kalshi(busy_exchange: LocalExchange, tmp_path: Path) -> Kalshi:
    """`kalshi` as a fresh account of the busy exchange."""
    return make_kalshi(busy_exchange, tmp_path)
