"""Portfolio commands: `balance`, `positions`, `fills`, `orders` (all need an API key)."""

from __future__ import annotations

import enum
from datetime import datetime, timezone
from decimal import Decimal
from typing import Annotated, Any

import typer

from ..api.orders import get_orders
from ..api.portfolio import get_balance, get_fills, get_positions
from .command import kalshi_command
from .listing import collect, item_limit
from .session import Session
from .table import COUNT, ID, MONEY, TEXT, TIME, Column, dollars, field

__all__ = ["FILL_COLUMNS", "ORDER_COLUMNS", "POSITION_COLUMNS"]

_CENT = Decimal("0.01")


class OrderStatus(str, enum.Enum):
    """The `status` filter of GET /portfolio/orders."""

    resting = "resting"
    canceled = "canceled"
    executed = "executed"


POSITION_COLUMNS = [
    Column("ticker", field("ticker"), ID),
    Column("position", field("position_fp"), COUNT),
    Column("exposure", field("market_exposure_dollars"), MONEY, priority=1),
    Column("traded", field("total_traded_dollars"), MONEY, priority=3),
    Column("realized pnl", field("realized_pnl_dollars"), MONEY, priority=2),
    Column("fees", field("fees_paid_dollars"), MONEY, priority=3),
    Column("updated", field("last_updated_ts"), TIME, priority=4),
]

FILL_COLUMNS = [
    Column("time", field("created_time"), TIME, priority=1),
    Column("ticker", field("ticker"), ID),
    Column("side", field("outcome_side")),
    Column("book", field("book_side"), TEXT, priority=2),
    Column("count", field("count_fp"), COUNT),
    Column("yes price", field("yes_price_dollars"), MONEY),
    Column("taker", field("is_taker"), TEXT, priority=4),
    Column("fee", field("fee_cost"), MONEY, priority=3),
    Column("order id", field("order_id"), ID, priority=2),
]

ORDER_COLUMNS = [
    Column("order id", field("order_id"), ID),
    Column("ticker", field("ticker"), ID),
    Column("status", field("status"), TEXT, priority=2),
    Column("book", field("book_side")),
    Column("yes price", field("yes_price_dollars"), MONEY),
    Column("filled", field("fill_count_fp"), COUNT, priority=3),
    Column("remaining", field("remaining_count_fp"), COUNT, priority=1),
    Column("created", field("created_time"), TIME, priority=4),
]

LimitOption = Annotated[int | None, typer.Option(help="how many (default 100)", show_default=False)]
AllOption = Annotated[bool, typer.Option("--all", help="all of them, across every page")]
TickerOption = Annotated[str | None, typer.Option(help="only this market")]


@kalshi_command("balance")
def balance(session: Session) -> None:
    """Show your balance and portfolio value."""
    found = get_balance.sync(client=session.signed_client("balance"))
    portfolio = Decimal(found.portfolio_value) * _CENT if isinstance(found.portfolio_value, int) else None
    updated = (
        datetime.fromtimestamp(found.updated_ts, tz=timezone.utc)
        if isinstance(found.updated_ts, int)
        else None
    )
    session.output.record(
        [
            ("balance", dollars(found.balance_dollars)),
            ("portfolio value", dollars(portfolio)),
            ("updated", updated),
        ],
        title="balance (dollars)",
        document=found,
    )


@kalshi_command("positions")
def positions(
    session: Session, *, ticker: TickerOption = None, limit: LimitOption = None, every: AllOption = False
) -> None:
    """Show your market positions (positive: YES contracts, negative: NO)."""
    params: dict[str, Any] = {"ticker": ticker} if ticker else {}
    found = collect(session, get_positions, "positions", item_limit(limit, every, 100), **params)
    session.output.rows(POSITION_COLUMNS, found, title="positions", empty="no open positions")


@kalshi_command("fills")
def fills(
    session: Session, *, ticker: TickerOption = None, limit: LimitOption = None, every: AllOption = False
) -> None:
    """Show your fills, newest first."""
    params: dict[str, Any] = {"ticker": ticker} if ticker else {}
    found = collect(session, get_fills, "fills", item_limit(limit, every, 100), **params)
    session.output.rows(FILL_COLUMNS, found, title="fills", empty="no fills")


@kalshi_command("orders")
def orders(
    session: Session,
    *,
    status: Annotated[OrderStatus | None, typer.Option(help="only orders of this status")] = None,
    ticker: TickerOption = None,
    limit: LimitOption = None,
    every: AllOption = False,
) -> None:
    """Show your orders."""
    params: dict[str, Any] = {"ticker": ticker} if ticker else {}
    if status is not None:
        params["status"] = status.value
    found = collect(session, get_orders, "orders", item_limit(limit, every, 100), **params)
    session.output.rows(ORDER_COLUMNS, found, title="orders", empty="no orders")
