"""The local Kalshi exchange: an in-memory exchange core (`Exchange`) to test bots against."""

from .engine import Exchange, ExchangeError

__all__ = ["Exchange", "ExchangeError"]
