"""One market's price-time order book, and the sweep of a taker through it.

A `bid` buys at its price; an `ask` sells at its price. In an event-contract market the book is
kept on the YES leg, so an ask sells YES, which is the same as buying NO at `1 - price`; in a
perpetual market (`margin/`) a bid buys and an ask sells the contract itself. Each price level is
a queue in time priority. The book answers the questions matching asks (which resting order a
taker meets next, how much it could fill), and `sweep` walks a taker through it with self-trade
prevention; the matcher (`matcher.py`) asks each product what a trade does to money and
positions (`event_contracts.py`, `margin/perps.py`).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Generic, Literal, Protocol, TypeVar

__all__ = ["Book", "BookSide", "LimitOrder", "Resting", "outcome_side", "sweep"]

BookSide = Literal["bid", "ask"]
_ZERO = Decimal(0)
_ONE = Decimal(1)


def outcome_side(side: BookSide) -> Literal["yes", "no"]:
    """The contract a book side buys: a bid buys YES, an ask buys NO."""
    return "yes" if side == "bid" else "no"


def _opposite(side: BookSide) -> BookSide:
    return "ask" if side == "bid" else "bid"


class Resting(Protocol):
    """What the book reads of an order."""

    @property
    def user_id(self) -> str: ...
    @property
    def side(self) -> BookSide: ...
    @property
    def price(self) -> Decimal: ...
    @property
    def remaining_count(self) -> Decimal: ...
    @property
    def self_trade_prevention_type(self) -> str: ...
    @property
    def is_resting(self) -> bool: ...


@dataclass
class LimitOrder:
    """A limit order of either product, as its desk and its book keep it: its terms and where it
    stands. `side` is the book side; each product's order adds its own money (`objects.Order`,
    `margin.objects.MarginOrder`)."""

    order_id: str
    user_id: str
    client_order_id: str
    ticker: str
    side: BookSide
    price: Decimal
    initial_count: Decimal
    time_in_force: str
    self_trade_prevention_type: str
    created_time: float
    post_only: bool = False
    reduce_only: bool = False
    expiration_time: int | None = None
    order_group_id: str | None = None
    cancel_order_on_pause: bool = False
    subaccount: int = 0
    status: str = "resting"
    fill_count: Decimal = _ZERO
    remaining_count: Decimal = _ZERO
    last_update_time: float = 0.0
    last_update_reason: str | None = None
    priority: int = 0

    @property
    def is_resting(self) -> bool:
        return self.status == "resting"


Order = TypeVar("Order", bound=Resting)
Matched = TypeVar("Matched")


class Book(Generic[Order]):
    """Resting orders of one market on the YES leg: bids buy YES, asks sell YES."""

    def __init__(self) -> None:
        self.bids: dict[Decimal, deque[Order]] = {}
        self.asks: dict[Decimal, deque[Order]] = {}

    def levels(self, side: BookSide) -> dict[Decimal, deque[Order]]:
        return self.bids if side == "bid" else self.asks

    def best_bid(self) -> Decimal | None:
        return max(self.bids) if self.bids else None

    def best_ask(self) -> Decimal | None:
        return min(self.asks) if self.asks else None

    def size_at(self, side: BookSide, price: Decimal) -> Decimal:
        return sum((o.remaining_count for o in self.levels(side).get(price, ())), _ZERO)

    def add(self, order: Order) -> None:
        self.levels(order.side).setdefault(order.price, deque()).append(order)

    def remove(self, order: Order) -> None:
        levels = self.levels(order.side)
        queue = levels.get(order.price)
        if queue is None:
            return
        try:
            queue.remove(order)
        except ValueError:
            return
        if not queue:
            del levels[order.price]

    def holds(self, order: Order) -> bool:
        """Whether `order` is resting in this book."""
        return order in self.levels(order.side).get(order.price, ())

    # ---- matching -------------------------------------------------------------------------------

    def _best_crossed_price(self, order: Order) -> Decimal | None:
        if order.side == "bid":
            best = self.best_ask()
            return None if best is None or best > order.price else best
        best = self.best_bid()
        return None if best is None or best < order.price else best

    def crosses(self, order: Order) -> bool:
        """Whether `order` would trade against a resting order right now."""
        return self._best_crossed_price(order) is not None

    def next_maker(self, taker: Order) -> Order | None:
        """The resting order `taker` meets next: first in time at the best price it crosses."""
        best = self._best_crossed_price(taker)
        return None if best is None else self.levels(_opposite(taker.side))[best][0]

    def fillable(self, order: Order) -> Decimal:
        """Contracts `order` would get right now, given its self-trade prevention."""
        if order.side == "bid":
            crossed = sorted(p for p in self.asks if p <= order.price)
        else:
            crossed = sorted((p for p in self.bids if p >= order.price), reverse=True)
        makers = self.levels(_opposite(order.side))
        total = _ZERO
        for price in crossed:
            for maker in makers[price]:
                if maker.user_id == order.user_id:
                    if order.self_trade_prevention_type == "taker_at_cross":
                        return total
                    continue
                total += maker.remaining_count
                if total >= order.remaining_count:
                    return total
        return total

    # ---- market data ----------------------------------------------------------------------------

    def depth(self, side: BookSide) -> list[tuple[Decimal, Decimal]]:
        """[(price, count)] of one side, best price first."""
        levels = self.levels(side)
        prices = sorted(levels, reverse=side == "bid")
        return [(p, sum((o.remaining_count for o in levels[p]), _ZERO)) for p in prices]

    def bids_by_leg(self) -> tuple[list[tuple[Decimal, Decimal]], list[tuple[Decimal, Decimal]]]:
        """(yes_bids, no_bids), each [(price, count)] ascending; NO bids priced on the NO leg."""
        yes = sorted((p, sum((o.remaining_count for o in q), _ZERO)) for p, q in self.bids.items())
        no = sorted((_ONE - p, sum((o.remaining_count for o in q), _ZERO)) for p, q in self.asks.items())
        return yes, no

    def ahead_of(self, order: Order) -> Decimal:
        """Contracts resting ahead of `order` at its price."""
        ahead = _ZERO
        for other in self.levels(order.side).get(order.price, deque()):
            if other is order:
                break
            ahead += other.remaining_count
        return ahead


def sweep(
    book: Book[Order],
    taker: Order,
    *,
    execute: Callable[[Order, Decimal], Matched],
    cancel: Callable[[Order, str], object],
) -> list[Matched]:
    """Match `taker` against `book` in price-time order. Each maker it meets trades
    `min(taker, maker)` contracts at the maker's price through `execute(maker, quantity)`, which
    books the trade and takes the contracts off both orders; a maker of the taker's own account
    is canceled (`maker` prevention) or ends the sweep by canceling the taker (`taker_at_cross`).
    Returns what `execute` returned, in order."""
    matched: list[Matched] = []
    while taker.remaining_count > 0 and taker.is_resting:
        maker = book.next_maker(taker)
        if maker is None:
            break
        if maker.user_id == taker.user_id:
            if taker.self_trade_prevention_type == "taker_at_cross":
                cancel(taker, "SelfTradeCancel")
                break
            cancel(maker, "SelfTradeCancel")
            continue
        matched.append(execute(maker, min(taker.remaining_count, maker.remaining_count)))
    return matched
