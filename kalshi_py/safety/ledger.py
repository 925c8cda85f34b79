"""A P&L ledger: positions, average cost, realized and unrealized P&L, fees and settlement payouts,
built from fills and settlements, reconciled against the exchange.

    ledger = Ledger.from_exchange(client)            # every fill and settlement over REST
    ledger.apply(message)                            # ... or as they come: WebSocket fill and
                                                     # market_lifecycle_v2 messages, REST Fill and
                                                     # Settlement models, LedgerFill/LedgerSettlement
    ledger.positions["KXFED-26DEC-T4.00"].realized_pnl
    ledger.unrealized_pnl({"KXFED-26DEC-T4.00": Decimal("0.42")})
    ledger.reconcile(positions, balance_change=...)  # [] when it agrees with the exchange

It books trades the way Kalshi does. A position is signed (YES > 0, NO < 0). A fill priced at
YES price P costs its own leg (P for a bid, buying YES; 1 - P for an ask, buying NO); when it
meets a position on the other side it closes it first, each closed contract paying `1 - leg`,
and the cost basis of the closed contracts (their share of the average cost) leaves the
position: the difference is realized P&L. Fees are the fills' own, kept apart from P&L. At
settlement YES pays `value` and NO `1 - value` per contract; the payout minus the cost basis
is realized, and the position is closed.

`cash` is what all of it did to the balance: closing proceeds and payouts in, opening costs and
fees out. A session's balance change equals it once no order rests (resting orders hold part of
the balance back) and no money moved in or out.

The ledger is plain data in, numbers out: a backtest feeds it the fills of a replay the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from ..client import Client
from ..models import Fill as RestFill
from ..models import MarketPosition
from ..models import Settlement as RestSettlement
from ..ws.messages import Fill as WsFill
from ..ws.messages import MarketLifecycleV2
from ._entries import LedgerFill, LedgerSettlement, fetch_history

__all__ = ["Difference", "Ledger", "LedgerEntry", "LedgerFill", "LedgerSettlement", "Position"]

ZERO = Decimal(0)
ONE = Decimal(1)
HALF_CENT = Decimal("0.005")


@dataclass
class Position:
    """The ledger's holding in one market."""

    market_ticker: str
    position: Decimal = ZERO
    """Contracts held: YES when positive, NO when negative."""
    cost_basis: Decimal = ZERO
    """What the contracts held cost (their own leg's price)."""
    realized_pnl: Decimal = ZERO
    """Closing proceeds and settlement payouts minus the cost of what they closed (fees apart)."""
    fees: Decimal = ZERO
    settlement_revenue: Decimal = ZERO
    traded: Decimal = ZERO
    """The cost of every contract traded, on its own leg."""
    volume: Decimal = ZERO
    settled: bool = False

    @property
    def average_cost(self) -> Decimal | None:
        """The cost of one contract held, on its own leg; None with no position."""
        return self.cost_basis / abs(self.position) if self.position else None

    def unrealized_pnl(self, yes_price: Decimal) -> Decimal:
        """What the position would gain over its cost basis at `yes_price` (YES at it, NO at 1 - it)."""
        worth = self.position * yes_price if self.position > 0 else -self.position * (ONE - yes_price)
        return worth - self.cost_basis if self.position else ZERO


@dataclass(frozen=True)
class LedgerEntry:
    """What one fill or settlement did: `cash` to the balance, `realized` P&L, `fee`."""

    ts: float
    market_ticker: str
    kind: Literal["fill", "settlement"]
    cash: Decimal
    realized: Decimal
    fee: Decimal


@dataclass(frozen=True)
class Difference:
    """Where the ledger and the exchange disagree."""

    market_ticker: str | None
    name: str
    ledger: Decimal
    exchange: Decimal

    def __str__(self) -> str:
        where = self.market_ticker or "account"
        return f"{where} {self.name}: ledger {self.ledger}, exchange {self.exchange}"


