"""`kalshi margin`: Kalshi's perpetual futures (Perps, "margin") from the terminal.

    kalshi margin markets                      # the perpetual markets, their prices and volume
    kalshi margin book KXBTCPERP --depth 5     # a market's order book
    kalshi margin funding KXBTCPERP            # the funding rate estimate and its history
    kalshi margin balance                      # equity, margin and what is available, per subaccount
    kalshi margin positions                    # open positions with entry price and unrealized P&L
    kalshi margin orders --status resting      # your margin orders
    kalshi margin funding --payments           # the funding you paid and received

Market data needs no key. Your account needs a margin API key, read from variables of its own
(`KALSHI_MARGIN_API_KEY_ID` and `KALSHI_MARGIN_PRIVATE_KEY_PATH` or `_PEM`), never from the
event-contract ones: Kalshi recommends a separate key for margin. The exchange follows
`--env` / `--base-url` (margin REST shares the event-contract host; Kalshi's production and demo
margin hosts for `prod` and `demo`), else `KALSHI_MARGIN_BASE_URL`.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from typing import Annotated, Any

import typer

from ..client import Client
from ..environments import resolve_margin_environment
from ..margin.api.funding import (
    get_margin_funding_history,
    get_margin_funding_rate_estimate,
    get_margin_historical_funding_rates,
)
from ..margin.api.market import get_margin_market_orderbook, get_margin_markets
from ..margin.api.orders import get_margin_orders
from ..margin.api.portfolio import get_margin_balance, get_margin_positions
from ..margin.client import ENV_BASE_URL, ENV_KEY_ID, ENV_PRIVATE_KEY_PATH, create_client
from ..pagination import paginate
from .command import KalshiGroup, app, kalshi_command
from .errors import UsageProblem
from .output import OutputFormat, present
from .session import Session
from .table import COUNT, ID, MONEY, TEXT, TIME, Column, dollars, field, plural

__all__ = [
    "BALANCE_COLUMNS",
    "BOOK_COLUMNS",
    "FUNDING_PAYMENT_COLUMNS",
    "FUNDING_RATE_COLUMNS",
    "MARKET_COLUMNS",
    "ORDER_COLUMNS",
    "POSITION_COLUMNS",
    "margin_app",
    "margin_rest_url",
    "signed_margin_client",
]

margin_app = typer.Typer(
    name="margin",
    help="Perps (margin): markets, order books, funding, and your balance, positions and orders.",
    cls=KalshiGroup,
    no_args_is_help=True,
)
app.add_typer(margin_app, name="margin")


class MarginMarketStatus(str, enum.Enum):
    """The `status` filter of GET /margin/markets."""

    active = "active"
    inactive = "inactive"
    closed = "closed"


class MarginOrderStatus(str, enum.Enum):
    """The `status` filter of GET /margin/orders."""

    resting = "resting"
    canceled = "canceled"
    executed = "executed"


MARKET_COLUMNS = [
    Column("ticker", field("ticker"), ID),
    Column("status", field("status"), TEXT, priority=3),
    Column("price", field("price"), MONEY),
    Column("bid", field("bid"), MONEY, priority=1),
    Column("ask", field("ask"), MONEY, priority=1),
    Column("volume 24h", field("volume_24h"), COUNT, priority=2),
    Column("open interest", field("open_interest"), COUNT, priority=4),
    Column("title", field("title"), TEXT, priority=5),
]

BOOK_COLUMNS = [
    Column("side", field("side")),
    Column("price", field("price"), MONEY),
    Column("size", field("size"), COUNT),
]

BALANCE_COLUMNS = [
    Column("subaccount", field("subaccount"), ID),
    Column("equity", field("account_equity"), MONEY),
    Column("available", field("available_balance"), MONEY),
    Column("initial margin", field("initial_margin"), MONEY, priority=1),
    Column("maintenance", field("maintenance_margin"), MONEY, priority=1),
    Column("orders margin", field("resting_orders_margin"), MONEY, priority=3),
    Column("position value", field("position_value"), MONEY, priority=2),
]

POSITION_COLUMNS = [
    Column("ticker", field("market_ticker"), ID),
    Column("position", field("position"), COUNT),
    Column("entry price", field("entry_price"), MONEY),
    Column("unrealized pnl", field("unrealized_pnl"), MONEY, priority=1),
    Column("margin", field("margin_used"), MONEY, priority=2),
    Column("fees", field("fees"), MONEY, priority=3),
    Column("subaccount", field("subaccount"), ID, priority=4),
]

ORDER_COLUMNS = [
    Column("order id", field("order_id"), ID),
    Column("ticker", field("ticker"), ID),
    Column("side", field("side")),
    Column("price", field("price"), MONEY),
    Column("filled", field("fill_count"), COUNT, priority=2),
    Column("remaining", field("remaining_count"), COUNT, priority=1),
    Column("created", field("created_time"), TIME, priority=3),
]

FUNDING_RATE_COLUMNS = [
    Column("time", field("funding_time"), TIME),
    Column("rate", field("funding_rate")),
    Column("mark price", field("mark_price"), MONEY),
]

FUNDING_PAYMENT_COLUMNS = [
    Column("time", field("funding_time"), TIME),
    Column("ticker", field("market_ticker"), ID),
    Column("amount", field("funding_amount"), MONEY),
    Column("quantity", field("quantity"), COUNT, priority=1),
    Column("rate", field("funding_rate"), TEXT, priority=2),
    Column("mark price", field("mark_price"), MONEY, priority=3),
]

_CHOSEN_ON_THE_COMMAND_LINE = ("--env", "--base-url")


def margin_rest_url(session: Session) -> str:
    """Where margin REST calls go: the exchange `--env` / `--base-url` chose (Kalshi's margin
    host for prod and demo, the same host otherwise), else `KALSHI_MARGIN_BASE_URL`, else the
    session's exchange."""
    settings = session.settings
    chosen_here = (settings.chosen_by or "").startswith(_CHOSEN_ON_THE_COMMAND_LINE)
    from_env = os.environ.get(ENV_BASE_URL)
    if from_env and not chosen_here:
        return from_env
    if settings.env in ("prod", "demo"):
        return resolve_margin_environment(settings.env).rest_url
    return settings.rest_url


