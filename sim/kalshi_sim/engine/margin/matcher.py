"""Matching on the margin exchange: an order sweeps a perpetual market's book (`book.sweep`, the
same price-time walk with self-trade prevention as event contracts), rests or is canceled, and
comes off the book. Each trade books both sides in the ledger (`ledger.book_fill`), updates the
market's statistics and is announced; the subaccounts it touched are kept for the margin check
that ends the call (`touched`)."""

from __future__ import annotations

import copy
from decimal import Decimal

from ..announcer import EventAnnouncer
from ..book import sweep
from ..clock import Clock
from .events import MarginBookDelta, MarginEvent, MarginFillEvent, MarginOrderUpdate, MarginTradeEvent
from .ledger import MarginLedger
from .objects import MarginFill, MarginOrder, MarginOrderResult, MarginTrade, PerpMarket

__all__ = ["MarginMatcher"]

ZERO = Decimal(0)


class MarginMatcher:
    """Trading a margin order against its market's book and taking orders off it."""

    def __init__(
        self,
        clock: Clock,
        announcer: EventAnnouncer[MarginEvent],
        markets: dict[str, PerpMarket],
        ledger: MarginLedger,
    ) -> None:
        self._clock = clock
        self._announcer = announcer
        self._markets = markets
        self._ledger = ledger
        self.trade_log: list[MarginTrade] = []
        self.touched: set[tuple[str, int]] = set()
        """(user_id, subaccount) of every portfolio a trade changed since last taken."""
        self._booked: list[MarginFill] = []

    def trade(
        self, market: PerpMarket, order: MarginOrder, now: float, *, rest: bool
    ) -> tuple[MarginOrderResult, list[MarginFill]]:
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
        return MarginOrderResult(order, fills, now), booked

    def _execute(
        self, market: PerpMarket, taker: MarginOrder, maker: MarginOrder, quantity: Decimal
    ) -> MarginFill:
        """Trade `quantity` contracts at the maker's price; returns the taker's fill."""
        now = self._clock.now()
        price = maker.price
        trade_id = self._clock.new_id()
        maker.remaining_count -= quantity
        maker.last_update_reason = "Trade"
        self.emit_book_delta(maker, -quantity, now)
        if maker.remaining_count == 0:
            market.book.remove(maker)
        trade = MarginTrade(trade_id, market.ticker, quantity, price, taker.side, now)
        self.trade_log.append(trade)
        self._announcer.emit(MarginTradeEvent(market.ticker, trade, self._clock.book))
        fills = []
        for order, is_taker in ((taker, True), (maker, False)):
            fill, long_growth = self._ledger.book_fill(
                market, order, quantity, price, is_taker=is_taker, trade_id=trade_id, now=now
            )
            market.open_interest += long_growth
            self.touched.add((order.user_id, order.subaccount))
            self._booked.append(fill)
            self._announcer.emit(MarginFillEvent(order.user_id, fill, self._clock.book))
            fills.append(fill)
        market.volume += quantity
        market.volume_notional += quantity * price
        market.last_price = price
        if maker.remaining_count == 0:
            self._finish(maker)
        self.emit_order(maker)
        return fills[0]

    def _finish(self, order: MarginOrder) -> None:
        """An order with no contracts left: executed."""
        order.status = "executed"
        order.remaining_count = ZERO
        self.retire(order)

    def cancel(self, order: MarginOrder, reason: str | None) -> Decimal:
        """Take an order off the book; returns the contracts that were still open."""
        if not order.is_resting:
            return ZERO
        market = self._markets[order.ticker]
        reduced = order.remaining_count
        order.last_update_time = self._clock.now()
        order.last_update_reason = reason
        in_book = market.book.holds(order)
        if in_book:
            market.book.remove(order)
            self.emit_book_delta(order, -reduced)
        order.status = "canceled"
        order.remaining_count = ZERO
        self.retire(order)
        if in_book:
            self.emit_order(order)
        return reduced

    def retire(self, order: MarginOrder) -> None:
        """Forget a no-longer-resting order in its member's index of resting orders."""
        self._ledger.accounts[order.user_id].resting.pop(order.order_id, None)

    def take_touched(self) -> set[tuple[str, int]]:
        touched, self.touched = self.touched, set()
        return touched

    def emit_order(self, order: MarginOrder) -> None:
        """Announce `order` as it stands now (a copy: only when someone listens)."""
        if self._announcer.listening:
            self._announcer.emit(MarginOrderUpdate(order.user_id, copy.copy(order), self._clock.book))

    def emit_book_delta(self, order: MarginOrder, delta: Decimal, now: float | None = None) -> None:
        """Tick the clock and announce that `order`'s resting size at its price moved by `delta`."""
        clock = self._clock.tick()
        self._announcer.emit(
            MarginBookDelta(
                order.ticker,
                order.side,
                order.price,
                delta,
                clock,
                int((self._clock.now() if now is None else now) * 1000),
                order.client_order_id,
                order.user_id,
                order.subaccount,
                order.last_update_reason,
            )
        )
