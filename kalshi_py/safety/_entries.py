"""What the ledger books: `LedgerFill` and `LedgerSettlement`, made from REST models, WebSocket
messages or by hand (recorded data, a backtest), and the account's history fetched over REST in
the order it happened."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal

from ..api.portfolio import get_fills, get_settlements
from ..client import Client
from ..models import Fill as RestFill
from ..models import Settlement as RestSettlement
from ..pagination import paginate
from ..types import Unset
from ..ws.messages import Fill as WsFill

__all__ = ["LedgerFill", "LedgerSettlement", "fetch_history"]

ZERO = Decimal(0)
ONE = Decimal(1)


def _value(value: Any, name: str, where: str) -> Any:
    if value is None or isinstance(value, Unset):
        raise ValueError(f"{where} has no {name}")
    return value


@dataclass(frozen=True)
class LedgerFill:
    """One fill as the ledger books it. `book_side` "bid" bought YES, "ask" bought NO (sold YES);
    `yes_price` in dollars; `fee` in dollars; `ts` in Unix seconds."""

    trade_id: str
    order_id: str
    market_ticker: str
    book_side: Literal["bid", "ask"]
    count: Decimal
    yes_price: Decimal
    fee: Decimal = ZERO
    ts: float = 0.0
    subaccount: int = 0

    def __post_init__(self) -> None:
        if self.book_side not in ("bid", "ask"):
            raise ValueError(
                f"fill {self.trade_id}: book_side must be 'bid' or 'ask', got {self.book_side!r}"
            )
        if self.count <= 0 or not ZERO <= self.yes_price <= ONE or self.fee < 0:
            raise ValueError(
                f"fill {self.trade_id}: count must be positive, yes_price within 0..1 and fee not "
                f"negative (got {self.count}, {self.yes_price}, {self.fee})"
            )

    @property
    def leg_price(self) -> Decimal:
        """What one contract cost: the YES price for a bid, the NO price for an ask."""
        return self.yes_price if self.book_side == "bid" else ONE - self.yes_price

    @classmethod
    def of(cls, fill: RestFill | WsFill) -> LedgerFill:
        """The fill of a REST `Fill` or a WebSocket `fill` message."""
        if isinstance(fill, WsFill):
            msg = fill.msg
            ts = msg.ts_ms / 1000 if msg.ts_ms is not None else float(msg.ts or 0)
            return cls(
                trade_id=msg.trade_id,
                order_id=msg.order_id,
                market_ticker=msg.market_ticker,
                book_side=_book_side(msg.book_side, msg.outcome_side, msg.side, msg.action, msg.trade_id),
                count=msg.count_fp,
                yes_price=msg.yes_price_dollars,
                fee=msg.fee_cost or ZERO,
                ts=ts,
                subaccount=msg.subaccount or 0,
            )
        where = f"fill {fill.trade_id or fill.fill_id}"
        created = fill.created_time
        ts = created.timestamp() if isinstance(created, datetime) else float(_value(fill.ts, "time", where))
        ticker = fill.market_ticker if isinstance(fill.market_ticker, str) else fill.ticker
        return cls(
            trade_id=_value(
                fill.trade_id if isinstance(fill.trade_id, str) else fill.fill_id, "trade_id", where
            ),
            order_id=_value(fill.order_id, "order_id", where),
            market_ticker=_value(ticker, "ticker", where),
            book_side=_book_side(
                _given(fill.book_side),
                _given(fill.outcome_side),
                _given(fill.side),
                _given(fill.action),
                where,
            ),
            count=_value(fill.count_fp, "count_fp", where),
            yes_price=_value(fill.yes_price_dollars, "yes_price_dollars", where),
            fee=fill.fee_cost if isinstance(fill.fee_cost, Decimal) else ZERO,
            ts=ts,
            subaccount=fill.subaccount_number if isinstance(fill.subaccount_number, int) else 0,
        )


def _given(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _book_side(
    book_side: str | None, outcome_side: str | None, side: str | None, action: str | None, where: str
) -> Literal["bid", "ask"]:
    if book_side in ("bid", "ask"):
        return book_side  # type: ignore[return-value]
    if outcome_side in ("yes", "no"):
        return "bid" if outcome_side == "yes" else "ask"
    if side in ("yes", "no") and action in ("buy", "sell"):
        return "bid" if (side == "yes") == (action == "buy") else "ask"
    raise ValueError(f"{where}: cannot tell its book side (book_side, outcome_side, side/action)")


@dataclass(frozen=True)
class LedgerSettlement:
    """A market settled: YES pays `value` dollars a contract (1 for yes, 0 for no), NO `1 - value`."""

    market_ticker: str
    value: Decimal
    ts: float = 0.0

    def __post_init__(self) -> None:
        if not ZERO <= self.value <= ONE:
            raise ValueError(
                f"settlement of {self.market_ticker}: value must be within 0..1, got {self.value}"
            )

    @classmethod
    def of(cls, settlement: RestSettlement) -> LedgerSettlement:
        """The settlement of a REST `Settlement` (its `market_result`, or `value` in cents)."""
        where = f"settlement of {settlement.ticker}"
        result = settlement.market_result
        if result in ("yes", "no"):
            value = ONE if result == "yes" else ZERO
        else:
            value = Decimal(_value(settlement.value, "value", where)) / 100
        settled = settlement.settled_time
        return cls(
            market_ticker=_value(settlement.ticker, "ticker", where),
            value=value,
            ts=settled.timestamp() if isinstance(settled, datetime) else 0.0,
        )


def fetch_history(
    client: Client, *, subaccount: int | None = None, min_ts: int | None = None
) -> Iterator[LedgerFill | LedgerSettlement]:
    """Every fill and settlement of the account (of `subaccount`; since `min_ts`), oldest first;
    at the same time, fills before settlements."""
    args: dict[str, Any] = {}
    if subaccount is not None:
        args["subaccount"] = subaccount
    if min_ts is not None:
        args["min_ts"] = min_ts
    fills = [LedgerFill.of(f) for f in paginate(get_fills, client=client, **args)][::-1]  # newest first
    settlements = [LedgerSettlement.of(s) for s in paginate(get_settlements, client=client, **args)][::-1]
    events: list[LedgerFill | LedgerSettlement] = [*fills, *settlements]
    yield from sorted(events, key=lambda e: (e.ts, isinstance(e, LedgerSettlement)))