@contextmanager
def _public(session: Session) -> Iterator[Client]:
    client = Client(margin_rest_url(session))
    try:
        yield client
    finally:
        client.close()


@contextmanager
def signed_margin_client(session: Session, purpose: str) -> Iterator[Client]:
    """A margin client signed with the `KALSHI_MARGIN_*` key, closed on leaving; `purpose` names
    what needs it when the key is missing."""
    try:
        client = create_client(margin_rest_url(session))
    except ValueError as exc:
        raise UsageProblem(
            f"{purpose} needs a margin API key ({exc}): set {ENV_KEY_ID} and {ENV_PRIVATE_KEY_PATH}; "
            "Kalshi recommends a key apart from the event-contract one (`kalshi sim` prints a local one)"
        ) from None
    try:
        yield client
    finally:
        client.close()


SubaccountOption = Annotated[
    int | None, typer.Option(help="only this subaccount (0: the primary)", show_default=False)
]
TickerOption = Annotated[str | None, typer.Option(help="only this market")]


@kalshi_command("markets", group=margin_app)
def markets(
    session: Session,
    *,
    status: Annotated[
        MarginMarketStatus | None, typer.Option(help="only markets of this status", show_default=False)
    ] = None,
) -> None:
    """List the perpetual markets."""
    params: dict[str, Any] = {"status": status.value} if status is not None else {}
    with _public(session) as client:
        response = get_margin_markets.sync(client=client, **params)
    found = list(present(response.markets, "markets"))
    session.output.rows(
        MARKET_COLUMNS,
        found,
        title=plural(len(found), "perpetual market"),
        document=response,
        empty="no markets",
    )


@kalshi_command("book", group=margin_app)
def book(
    session: Session,
    ticker: Annotated[str, typer.Argument(help="perpetual market ticker")],
    *,
    depth: Annotated[int, typer.Option(help="price levels per side")] = 10,
) -> None:
    """Show a perpetual market's order book: bids and asks, best first."""
    if not 0 < depth <= 1000:
        raise UsageProblem(f"--depth must be between 1 and 1000, got {depth}")
    with _public(session) as client:
        response = get_margin_market_orderbook.sync(client=client, ticker=ticker, depth=depth)
    levels = present(response.orderbook, "orderbook")
    bids = sorted(levels.bids or (), key=lambda level: level[0], reverse=True)[:depth]
    asks = sorted(levels.asks or (), key=lambda level: level[0])[:depth]
    output = session.output
    if output.format is not OutputFormat.TABLE:
        rows = [
            {"side": side, "price": p, "size": s}
            for side, book_side in (("bid", bids), ("ask", asks))
            for p, s in book_side
        ]
        output.rows(BOOK_COLUMNS, rows, document=response)
        return
    rows = [
        {"bid size": bid[1] if bid else None, "bid": bid[0] if bid else None,
         "ask": ask[0] if ask else None, "ask size": ask[1] if ask else None}
        for bid, ask in _pairs(bids, asks)
    ]  # fmt: skip
    spread = asks[0][0] - bids[0][0] if bids and asks else None
    output.table(
        [
            Column("bid size", field("bid size"), COUNT),
            Column("bid", field("bid"), MONEY),
            Column("ask", field("ask"), MONEY),
            Column("ask size", field("ask size"), COUNT),
        ],
        rows,
        title=ticker,
        caption=f"spread {dollars(spread)}" if spread is not None else "one side is empty",
    )


def _pairs(bids: list[Any], asks: list[Any]) -> Iterator[tuple[Any, Any]]:
    for index in range(max(len(bids), len(asks), 1)):
        yield (bids[index] if index < len(bids) else None, asks[index] if index < len(asks) else None)


