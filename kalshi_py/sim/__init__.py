"""Deprecated: the local exchange is its own distribution now, kalshi-sim, imported as `kalshi_sim`
(installed by the `sim` and `cli` extras). These modules stay for a deprecation period:

    kalshi_py.sim                 -> kalshi_sim (Exchange, ExchangeError)
    kalshi_py.sim.local           -> kalshi_sim (LocalExchange, Credentials)
    kalshi_py.sim.faults          -> kalshi_sim.faults
    kalshi_py.sim.engine          -> kalshi_sim.engine
    kalshi_py.sim.events          -> kalshi_sim.engine
    kalshi_py.sim.auth            -> kalshi_sim.auth
    kalshi_py.sim.cli             -> kalshi_sim.harness.command
    kalshi_py.sim.pytest_plugin   -> kalshi_sim.harness.pytest_plugin (loaded by kalshi-sim itself)
"""

from __future__ import annotations

import warnings

warnings.warn(
    "kalshi_py.sim is deprecated and will be removed: the local exchange is the kalshi-sim "
    "distribution now; import kalshi_sim instead (from kalshi_sim import LocalExchange)",
    DeprecationWarning,
    stacklevel=2,
)

try:
    from kalshi_sim.engine import Exchange, ExchangeError
except ImportError as exc:  # pragma: no cover - a base install without the sim extra
    raise ImportError(f"the local exchange is not installed ({exc}): pip install 'kalshi-py[sim]'") from exc

__all__ = ["Exchange", "ExchangeError"]
