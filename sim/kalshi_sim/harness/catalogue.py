"""The seeded market catalogue a local exchange starts with (`populate`).

`populate(exchange, seed)` lists a few series in several categories (weather, economics, crypto,
sports), their events and markets with Kalshi-style tickers, on a mix of price grids and through
the whole lifecycle (mostly active, some initialized, closed or settled). House accounts rest
liquidity on every active market so books are not empty. The same seed and the same clock day give
the same catalogue; market times are laid out from the day the exchange clock reads.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from ..engine import Exchange, Market
from .listings import list_bulk

__all__ = ["HOUSE_BALANCE", "populate"]

HOUSE_BALANCE = Decimal("1000000")
DAY = 86400
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
NBA_TEAMS = ("BOS", "NYK", "LAL", "GSW", "MIA", "CHI", "DEN", "PHX", "MIL", "DAL")


@dataclass(frozen=True)
class _Listing:
    """A market to list, with the fair YES price its house liquidity centres on."""

    ticker: str
    yes_sub_title: str
    fair: Decimal
    strike_type: str
    floor_strike: Decimal | None = None
    cap_strike: Decimal | None = None


_SERIES: tuple[dict[str, Any], ...] = (
    {
        "ticker": "KXHIGHNY",
        "title": "Highest temperature in NYC today?",
        "category": "Climate and Weather",
        "frequency": "daily",
        "tags": ["Weather"],
        "settlement_sources": [{"name": "National Weather Service", "url": "https://www.weather.gov/"}],
    },
    {
        "ticker": "KXCPI",
        "title": "CPI month over month",
        "category": "Economics",
        "frequency": "monthly",
        "tags": ["Inflation"],
        "settlement_sources": [{"name": "Bureau of Labor Statistics", "url": "https://www.bls.gov/"}],
    },
    {
        "ticker": "KXFED",
        "title": "Fed funds rate upper bound",
        "category": "Economics",
        "frequency": "custom",
        "tags": ["Interest rates"],
        "settlement_sources": [{"name": "Federal Reserve", "url": "https://www.federalreserve.gov/"}],
    },
    {
        "ticker": "KXBTC",
        "title": "Bitcoin price at the hour",
        "category": "Crypto",
        "frequency": "hourly",
        "tags": ["BTC"],
        "settlement_sources": [{"name": "CF Benchmarks", "url": "https://www.cfbenchmarks.com/"}],
    },
    {
        "ticker": "KXNBAGAME",
        "title": "Professional Basketball Game",
        "category": "Sports",
        "frequency": "custom",
        "fee_type": "quadratic_with_maker_fees",
        "fee_multiplier": Decimal("0.5"),
        "tags": ["Basketball"],
        "settlement_sources": [{"name": "ESPN", "url": "https://www.espn.com"}],
    },
)
"""The series the catalogue lists, as `Exchange.add_series` keyword arguments."""


def _day_code(moment: datetime) -> str:
    return f"{moment:%y}{MONTHS[moment.month - 1]}{moment:%d}"


def _month_code(moment: datetime) -> str:
    return f"{moment:%y}{MONTHS[moment.month - 1]}"


def _fair(rng: random.Random, low: int = 8, high: int = 92) -> Decimal:
    return Decimal(rng.randint(low, high)) / 100


def populate(exchange: Exchange, seed: int, *, markets: int | None = None) -> Exchange:
    """Fill `exchange` with the seeded catalogue (and `markets` more plain markets); returns it."""
    rng = random.Random(seed * 7919 + 17)  # noqa: S311 - a reproducible catalogue, not secrets
    anchor = int(exchange.time()) // DAY * DAY
    today = datetime.fromtimestamp(anchor, tz=timezone.utc)
    houses = [exchange.create_account(HOUSE_BALANCE, user_id=f"house-{i}-{seed}").user_id for i in range(2)]
    exchange.house_accounts.extend(houses)

    for series in _SERIES:
        exchange.add_series(**series)

    def list_markets(
        event_ticker: str, listings: list[_Listing], *, grid: str, status: str, closes_around: int
    ) -> None:
        _list(
            exchange,
            rng,
            event_ticker,
            listings,
            grid=grid,
            status=status,
            closes_around=closes_around,
            houses=houses,
        )

    # weather: yesterday settled, today active, tomorrow initialized
    for offset, status in ((-1, "finalized"), (0, "active"), (1, "initialized")):
        day = today + timedelta(days=offset)
        event_ticker = f"KXHIGHNY-{_day_code(day)}"
        exchange.add_event(
            event_ticker,
            "KXHIGHNY",
            title=f"Highest temperature in NYC on {day:%b %d, %Y}",
            mutually_exclusive=True,
            strike_date=(anchor + offset * DAY + DAY - 1),
        )
        centre = rng.randint(38, 52)
        listings = [
            _Listing(
                f"{event_ticker}-T{centre - 5}",
                f"{centre - 6}° or below",
                _fair(rng, 3, 20),
                "less",
                cap_strike=Decimal(centre - 5),
            )
        ]
        for k in range(4):
            low = centre - 4 + 2 * k
            listings.append(
                _Listing(
                    f"{event_ticker}-B{low + Decimal('0.5')}",
                    f"{low}° to {low + 1}°",
                    _fair(rng, 10, 45),
                    "between",
                    Decimal(low),
                    Decimal(low + 1),
                )
            )
        listings.append(
            _Listing(
                f"{event_ticker}-T{centre + 4}",
                f"{centre + 5}° or above",
                _fair(rng, 3, 20),
                "greater",
                floor_strike=Decimal(centre + 4),
            )
        )
        list_markets(
            event_ticker, listings, grid="linear_cent", status=status, closes_around=anchor + offset * DAY
        )

    # economics: CPI (linear cent, one month closed), Fed (tapered)
    next_month = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    for month, status in ((today.replace(day=1), "closed"), (next_month, "active")):
        event_ticker = f"KXCPI-{_month_code(month)}"
        exchange.add_event(event_ticker, "KXCPI", title=f"CPI in {month:%B %Y}")
        listings = [
            _Listing(
                f"{event_ticker}-T{v}", f"Above {v}%", _fair(rng, 15, 85), "greater", floor_strike=Decimal(v)
            )
            for v in ("0.1", "0.2", "0.3", "0.4")
        ]
        list_markets(event_ticker, listings, grid="linear_cent", status=status, closes_around=anchor)
    event_ticker = f"KXFED-{_month_code(next_month)}"
    exchange.add_event(
        event_ticker, "KXFED", title=f"Fed decision in {next_month:%B %Y}", mutually_exclusive=True
    )
    listings = [
        _Listing(f"{event_ticker}-T{v}", f"Above {v}%", _fair(rng, 4, 96), "greater", floor_strike=Decimal(v))
        for v in ("3.50", "3.75", "4.00", "4.25", "4.50")
    ]
    list_markets(event_ticker, listings, grid="tapered_deci_cent", status="active", closes_around=anchor)

    # crypto: two hourly BTC events on the deci-cent grid
    spot = 90000 + 500 * rng.randint(0, 40)
    for hour in (17, 18):
        event_ticker = f"KXBTC-{_day_code(today)}{hour}"
        exchange.add_event(event_ticker, "KXBTC", title=f"Bitcoin price on {today:%b %d} at {hour}:00 ET")
        listings = []
        for k in range(-2, 3):
            strike = Decimal(spot + 1000 * k) - Decimal("0.01")
            listings.append(
                _Listing(
                    f"{event_ticker}-T{strike}",
                    f"${strike} or above",
                    Decimal(max(3, min(97, 50 - 20 * k))) / 100,
                    "greater",
                    floor_strike=strike,
                )
            )
        list_markets(
            event_ticker, listings, grid="deci_cent", status="active", closes_around=anchor + hour * 3600
        )

    # sports: three games, two markets each
    teams = list(NBA_TEAMS)
    rng.shuffle(teams)
    for game in range(3):
        away, home = teams[2 * game], teams[2 * game + 1]
        event_ticker = f"KXNBAGAME-{_day_code(today)}{away}{home}"
        exchange.add_event(event_ticker, "KXNBAGAME", title=f"{away} at {home}", mutually_exclusive=True)
        fair = _fair(rng, 20, 80)
        listings = [
            _Listing(f"{event_ticker}-{away}", away, fair, "structured"),
            _Listing(f"{event_ticker}-{home}", home, Decimal(1) - fair, "structured"),
        ]
        list_markets(event_ticker, listings, grid="linear_cent", status="active", closes_around=anchor + DAY)

    list_bulk(exchange, seed, houses)
    if markets:
        exchange.generate_markets(markets)
    return exchange


def _list(
    exchange: Exchange,
    rng: random.Random,
    event_ticker: str,
    listings: list[_Listing],
    *,
    grid: str,
    status: str,
    closes_around: int,
    houses: list[str],
) -> None:
    """List an event's markets, give them liquidity and walk them to `status`."""
    for listing in listings:
        market = exchange.add_market(
            listing.ticker,
            event_ticker,
            price_level_structure=grid,
            status="initialized" if status == "initialized" else "active",
            title=f"{event_ticker}: {listing.yes_sub_title}",
            yes_sub_title=listing.yes_sub_title,
            open_time=closes_around if status == "initialized" else closes_around - DAY,
            close_time=closes_around + DAY,
            strike_type=listing.strike_type,
            floor_strike=listing.floor_strike,
            cap_strike=listing.cap_strike,
        )
        if status == "initialized":
            continue
        _seed_liquidity(exchange, rng, market, listing.fair, houses)
        if status == "closed":
            exchange.close_market(market.ticker)
        elif status == "finalized":
            exchange.determine_market(
                market.ticker, "yes" if rng.randint(1, 100) <= listing.fair * 100 else "no"
            )
            exchange.settle_market(market.ticker)


def _seed_liquidity(
    exchange: Exchange, rng: random.Random, market: Market, fair: Decimal, houses: list[str]
) -> None:
    """Rest a few levels each side around `fair`, and print one trade between the houses."""
    tick = market.price_ranges[0].step if market.price_level_structure == "deci_cent" else Decimal("0.01")
    spread = Decimal("0.01") if tick == Decimal("0.01") else Decimal("0.005")
    maker, taker = houses

    def place(user_id: str, side: str, count: Decimal, price: Decimal, time_in_force: str) -> None:
        exchange.create_order(
            user_id,
            ticker=market.ticker,
            side=side,
            count=count,
            price=price,
            time_in_force=time_in_force,
            self_trade_prevention_type="maker",
        )

    place(maker, "ask", Decimal(rng.randint(5, 20)), fair, "good_till_canceled")
    place(taker, "bid", Decimal(rng.randint(1, 5)), fair, "immediate_or_cancel")
    for level in range(1, 4):
        for side, price in (("bid", fair - spread * level), ("ask", fair + spread * level)):
            if not market.on_grid(price):
                continue
            count = Decimal(rng.randint(10, 200)) + Decimal(rng.randint(0, 99)) / 100
            place(houses[level % 2], side, count, price, "good_till_canceled")
