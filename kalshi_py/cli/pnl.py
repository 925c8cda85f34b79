"""`kalshi pnl`: profit and loss from your fills and settlements, market by market, with the
open positions marked at their last price; `--chart` draws realized P&L after fees over time,
and `--check` reconciles the ledger with the exchange's positions."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any

import typer

from ..api.market import get_markets
from ..api.portfolio import get_positions
from ..pagination import paginate
from ..safety import Ledger, Position
from .candles import parse_time
from .chart import step_chart
from .command import kalshi_command
from .errors import CliError
from .session import Session
from .table import COUNT, ID, MONEY, Column

__all__ = ["PNL_COLUMNS", "pnl_rows"]

ZERO = Decimal(0)
MARKETS_PER_CALL = 100

PNL_COLUMNS = [
    Column("ticker", lambda r: r["market_ticker"], ID),
    Column("position", lambda r: r["position"], COUNT),
    Column("avg cost", lambda r: r["average_cost"], MONEY, priority=2),
    Column("realized", lambda r: r["realized_pnl"], MONEY),
    Column("unrealized", lambda r: r["unrealized_pnl"], MONEY, priority=1),
    Column("fees", lambda r: r["fees"], MONEY, priority=1),
    Column("payout", lambda r: r["settlement_revenue"], MONEY, priority=3),
    Column("net", lambda r: r["net_pnl"], MONEY),
]


def pnl_rows(ledger: Ledger, marks: dict[str, Decimal]) -> list[dict[str, Any]]:
    """One row per market, and a last one of the totals."""
    rows = []
    for ticker, held in sorted(ledger.positions.items()):
        rows.append(_row(ticker, held, held.unrealized_pnl(marks[ticker]) if ticker in marks else ZERO))
    total: dict[str, Any] = {
        "market_ticker": "total",
        "position": None,
        "average_cost": None,
        "realized_pnl": ledger.realized_pnl,
        "unrealized_pnl": sum((r["unrealized_pnl"] for r in rows), ZERO),
        "fees": ledger.fees,
        "settlement_revenue": ledger.settlement_revenue,
    }
    total["net_pnl"] = total["realized_pnl"] + total["unrealized_pnl"] - total["fees"]
    return [*rows, total]


def _row(ticker: str, held: Position, unrealized: Decimal) -> dict[str, Any]:
    return {
        "market_ticker": ticker,
        "position": held.position,
        "average_cost": held.average_cost,
        "realized_pnl": held.realized_pnl,
        "unrealized_pnl": unrealized,
        "fees": held.fees,
        "settlement_revenue": held.settlement_revenue,
        "net_pnl": held.realized_pnl + unrealized - held.fees,
    }


def _marks(session: Session, tickers: list[str]) -> dict[str, Decimal]:
    """The last traded YES price of each market."""
    marks: dict[str, Decimal] = {}
    client = session.client()
    for start in range(0, len(tickers), MARKETS_PER_CALL):
        chunk = tickers[start : start + MARKETS_PER_CALL]
        found = get_markets.sync(client=client, tickers=",".join(chunk), limit=len(chunk))
        for market in found.markets or ():
            if isinstance(market.ticker, str) and isinstance(market.last_price_dollars, Decimal):
                marks[market.ticker] = market.last_price_dollars
    return marks


@kalshi_command("pnl")
def pnl(
    session: Session,
    *,
    since: Annotated[
        str | None,
        typer.Option(
            help="only fills and settlements since then (Unix seconds or ISO date/time)", show_default=False
        ),
    ] = None,
    subaccount: Annotated[int | None, typer.Option(help="only this subaccount", show_default=False)] = None,
    chart: Annotated[bool, typer.Option("--chart", help="draw realized P&L after fees over time")] = False,
    check: Annotated[bool, typer.Option("--check", help="reconcile with the exchange's positions")] = False,
) -> None:
    """Show profit and loss by market, from your fills and settlements."""
    client = session.signed_client("pnl")
    min_ts = parse_time(since, "--since") if since is not None else None
    ledger = Ledger.from_exchange(client, subaccount=subaccount, min_ts=min_ts)
    open_tickers = sorted(t for t, p in ledger.positions.items() if p.position)
    rows = pnl_rows(ledger, _marks(session, open_tickers) if open_tickers else {})
    output = session.output
    differences = []
    if check:
        args: dict[str, Any] = {"settlement_status": "all"}
        if subaccount is not None:
            args["subaccount"] = subaccount
        differences = ledger.reconcile(paginate(get_positions, client=client, **args))
    curve = _curve(ledger)
    if not output.is_table:
        document: dict[str, Any] = {"markets": rows[:-1], "total": rows[-1]}
        if chart:
            document["realized_after_fees"] = [{"ts": ts, "value": value} for ts, value in curve]
        if check:
            document["differences"] = [str(d) for d in differences]
        output.rows(PNL_COLUMNS, rows, document=document)
    else:
        output.rows(
            PNL_COLUMNS,
            rows if ledger.positions else [],
            title="profit and loss (dollars)",
            empty="no fills or settlements",
        )
        if chart and curve:
            width = max(min(output.console.width - 12, 100), 20)
            output.console.print("realized P&L after fees (dollars)", markup=False)
            for line in step_chart(curve, width=width, height=10):
                output.console.print(line, markup=False, highlight=False)
        if check and not differences:
            output.console.print("matches the exchange's positions", markup=False)
    if differences:
        lines = "; ".join(str(d) for d in differences)
        raise CliError(f"the ledger differs from the exchange: {lines}")


def _curve(ledger: Ledger) -> list[tuple[float, Decimal]]:
    """Realized P&L after fees after each fill and settlement."""
    total, curve = ZERO, []
    for entry in ledger.journal:
        total += entry.realized - entry.fee
        curve.append((entry.ts, total))
    return curve
