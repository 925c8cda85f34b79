"""Portfolio commands: `balance`, `positions`, `fills`, `orders` (all need an API key)."""

from __future__ import annotations

import enum
from datetime import datetime, timezone
from decimal import Decimal
from typing import Annotated, Any

import typer

from ..api.orders import get_orders
from ..api.portfolio import get_balance, get_fills, get_positions
from .app import kalshi_command
from .listing import collect, item_limit
from .output import Column, field
from .session import Session

__all__ = ["FILL_COLUMNS", "ORDER_COLUMNS", "POSITION_COLUMNS"]

_CENT = Decimal("0.01")


class OrderStatus(str, enum.Enum):
    """The `status` filter of GET /portfolio/orders."""

    resting = "resting"
    canceled = "canceled"
    executed = "executed"


POSITION_COLUMNS = [
    Column("ticker", field("ticker"), no_wrap=True),
    Column("position", field("position_fp"), "right"),
    Column("exposure", field("market_exposure_dollars"), "right"),
    Column("traded", field("total_traded_dollars"), "right"),
    Column("realized pnl", field("realized_pnl_dollars"), "right"),
    Column("fees", field("fees_paid_dollars"), "right"),
    Column("updated", field("last_updated_ts"), no_wrap=True),
]

FILL_COLUMNS = [
    Column("time", field("created_time"), no_wrap=True),
    Column("ticker", field("ticker"), no_wrap=True),
    Column("side", field("outcome_side")),
    Column("book", field("book_side")),
    Column("count", field("count_fp"), "right"),
    Column("yes price", field("yes_price_dollars"), "right"),
    Column("taker", field("is_taker")),
    Column("fee", field("fee_cost"), "right"),
    Column("order id", field("order_id"), no_wrap=True),
]

ORDER_COLUMNS = [
    Column("order id", field("order_id"), no_wrap=True),
    Column("ticker", field("ticker"), no_wrap=True),
    Column("status", field("status")),
    Column("book", field("book_side")),
    Column("yes price", field("yes_price_dollars"), "right"),
    Column("filled", field("fill_count_fp"), "right"),
    Column("remaining", field("remaining_count_fp"), "right"),
    Column("created", field("created_time"), no_wrap=True),
]

LimitOption = Annotated[int | None, typer.Option(help="how many (default 100)", show_default=False)]
AllOption = Annotated[bool, typer.Option("--all", help="all of them, across every page")]
TickerOption = Annotated[str | None, typer.Option(help="only this market")]


@kalshi_command("balance")
def balance(session: Session) -> None:
    """Show your balance and portfolio value."""
    found = get_balance.sync(client=session.signed_client("balance"))
    portfolio = Decimal(found.portfolio_value) * _CENT if isinstance(found.portfolio_value, int) else None
    updated = (datetime.fromtimestamp(found.updated_ts, tz=timezone.utc)
               if isinstance(found.updated_ts, int) else None)
    session.output.record(
        [("balance", found.balance_dollars), ("portfolio value", portfolio), ("updated", updated)],
        title="balance (dollars)", document=found,
    )


@kalshi_command("positions")
def positions(session: Session, *, ticker: TickerOption = None, limit: LimitOption = None,
              every: AllOption = False) -> None:
    """Show your market positions (positive: YES contracts, negative: NO)."""
    params: dict[str, Any] = {"ticker": ticker} if ticker else {}
    found = collect(session, get_positions, "positions", item_limit(limit, every, 100), **params)
    session.output.rows(POSITION_COLUMNS, found, title="positions", empty="no open positions")


@kalshi_command("fills")
def fills(session: Session, *, ticker: TickerOption = None, limit: LimitOption = None,
          every: AllOption = False) -> None:
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
