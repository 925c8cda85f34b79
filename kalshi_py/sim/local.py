"""Deprecated: `kalshi_sim` (see `kalshi_py.sim`)."""

from kalshi_sim.auth import generate_private_key_pem
from kalshi_sim.harness.credentials import Credentials
from kalshi_sim.harness.local import ExposedExchangeWarning, LocalExchange, is_loopback

__all__ = [
    "Credentials",
    "ExposedExchangeWarning",
    "LocalExchange",
    "generate_private_key_pem",
    "is_loopback",
]
