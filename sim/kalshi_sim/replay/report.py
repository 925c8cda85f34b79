"""`BacktestReport`: what an account did during a replay. Its fills and fees, its P&L through
settlement (markets the recording settled pay out; positions still open are marked at the
recorded mid price at the end), the equity curve and its worst drawdown, and the positions over
time; `write_html` draws them (an HTML page with inline SVG, no other dependency).

The accounting is `kalshi_py.safety.Ledger`'s, fed with the engine's fills and settlements.
Times are the recording's, in ns since the epoch; money is `Decimal` dollars.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from kalshi_py.safety import Ledger, LedgerFill, LedgerSettlement

from ..engine import Account
from .chart import equity_page

__all__ = ["BacktestReport", "EquitySample", "build_report"]

ZERO = Decimal(0)
ONE = Decimal(1)


@dataclass(frozen=True)
class EquitySample:
    """The recorded mark (mid YES price) of each market held, at one instant."""

    ts_ns: int
    marks: dict[str, Decimal]


@dataclass
class BacktestReport:
    user_id: str
    start_ns: int
    end_ns: int
    frames: int
    fills: list[dict[str, Any]]
    contracts: Decimal
    fees: Decimal
    realized_pnl: Decimal
    settlement_revenue: Decimal
    unrealized_pnl: Decimal
    pnl: Decimal
    """Realized P&L less fees plus the unrealized P&L of what is still open: the equity change."""
    max_drawdown: Decimal
    positions: dict[str, Decimal]
    marks: dict[str, Decimal]
    equity: list[tuple[int, Decimal]] = field(default_factory=list)
    position_history: dict[str, list[tuple[int, Decimal]]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """The report as JSON values (money and counts as strings)."""
        return {
            "user_id": self.user_id,
            "start_ns": self.start_ns,
            "end_ns": self.end_ns,
            "frames": self.frames,
            "fills": self.fills,
            "contracts": str(self.contracts),
            "fees": str(self.fees),
            "realized_pnl": str(self.realized_pnl),
            "settlement_revenue": str(self.settlement_revenue),
            "unrealized_pnl": str(self.unrealized_pnl),
            "pnl": str(self.pnl),
            "max_drawdown": str(self.max_drawdown),
            "positions": {k: str(v) for k, v in self.positions.items()},
            "marks": {k: str(v) for k, v in self.marks.items()},
            "equity": [[ts, str(value)] for ts, value in self.equity],
            "position_history": {
                k: [[ts, str(value)] for ts, value in points] for k, points in self.position_history.items()
            },
        }

    def summary(self) -> str:
        """A few lines for a terminal."""
        seconds = (self.end_ns - self.start_ns) / 1e9
        lines = [
            f"replayed {self.frames} frames over {seconds:.1f} s of recording",
            f"fills {len(self.fills)} ({self.contracts} contracts), fees ${self.fees}",
            f"P&L ${self.pnl:.4f} (realized ${self.realized_pnl:.4f}, "
            f"settlements ${self.settlement_revenue}, "
            f"open ${self.unrealized_pnl:.4f}), max drawdown ${self.max_drawdown:.4f}",
        ]
        for ticker, position in self.positions.items():
            if position:
                lines.append(f"  holding {position} {ticker} (marked at {self.marks.get(ticker)})")
        return "\n".join(lines)

    def write_json(self, path: str | os.PathLike[str]) -> Path:
        target = Path(path)
        target.write_text(json.dumps(self.as_json(), indent=2) + "\n")
        return target

    def write_html(self, path: str | os.PathLike[str]) -> Path:
        """The equity curve and positions over time as a self-contained HTML page."""
        target = Path(path)
        page = equity_page(
            self.summary(), (self.start_ns, self.end_ns), self.equity, self.position_history, self.fills
        )
        target.write_text(page)
        return target


def _ledger_items(account: Account) -> list[tuple[float, int, LedgerFill | LedgerSettlement]]:
    items: list[tuple[float, int, LedgerFill | LedgerSettlement]] = []
    for order, fill in enumerate(account.fills):
        entry = LedgerFill(
            fill.fill_id, fill.order_id, fill.ticker, fill.side, fill.count, fill.yes_price, fill.fee_cost,
            fill.created_time,
        )  # fmt: skip
        items.append((fill.created_time, order, entry))
    for order, settled in enumerate(account.settlements, start=len(items)):
        value = (
            settled.value if settled.value is not None else (ONE if settled.market_result == "yes" else ZERO)
        )
        items.append(
            (settled.settled_time, order, LedgerSettlement(settled.ticker, value, settled.settled_time))
        )
    items.sort(key=lambda item: (item[0], item[1]))
    return items


def _value(ledger: Ledger, marks: dict[str, Decimal]) -> Decimal:
    """What the ledger's cash and open positions are worth at `marks`."""
    worth = ledger.cash
    for ticker, held in ledger.positions.items():
        if not held.position:
            continue
        mark = marks.get(ticker)
        if mark is None:  # never marked: at cost
            worth += held.cost_basis
        elif held.position > 0:
            worth += held.position * mark
        else:
            worth += -held.position * (ONE - mark)
    return worth


def build_report(
    account: Account, samples: list[EquitySample], *, start_ns: int, end_ns: int, frames: int
) -> BacktestReport:
    """The report of `account` over a replay from `start_ns` to `end_ns` (`frames` played), its
    equity valued at each of `samples`."""
    ledger = Ledger()
    items = _ledger_items(account)
    marks: dict[str, Decimal] = {}
    equity: list[tuple[int, Decimal]] = [(start_ns, ZERO)]
    history: dict[str, list[tuple[int, Decimal]]] = {}
    peak = drawdown = ZERO
    next_item = 0
    for sample in samples:
        at = sample.ts_ns / 1e9
        while next_item < len(items) and items[next_item][0] <= at:
            ledger.apply(items[next_item][2])
            next_item += 1
        marks.update(sample.marks)
        value = _value(ledger, marks)
        equity.append((sample.ts_ns, value))
        peak = max(peak, value)
        drawdown = max(drawdown, peak - value)
        for ticker, held in ledger.positions.items():
            points = history.setdefault(ticker, [])
            if not points or points[-1][1] != held.position:
                points.append((sample.ts_ns, held.position))
    for _, _, item in items[next_item:]:
        ledger.apply(item)
    fills = [
        {
            "ts_ns": round(fill.created_time * 1e9),
            "market_ticker": fill.ticker,
            "order_id": fill.order_id,
            "book_side": fill.side,
            "count": str(fill.count),
            "yes_price": str(fill.yes_price),
            "fee": str(fill.fee_cost),
            "is_taker": fill.is_taker,
        }
        for fill in account.fills
    ]
    open_marks = {t: marks[t] for t, held in ledger.positions.items() if held.position and t in marks}
    unrealized = ledger.unrealized_pnl(open_marks) if open_marks else ZERO
    return BacktestReport(
        user_id=account.user_id,
        start_ns=start_ns,
        end_ns=end_ns,
        frames=frames,
        fills=fills,
        contracts=sum((p.volume for p in ledger.positions.values()), ZERO),
        fees=ledger.fees,
        realized_pnl=ledger.realized_pnl,
        settlement_revenue=ledger.settlement_revenue,
        unrealized_pnl=unrealized,
        pnl=_value(ledger, marks),
        max_drawdown=drawdown,
        positions={t: held.position for t, held in sorted(ledger.positions.items())},
        marks=dict(sorted(open_marks.items())),
        equity=equity,
        position_history=history,
    )
