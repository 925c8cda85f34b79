"""Deprecated: `kalshi_sim.faults` (see `kalshi_py.sim`)."""

from kalshi_sim.faults import Faults, FaultStats, RateLimiter

__all__ = ["FaultStats", "Faults", "RateLimiter"]
