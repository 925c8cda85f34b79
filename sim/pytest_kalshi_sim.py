"""The pytest plugin of kalshi-sim: the fixtures `kalshi_exchange` and `kalshi_client`.

This module is what the `pytest11` entry point loads, so it imports nothing at load time: the
fixtures (`kalshi_sim.harness.pytest_plugin`) are registered when pytest configures, after
pytest has set up its paths, so a checkout's source is used before an installed copy.
"""

from __future__ import annotations

import pytest

__all__ = ["pytest_configure"]

FIXTURES = "kalshi_sim.harness.pytest_plugin"


def pytest_configure(config: pytest.Config) -> None:
    import importlib

    fixtures = importlib.import_module(FIXTURES)
    if not config.pluginmanager.is_registered(fixtures):
        config.pluginmanager.register(fixtures, FIXTURES)