@dataclass
class Ledger:
    """Positions and P&L from fills and settlements (see the module docstring)."""

    positions: dict[str, Position] = field(default_factory=dict)
    journal: list[LedgerEntry] = field(default_factory=list)
    cash: Decimal = ZERO
    _seen: set[tuple[str, str]] = field(default_factory=set, repr=False)
    _determined: dict[str, Decimal] = field(default_factory=dict, repr=False)

    # --- feeding it ------------------------------------------------------------------------------

    def apply(self, item: object) -> LedgerEntry | None:
        """Book one fill or settlement, in any of the forms the module docstring names; a
        fill seen before (same trade and order) or a market settled before is ignored (None).
        A `market_lifecycle_v2` "determined" message is remembered, its "settled" booked."""
        if isinstance(item, LedgerFill):
            return self.apply_fill(item)
        if isinstance(item, LedgerSettlement):
            return self.apply_settlement(item)
        if isinstance(item, (RestFill, WsFill)):
            return self.apply_fill(LedgerFill.of(item))
        if isinstance(item, RestSettlement):
            return self.apply_settlement(LedgerSettlement.of(item))
        if isinstance(item, MarketLifecycleV2):
            msg = item.msg
            if msg.event_type == "determined" and msg.settlement_value is not None:
                self._determined[msg.market_ticker] = msg.settlement_value
            elif msg.event_type == "settled" and msg.market_ticker in self._determined:
                ts = float(msg.settled_ts) if msg.settled_ts is not None else 0.0
                value = self._determined[msg.market_ticker]
                return self.apply_settlement(LedgerSettlement(msg.market_ticker, value, ts))
            return None
        raise TypeError(f"the ledger books fills and settlements, not {type(item).__name__}")

    def apply_fill(self, fill: LedgerFill) -> LedgerEntry | None:
        key = (fill.trade_id, fill.order_id)
        if key in self._seen:
            return None
        self._seen.add(key)
        held = self._position(fill.market_ticker)
        leg = fill.leg_price
        opposite = max(-held.position, ZERO) if fill.book_side == "bid" else max(held.position, ZERO)
        closing = min(fill.count, opposite)
        opening = fill.count - closing
        realized = ZERO
        if closing:
            released = held.cost_basis if closing == opposite else held.cost_basis * closing / opposite
            realized = closing * (ONE - leg) - released
            held.cost_basis -= released
            held.realized_pnl += realized
        held.cost_basis += opening * leg
        held.position += fill.count if fill.book_side == "bid" else -fill.count
        held.fees += fill.fee
        held.traded += fill.count * leg
        held.volume += fill.count
        cash = closing * (ONE - leg) - opening * leg - fill.fee
        return self._book(LedgerEntry(fill.ts, fill.market_ticker, "fill", cash, realized, fill.fee))

    def apply_settlement(self, settlement: LedgerSettlement) -> LedgerEntry | None:
        held = self._position(settlement.market_ticker)
        if held.settled:
            return None
        held.settled = True
        value = settlement.value
        revenue = held.position * value if held.position > 0 else -held.position * (ONE - value)
        realized = revenue - held.cost_basis
        held.realized_pnl += realized
        held.settlement_revenue += revenue
        held.position = held.cost_basis = ZERO
        return self._book(
            LedgerEntry(settlement.ts, settlement.market_ticker, "settlement", revenue, realized, ZERO)
        )

    def _position(self, ticker: str) -> Position:
        held = self.positions.get(ticker)
        if held is None:
            held = self.positions[ticker] = Position(ticker)
        return held

    def _book(self, entry: LedgerEntry) -> LedgerEntry:
        self.cash += entry.cash
        self.journal.append(entry)
        return entry

    @classmethod
    def from_exchange(
        cls, client: Client, *, subaccount: int | None = None, min_ts: int | None = None
    ) -> Ledger:
        """A ledger of every fill and settlement of the account (of `subaccount`; since `min_ts`,
        Unix seconds) fetched over REST, booked in the order they happened."""
        ledger = cls()
        for item in fetch_history(client, subaccount=subaccount, min_ts=min_ts):
            ledger.apply(item)
        return ledger

    # --- reading it ------------------------------------------------------------------------------

    @property
    def realized_pnl(self) -> Decimal:
        return sum((p.realized_pnl for p in self.positions.values()), ZERO)

    @property
    def fees(self) -> Decimal:
        return sum((p.fees for p in self.positions.values()), ZERO)

    @property
    def settlement_revenue(self) -> Decimal:
        return sum((p.settlement_revenue for p in self.positions.values()), ZERO)

    def unrealized_pnl(self, marks: Mapping[str, Decimal]) -> Decimal:
        """Unrealized P&L of the open positions at `marks` (YES prices by market); a market
        without a mark counts at its cost (0)."""
        return sum(
            (p.unrealized_pnl(marks[t]) for t, p in self.positions.items() if p.position and t in marks),
            ZERO,
        )

    def reconcile(
        self,
        positions: Iterable[MarketPosition],
        *,
        balance_change: Decimal | None = None,
        tolerance: Decimal = HALF_CENT,
    ) -> list[Difference]:
        """Where the ledger disagrees with the exchange's `positions` (`GET /portfolio/positions`
        with `settlement_status="all"`, so that closed ones come too) by more than `tolerance`:
        contracts held, cost basis, realized P&L and fees of each market; and, given
        `balance_change` (the balance now minus at the start), `cash`. [] when they agree."""
        differences: list[Difference] = []

        def compare(ticker: str | None, name: str, ours: Decimal, theirs: Decimal) -> None:
            if abs(ours - theirs) > tolerance:
                differences.append(Difference(ticker, name, ours, theirs))

        reported: set[str] = set()
        for found in positions:
            ticker = found.ticker if isinstance(found.ticker, str) else ""
            reported.add(ticker)
            held = self.positions.get(ticker, Position(ticker))
            compare(ticker, "position", held.position, _decimal(found.position_fp))
            compare(ticker, "cost basis", held.cost_basis, _decimal(found.market_exposure_dollars))
            compare(ticker, "realized pnl", held.realized_pnl, _decimal(found.realized_pnl_dollars))
            compare(ticker, "fees", held.fees, _decimal(found.fees_paid_dollars))
        for ticker, held in sorted(self.positions.items()):
            if ticker not in reported and (held.position or held.fees or held.realized_pnl):
                differences.append(Difference(ticker, "missing at the exchange", held.position, ZERO))
        if balance_change is not None:
            compare(None, "cash", self.cash, balance_change)
        return differences


def _decimal(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else ZERO
