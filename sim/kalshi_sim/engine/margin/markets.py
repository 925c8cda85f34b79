"""The perpetual markets of the margin exchange: listing them, their status (active, inactive,
closed), their mark prices, and their public order book (the public trades are the matcher's,
`../matcher.py`).

A market's mark price is what its margin and funding are measured at. The exchange has no index
feed: the mark moves when someone sets it (`set_mark_price`: a test, the catalogue, background
activity), and it is reported as both the settlement and the liquidation mark price.
"""

from __future__ import annotations

from decimal import Decimal

from ...rules import FUNDING_INTERVAL_SECONDS, MARGIN_MARKET_STATUSES
from ..announcer import EventAnnouncer
from ..clock import Clock
from ..errors import ExchangeError
from ..inputs import to_decimal
from .events import MarginEvent, MarkPriceUpdate
from .objects import MarginOrder, PerpMarket
from .perps import MarginMatcher

__all__ = ["PerpMarkets"]

ZERO = Decimal(0)


def _positive(value: object, what: str) -> Decimal:
    number = to_decimal(value, what, "invalid_parameters")
    if number <= 0:
        raise ExchangeError(400, "invalid_parameters", f"{what} must be positive, got {value}")
    return number


class PerpMarkets:
    """Perpetual markets by ticker: listing, status, mark prices and the public order book."""

    def __init__(
        self,
        clock: Clock,
        announcer: EventAnnouncer[MarginEvent],
        matcher: MarginMatcher,
        markets: dict[str, PerpMarket],
    ) -> None:
        self._clock = clock
        self._announcer = announcer
        self._matcher = matcher
        self.markets = markets

    def market(self, ticker: str) -> PerpMarket:
        try:
            return self.markets[ticker]
        except KeyError:
            raise ExchangeError(404, "not_found", f"no margin market {ticker}") from None

    def list_market(
        self,
        ticker: str,
        *,
        mark_price: Decimal | str,
        title: str = "",
        asset_class: str = "Crypto",
        contract_size: Decimal | str = "1",
        tick_size: Decimal | str = "0.01",
        maintenance_margin_rate: Decimal | str = "0.05",
        initial_margin_multiplier: Decimal | str = "2",
        funding_interval: int = FUNDING_INTERVAL_SECONDS,
        status: str = "active",
        fractional_trading_enabled: bool = False,
    ) -> PerpMarket:
        """List a perpetual market trading at `mark_price` dollars per contract. Margin: a
        position holds `maintenance_margin_rate` of its notional, and `initial_margin_multiplier`
        times that to open (`risk.py`). Funding is paid every `funding_interval` seconds."""
        if ticker in self.markets:
            raise ExchangeError(409, "already_exists", f"margin market {ticker} already exists")
        if status not in MARGIN_MARKET_STATUSES:
            raise ExchangeError(400, "invalid_parameters", f"unknown margin market status {status!r}")
        if funding_interval <= 0:
            raise ExchangeError(400, "invalid_parameters", "funding_interval must be positive")
        mmr = _positive(maintenance_margin_rate, "maintenance_margin_rate")
        multiplier = to_decimal(initial_margin_multiplier, "initial_margin_multiplier", "invalid_parameters")
        if mmr * max(multiplier, Decimal(1)) >= 1 or multiplier < 1:
            raise ExchangeError(
                400, "invalid_parameters", "margin rates must stay below 1, with a multiplier of at least 1"
            )
        tick = _positive(tick_size, "tick_size")
        mark = _positive(mark_price, "mark_price")
        now = self._clock.now()
        market = PerpMarket(
            ticker=ticker,
            title=title or ticker,
            asset_class=asset_class,
            contract_size=_positive(contract_size, "contract_size"),
            tick_size=tick,
            maintenance_margin_rate=mmr,
            initial_margin_multiplier=multiplier,
            mark_price=mark,
            mark_ts=now,
            funding_interval=funding_interval,
            last_funding_time=int(now) // funding_interval * funding_interval,
            created_time=now,
            status=status,
            fractional_trading_enabled=fractional_trading_enabled,
        )
        self.markets[ticker] = market
        return market

    def set_status(self, ticker: str, status: str) -> PerpMarket:
        """Open (active), pause (inactive) or close a market. Pausing cancels the orders flagged
        `cancel_order_on_pause`; closing cancels every resting order."""
        market = self.market(ticker)
        if status not in MARGIN_MARKET_STATUSES:
            raise ExchangeError(400, "invalid_parameters", f"unknown margin market status {status!r}")
        if market.status == "closed" and status != "closed":
            raise ExchangeError(400, "market_closed", f"margin market {ticker} is closed")
        with self._announcer.transaction():
            market.status = status
            for order in self.resting(ticker):
                if status == "closed" or (status == "inactive" and order.cancel_order_on_pause):
                    self._matcher.cancel(order, None)
        return market

    def set_mark_price(self, ticker: str, price: Decimal | str) -> PerpMarket:
        """Move a market's mark price (the margin check that follows is the exchange's)."""
        market = self.market(ticker)
        market.mark_price = _positive(price, "mark_price")
        market.mark_ts = self._clock.now()
        self._announcer.emit(MarkPriceUpdate(ticker, market.mark_price, self._clock.book))
        return market

    def resting(self, ticker: str) -> list[MarginOrder]:
        """The market's resting orders in time priority."""
        book = self.market(ticker).book
        orders = [o for levels in (book.bids, book.asks) for queue in levels.values() for o in queue]
        return sorted(orders, key=lambda o: o.priority)

    def orderbook(
        self, ticker: str, depth: int = 0
    ) -> tuple[list[tuple[Decimal, Decimal]], list[tuple[Decimal, Decimal]]]:
        """(bids, asks), each [(price, count)] best first; `depth` > 0 keeps that many levels."""
        book = self.market(ticker).book
        bids, asks = book.depth("bid"), book.depth("ask")
        return (bids[:depth], asks[:depth]) if depth > 0 else (bids, asks)
