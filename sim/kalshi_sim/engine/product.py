"""`Product`: what sets one product apart on the order lifecycle both products share.

The desk (`desk.py`) and the matcher (`matcher.py`) run the same lifecycle for event contracts
and for perpetual futures: accept an order, rest it, match it in price-time order, fill, amend,
decrease, cancel, expire. What differs is asked of the product through this seam:

- its markets: which market a ticker names, whether it is trading, how a price and a count are
  read (a YES price on a grid, or a price on a tick);
- its money: whether a new order can pay (a reservation of cash, or margin), what an order holds
  back while it rests, and what a fill does to cash and positions;
- its words: the trade print, the result of an order and the events announced.

`event_contracts.EventContracts` is the event-contract product, `margin.perps.Perps` the margin
one. The type variables below (`OrderT`, `FillT`, ...) are those the desk and matcher are generic in.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from .book import Book, BookSide, LimitOrder
from .groups import MatchedFill

__all__ = ["PrintedTrade", "Product", "TradedMarket"]


class TradedMarket(Protocol):
    """What the lifecycle reads of a market: its ticker and its book."""

    ticker: str
    book: Book[Any]


class PrintedTrade(Protocol):
    """What the lifecycle reads of a trade print: its market and when it traded."""

    @property
    def ticker(self) -> str: ...
    @property
    def created_time(self) -> float: ...


OrderT = TypeVar("OrderT", bound=LimitOrder)
FillT = TypeVar("FillT", bound=MatchedFill)
MarketT = TypeVar("MarketT", bound=TradedMarket)
TradeT = TypeVar("TradeT", bound=PrintedTrade)
ResultT = TypeVar("ResultT")
EventT = TypeVar("EventT")


class Product(Protocol[OrderT, FillT, MarketT, TradeT, ResultT, EventT]):
    """One product's markets, money and words: its orders, fills, markets, trade prints, order
    results and events. A hook with a body does nothing unless the product says otherwise."""

    order_type: type[OrderT]
    """The product's order: a `LimitOrder` with the product's money on it."""
    trade_type: Callable[[str, str, Decimal, Decimal, BookSide, float], TradeT]
    """The public print of a trade: (trade_id, ticker, count, price, taker_side, created_time)."""
    result_type: Callable[[OrderT, list[FillT], float], ResultT]
    """What placing (or amending) an order did: (order, its own fills, ts)."""
    trade_event: Callable[[str, TradeT, int], EventT]
    """The event announcing a public trade: (market_ticker, trade, clock)."""
    order_update: Callable[[str, OrderT, int], EventT]
    """The event announcing an order (a snapshot) as it stands: (user_id, order, clock)."""
    reduce_only_time_in_force: tuple[str, ...]
    """The times in force a reduce-only order may have."""

    # ---- markets ---------------------------------------------------------------------------------

    def market(self, ticker: str) -> MarketT:
        """The market `ticker` names; 404 not_found when there is none."""
        ...

    def check_trading(self, market: MarketT) -> None:
        """Refuse orders in a market that is not trading, saying why."""
        ...

    def price(self, market: MarketT, value: object) -> Decimal:
        """`value` read as a limit price the market takes."""
        ...

    def count(
        self, market: MarketT, value: object, what: str = "count", *, allow_zero: bool = False
    ) -> Decimal:
        """`value` read as a contract count the market takes (`what` names it in errors)."""
        ...

    # ---- money -----------------------------------------------------------------------------------

    def check_subaccount(self, user_id: str, subaccount: int) -> None:
        """Refuse an order of a subaccount the member does not have."""
        return None

    def admit(self, order: OrderT) -> str | None:
        """Size a new order (a reduce-only order shrinks to what it can close) and refuse it, with
        an ExchangeError, when it cannot pay. Returns the reason to cancel it unmatched instead,
        or None to trade it."""
        ...

    def track(self, order: OrderT) -> None:
        """Index a new order among its owner's resting orders."""
        ...

    def retire(self, order: OrderT) -> None:
        """Forget an order no longer resting in its owner's index of resting orders."""
        ...

    def reserve(self, order: OrderT) -> None:
        """Make what `order` holds back follow its remaining count (after it was registered,
        resized, filled, canceled or executed)."""
        return None

    def check_replacement(self, order: OrderT, trial: OrderT) -> None:
        """Refuse an amend that moves or grows `order` into `trial` when it cannot pay."""
        ...

    def requeued(self, order: OrderT, trial: OrderT) -> None:
        """Book an amend that moved `order` to the back of the queue at `trial`'s terms."""
        return None

    # ---- trades ----------------------------------------------------------------------------------

    def fill(
        self,
        market: MarketT,
        taker: OrderT,
        maker: OrderT,
        quantity: Decimal,
        *,
        price: Decimal,
        trade_id: str,
        now: float,
    ) -> tuple[FillT, FillT]:
        """Book one trade on both owners and the market's statistics, and announce each side's
        fill. Returns (the taker's fill, the maker's fill)."""
        ...

    def after_trade(
        self, market: MarketT, taker: OrderT, maker: OrderT, cancel: Callable[[OrderT, str], object]
    ) -> None:
        """What a trade leaves to do once both orders are booked (`cancel` takes an order off)."""
        return None

    def book_delta(self, order: OrderT, delta: Decimal, clock: int, ts_ms: int) -> EventT:
        """The event announcing that `order`'s resting size at its price moved by `delta`."""
        ...
