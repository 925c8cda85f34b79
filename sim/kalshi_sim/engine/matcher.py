"""Matching, the same for both products: an order meets the book, trades, rests, and comes off it.

A taker meets resting makers in price-time order at the maker's price, with self-trade
prevention (`book.sweep`). Each trade is printed and booked on both owners by the product
(`product.py`: what a fill does to money and positions), and every change is announced,
delivered when the outer call ends. The matcher keeps the public trade log.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Generic

from .announcer import Emitter
from .book import sweep
from .clock import Clock
from .inputs import in_window
from .product import EventT, FillT, MarketT, OrderT, Product, ResultT, TradeT

__all__ = ["Matcher"]

ZERO = Decimal(0)


class Matcher(Generic[OrderT, FillT, MarketT, TradeT, ResultT, EventT]):
    """Trading an order against its market's book and taking orders off it."""

    def __init__(
        self,
        clock: Clock,
        announcer: Emitter[EventT],
        product: Product[OrderT, FillT, MarketT, TradeT, ResultT, EventT],
    ) -> None:
        self._clock = clock
        self._announcer = announcer
        self._product = product
        self.trade_log: list[TradeT] = []
        self._booked: list[FillT] = []

    def trade(self, market: MarketT, order: OrderT, now: float, *, rest: bool) -> tuple[ResultT, list[FillT]]:
        """Match `order`, then rest what is left of it (`rest`) or cancel that. Returns the
        result and every fill booked, the makers' included."""
        self._booked = []
        fills = sweep(
            market.book,
            order,
            execute=lambda maker, quantity: self._execute(market, order, maker, quantity),
            cancel=self.cancel,
        )
        if order.remaining_count > 0 and order.is_resting:
            if rest:
                market.book.add(order)
                self.emit_book_delta(order, order.remaining_count)
            else:
                self.cancel(order, None)
        elif order.remaining_count == 0 and order.is_resting:
            self._finish(order)
        self.emit_order(order)
        booked, self._booked = self._booked, []
        return self._product.result_type(order, fills, now), booked

    def trades(
        self, ticker: str | None = None, *, min_ts: int | None = None, max_ts: int | None = None
    ) -> list[TradeT]:
        """Public trades, newest first."""
        found = [
            t
            for t in self.trade_log
            if (ticker is None or t.ticker == ticker) and in_window(t.created_time, min_ts, max_ts)
        ]
        return found[::-1]

    def _execute(self, market: MarketT, taker: OrderT, maker: OrderT, quantity: Decimal) -> FillT:
        """Trade `quantity` contracts at the maker's price; returns the taker's fill."""
        now = self._clock.now()
        price = maker.price
        trade_id = self._clock.new_id()
        maker.remaining_count -= quantity
        maker.last_update_reason = "Trade"
        self.emit_book_delta(maker, -quantity, now)
        if maker.remaining_count == 0:
            market.book.remove(maker)
        trade = self._product.trade_type(trade_id, market.ticker, quantity, price, taker.side, now)
        self.trade_log.append(trade)
        self._announcer.emit(self._product.trade_event(market.ticker, trade, self._clock.book))
        taker_fill, maker_fill = self._product.fill(
            market, taker, maker, quantity, price=price, trade_id=trade_id, now=now
        )
        self._booked += (taker_fill, maker_fill)
        if maker.remaining_count == 0:
            self._finish(maker)
        self.emit_order(maker)
        self._product.after_trade(market, taker, maker, self.cancel)
        return taker_fill

    def _finish(self, order: OrderT) -> None:
        """An order that has no contracts left: executed, what it held back returned."""
        order.status = "executed"
        order.remaining_count = ZERO
        self._product.reserve(order)
        self.retire(order)

    def cancel(self, order: OrderT, reason: str | None) -> Decimal:
        """Take an order off the book; returns the contracts that were still open."""
        if not order.is_resting:
            return ZERO
        market = self._product.market(order.ticker)
        reduced = order.remaining_count
        order.last_update_time = self._clock.now()
        order.last_update_reason = reason
        in_book = market.book.holds(order)
        if in_book:
            market.book.remove(order)
            self.emit_book_delta(order, -reduced)
        order.status = "canceled"
        order.remaining_count = ZERO
        self._product.reserve(order)
        self.retire(order)
        if in_book:
            self.emit_order(order)
        return reduced

    def retire(self, order: OrderT) -> None:
        """Forget a no-longer-resting order in its owner's index of resting orders."""
        self._product.retire(order)

    def emit_order(self, order: OrderT) -> None:
        """Announce `order` as it stands now (a copy, which costs: only when someone listens)."""
        if self._announcer.listening:
            self._announcer.emit(
                self._product.order_update(order.user_id, copy.copy(order), self._clock.book)
            )

    def emit_book_delta(self, order: OrderT, delta: Decimal, now: float | None = None) -> None:
        """Tick the clock and announce that `order`'s resting size at its price moved by `delta`."""
        clock = self._clock.tick()
        ts_ms = int((self._clock.now() if now is None else now) * 1000)
        self._announcer.emit(self._product.book_delta(order, delta, clock, ts_ms))