@kalshi_command("funding", group=margin_app)
def funding(
    session: Session,
    ticker: Annotated[str | None, typer.Argument(help="perpetual market ticker", show_default=False)] = None,
    *,
    payments: Annotated[
        bool, typer.Option("--payments", help="your funding payments (needs a margin API key)")
    ] = False,
    subaccount: SubaccountOption = None,
    start: Annotated[
        str | None,
        typer.Option(
            help="--payments from this UTC date, YYYY-MM-DD (default: 30 days ago)", show_default=False
        ),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option(help="--payments up to this UTC date, inclusive (default: today)", show_default=False),
    ] = None,
) -> None:
    """Show a market's funding rate estimate and past rates; --payments: your funding payments."""
    if payments:
        today = datetime.now(timezone.utc).date()
        params: dict[str, Any] = {
            "start_date": _date(start, "--start", today - timedelta(days=30)),
            "end_date": _date(end, "--end", today),
        }
        if ticker:
            params["ticker"] = ticker
        if subaccount is not None:
            params["subaccount"] = subaccount
        with signed_margin_client(session, "funding --payments") as client:
            response = get_margin_funding_history.sync(client=client, **params)
        found = list(present(response.funding_history, "funding_history"))
        session.output.rows(
            FUNDING_PAYMENT_COLUMNS, found, title="funding payments (+ received, - paid)", document=response,
            empty="no funding payments",
        )  # fmt: skip
        return
    if ticker is None:
        raise UsageProblem("funding needs a market ticker (or --payments for your own funding)")
    with _public(session) as client:
        estimate = get_margin_funding_rate_estimate.sync(client=client, ticker=ticker)
        history = get_margin_historical_funding_rates.sync(client=client, ticker=ticker)
    rates = sorted(
        present(history.funding_rates, "funding_rates"),
        key=lambda rate: rate.funding_time or datetime.min.replace(tzinfo=timezone.utc),
        reverse=True,
    )
    output = session.output
    if output.format is OutputFormat.JSON:
        output.json({"estimate": estimate, "history": history})
        return
    if output.format is OutputFormat.TABLE:
        output.record(
            [
                ("next funding", estimate.next_funding_time),
                ("estimated rate", estimate.funding_rate),
                ("mark price", dollars(estimate.mark_price)),
                ("computed", estimate.computed_time),
            ],
            title=f"{ticker} funding",
        )
    output.rows(FUNDING_RATE_COLUMNS, rates, title="past funding rates", empty="no funding yet")


def _date(text: str | None, option: str, default: date) -> str:
    if text is None:
        return default.isoformat()
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise UsageProblem(f"{option} must be a date such as 2026-11-30, got {text!r}") from None


@kalshi_command("balance", group=margin_app)
def balance(session: Session) -> None:
    """Show your margin balance: equity, margin held and what is available, per subaccount."""
    with signed_margin_client(session, "margin balance") as client:
        response = get_margin_balance.sync(client=client, compute_available_balance=True)
    found = list(present(response.subaccount_balances, "subaccount_balances"))
    session.output.rows(
        BALANCE_COLUMNS,
        found,
        title="margin balance (dollars)",
        caption=f"settled funds {dollars(response.settled_funds)}",
        document=response,
        empty="no margin account",
    )


@kalshi_command("positions", group=margin_app)
def positions(session: Session, *, ticker: TickerOption = None, subaccount: SubaccountOption = None) -> None:
    """Show your open margin positions (positive: long, negative: short)."""
    params: dict[str, Any] = {"ticker": ticker} if ticker else {}
    if subaccount is not None:
        params["subaccount"] = subaccount
    with signed_margin_client(session, "margin positions") as client:
        response = get_margin_positions.sync(client=client, **params)
    found = [p for p in present(response.positions, "positions") if p.position]
    session.output.rows(
        POSITION_COLUMNS, found, title="margin positions", document=response, empty="no open positions"
    )


@kalshi_command("orders", group=margin_app)
def orders(
    session: Session,
    *,
    status: Annotated[
        MarginOrderStatus | None, typer.Option(help="only orders of this status", show_default=False)
    ] = None,
    ticker: TickerOption = None,
    subaccount: SubaccountOption = None,
    limit: Annotated[int, typer.Option(help="how many orders at most")] = 100,
) -> None:
    """Show your margin orders, newest first."""
    if limit < 1:
        raise UsageProblem(f"--limit must be 1 or more, got {limit}")
    params: dict[str, Any] = {"ticker": ticker} if ticker else {}
    if status is not None:
        params["status"] = status.value
    if subaccount is not None:
        params["subaccount"] = subaccount
    with signed_margin_client(session, "margin orders") as client:
        found = list(
            paginate(get_margin_orders, client=client, max_items=limit, limit=min(limit, 1000), **params)
        )
    session.output.rows(
        ORDER_COLUMNS, found, title=plural(len(found), "margin order"), empty="no margin orders"
    )
