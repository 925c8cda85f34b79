"""`EventContracts`: the event-contract product on the shared order lifecycle (`product.py`).

Prices are YES prices on the market's price grid. An order reserves, from its own subaccount,
the cost of the contracts it would open plus the most fee it could still be charged, and claims
the contracts of that subaccount's position it would close (`ledger.py`). A fill books both sides
on their owners' subaccounts: fee
(accumulated per order and rounded up to the cent once), cash, position and cost basis, and the
market's collateral (`open_interest`).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal

from ..wire import dollars
from .announcer import Announcer
from .book import outcome_side
from .clock import Clock
from .desk import OrderDesk
from .errors import ExchangeError
from .events import BookDelta, ExchangeEvent, FillEvent, OrderUpdate, PositionUpdate, TradeEvent
from .fees import ceil_cent, fee_before_rounding
from .inputs import parse_count
from .ledger import Ledger, closable_holding
from .listing import Listing
from .matcher import Matcher
from .objects import Fill, Market, MarketPosition, Order, OrderResult, Trade
from .order_rules import check_trading, price_on_grid
from .product import Product

__all__ = ["Canceled", "ContractDesk", "ContractMatcher", "EventContracts"]

ZERO = Decimal(0)
ONE = Decimal(1)

Canceled = tuple[Order, Decimal]
"""A canceled order and how many contracts it still had open."""


class EventContracts(Product[Order, Fill, Market, Trade, OrderResult, ExchangeEvent]):
    """Event contracts: YES prices on a grid, cash reservations, fills that buy contracts."""

    order_type = Order
    trade_type = Trade
    result_type = OrderResult
    trade_event = TradeEvent
    order_update = OrderUpdate
    reduce_only_time_in_force = ("immediate_or_cancel",)

    def __init__(self, clock: Clock, announcer: Announcer, listing: Listing, ledger: Ledger) -> None:
        self._clock = clock
        self._announcer = announcer
        self._listing = listing
        self._ledger = ledger

    # ---- markets ---------------------------------------------------------------------------------

    def market(self, ticker: str) -> Market:
        return self._listing.market(ticker)

    def check_trading(self, market: Market) -> None:
        check_trading(market)

    def price(self, market: Market, value: object) -> Decimal:
        return price_on_grid(market, value)

    def count(
        self, market: Market, value: object, what: str = "count", *, allow_zero: bool = False
    ) -> Decimal:
        return parse_count(value, what, allow_zero=allow_zero)

    # ---- money -----------------------------------------------------------------------------------

    def check_subaccount(self, user_id: str, subaccount: int) -> None:
        self._ledger.subaccount(user_id, subaccount)

    def admit(self, order: Order) -> str | None:
        holder = self._ledger.subaccount_of(order)
        closable = self._ledger.closable(holder, order.ticker, order.side)
        if order.reduce_only:
            if closable == 0:
                return "ReduceOnlyCancel"
            order.remaining_count = min(order.remaining_count, closable)
        order.closing_claim = min(order.remaining_count, closable)
        need = self._ledger.reservation(order)
        if need > holder.balance:
            raise ExchangeError(
                400,
                "insufficient_balance",
                f"order needs {dollars(need)} but the available balance is {dollars(holder.balance)}",
            )
        self._ledger.note_claim(holder, order)  # only an order taken claims part of the position
        return None

    def track(self, order: Order) -> None:
        account = self._ledger.accounts[order.user_id]
        account.resting.setdefault((order.ticker, order.side), {})[order.order_id] = order

    def retire(self, order: Order) -> None:
        account = self._ledger.accounts[order.user_id]
        account.resting.get((order.ticker, order.side), {}).pop(order.order_id, None)

    def reserve(self, order: Order) -> None:
        order.closing_claim = min(order.closing_claim, order.remaining_count)
        self._ledger.rereserve(self._ledger.subaccount_of(order), order)

    def check_replacement(self, order: Order, trial: Order) -> None:
        holder = self._ledger.subaccount_of(order)
        closable = self._ledger.closable(holder, order.ticker, order.side, exclude=order)
        trial.closing_claim = min(trial.remaining_count, closable)
        need = self._ledger.reservation(trial) - order.reserved
        if need > holder.balance:
            raise ExchangeError(
                400,
                "insufficient_balance",
                f"the amended order needs {dollars(need)} more than the available {dollars(holder.balance)}",
            )

    def requeued(self, order: Order, trial: Order) -> None:
        account = self._ledger.accounts[order.user_id]
        holder = self._ledger.subaccount_of(order)
        same_side = account.resting[(order.ticker, order.side)]
        same_side[order.order_id] = same_side.pop(order.order_id)  # back of the time priority
        order.closing_claim = trial.closing_claim
        holder.claiming.get((order.ticker, order.side), {}).pop(order.order_id, None)
        self._ledger.note_claim(holder, order)
        self._ledger.rereserve(holder, order)

    # ---- trades ----------------------------------------------------------------------------------

    def fill(
        self,
        market: Market,
        taker: Order,
        maker: Order,
        quantity: Decimal,
        *,
        price: Decimal,
        trade_id: str,
        now: float,
    ) -> tuple[Fill, Fill]:
        series = self._listing.series[market.series_ticker]
        fills: list[Fill] = []
        opened = ZERO
        for order, rate in ((taker, series.taker_fee_rate), (maker, series.maker_fee_rate)):
            fill, opening = self._book(
                market,
                order,
                quantity,
                price,
                is_taker=order is taker,
                fee_rate=rate,
                trade_id=trade_id,
                now=now,
            )
            fills.append(fill)
            opened += opening
        market.open_interest += opened - quantity
        market.volume += quantity
        market.previous_price = market.last_price
        market.last_price = price
        market.updated_time = now
        series.volume += quantity
        return fills[0], fills[1]

    def _book(
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
        """Book one side of a trade on its owner's subaccount; returns the fill and how many
        contracts it opened."""
        account = self._ledger.accounts[order.user_id]
        holder = account.subaccounts[order.subaccount]
        held = holder.positions.get(market.ticker)
        if held is None:
            held = holder.positions[market.ticker] = MarketPosition(
                market.ticker, market.event_ticker, order.subaccount
            )
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
        self._ledger.rereserve(holder, order)
        holder.balance += closing * (ONE - leg) - opening * leg - fee

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
        holder.updated_ts = now

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
        if self._announcer.listening:
            self._announcer.emit(
                FillEvent(order.user_id, fill, order.client_order_id, held.position, self._clock.book)
            )
            self._announcer.emit(PositionUpdate(order.user_id, copy.copy(held), self._clock.book))
        return fill, opening

    def after_trade(
        self, market: Market, taker: Order, maker: Order, cancel: Callable[[Order, str], object]
    ) -> None:
        """Shrink the closing claims the trade made stale, on both owners' subaccounts."""
        for order in (taker, maker):
            holder = self._ledger.subaccount_of(order)
            self._ledger.rebalance_claims(holder, market.ticker, order.side, cancel)

    # ---- words -----------------------------------------------------------------------------------

    def book_delta(self, order: Order, delta: Decimal, clock: int, ts_ms: int) -> ExchangeEvent:
        return BookDelta(
            order.ticker,
            outcome_side(order.side),
            order.leg_price,
            delta,
            clock,
            ts_ms,
            order.client_order_id,
            order.user_id,
            order.subaccount,
        )


ContractMatcher = Matcher[Order, Fill, Market, Trade, OrderResult, ExchangeEvent]
"""The matcher of the event-contract exchange."""
ContractDesk = OrderDesk[Order, Fill, Market, Trade, OrderResult, ExchangeEvent]
"""The order desk of the event-contract exchange."""
