"""Deprecated: `kalshi_sim.auth` (see `kalshi_py.sim`)."""

from kalshi_sim.auth import (
    DEFAULT_TOLERANCE_MS,
    ApiKey,
    AuthenticationError,
    KeyRing,
    PublicKey,
    load_public_key,
)

__all__ = ["DEFAULT_TOLERANCE_MS", "ApiKey", "AuthenticationError", "KeyRing", "PublicKey", "load_public_key"]
