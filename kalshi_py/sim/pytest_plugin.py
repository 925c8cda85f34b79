"""Deprecated: kalshi-sim registers its pytest plugin itself (see `kalshi_py.sim`)."""

from kalshi_sim.harness.pytest_plugin import kalshi_client, kalshi_exchange, pytest_configure

__all__ = ["kalshi_client", "kalshi_exchange", "pytest_configure"]
