"""Market data (KalshiMD): order books kept as the same `kalshi_py.orderbook.OrderBook` the
WebSocket client keeps.

    async with MarketDataSession(auth, environment="demo") as md:
        await md.subscribe(["KXFED-26DEC-T4.00"])
        async for book in md.book_updates():
            print(book.best_bid(), book.best_ask())

A snapshot (35=W) replaces a book; incremental refreshes (35=X) set a level's size (New, Change)
or remove it (Delete). Kalshi's FIX books are YES bids (MDEntryType 0) and YES offers (1); an
offer at price p is the NO bid at 1 - p, which is how `OrderBook` holds it. On the margin (Perps)
gateways the books are bids and asks in dollars, kept as the same
`kalshi_py.margin.orderbook.MarginOrderBook` the margin WebSocket client keeps. KalshiMD does not
retransmit: after a reconnect every book is marked stale and subscribed again, and the fresh
snapshots replace them.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterable
from decimal import Decimal
from typing import Any

from ..margin.orderbook import MarginOrderBook
from ..orderbook import OrderBook
from . import messages as M
from ._message import Message
from .client import FixClient
from .errors import MarketDataRejected, SessionClosed
from .session_types import SessionType

__all__ = ["MarketDataSession"]

_ONE = Decimal(1)
Book = OrderBook | MarginOrderBook
"""A market's book: YES/NO for event contracts, bid/ask for margin."""


def _request(kind: str, tickers: list[str]) -> M.MarketDataRequest:
    return M.MarketDataRequest(
        subscription_request_type=kind, related_sym=[M.RelatedSym(symbol=t) for t in tickers]
    )


