"""`Liquidity`: the recorded order books, and the fill model that lets your orders trade
against them on the local exchange's engine.

The fill model (documented in docs/data.md):

- The recorded book of a market is put on the engine as resting orders of a house account, one
  per level and change, as soon as one of your orders enters that market. Your orders then meet
  it under the engine's own rules: price-time priority, self-trade prevention, Kalshi's fees.
- **An order that crosses** fills against the recorded liquidity of that instant, at the
  recorded prices, up to the recorded sizes. What it took stays taken: the level shows the
  recorded size less what you took, until recorded changes at that level have removed as many
  contracts.
- **An order that rests** joins the back of its level: the queue ahead of it is the recorded
  size at that price when it joined. Recorded cancellations come off the back of the queue (the
  recording does not say where), growth joins the back. It fills only when recorded trades at
  its price (or through it) have consumed the queue ahead of it: each recorded trade is played
  as a taker order of a second house account, which meets the queue front first. Recorded
  liquidity that would cross your resting order is held back while your order rests: a resting
  order fills through recorded trades only.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from decimal import Decimal
from typing import Literal

from ..engine import Exchange, ExchangeError, Order, OrderResult
from .recorded import BookDelta, BookSnapshot, Print

__all__ = ["Liquidity"]

ZERO = Decimal(0)
ONE = Decimal(1)

Side = Literal["yes", "no"]
Level = tuple[str, Side, Decimal]


def _book_side(side: Side) -> Literal["bid", "ask"]:
    return "bid" if side == "yes" else "ask"


def _engine_price(side: Side, price: Decimal) -> Decimal:
    """The YES price of a recorded level: a NO bid at `price` is a YES ask at 1 - `price`."""
    return price if side == "yes" else ONE - price


class Liquidity:
    """The recorded books of every market, mirrored onto `exchange` for the markets your orders
    entered; `maker_id` rests the recorded levels, `taker_id` plays the recorded trades."""

    def __init__(self, exchange: Exchange, maker_id: str, taker_id: str) -> None:
        self.exchange = exchange
        self.maker_id = maker_id
        self.taker_id = taker_id
        self._create_order = exchange.create_order
        """The engine's own order entry (yours is wrapped to note what your orders take)."""
        self.books: dict[str, dict[Side, dict[Decimal, Decimal]]] = {}
        self.last_price: dict[str, Decimal] = {}
        self.live: set[str] = set()
        """Markets whose recorded book is on the engine."""
        self.taken: dict[Level, Decimal] = {}
        self.house: dict[Level, list[Order]] = {}

    # --- the recording ---------------------------------------------------------------------------

    def apply_snapshot(self, event: BookSnapshot) -> None:
        ticker = event.market_ticker
        old = self.books.get(ticker)
        self.books[ticker] = {"yes": event.yes, "no": event.no}
        if ticker in self.live:
            for side in ("yes", "no"):
                prices = set(event.yes if side == "yes" else event.no)
                if old is not None:
                    prices |= set(old[side])
                for price in sorted(prices):
                    self._sync(ticker, side, price)

    def apply_delta(self, event: BookDelta, *, sync: bool) -> None:
        ticker = event.market_ticker
        book = self.books.setdefault(ticker, {"yes": {}, "no": {}})[event.side]
        size = book.get(event.price, ZERO) + event.delta
        if size > 0:
            book[event.price] = size
        else:
            book.pop(event.price, None)
        level = (ticker, event.side, event.price)
        if event.delta < 0 and level in self.taken:
            left = self.taken[level] + event.delta
            if left > 0:
                self.taken[level] = left
            else:
                del self.taken[level]
        if sync and ticker in self.live:
            self._sync(*level)

    def apply_print(self, event: Print) -> None:
        """Play a recorded trade against the engine's book when your orders rest on its makers'
        side of that market; then mirror the level when the recording already shows it."""
        ticker = event.market_ticker
        self.last_price[ticker] = event.yes_price
        if ticker not in self.live:
            return
        if self._own_resting(ticker, _book_side(event.maker_side)):
            with contextlib.suppress(ExchangeError):  # a market no longer trading
                self._create_order(
                    self.taker_id,
                    ticker=ticker,
                    side="bid" if event.taker_side == "yes" else "ask",
                    count=event.count,
                    price=event.yes_price,
                    time_in_force="immediate_or_cancel",
                    self_trade_prevention_type="taker_at_cross",
                )
        if event.delta_before:
            self._sync(ticker, event.maker_side, event.maker_price)

    # --- your orders -----------------------------------------------------------------------------

    def enter(self, tickers: Iterable[str]) -> None:
        """Mirror the recorded books of `tickers` onto the engine (before an order enters them)."""
        for ticker in tickers:
            if ticker in self.live or ticker not in self.exchange.markets:
                continue
            self.live.add(ticker)
            book = self.books.get(ticker)
            if book is not None:
                for side in ("yes", "no"):
                    for price in sorted(book[side]):
                        self._sync(ticker, side, price)

    def took(self, result: OrderResult) -> None:
        """Note what an order of yours took from the recorded levels."""
        for fill in result.fills:
            side: Side = "no" if fill.side == "bid" else "yes"
            level = (fill.ticker, side, _engine_price(side, fill.yes_price))
            self.taken[level] = self.taken.get(level, ZERO) + fill.count

    # --- reading ---------------------------------------------------------------------------------

    def mark(self, ticker: str) -> Decimal | None:
        """The recorded mid YES price (one side's best when the other is empty), else the last
        recorded trade price."""
        book = self.books.get(ticker)
        bid = max(book["yes"]) if book and book["yes"] else None
        ask = ONE - max(book["no"]) if book and book["no"] else None
        if bid is not None and ask is not None:
            return (bid + ask) / 2
        if bid is not None or ask is not None:
            return bid if bid is not None else ask
        return self.last_price.get(ticker)

    # --- mirroring -------------------------------------------------------------------------------

    def _own_resting(self, ticker: str, book_side: str) -> bool:
        house = (self.maker_id, self.taker_id)
        for user_id, account in self.exchange.accounts.items():
            if user_id not in house and account.resting.get((ticker, book_side)):
                return True
        return False

    def _sync(self, ticker: str, side: Side, price: Decimal) -> None:
        """Make the house's resting size at a level the recorded size less what you took."""
        level = (ticker, side, price)
        recorded = self.books.get(ticker, {}).get(side, {}).get(price, ZERO)
        target = max(recorded - self.taken.get(level, ZERO), ZERO)
        orders = [o for o in self.house.get(level, ()) if o.is_resting]
        resting = sum((o.remaining_count for o in orders), ZERO)
        try:
            if target > resting:
                result = self._create_order(
                    self.maker_id,
                    ticker=ticker,
                    side=_book_side(side),
                    count=target - resting,
                    price=_engine_price(side, price),
                    time_in_force="good_till_canceled",
                    self_trade_prevention_type="maker",
                    post_only=True,
                )
                if result.order.is_resting:
                    orders.append(result.order)
            while resting > target and orders:
                newest = orders[-1]
                cut = min(resting - target, newest.remaining_count)
                if cut == newest.remaining_count:
                    self.exchange.cancel_order(self.maker_id, newest.order_id)
                    orders.pop()
                else:
                    self.exchange.decrease_order(self.maker_id, newest.order_id, reduce_by=cut)
                resting -= cut
        except ExchangeError:
            pass  # a level the engine refuses (market not trading): left as it is
        if orders:
            self.house[level] = orders
        else:
            self.house.pop(level, None)
