"""The bulk of the seeded catalogue: many series with events through their whole life, so a new
exchange lists well over a thousand markets, as Kalshi does, and paging code meets several pages.

Each series lays out its events around the exchange clock's day: past ones settled (one bracket
of a mutually exclusive event resolves YES), the latest past one closed and waiting for its
result, current ones open with a thin two-sided house quote, and the next ones not yet open.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Literal

from ..engine import Exchange

__all__ = ["list_bulk"]

DAY = 86400
HOUR = 3600
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class _Series:
    """A bulk series: how its events are spaced and how its markets are struck."""

    ticker: str
    title: str
    category: str
    frequency: str
    tags: tuple[str, ...]
    source: tuple[str, str]
    spacing: int
    """Seconds between two events' closes."""
    past: int
    """Events already over: all settled but the last, which is closed."""
    open: int
    """Events trading now."""
    unopened: int
    """Events listed but not open yet."""
    strikes: Callable[[random.Random], list[tuple[str, str]]]
    """(ticker suffix, YES subtitle) of each market of one event, in order."""
    event_code: Callable[[datetime], str]
    kind: Literal["brackets", "thresholds", "teams"]
    """Brackets and teams resolve exactly one market YES; thresholds every one below the outcome."""
    close_hour: int = 21
    grid: str = "linear_cent"


def _day(moment: datetime) -> str:
    return f"{moment:%y}{MONTHS[moment.month - 1]}{moment:%d}"


def _day_hour(moment: datetime) -> str:
    return f"{_day(moment)}{moment:%H}"


def _month(moment: datetime) -> str:
    return f"{moment:%y}{MONTHS[moment.month - 1]}"


Strikes = Callable[[random.Random], list[tuple[str, str]]]


def _brackets(low: int, step: int, count: int, unit: str = "") -> Strikes:
    """`count` brackets from about `low` upwards, `step` wide, the first and last open-ended."""

    def strikes(rng: random.Random) -> list[tuple[str, str]]:
        start = low + step * rng.randint(-2, 2)
        found = [(f"T{start}", f"{start}{unit} or below")]
        for k in range(count - 2):
            bottom = start + step * k
            found.append((f"B{bottom + step / 2:g}", f"{bottom}{unit} to {bottom + step}{unit}"))
        top = start + step * (count - 2)
        found.append((f"T{top}", f"{top}{unit} or above"))
        return found

    return strikes


def _thresholds(values: Sequence[str], unit: str = "") -> Strikes:
    def strikes(rng: random.Random) -> list[tuple[str, str]]:
        return [(f"T{v}", f"Above {v}{unit}") for v in values]

    return strikes


def _teams(names: Sequence[str], draw: bool = False) -> Strikes:
    def strikes(rng: random.Random) -> list[tuple[str, str]]:
        away, home = rng.sample(list(names), 2)
        return [(away, away), (home, home), *([("TIE", "Draw")] if draw else [])]

    return strikes


WEATHER = ("Climate and Weather", ("National Weather Service", "https://www.weather.gov/"))
BLS = ("Economics", ("Bureau of Labor Statistics", "https://www.bls.gov/"))
CRYPTO = ("Crypto", ("CF Benchmarks", "https://www.cfbenchmarks.com/"))
ESPN = ("Sports", ("ESPN", "https://www.espn.com"))
NFL = ("KC", "BUF", "PHI", "SF", "DAL", "BAL", "DET", "GB", "MIA", "CIN", "LAR", "NYJ")
NHL = ("BOS", "NYR", "TOR", "EDM", "COL", "VGK", "FLA", "DAL", "CAR", "NJ")
EPL = ("ARS", "MCI", "LIV", "CHE", "TOT", "MUN", "NEW", "AVL")
CITIES = (
    ("CHI", "Chicago", 30),
    ("MIA", "Miami", 76),
    ("LAX", "Los Angeles", 66),
    ("AUS", "Austin", 60),
    ("DEN", "Denver", 44),
    ("PHIL", "Philadelphia", 42),
)


