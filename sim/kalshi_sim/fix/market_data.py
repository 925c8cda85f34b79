"""Market data (KalshiMD) of the event contracts: the order books and trades of the markets a
session subscribes to (`book_feed.py`), and their trading status.

A book is YES bids (MDEntryType 0) and YES offers (1; a NO bid at p is a YES offer at 1 - p).
SecurityStatusRequest (e) is answered by SecurityStatus (f): 3 trading, 2 halted (paused, closed,
not open yet), 100 determined, 101 settled; with SubscriptionRequestType 1 every later change of
status follows.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from kalshi_py.fix import Message
from kalshi_py.fix import messages as M

from ..engine import BookDelta, Exchange, MarketLifecycle, TradeEvent
from .book_feed import BookFeed, Levels
from .peers import Peer

__all__ = ["MarketData", "trading_status"]

ONE = Decimal(1)
_STATUS = {"active": 3, "determined": 100, "finalized": 101, "settled": 101}
_LIFECYCLE = {"activated": 3, "deactivated": 2, "close_date_updated": 2, "determined": 100, "settled": 101}
"""SecurityTradingStatus(326) after each change the engine announces."""


def trading_status(market_status: str) -> int:
    """SecurityTradingStatus(326) of a market in this status."""
    return _STATUS.get(market_status, 2)


class MarketData(BookFeed):
    """Books, trades and statuses for the market-data sessions; `send(peer, message)` writes."""

    def __init__(self, exchange: Exchange, send: Callable[[Peer, Message], None]) -> None:
        super().__init__(send)
        self.exchange = exchange
        self.status_subscribers: dict[str, list[Peer]] = {}

    def lists(self, ticker: str) -> bool:
        return ticker in self.exchange.markets

    def live_book(self, ticker: str) -> Levels:
        yes, no = self.exchange.markets[ticker].book.bids_by_leg()  # as it stands: no expiry run here
        return {"0": dict(yes), "1": {ONE - price: size for price, size in no}}

    def security_status(self, peer: Peer, request: M.SecurityStatusRequest) -> None:
        market = self.exchange.markets.get(request.symbol)
        if market is None:
            self.send(
                peer,
                M.BusinessMessageReject(
                    ref_seq_num=request.msg_seq_num,
                    ref_msg_type="e",
                    business_reject_reason=2,
                    business_reject_ref_id=request.symbol,
                    text=f"unknown market {request.symbol}",
                ),
            )
            return
        watchers = self.status_subscribers.setdefault(request.symbol, [])
        if request.subscription_request_type == "1" and peer not in watchers:
            watchers.append(peer)
        elif request.subscription_request_type == "2" and peer in watchers:
            watchers.remove(peer)
        status = trading_status(market.status)
        self.send(peer, M.SecurityStatus(symbol=request.symbol, security_trading_status=status))

    def forget(self, peer: Peer) -> None:
        super().forget(peer)
        for watchers in self.status_subscribers.values():
            if peer in watchers:
                watchers.remove(peer)

    # --- the engine's events (in order), sent by `flush` ----------------------------------------------

    def on_book_delta(self, event: BookDelta) -> None:
        kind, price = ("0", event.price_dollars) if event.side == "yes" else ("1", ONE - event.price_dollars)
        self.level_change(event.market_ticker, kind, price, event.delta, event.ts_ms)

    def on_trade(self, event: TradeEvent) -> None:
        trade = event.trade
        side = "1" if trade.taker_side == "bid" else "2"
        self.trade(event.market_ticker, trade.yes_price, trade.count, side, int(trade.created_time * 1000))

    def on_lifecycle(self, event: MarketLifecycle) -> None:
        code = _LIFECYCLE.get(event.event_type)
        watchers = self.status_subscribers.get(event.market_ticker)
        if code is None or not watchers:
            return
        status = M.SecurityStatus(symbol=event.market_ticker, security_trading_status=code)
        for peer in list(watchers):
            self.send(peer, status)
