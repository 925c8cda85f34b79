"""`Perps`: the margin product on the shared order lifecycle (`..product`).

Prices are dollars per contract on the market's tick; counts are whole contracts unless the
market trades fractions. A reduce-only order is immediate-or-cancel or fill-or-kill and shrinks
to the position it closes. Orders hold no cash back: an order that could grow a position is
refused when its subaccount's available balance would fall below zero (`risk.py`). A fill books
fee, realized PnL, position and cost in the ledger (`ledger.book_fill`); the subaccounts trades
touched are kept for the margin check that ends the call (`take_touched`).
"""

from __future__ import annotations

from decimal import Decimal

from ...rules import MARGIN_REDUCE_ONLY_TIME_IN_FORCE
from ...wire import count_fp, dollars
from ..announcer import EventAnnouncer
from ..clock import Clock
from ..desk import OrderDesk
from ..errors import ExchangeError
from ..inputs import parse_count, to_decimal
from ..matcher import Matcher
from ..product import Product
from .events import MarginBookDelta, MarginEvent, MarginFillEvent, MarginOrderUpdate, MarginTradeEvent
from .ledger import MarginLedger
from .objects import MarginFill, MarginOrder, MarginOrderResult, MarginTrade, PerpMarket, Portfolio

__all__ = ["MarginDesk", "MarginMatcher", "Perps"]

ZERO = Decimal(0)


class Perps(Product[MarginOrder, MarginFill, PerpMarket, MarginTrade, MarginOrderResult, MarginEvent]):
    """Perpetual futures: prices on a tick, margin instead of reservations (nothing to reserve or
    to move when an order is requeued), fills that move positions and cash."""

    order_type = MarginOrder
    trade_type = MarginTrade
    result_type = MarginOrderResult
    trade_event = MarginTradeEvent
    order_update = MarginOrderUpdate
    reduce_only_time_in_force = MARGIN_REDUCE_ONLY_TIME_IN_FORCE

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
        self.touched: set[tuple[str, int]] = set()
        """(user_id, subaccount) of every portfolio a trade changed since last taken."""

    def take_touched(self) -> set[tuple[str, int]]:
        touched, self.touched = self.touched, set()
        return touched

    # ---- markets ---------------------------------------------------------------------------------

    def market(self, ticker: str) -> PerpMarket:
        market = self._markets.get(ticker)
        if market is None:
            raise ExchangeError(404, "not_found", f"no margin market {ticker}")
        return market

    def check_trading(self, market: PerpMarket) -> None:
        if market.status == "inactive":
            raise ExchangeError(400, "trading_is_paused", f"trading in {market.ticker} is paused")
        if market.status != "active":
            raise ExchangeError(400, "market_closed", f"margin market {market.ticker} is {market.status}")

    def price(self, market: PerpMarket, value: object) -> Decimal:
        price = to_decimal(value, "price")
        if not market.on_tick(price):
            raise ExchangeError(
                400,
                "invalid_order",
                f"price {value} is not a positive multiple of {market.ticker}'s tick "
                f"{dollars(market.tick_size)}",
            )
        return price

    def count(
        self, market: PerpMarket, value: object, what: str = "count", *, allow_zero: bool = False
    ) -> Decimal:
        quantity = parse_count(value, what, allow_zero=allow_zero)
        if not market.fractional_trading_enabled and quantity != quantity.to_integral_value():
            raise ExchangeError(
                400,
                "invalid_order_size",
                f"{market.ticker} trades whole contracts; {what} is {count_fp(quantity)}",
            )
        return quantity

    # ---- money -----------------------------------------------------------------------------------

    def check_subaccount(self, user_id: str, subaccount: int) -> None:
        self._ledger.portfolio(user_id, subaccount)

    def admit(self, order: MarginOrder) -> str | None:
        portfolio = self._ledger.portfolio(order.user_id, order.subaccount)
        if order.reduce_only:
            held = portfolio.position(order.ticker)
            closable = max(-held, ZERO) if order.side == "bid" else max(held, ZERO)
            if closable == 0:
                raise ExchangeError(
                    400,
                    "invalid_order",
                    f"a reduce_only {order.side} has no position in {order.ticker} to reduce",
                )
            order.remaining_count = order.initial_count = min(order.remaining_count, closable)
        self._check_margin(portfolio, order, None)
        return None

    def _check_margin(self, portfolio: Portfolio, order: MarginOrder, replacing: MarginOrder | None) -> None:
        """Refuse `order` (in place of `replacing`) when it could grow a position and leaves the
        subaccount's available balance below zero."""
        resting = self._ledger.accounts[portfolio.user_id].resting.values()
        before = self._ledger.assess(portfolio, self._markets)
        trial = [o for o in resting if o is not replacing] + [order]
        after = self._ledger.assess(portfolio, self._markets, trial)
        if after.growth_margin > before.growth_margin and after.available < 0:
            raise ExchangeError(
                400,
                "insufficient_balance",
                f"the order needs {dollars(after.requirement - before.requirement)} of margin; subaccount "
                f"{portfolio.subaccount} has {dollars(max(before.available, ZERO))} available",
            )

    def track(self, order: MarginOrder) -> None:
        self._ledger.accounts[order.user_id].resting[order.order_id] = order

    def retire(self, order: MarginOrder) -> None:
        self._ledger.accounts[order.user_id].resting.pop(order.order_id, None)

    def check_replacement(self, order: MarginOrder, trial: MarginOrder) -> None:
        self._check_margin(self._ledger.portfolio(order.user_id, order.subaccount), trial, order)

    # ---- trades ----------------------------------------------------------------------------------

    def fill(
        self,
        market: PerpMarket,
        taker: MarginOrder,
        maker: MarginOrder,
        quantity: Decimal,
        *,
        price: Decimal,
        trade_id: str,
        now: float,
    ) -> tuple[MarginFill, MarginFill]:
        fills = []
        for order, is_taker in ((taker, True), (maker, False)):
            fill, long_growth = self._ledger.book_fill(
                market, order, quantity, price, is_taker=is_taker, trade_id=trade_id, now=now
            )
            market.open_interest += long_growth
            self.touched.add((order.user_id, order.subaccount))
            self._announcer.emit(MarginFillEvent(order.user_id, fill, self._clock.book))
            fills.append(fill)
        market.volume += quantity
        market.volume_notional += quantity * price
        market.last_price = price
        return fills[0], fills[1]

    # ---- words -----------------------------------------------------------------------------------

    def book_delta(self, order: MarginOrder, delta: Decimal, clock: int, ts_ms: int) -> MarginEvent:
        return MarginBookDelta(
            order.ticker,
            order.side,
            order.price,
            delta,
            clock,
            ts_ms,
            order.client_order_id,
            order.user_id,
            order.subaccount,
            order.last_update_reason,
        )


MarginMatcher = Matcher[MarginOrder, MarginFill, PerpMarket, MarginTrade, MarginOrderResult, MarginEvent]
"""The matcher of the margin exchange."""
MarginDesk = OrderDesk[MarginOrder, MarginFill, PerpMarket, MarginTrade, MarginOrderResult, MarginEvent]
"""The order desk of the margin exchange."""
