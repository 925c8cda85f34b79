"""Deprecated: `kalshi_sim.harness.command` (see `kalshi_py.sim`)."""

from kalshi_sim.harness.command import app, main

__all__ = ["app", "main"]
