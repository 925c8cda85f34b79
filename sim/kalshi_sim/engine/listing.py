"""The catalogue of one exchange: series, their events and the events' markets, listed and
looked up. How a market trades and ends is `markets.py`'s."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from ..rules import MARKET_STATUSES
from .announcer import Announcer
from .clock import Clock
from .errors import ExchangeError
from .events import MarketLifecycle
from .inputs import to_decimal
from .objects import GRIDS, Event, Market, PriceRange, Series

__all__ = ["Listing"]


class Listing:
    """Series, events and markets by ticker."""

    def __init__(self, clock: Clock, announcer: Announcer) -> None:
        self._clock = clock
        self._announcer = announcer
        self.series: dict[str, Series] = {}
        self.events: dict[str, Event] = {}
        self.markets: dict[str, Market] = {}

    def market(self, ticker: str) -> Market:
        try:
            return self.markets[ticker]
        except KeyError:
            raise ExchangeError(404, "not_found", f"no market {ticker}") from None

    def fee_rate(self, market: Market) -> Decimal:
        """The largest rate an order in `market` can be charged (taker or maker)."""
        series = self.series[market.series_ticker]
        return max(series.taker_fee_rate, series.maker_fee_rate)

    def add_series(
        self,
        ticker: str,
        *,
        title: str = "",
        category: str = "",
        frequency: str = "daily",
        fee_type: str = "quadratic",
        fee_multiplier: Decimal | str | int = 1,
        tags: Sequence[str] = (),
        settlement_sources: Sequence[Mapping[str, str]] = (),
    ) -> Series:
        if ticker in self.series:
            raise ExchangeError(409, "already_exists", f"series {ticker} already exists")
        series = Series(
            ticker=ticker,
            title=title or ticker,
            category=category,
            frequency=frequency,
            fee_type=fee_type,
            fee_multiplier=to_decimal(fee_multiplier, "fee_multiplier", "invalid_parameters"),
            tags=list(tags),
            settlement_sources=[dict(s) for s in settlement_sources],
            contract_url=f"https://kalshi.com/contracts/{ticker}.pdf",
            contract_terms_url=f"https://kalshi.com/contract_terms/{ticker}.pdf",
            last_updated_ts=self._clock.now(),
        )
        self.series[ticker] = series
        return series

    def add_event(
        self,
        event_ticker: str,
        series_ticker: str,
        *,
        title: str = "",
        sub_title: str = "",
        mutually_exclusive: bool = False,
        strike_date: float | None = None,
    ) -> Event:
        if event_ticker in self.events:
            raise ExchangeError(409, "already_exists", f"event {event_ticker} already exists")
        series = self.series.get(series_ticker)
        if series is None:
            raise ExchangeError(404, "not_found", f"no series {series_ticker}")
        event = Event(
            event_ticker=event_ticker,
            series_ticker=series_ticker,
            title=title or event_ticker,
            sub_title=sub_title,
            category=series.category,
            mutually_exclusive=mutually_exclusive,
            strike_date=strike_date,
            last_updated_ts=self._clock.now(),
        )
        self.events[event_ticker] = event
        return event

    def add_market(
        self,
        ticker: str,
        event_ticker: str,
        *,
        price_ranges: Sequence[tuple[Decimal | str, Decimal | str, Decimal | str]] | None = None,
        price_level_structure: str = "linear_cent",
        status: str = "active",
        title: str = "",
        yes_sub_title: str = "",
        no_sub_title: str = "",
        rules_primary: str = "",
        open_time: float | None = None,
        close_time: float | None = None,
        strike_type: str | None = None,
        floor_strike: Decimal | None = None,
        cap_strike: Decimal | None = None,
    ) -> Market:
        """List a market. `price_ranges` are (start, end, step) triples; default is the
        grid named by `price_level_structure`."""
        if ticker in self.markets:
            raise ExchangeError(409, "already_exists", f"market {ticker} already exists")
        event = self.events.get(event_ticker)
        if event is None:
            raise ExchangeError(404, "not_found", f"no event {event_ticker}")
        if status not in MARKET_STATUSES:
            raise ExchangeError(400, "invalid_parameters", f"unknown market status {status!r}")
        if price_ranges is None:
            if price_level_structure not in GRIDS:
                raise ExchangeError(400, "invalid_parameters", f"unknown grid {price_level_structure!r}")
            grid = GRIDS[price_level_structure]
        else:
            grid = tuple(
                PriceRange(
                    to_decimal(a, "price range start", "invalid_parameters"),
                    to_decimal(b, "price range end", "invalid_parameters"),
                    to_decimal(c, "price range step", "invalid_parameters"),
                )
                for a, b, c in price_ranges
            )
            if not grid or any(r.step <= 0 or r.start > r.end for r in grid):
                raise ExchangeError(400, "invalid_parameters", "price_ranges must be non-empty bands")
        now = self._clock.now()
        opened = now if open_time is None else open_time
        closes = now + 86400 if close_time is None else close_time
        market = Market(
            ticker=ticker,
            event_ticker=event_ticker,
            series_ticker=event.series_ticker,
            price_ranges=grid,
            price_level_structure=price_level_structure,
            status=status,
            title=title or ticker,
            yes_sub_title=yes_sub_title,
            no_sub_title=no_sub_title or yes_sub_title,
            rules_primary=rules_primary
            or f"If {yes_sub_title or ticker} happens, the market resolves to Yes.",
            strike_type=strike_type,
            floor_strike=floor_strike,
            cap_strike=cap_strike,
            created_time=now,
            updated_time=now,
            open_time=opened,
            close_time=closes,
            expected_expiration_time=closes,
            latest_expiration_time=closes + 7 * 86400,
        )
        self.markets[ticker] = market
        event.market_tickers.append(ticker)
        with self._announcer.transaction():
            self._announcer.emit(
                MarketLifecycle(
                    ticker, "created", self._clock.book, int(now), open_ts=int(opened), close_ts=int(closes)
                )
            )
        return market

    def generate_markets(self, n: int, *, series_ticker: str = "KXSIMGEN") -> list[Market]:
        """List `n` plain active linear-cent markets with empty books, 100 per event."""
        if n < 0:
            raise ValueError(f"n must not be negative, got {n}")
        if series_ticker not in self.series:
            self.add_series(series_ticker, title="Generated markets", category="Simulation")
        made: list[Market] = []
        start = sum(1 for t in self.markets if t.startswith(f"{series_ticker}-"))
        for index in range(start, start + n):
            event_ticker = f"{series_ticker}-E{index // 100:05d}"
            if event_ticker not in self.events:
                self.add_event(event_ticker, series_ticker, title=f"Generated event {index // 100}")
            made.append(
                self.add_market(
                    f"{event_ticker}-M{index % 100:02d}", event_ticker, yes_sub_title=f"Outcome {index}"
                )
            )
        return made