class MarketDataSession(FixClient):
    """Books, trades and security status of the markets subscribed."""

    session_types = (SessionType.MARKET_DATA,)
    streams = ("messages", "book_updates", "trades")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.books: dict[str, Book] = {}
        """The book of every market subscribed, by market ticker."""
        self.subscribed: set[str] = set()
        self._snapshots: dict[str, list[asyncio.Future[Book]]] = {}
        self._tasks: set[asyncio.Task[Any]] = set()

    # --- requests ---------------------------------------------------------------------------------

    async def subscribe(self, market_tickers: str | Iterable[str], *, timeout: float = 10.0) -> list[Book]:
        """Snapshots and then updates of `market_tickers`; returns their books once every
        snapshot has arrived (`MarketDataRejected` if the exchange refuses)."""
        tickers = [market_tickers] if isinstance(market_tickers, str) else list(market_tickers)
        books = await self._request("1", tickers, timeout)
        self.subscribed.update(tickers)
        return books

    async def snapshot(self, market_ticker: str, *, timeout: float = 10.0) -> Book:
        """One snapshot of a market's book, without updates."""
        (book,) = await self._request("0", [market_ticker], timeout)
        return book

    async def unsubscribe(self, market_tickers: str | Iterable[str] | None = None) -> None:
        """Stop the updates of `market_tickers` (all of them when None)."""
        tickers = [market_tickers] if isinstance(market_tickers, str) else list(market_tickers or ())
        self.send(
            M.MarketDataRequest(
                subscription_request_type="2", related_sym=[M.RelatedSym(symbol=t) for t in tickers]
            )
        )
        for ticker in tickers or list(self.subscribed):
            self.subscribed.discard(ticker)

    async def security_status(self, market_ticker: str, *, timeout: float = 10.0) -> M.SecurityStatus:
        """The trading status of a market (SecurityStatus, 35=f)."""
        answer = await self.ask(
            M.SecurityStatusRequest(subscription_request_type="0", symbol=market_ticker),
            lambda m: isinstance(m, M.SecurityStatus) and m.symbol == market_ticker,
            timeout,
        )
        assert isinstance(answer, M.SecurityStatus)
        return answer

    async def _request(self, kind: str, tickers: list[str], timeout: float) -> list[Book]:
        if not tickers or not all(isinstance(t, str) and t for t in tickers):
            raise ValueError("market data needs at least one market ticker")
        loop = asyncio.get_running_loop()
        futures: list[asyncio.Future[Book]] = [loop.create_future() for _ in tickers]
        for ticker, future in zip(tickers, futures, strict=True):
            self._snapshots.setdefault(ticker, []).append(future)
        try:
            self.send(
                M.MarketDataRequest(
                    subscription_request_type=kind, related_sym=[M.RelatedSym(symbol=t) for t in tickers]
                )
            )
            return list(await asyncio.wait_for(asyncio.gather(*futures), timeout))
        finally:
            for ticker, future in zip(tickers, futures, strict=True):
                waiting = self._snapshots.get(ticker, [])
                if future in waiting:
                    waiting.remove(future)

    # --- streams ----------------------------------------------------------------------------------

    def book_updates(self) -> AsyncIterator[Book]:
        """The book of a market each time a snapshot or an update changed it."""
        return self._stream("book_updates")

    def trades(self) -> AsyncIterator[M.MarketDataIncrementalRefreshMDEntry]:
        """Every trade entry (MDEntryType 2) of the markets subscribed."""
        return self._stream("trades")

    # --- applying messages --------------------------------------------------------------------------

    def _on_message(self, message: Message) -> None:
        if isinstance(message, M.MarketDataSnapshotFullRefresh):
            self._snapshot(message)
        elif isinstance(message, M.MarketDataIncrementalRefresh):
            self._increment(message)
        elif isinstance(message, M.MarketDataRequestReject):
            why = f"{message.text or 'no reason given'} (MDReqRejReason {message.md_req_rej_reason})"
            error = MarketDataRejected(f"market data request refused: {why}", message)
            for waiting in self._snapshots.values():
                for future in waiting:
                    if not future.done():
                        future.set_exception(error)
        super()._on_message(message)

    def _snapshot(self, message: M.MarketDataSnapshotFullRefresh) -> None:
        book = self.books.get(message.symbol)
        if book is None:
            book = self.books[message.symbol] = (MarginOrderBook if self.margin else OrderBook)(
                message.symbol
            )
        sides: tuple[dict[Decimal, Decimal], dict[Decimal, Decimal]] = ({}, {})
        for entry in message.md_entries:
            if entry.md_entry_size > 0 and entry.md_entry_type in ("0", "1"):
                levels, price = self._level(sides, entry.md_entry_type, entry.md_entry_px)
                levels[price] = entry.md_entry_size
        if isinstance(book, MarginOrderBook):
            book.bids, book.asks = sides
        else:
            book.yes, book.no = sides
        book.stale = False
        for future in self._snapshots.pop(message.symbol, []):
            if not future.done():
                future.set_result(book)
        self._publish("book_updates", book)

    def _increment(self, message: M.MarketDataIncrementalRefresh) -> None:
        changed: dict[str, Book] = {}
        for entry in message.md_entries:
            if entry.md_entry_type == "2":
                self._publish("trades", entry)
                continue
            book = self.books.get(entry.symbol)
            if book is None or book.stale or entry.md_entry_type not in ("0", "1"):
                continue
            sides = (book.bids, book.asks) if isinstance(book, MarginOrderBook) else (book.yes, book.no)
            levels, price = self._level(sides, entry.md_entry_type, entry.md_entry_px)
            if entry.md_update_action == "2" or entry.md_entry_size <= 0:
                levels.pop(price, None)
            else:
                levels[price] = entry.md_entry_size
            changed[entry.symbol] = book
        for book in changed.values():
            self._publish("book_updates", book)

    def _level(
        self, sides: tuple[dict[Decimal, Decimal], dict[Decimal, Decimal]], entry_type: str, price: Decimal
    ) -> tuple[dict[Decimal, Decimal], Decimal]:
        """The levels an entry belongs to and its price there: bids and asks as they come on
        margin; YES bids, and an offer at p as the NO bid at 1 - p, for event contracts."""
        if entry_type == "0":
            return sides[0], price
        return sides[1], price if self.margin else _ONE - price

    # --- reconnecting -------------------------------------------------------------------------------

    def _on_disconnected(self) -> None:
        for book in self.books.values():
            book.stale = True

    def _on_logged_on(self, first: bool) -> None:
        if first or not self.subscribed:
            return
        task = asyncio.get_running_loop().create_task(self._resubscribe())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _resubscribe(self) -> None:
        try:
            await self._request("1", sorted(self.subscribed), 30.0)
        except (asyncio.TimeoutError, MarketDataRejected, SessionClosed) as exc:
            self.notices.append(f"subscribing again after the reconnect failed: {exc}")
