"""The local Kalshi exchange in memory: `Exchange` and the `ExchangeError` it raises.

No I/O happens here. `Exchange` keeps accounts, lists the catalogue, runs each market's lifecycle,
matches orders in each market's price-time book on the YES leg, charges fees and settles.
Positions are signed (positive YES, negative NO). Money is `Decimal` dollars throughout.

Money model. An account's `balance` is what it can spend; `reserved` is what its open orders
hold back (the cost of the contracts they would open plus the most fee they could be charged).
Every contract pair (one YES holder, one NO holder) is backed by $1 of collateral held by the
market, so `open_interest` dollars sit there until settlement pays them out. At every moment

    sum(balance + reserved for every account) + sum(open_interest) + fees_collected
        == every dollar ever deposited

and `Exchange.total_money()` computes the left-hand side.

Where things live. `Exchange` is one object made of parts, each a mixin over the shared state:

    _core.py          ExchangeCore: the state, ids, clock, event delivery; ExchangeError;
                      reading decimal input
    _accounts.py      accounts, deposits, balances, reservations, positions, fills, settlements
    _markets.py       listing series/events/markets, the market lifecycle (open, pause, close,
                      determine, settle), order book and trades
    _orders.py        create, cancel, decrease, amend, batches, expiry, order queries
    _matching.py      an order against the book: match, trade, fill, rest, cancel
    _order_groups.py  order groups and their rolling 15-second contracts limit
    _book.py          one market's price-time book      _fees.py   fee formulas
    _objects.py       the objects handed out, with their API shapes
    events.py         what the exchange announces to subscribers
    catalogue.py      the seeded catalogue a new exchange starts with
"""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal

from ._accounts import Accounts
from ._core import ExchangeError
from ._markets import Markets
from ._matching import Matching
from ._objects import (
    ZERO,
    Account,
    Event,
    EventPosition,
    Fill,
    Market,
    MarketPosition,
    Order,
    OrderGroup,
    OrderResult,
    PriceRange,
    Series,
    Settlement,
    Trade,
)
from ._order_groups import OrderGroups
from ._orders import BatchItem, Orders

__all__ = [
    "Account",
    "BatchItem",
    "Event",
    "EventPosition",
    "Exchange",
    "ExchangeError",
    "Fill",
    "Market",
    "MarketPosition",
    "Order",
    "OrderGroup",
    "OrderResult",
    "PriceRange",
    "Series",
    "Settlement",
    "Trade",
]


class Exchange(Orders, Matching, OrderGroups, Markets, Accounts):
    """A whole Kalshi exchange in memory, deterministic for a given seed and clock."""

    def __init__(
        self,
        seed: int = 0,
        *,
        catalogue: bool = True,
        clock: Callable[[], float] = time.time,
        catalogue_markets: int | None = None,
    ) -> None:
        super().__init__(seed, clock)
        if catalogue:
            from .catalogue import populate

            populate(self, seed, markets=catalogue_markets)

    def generate_markets(self, n: int, *, series_ticker: str = "KXSIMGEN") -> list[Market]:
        """List `n` plain active markets with empty books (for paging through many markets)."""
        from .catalogue import generate_markets

        return generate_markets(self, n, series_ticker=series_ticker)

    def total_money(self) -> Decimal:
        """Every dollar in the exchange: cash, reservations, collateral and fees (see module doc)."""
        cash = sum((a.balance + a.reserved for a in self.accounts.values()), ZERO)
        collateral = sum((m.open_interest for m in self.markets.values()), ZERO)
        return cash + collateral + self.fees_collected
