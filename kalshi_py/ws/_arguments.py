"""The consumer's arguments to a command, checked before anything is sent: a mistake is a
`ValueError` that names it, raised the same by the asyncio and the blocking client."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "channel_names",
    "check_subscribe_params",
    "check_update_params",
    "market_tickers",
]


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


def check_subscribe_params(params_type: type[Any], names: list[str], params: dict[str, Any]) -> None:
    """Refuse a parameter the dialect's subscribe `params_type` does not have."""
    try:
        params_type(channels=names, **params)
    except TypeError as exc:
        raise ValueError(f"unknown subscribe parameter: {exc}") from None


def check_update_params(
    params_type: type[Any],
    market_actions: tuple[str, ...],
    action: str,
    tickers: list[str] | None,
    params: dict[str, Any],
) -> None:
    """Refuse an action of `market_actions` without markets, or a parameter `params_type` (the
    dialect's `update_subscription` parameters) does not have."""
    if action in market_actions and not tickers:
        raise ValueError(f"update_subscription {action} needs market_tickers")
    try:
        params_type(action=action, **params)
    except TypeError as exc:
        raise ValueError(f"unknown update_subscription parameter: {exc}") from None
