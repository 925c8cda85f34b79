"""Matching: an order meets the book, trades, rests, and comes off it.

A taker meets resting makers in price-time order at the maker's price, with self-trade
prevention (`book.sweep`). Each trade books both sides on their owners in the ledger: fee
(accumulated per order and rounded up to the cent once), cash, position and cost basis, and the
market's collateral. Every change is announced (`events.py`), delivered when the outer call ends.
"""

from __future__ import annotations

import copy
from decimal import Decimal

from .announcer import Announcer
from .book import outcome_side, sweep
from .clock import Clock
from .events import BookDelta, FillEvent, OrderUpdate, PositionUpdate, TradeEvent
from .fees import ceil_cent, fee_before_rounding
from .ledger import Ledger, closable_holding
from .listing import Listing
from .objects import Fill, Market, MarketPosition, Order, OrderResult, Trade

__all__ = ["Matcher"]

ZERO = Decimal(0)
ONE = Decimal(1)


class Matcher:
    """Trading an order against the book and taking orders off it."""

    def __init__(self, clock: Clock, announcer: Announcer, listing: Listing, ledger: Ledger) -> None:
        self._clock = clock
        self._announcer = announcer
        self._listing = listing
        self._ledger = ledger
        self.trade_log: list[Trade] = []
        self._booked: list[Fill] = []

    def trade(
        self, market: Market, order: Order, now: float, *, rest: bool
    ) -> tuple[OrderResult, list[Fill]]:
        """Match `order`, then rest what is left of it (`rest`) or cancel that. Returns the
        result and every fill booked, the makers' included."""
        self._booked = []
        fills = self._match(market, order)
        if order.remaining_count > 0 and order.is_resting:
            if rest:
                self._rest(market, order)
            else:
                self.cancel(order, None)
        elif order.remaining_count == 0 and order.is_resting:
            self._finish(order)
        self.emit_order(order)
        booked, self._booked = self._booked, []
        return OrderResult(order, fills, now), booked

    def _match(self, market: Market, taker: Order) -> list[Fill]:
        return sweep(
            market.book,
            taker,
            execute=lambda maker, quantity: self._execute(market, taker, maker, quantity),
            cancel=self.cancel,
        )

    def _execute(self, market: Market, taker: Order, maker: Order, quantity: Decimal) -> Fill:
        """Trade `quantity` contracts at the maker's price; returns the taker's fill."""
        now = self._clock.now()
        price = maker.price
        trade_id = self._clock.new_id()
        series = self._listing.series[market.series_ticker]
        self.emit_book_delta(maker, -quantity, now)
        maker.remaining_count -= quantity
        if maker.remaining_count == 0:
            market.book.remove(maker)
        trade = Trade(trade_id, market.ticker, quantity, price, taker.side, now)
        self.trade_log.append(trade)
        self._announcer.emit(TradeEvent(market.ticker, trade, self._clock.book))
        opened = ZERO
        taker_fill = self._apply_fill(
            market,
            taker,
            quantity,
            price,
            is_taker=True,
            fee_rate=series.taker_fee_rate,
            trade_id=trade_id,
            now=now,
        )
        opened += taker_fill[1]
        maker_fill = self._apply_fill(
            market,
            maker,
            quantity,
            price,
            is_taker=False,
            fee_rate=series.maker_fee_rate,
            trade_id=trade_id,
            now=now,
        )
        opened += maker_fill[1]
        market.open_interest += opened - quantity
        market.volume += quantity
        market.previous_price = market.last_price
        market.last_price = price
        market.updated_time = now
        series.volume += quantity
        if maker.remaining_count == 0:
            self._finish(maker)
        self.emit_order(maker)
        for order in (taker, maker):
            account = self._ledger.accounts[order.user_id]
            self._ledger.rebalance_claims(account, market.ticker, order.side, self.cancel)
        return taker_fill[0]

    def _apply_fill(
        self,
        market: Market,
        order: Order,
        quantity: Decimal,
        price: Decimal,
        *,
        is_taker: bool,
        fee_rate: Decimal,
        trade_id: str,
        now: float,
    ) -> tuple[Fill, Decimal]:
        """Book one side of a trade on its owner; returns the fill and how many contracts it opened."""
        account = self._ledger.accounts[order.user_id]
        held = account.positions.get(market.ticker)
        if held is None:
            held = account.positions[market.ticker] = MarketPosition(market.ticker, market.event_ticker)
        leg = price if order.side == "bid" else ONE - price
        opposite = closable_holding(held.position, order.side)
        closing = min(quantity, opposite)
        opening = quantity - closing

        # fee, accumulated on the order and rounded up once
        order.fee_accrued += fee_before_rounding(fee_rate, quantity, price)
        fee = ceil_cent(order.fee_accrued) - order.fees_paid
        if is_taker:
            order.taker_fees += fee
            order.taker_fill_cost += quantity * leg
        else:
            order.maker_fees += fee
            order.maker_fill_cost += quantity * leg
        self._ledger.fees_collected += fee

        # release what the order held for these contracts, then pay for them
        order.closing_claim -= min(order.closing_claim, quantity)
        order.fill_count += quantity
        if is_taker:
            order.remaining_count -= quantity
        order.last_update_time = now
        order.last_update_reason = "Trade"
        self._ledger.rereserve(account, order)
        account.balance += closing * (ONE - leg) - opening * leg - fee

        # position bookkeeping
        if closing:
            size = abs(held.position)
            released = (
                held.cost_basis
                if closing == size
                else (held.cost_basis * closing / size).quantize(Decimal("0.000001"))
            )
            held.cost_basis -= released
            held.realized_pnl += closing * (ONE - leg) - released
            held.position += closing if order.side == "bid" else -closing
        if opening:
            held.cost_basis += opening * leg
            held.position += opening if order.side == "bid" else -opening
        held.total_traded += quantity * leg
        held.fees_paid += fee
        held.volume += quantity
        held.last_updated_ts = now
        account.updated_ts = now

        fill = Fill(
            trade_id,
            order.order_id,
            order.user_id,
            market.ticker,
            order.side,
            quantity,
            price,
            is_taker,
            fee,
            now,
            order.subaccount,
        )
        account.fills.append(fill)
        self._booked.append(fill)
        if self._announcer.listening:
            self._announcer.emit(
                FillEvent(order.user_id, fill, order.client_order_id, held.position, self._clock.book)
            )
            self._announcer.emit(PositionUpdate(order.user_id, copy.copy(held), self._clock.book))
        return fill, opening

    def _rest(self, market: Market, order: Order) -> None:
        market.book.add(order)
        self.emit_book_delta(order, order.remaining_count)

    def _finish(self, order: Order) -> None:
        """An order that has no contracts left: executed, its reservation returned."""
        order.status = "executed"
        order.remaining_count = ZERO
        order.closing_claim = ZERO
        self._ledger.rereserve(self._ledger.accounts[order.user_id], order)
        self.retire(order)

    def cancel(self, order: Order, reason: str | None) -> Decimal:
        """Take an order off the book; returns the contracts that were still open."""
        if order.status != "resting":
            return ZERO
        market = self._listing.markets[order.ticker]
        reduced = order.remaining_count
        in_book = market.book.holds(order)
        if in_book:
            market.book.remove(order)
            self.emit_book_delta(order, -reduced)
        order.status = "canceled"
        order.remaining_count = ZERO
        order.closing_claim = ZERO
        order.last_update_time = self._clock.now()
        order.last_update_reason = reason
        self._ledger.rereserve(self._ledger.accounts[order.user_id], order)
        self.retire(order)
        if in_book:
            self.emit_order(order)
        return reduced

    def retire(self, order: Order) -> None:
        """Forget a no-longer-resting order in its account's index of resting orders."""
        account = self._ledger.accounts[order.user_id]
        account.resting.get((order.ticker, order.side), {}).pop(order.order_id, None)

    def emit_order(self, order: Order) -> None:
        """Announce `order` as it stands now (a copy, which costs: only when someone listens)."""
        if self._announcer.listening:
            self._announcer.emit(OrderUpdate(order.user_id, copy.copy(order), self._clock.book))

    def emit_book_delta(self, order: Order, delta: Decimal, now: float | None = None) -> None:
        """Tick the clock and announce that `order`'s resting size at its price moved by `delta`."""
        clock = self._clock.tick()
        self._announcer.emit(
            BookDelta(
                order.ticker,
                outcome_side(order.side),
                order.leg_price,
                delta,
                clock,
                int((self._clock.now() if now is None else now) * 1000),
                order.client_order_id,
                order.user_id,
                order.subaccount,
            )
        )
