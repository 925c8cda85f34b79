"""One market's price-time order book, kept on the YES leg.

A `bid` buys YES at its price; an `ask` sells YES at its price, which is the same as buying NO at
`1 - price`. Each price level is a queue in time priority. The book answers the questions matching
asks (which resting order a taker meets next, how much it could fill); the trading itself, with
its money and events, is the matcher's (`matcher.py`).
"""

from __future__ import annotations

from collections import deque
from decimal import Decimal
from typing import Generic, Literal, Protocol, TypeVar

__all__ = ["Book", "BookSide", "Resting", "outcome_side"]

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


Order = TypeVar("Order", bound=Resting)


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
