"""Market data (KalshiMD) of the margin gateway: the books and trades of the perpetual markets a
session subscribes to (`book_feed.py`), as Kalshi's margin market-data page defines them.

A book is bids (MDEntryType 0) and asks (1), both in dollars as they rest on the margin book (an
ask is not turned into a bid at 1 - p as on event contracts), sizes in whole contracts. A trade
entry (2) carries AggressorSide 1 when the taker bought, 2 when it sold. The margin dictionary
has no MDEntryDate(272) or MDEntryTime(273), so the entries carry neither (the generated
messages take them as event contracts only); there is no SecurityStatusRequest on margin.
"""

from __future__ import annotations

from collections.abc import Callable

from kalshi_py.fix import Message

from ..engine.margin import MarginBookDelta, MarginExchange, MarginTradeEvent
from .book_feed import BookFeed, Levels
from .peers import Peer

__all__ = ["MarginMarketData"]


class MarginMarketData(BookFeed):
    """Books and trades of the margin engine for the margin market-data sessions."""

    stamped = False

    def __init__(self, margin: MarginExchange, send: Callable[[Peer, Message], None]) -> None:
        super().__init__(send)
        self.margin = margin

    def lists(self, ticker: str) -> bool:
        return ticker in self.margin.markets

    def live_book(self, ticker: str) -> Levels:
        bids, asks = self.margin.orderbook(ticker)
        return {"0": dict(bids), "1": dict(asks)}

    # --- the engine's events (in order), sent by `flush` ----------------------------------------------

    def on_book_delta(self, event: MarginBookDelta) -> None:
        kind = "0" if event.side == "bid" else "1"
        self.level_change(event.market_ticker, kind, event.price, event.delta, event.ts_ms)

    def on_trade(self, event: MarginTradeEvent) -> None:
        trade = event.trade
        side = "1" if trade.taker_side == "bid" else "2"
        self.trade(event.market_ticker, trade.price, trade.count, side, int(trade.created_time * 1000))
