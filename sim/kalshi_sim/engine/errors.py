"""`ExchangeError`: a request the exchange refuses, with the HTTP status and Kalshi error code
each front answers it with."""

from __future__ import annotations

__all__ = ["ExchangeError"]


class ExchangeError(Exception):
    """A request the exchange refuses, with the HTTP status and Kalshi error code it answers."""

    def __init__(self, status: int, code: str, message: str, details: str = "") -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details
