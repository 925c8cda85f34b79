"""Market data commands: `markets`, `market`, `orderbook`, `trades`."""

from __future__ import annotations

import enum
from typing import Annotated, Any

import typer

from ..api.market import get_market, get_market_orderbook, get_markets, get_trades
from ..orderbook import OrderBook
from .command import kalshi_command
from .errors import UsageProblem
from .listing import collect, item_limit
from .output import OutputFormat, present
from .render import book_table
from .session import Session
from .table import COUNT, ID, MONEY, PROSE, TEXT, TIME, Column, contracts, dollars, field, plural

__all__ = ["MARKET_COLUMNS", "TRADE_COLUMNS"]


class MarketStatus(str, enum.Enum):
    """The `status` filter of GET /markets, in the order markets are listed."""

    open = "open"
    unopened = "unopened"
    paused = "paused"
    closed = "closed"
    settled = "settled"


LIFECYCLE = {
    "active": 0,
    "open": 0,
    "initialized": 1,
    "unopened": 1,
    "inactive": 2,
    "paused": 2,
    "closed": 3,
    "determined": 4,
    "disputed": 4,
    "amended": 4,
    "finalized": 5,
    "settled": 5,
}
"""Where a market's status comes in a listing: open markets first, finalized ones last."""
UNKNOWN_STAGE = 4


MARKET_COLUMNS = [
    Column("ticker", field("ticker"), ID),
    Column("status", field("status"), TEXT, priority=2),
    Column("yes bid", field("yes_bid_dollars"), MONEY, priority=1),
    Column("yes ask", field("yes_ask_dollars"), MONEY, priority=1),
    Column("last", field("last_price_dollars"), MONEY, priority=4),
    Column("volume", field("volume_fp"), COUNT, priority=5),
    Column("open interest", field("open_interest_fp"), COUNT, priority=6),
    Column("closes", field("close_time"), TIME, priority=7),
    Column("title", field("title"), PROSE, priority=3),
]

TRADE_COLUMNS = [
    Column("time", field("created_time"), TIME),
    Column("ticker", field("ticker"), ID, priority=4),
    Column("taker", field("taker_outcome_side"), TEXT, priority=1),
    Column("yes price", field("yes_price_dollars"), MONEY),
    Column("no price", field("no_price_dollars"), MONEY, priority=3),
    Column("count", field("count_fp"), COUNT),
    Column("trade id", field("trade_id"), ID, priority=2),
]


@kalshi_command("markets")
def markets(
    session: Session,
    *,
    status: Annotated[MarketStatus | None, typer.Option(help="only markets of this status")] = None,
    series: Annotated[str | None, typer.Option(help="only markets of this series ticker")] = None,
    event: Annotated[str | None, typer.Option(help="only markets of this event ticker")] = None,
    limit: Annotated[
        int | None, typer.Option(help="how many markets (default 100)", show_default=False)
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="every market, across all pages")] = False,
) -> None:
    """List markets: open ones first, then unopened, paused, closed and settled."""
    params: dict[str, Any] = {}
    if series:
        params["series_ticker"] = series
    if event:
        params["event_ticker"] = event
    wanted = item_limit(limit, every, 100)
    if status is not None:
        found = collect(session, get_markets, "markets", wanted, status=status.value, **params)
    elif wanted is None:
        found = collect(session, get_markets, "markets", None, **params)
    else:  # fill the limit with open markets first, then the others in lifecycle order
        found = []
        for filter_status in MarketStatus:
            if len(found) < wanted:
                found += collect(
                    session, get_markets, "markets", wanted - len(found), status=filter_status.value, **params
                )
    found.sort(key=lambda m: LIFECYCLE.get(getattr(m, "status", None) or "", UNKNOWN_STAGE))
    session.output.rows(MARKET_COLUMNS, found, title=plural(len(found), "market"), empty="no markets match")


@kalshi_command("market")
def market(session: Session, ticker: Annotated[str, typer.Argument(help="market ticker")]) -> None:
    """Show one market."""
    found = present(get_market.sync(client=session.client(), ticker=ticker).market, "market")
    pairs = [
        ("ticker", found.ticker),
        ("title", found.title),
        ("event", found.event_ticker),
        ("status", found.status),
        ("yes bid", dollars(found.yes_bid_dollars)),
        ("yes ask", dollars(found.yes_ask_dollars)),
        ("no bid", dollars(found.no_bid_dollars)),
        ("no ask", dollars(found.no_ask_dollars)),
        ("last price", dollars(found.last_price_dollars)),
        ("volume", contracts(found.volume_fp)),
        ("volume 24h", contracts(found.volume_24h_fp)),
        ("open interest", contracts(found.open_interest_fp)),
        ("opens", found.open_time),
        ("closes", found.close_time),
        ("result", found.result),
        ("price grid", found.price_level_structure),
        ("rules", found.rules_primary),
    ]
    session.output.record(pairs, title=ticker, document=found)


def _book_rows(book: OrderBook, depth: int | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for side in ("yes", "no"):
        levels = book.bids(side)
        for level in levels[:depth] if depth else levels:
            rows.append({"side": side, "price": level.price, "size": level.size})
    return rows


BOOK_COLUMNS = [
    Column("side", field("side")),
    Column("price", field("price"), MONEY),
    Column("size", field("size"), COUNT),
]


@kalshi_command("orderbook")
def orderbook(
    session: Session,
    ticker: Annotated[str, typer.Argument(help="market ticker")],
    *,
    depth: Annotated[
        int | None, typer.Option(help="price levels per side (default: all)", show_default=False)
    ] = None,
    watch: Annotated[
        bool,
        typer.Option(
            "--watch", help="follow the book live over the WebSocket (needs an API key; Ctrl-C to stop)"
        ),
    ] = False,
) -> None:
    """Show a market's order book: bids of both legs; the YES ask is 1 - the best NO bid."""
    if depth is not None and not 0 < depth <= 100:
        raise UsageProblem(f"--depth must be between 1 and 100, got {depth}")
    if watch:
        from .streaming import watch_orderbook

        watch_orderbook(session, ticker, depth or 10)
        return
    params: dict[str, Any] = {"depth": depth} if depth else {}
    response = get_market_orderbook.sync(client=session.client(), ticker=ticker, **params)
    fp = present(response.orderbook_fp, "orderbook_fp")
    book = OrderBook(ticker, yes=dict(fp.yes_dollars or ()), no=dict(fp.no_dollars or ()))
    output = session.output
    if output.format is OutputFormat.TABLE:
        output.console.print(book_table(book, depth or 10))
    else:
        output.rows(BOOK_COLUMNS, _book_rows(book, depth), document=response)


@kalshi_command("trades")
def trades(
    session: Session,
    ticker: Annotated[str, typer.Argument(help="market ticker")],
    *,
    limit: Annotated[int, typer.Option(help="how many of the latest trades")] = 20,
) -> None:
    """Show a market's latest trades."""
    found = collect(session, get_trades, "trades", item_limit(limit, False, 20), ticker=ticker)
    session.output.rows(
        TRADE_COLUMNS, found, title=f"latest trades of {ticker}", empty=f"no trades in {ticker}"
    )
