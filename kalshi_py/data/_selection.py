"""Which markets a recording follows: given tickers, the open markets of events or series, or
every open market; and whether a market announced later by the lifecycle channel belongs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..api.events import get_event
from ..api.market import get_market, get_markets
from ..client import Client
from ..pagination import paginate
from ..types import UNSET

__all__ = ["MarketSelection"]


@dataclass
class MarketSelection:
    """Markets to record: `market_tickers` as given, plus the open markets of `event_tickers` and
    `series_tickers`, or every open market (`all_markets`)."""

    market_tickers: Sequence[str] = ()
    event_tickers: Sequence[str] = ()
    series_tickers: Sequence[str] = ()
    all_markets: bool = False
    _event_series: dict[str, str | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not (self.market_tickers or self.event_tickers or self.series_tickers or self.all_markets):
            raise ValueError("choose markets to record: market tickers, event tickers, series tickers or all")

    @property
    def grows(self) -> bool:
        """Whether markets listed later can belong (everything but a fixed list of tickers)."""
        return self.all_markets or bool(self.event_tickers or self.series_tickers)

    def describe(self) -> dict[str, Any]:
        return {
            "market_tickers": list(self.market_tickers),
            "event_tickers": list(self.event_tickers),
            "series_tickers": list(self.series_tickers),
            "all_markets": self.all_markets,
        }

    async def resolve(self, client: Client) -> list[str]:
        """The tickers to record now."""
        found = list(dict.fromkeys(self.market_tickers))
        queries: list[dict[str, Any]] = []
        if self.all_markets:
            queries.append({})
        else:
            queries += [{"event_ticker": e} for e in self.event_tickers]
            queries += [{"series_ticker": s} for s in self.series_tickers]
        for query in queries:
            async for market in paginate(get_markets, client=client, status="open", **query):
                if market.ticker is not UNSET and market.ticker not in found:
                    found.append(market.ticker)
        return found

    async def wants(self, client: Client, market_ticker: str) -> bool:
        """Whether a market announced after the start belongs to the selection."""
        if self.all_markets:
            return True
        if not (self.event_tickers or self.series_tickers):
            return False
        market = (await get_market.asyncio(client=client, ticker=market_ticker)).market
        event_ticker = market.event_ticker if market is not UNSET else UNSET
        if event_ticker is UNSET:
            return False
        if event_ticker in self.event_tickers:
            return True
        if not self.series_tickers:
            return False
        if event_ticker not in self._event_series:
            event = (await get_event.asyncio(client=client, event_ticker=event_ticker)).event
            series = event.series_ticker if event is not UNSET else UNSET
            self._event_series[event_ticker] = None if series is UNSET else series
        return self._event_series[event_ticker] in self.series_tickers