def _one(  # noqa: PLR0917 - the arguments are the columns of the series table below
    ticker: str,
    title: str,
    where: tuple[str, tuple[str, str]],
    frequency: str,
    tag: str,
    lifecycle: tuple[int, int, int, int],
    strikes: tuple[Literal["brackets", "thresholds", "teams"], Strikes],
    event_code: Callable[[datetime], str] = _day,
    close_hour: int = 21,
    grid: str = "linear_cent",
) -> _Series:
    """A series from its table row: `lifecycle` is (spacing, past, open, unopened)."""
    spacing, past, opened, unopened = lifecycle
    kind, strike = strikes
    category, source = where
    return _Series(
        ticker, title, category, frequency, (tag,), source, spacing, past, opened, unopened, strike,
        event_code, kind, close_hour, grid,
    )  # fmt: skip


def _series() -> list[_Series]:
    daily, hourly, weekly, monthly = (DAY, 6, 2, 1), (HOUR, 12, 6, 6), (7 * DAY, 5, 1, 1), (30 * DAY, 4, 1, 1)
    stocks = ("Financials", ("S&P Dow Jones Indices", "https://www.spglobal.com/"))
    markets = ("Financials", ("CME Group", "https://www.cmegroup.com/"))
    at_four = lambda moment: f"{_day(moment)}H1600"  # noqa: E731
    return [
        *(
            _one(f"KXHIGH{code}", f"Highest temperature in {name} today?", WEATHER, "daily", "Weather", daily,
                 ("brackets", _brackets(normal, 2, 6, "°")))
            for code, name, normal in CITIES
        ),
        _one("KXRAINNYC", "Rain in NYC this month?", WEATHER, "monthly", "Weather", (30 * DAY, 3, 1, 1),
             ("thresholds", _thresholds(("1", "2", "3", "4", "5"), " inches")), _month),
        _one("KXPAYROLLS", "Jobs added this month", BLS, "monthly", "Jobs", monthly,
             ("thresholds", _thresholds(("0", "50000", "100000", "150000", "200000"))), _month, 13),
        _one("KXU3", "Unemployment rate", BLS, "monthly", "Jobs", monthly,
             ("thresholds", _thresholds(("3.9", "4.0", "4.1", "4.2", "4.3", "4.4"), "%")), _month, 13),
        _one("KXJOBLESS", "Initial jobless claims", BLS, "weekly", "Jobs", weekly,
             ("thresholds", _thresholds(("200000", "210000", "220000", "230000", "240000"))), _day, 13),
        _one("KXGDP", "GDP growth this quarter", BLS, "quarterly", "GDP", (91 * DAY, 3, 1, 1),
             ("thresholds", _thresholds(("0.0", "1.0", "2.0", "3.0", "4.0"), "%")), _month, 13,
             "tapered_deci_cent"),
        _one("KXINX", "S&P 500 at the close", stocks, "daily", "Stocks", daily,
             ("brackets", _brackets(6000, 25, 10)), at_four, 21, "deci_cent"),
        _one("KXNASDAQ100", "Nasdaq-100 at the close", stocks, "daily", "Stocks", daily,
             ("brackets", _brackets(21000, 100, 10)), at_four, 21, "deci_cent"),
        _one("KXWTI", "WTI crude oil at the close", markets, "daily", "Oil", daily,
             ("brackets", _brackets(70, 1, 8)), _day, 19),
        _one("KXUSDJPY", "USD/JPY at the close", markets, "daily", "Currencies", daily,
             ("brackets", _brackets(150, 1, 8))),
        _one("KXETH", "Ethereum price at the hour", CRYPTO, "hourly", "ETH", hourly,
             ("brackets", _brackets(3500, 50, 6)), _day_hour, 0, "deci_cent"),
        _one("KXBTCD", "Bitcoin price today at 5pm ET", CRYPTO, "daily", "BTC", daily,
             ("brackets", _brackets(95000, 1000, 8)), lambda moment: f"{_day(moment)}17", 22, "deci_cent"),
        _one("KXNFLGAME", "Professional Football Game", ESPN, "weekly", "Football", (DAY, 8, 4, 4),
             ("teams", _teams(NFL)), _day, 1),
        _one("KXNHLGAME", "Professional Hockey Game", ESPN, "daily", "Hockey", (DAY // 2, 8, 4, 4),
             ("teams", _teams(NHL)), _day, 3),
        _one("KXEPLGAME", "English Premier League Game", ("Sports", ("Premier League", "https://www.premierleague.com/")),
             "weekly", "Soccer", (DAY, 6, 3, 3), ("teams", _teams(EPL, draw=True)), _day, 17),
        _one("KXAPPROVE", "Presidential approval rating", ("Politics", ("RealClearPolitics",
             "https://www.realclearpolling.com/")), "weekly", "Approval", weekly,
             ("brackets", _brackets(42, 1, 6, "%")), _day, 17),
        _one("KXRTSCORE", "Rotten Tomatoes score", ("Entertainment", ("Rotten Tomatoes",
             "https://www.rottentomatoes.com/")), "weekly", "Movies", (7 * DAY, 4, 1, 1),
             ("thresholds", _thresholds(("60", "70", "80", "90"), "%")), _day, 17),
    ]  # fmt: skip


def list_bulk(exchange: Exchange, seed: int, houses: Sequence[str]) -> None:
    """List every bulk series' events and markets on `exchange`, quoted by `houses` (two ids)."""
    rng = random.Random(seed * 104729 + 3)  # noqa: S311 - a reproducible catalogue, not secrets
    now = int(exchange.time())
    anchor = now // DAY * DAY
    for series in _series():
        exchange.add_series(
            series.ticker,
            title=series.title,
            category=series.category,
            frequency=series.frequency,
            tags=series.tags,
            settlement_sources=[{"name": series.source[0], "url": series.source[1]}],
        )
        first_close = anchor + series.close_hour * HOUR
        if series.spacing < DAY:
            first_close = now // series.spacing * series.spacing + series.spacing
        for index in range(-series.past, series.open + series.unopened):
            close = first_close + index * series.spacing
            if index < -1:
                status = "finalized"
            elif index == -1:
                status = "closed"
            else:
                status = "active" if index < series.open else "initialized"
            _list_event(exchange, rng, series, close=close, status=status, houses=houses)


def _list_event(
    exchange: Exchange,
    rng: random.Random,
    series: _Series,
    *,
    close: int,
    status: str,
    houses: Sequence[str],
) -> None:
    """One event of `series` closing at `close`, its markets walked to `status`."""
    moment = datetime.fromtimestamp(close, tz=timezone.utc)
    for _ in range(100):  # two games on one day are between other teams
        strikes = series.strikes(rng)
        teams = "".join(suffix for suffix, _ in strikes[:2]) if series.kind == "teams" else ""
        event_ticker = f"{series.ticker}-{series.event_code(moment)}{teams}"
        if event_ticker not in exchange.events:
            break
    else:
        raise ValueError(f"{series.ticker} lists two events as {event_ticker}")
    exclusive = series.kind != "thresholds"
    exchange.add_event(
        event_ticker,
        series.ticker,
        title=f"{series.title} ({moment:%b %d, %Y %H:%M} UTC)",
        mutually_exclusive=exclusive,
        strike_date=close,
    )
    winner = rng.randrange(len(strikes))
    now = int(exchange.time())
    opened = close - series.spacing * (series.open + 1)
    if status == "initialized":
        opened = max(opened, (now + close) // 2)
    for position, (suffix, subtitle) in enumerate(strikes):
        ticker = f"{event_ticker}-{suffix}"
        market = exchange.add_market(
            ticker,
            event_ticker,
            price_level_structure=series.grid,
            status="closed" if status in ("closed", "finalized") else status,
            title=f"{series.title}: {subtitle}",
            yes_sub_title=subtitle,
            open_time=opened,
            close_time=close,
        )
        if status == "active":
            _quote(exchange, rng, ticker, houses)
        elif status == "finalized":
            won = position == winner if exclusive else position <= winner
            exchange.determine_market(market.ticker, "yes" if won else "no")
            exchange.settle_market(market.ticker)


def _quote(exchange: Exchange, rng: random.Random, ticker: str, houses: Sequence[str]) -> None:
    """A resting bid and ask a few cents apart from the two house accounts, and one trade between
    them at the ask, so the market has a last price."""
    fair = Decimal(rng.randint(5, 95)) * CENT
    half = Decimal(rng.randint(1, 3)) * CENT
    bid, ask = max(fair - half, CENT), min(fair + half, 1 - CENT)
    size = Decimal(rng.randint(5, 300))
    for house, side, price, count, time_in_force in (
        (houses[0], "bid", bid, size, "good_till_canceled"),
        (houses[1], "ask", ask, size, "good_till_canceled"),
        (houses[0], "bid", ask, Decimal(rng.randint(1, 4)), "immediate_or_cancel"),
    ):
        exchange.create_order(
            house,
            ticker=ticker,
            side=side,
            count=count,
            price=price,
            time_in_force=time_in_force,
            self_trade_prevention_type="maker",
        )
