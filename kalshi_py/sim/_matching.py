"""Matching in the local exchange: an order meets the book, trades, rests, and comes off it.

A taker meets resting makers in price-time order at the maker's price (`_book.py`), with
self-trade prevention. Each trade books both sides on their owners: fee (accumulated per order and
rounded up to the cent once), cash, position and cost basis, and the market's collateral. Every
change is emitted as an event (`events.py`), delivered when the outer call ends.
"""

from __future__ import annotations

import copy
from decimal import Decimal

from ._accounts import closable_holding
from ._book import outcome_side
from ._core import ExchangeCore
from ._fees import ceil_cent, fee_before_rounding
from ._objects import (
    ONE,
    ZERO,
    Fill,
    Market,
    MarketPosition,
    Order,
    OrderResult,
    Trade,
)
from .events import (
    BookDelta,
    FillEvent,
    OrderUpdate,
    PositionUpdate,
    TradeEvent,
)

__all__ = ["Matching"]


class Matching(ExchangeCore):
    """Trading an order against the book and taking orders off it."""

    def _trade(self, market: Market, order: Order, now: float, *, rest: bool) -> OrderResult:
        """Match `order`, then rest what is left of it (`rest`) or cancel that."""
        fills = self._match(market, order)
        if order.remaining_count > 0 and order.is_resting:
            if rest:
                self._rest(market, order)
            else:
                self._cancel(order, None)
        elif order.remaining_count == 0 and order.is_resting:
            self._finish(order)
        self._emit_order(order)
        self._check_groups_after_fills(fills)
        return OrderResult(order, fills, now)

    def _match(self, market: Market, taker: Order) -> list[Fill]:
        fills: list[Fill] = []
        while taker.remaining_count > 0 and taker.is_resting:
            maker = market.book.next_maker(taker)
            if maker is None:
                break
            if maker.user_id == taker.user_id:
                if taker.self_trade_prevention_type == "taker_at_cross":
                    self._cancel(taker, "SelfTradeCancel")
                    break
                self._cancel(maker, "SelfTradeCancel")
                continue
            quantity = min(taker.remaining_count, maker.remaining_count)
            fills.append(self._execute(market, taker, maker, quantity))
        return fills

    def _execute(self, market: Market, taker: Order, maker: Order, quantity: Decimal) -> Fill:
        """Trade `quantity` contracts at the maker's price; returns the taker's fill."""
        now = self._now()
        price = maker.price
        trade_id = self._new_id()
        series = self.series[market.series_ticker]
        self._emit_book_delta(maker, -quantity, now)
        maker.remaining_count -= quantity
        if maker.remaining_count == 0:
            market.book.remove(maker)
        trade = Trade(trade_id, market.ticker, quantity, price, taker.side, now)
        self.trade_log.append(trade)
        self._emit(TradeEvent(market.ticker, trade, self.clock))
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
        self._emit_order(maker)
        for order in (taker, maker):
            self._rebalance_claims(self.accounts[order.user_id], market.ticker, order.side)
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
        account = self.accounts[order.user_id]
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
        self.fees_collected += fee

        # release what the order held for these contracts, then pay for them
        order.closing_claim -= min(order.closing_claim, quantity)
        order.fill_count += quantity
        if is_taker:
            order.remaining_count -= quantity
        order.last_update_time = now
        order.last_update_reason = "Trade"
        self._rereserve(account, order)
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
        self._emit(FillEvent(order.user_id, fill, order.client_order_id, held.position, self.clock))
        self._emit(PositionUpdate(order.user_id, copy.copy(held), self.clock))
        self._note_group_fill(order, quantity, now)
        return fill, opening

    def _rest(self, market: Market, order: Order) -> None:
        market.book.add(order)
        self._emit_book_delta(order, order.remaining_count)

    def _finish(self, order: Order) -> None:
        """An order that has no contracts left: executed, its reservation returned."""
        order.status = "executed"
        order.remaining_count = ZERO
        order.closing_claim = ZERO
        self._rereserve(self.accounts[order.user_id], order)
        self._retire(order)

    def _cancel(self, order: Order, reason: str | None) -> Decimal:
        """Take an order off the book; returns the contracts that were still open."""
        if order.status != "resting":
            return ZERO
        market = self.markets[order.ticker]
        reduced = order.remaining_count
        in_book = market.book.holds(order)
        if in_book:
            market.book.remove(order)
            self._emit_book_delta(order, -reduced)
        order.status = "canceled"
        order.remaining_count = ZERO
        order.closing_claim = ZERO
        order.last_update_time = self._now()
        order.last_update_reason = reason
        self._rereserve(self.accounts[order.user_id], order)
        self._retire(order)
        if in_book:
            self._emit_order(order)
        return reduced

    def _retire(self, order: Order) -> None:
        """Forget a no-longer-resting order in its account's index of resting orders."""
        account = self.accounts[order.user_id]
        account.resting.get((order.ticker, order.side), {}).pop(order.order_id, None)

    def _emit_order(self, order: Order) -> None:
        if self._listeners:  # the snapshot costs; a catalogue being built has no one listening
            self._emit(OrderUpdate(order.user_id, copy.copy(order), self.clock))

    def _emit_book_delta(self, order: Order, delta: Decimal, now: float | None = None) -> None:
        """Tick the clock and announce that `order`'s resting size at its price moved by `delta`."""
        self.clock += 1
        self._emit(
            BookDelta(
                order.ticker,
                outcome_side(order.side),
                order.leg_price,
                delta,
                self.clock,
                int((self._now() if now is None else now) * 1000),
                order.client_order_id,
                order.user_id,
                order.subaccount,
            )
        )
