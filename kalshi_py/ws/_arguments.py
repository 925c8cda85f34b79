"""The consumer's arguments to a command, checked before anything is sent: a mistake is a
`ValueError` that names it, raised the same by the asyncio and the blocking client."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .messages import SubscribeParams, UpdateSubscriptionParams

__all__ = [
    "MARKET_ACTIONS",
    "channel_names",
    "check_subscribe_params",
    "check_update_params",
    "market_tickers",
]

MARKET_ACTIONS = ("add_markets", "delete_markets", "get_snapshot")
"""The update_subscription actions that need market tickers."""


def channel_names(channels: str | Sequence[str]) -> list[str]:
    names = [channels] if isinstance(channels, str) else list(channels)
    if not names or not all(isinstance(c, str) and c for c in names):
        raise ValueError("subscribe needs at least one channel name, e.g. ['orderbook_delta']")
    return names


def market_tickers(market_tickers: str | Sequence[str] | None, market_ticker: Any = None) -> list[str] | None:
    """`market_tickers` (one or several) and a `market_ticker` keyword, without repeats; None if
    there are none."""
    tickers: list[Any] = []
    if isinstance(market_tickers, str):
        tickers.append(market_tickers)
    elif market_tickers is not None:
        tickers.extend(market_tickers)
    if market_ticker:
        tickers.append(market_ticker)
    if not all(isinstance(t, str) and t for t in tickers):
        raise ValueError("market tickers must be non-empty strings")
    return list(dict.fromkeys(tickers)) or None


def check_subscribe_params(names: list[str], params: dict[str, Any]) -> None:
    try:
        SubscribeParams(channels=names, **params)
    except TypeError as exc:
        raise ValueError(f"unknown subscribe parameter: {exc}") from None


def check_update_params(action: str, tickers: list[str] | None, params: dict[str, Any]) -> None:
    if action in MARKET_ACTIONS and not tickers:
        raise ValueError(f"update_subscription {action} needs market_tickers")
    try:
        UpdateSubscriptionParams(action=action, **params)
    except TypeError as exc:
        raise ValueError(f"unknown update_subscription parameter: {exc}") from None
