"""Market data (KalshiMD): the order books and trades of the markets a session subscribes to,
and their trading status.

MarketDataRequest (V) with SubscriptionRequestType 0 is answered by one snapshot (W) per market;
1 by the snapshot and then every change as MarketDataIncrementalRefresh (X); 2 stops the updates
of the markets named (of every market, when none is). A book is YES bids (MDEntryType 0) and YES
offers (1; a NO bid at p is a YES offer at 1 - p), each level with its whole size. A change sends
the level's new size (MDUpdateAction 0 new, 1 change, 2 delete with size 0), a trade an entry of
type 2 with its AggressorSide; the changes of one engine call go out in one message. A market the
exchange does not list is refused with MarketDataRequestReject. SecurityStatusRequest (e) is
answered by SecurityStatus (f): 3 trading, 2 halted (paused, closed, not open yet), 100
determined, 101 settled; with SubscriptionRequestType 1 every later change of status follows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from decimal import Decimal

from kalshi_py.fix import Message
from kalshi_py.fix import messages as M

from ..engine import BookDelta, Exchange, MarketLifecycle, TradeEvent
from .peers import Peer

__all__ = ["MarketData", "trading_status"]

ZERO = Decimal(0)
ONE = Decimal(1)
_STATUS = {"active": 3, "determined": 100, "finalized": 101, "settled": 101}
_LIFECYCLE = {"activated": 3, "deactivated": 2, "close_date_updated": 2, "determined": 100, "settled": 101}
"""SecurityTradingStatus(326) after each change the engine announces."""


def trading_status(market_status: str) -> int:
    """SecurityTradingStatus(326) of a market in this status."""
    return _STATUS.get(market_status, 2)


def _stamp(ts_ms: int | None = None) -> tuple[str, str]:
    moment = (
        datetime.now(timezone.utc) if ts_ms is None else datetime.fromtimestamp(ts_ms / 1000, timezone.utc)
    )
    return moment.strftime("%Y%m%d"), moment.strftime("%H:%M:%S.") + f"{moment.microsecond // 1000:03d}"


class MarketData:
    """Books, trades and statuses for the market-data sessions; `send(peer, message)` writes."""

    def __init__(self, exchange: Exchange, send: Callable[[Peer, Message], None]) -> None:
        self.exchange = exchange
        self.send = send
        self.books: dict[str, dict[str, dict[Decimal, Decimal]]] = {}
        """The books of the markets someone subscribed to: {"0": bids, "1": offers} by price."""
        self.subscribers: dict[str, list[Peer]] = {}
        self.status_subscribers: dict[str, list[Peer]] = {}
        self._changes: list[M.MarketDataIncrementalRefreshMDEntry] = []

    # --- requests -----------------------------------------------------------------------------------

    def request(self, peer: Peer, request: M.MarketDataRequest) -> None:
        kind = request.subscription_request_type
        tickers = [entry.symbol for entry in request.related_sym if entry.symbol]
        if kind == "2":
            for ticker in tickers or list(self.subscribers):
                self._unsubscribe(peer, ticker)
            return
        if kind not in ("0", "1"):
            text = f"SubscriptionRequestType(263)={kind} is not supported: 0, 1 or 2"
            self.send(peer, M.MarketDataRequestReject(md_req_rej_reason="4", text=text))
            return
        unknown = [t for t in tickers if t not in self.exchange.markets]
        if not tickers or unknown:
            text = (
                f"unknown market {unknown[0]}" if unknown else "name at least one market in NoRelatedSym(146)"
            )
            self.send(peer, M.MarketDataRequestReject(md_req_rej_reason="2", text=text))
            return
        for ticker in tickers:
            if kind == "1":
                book = self._book(ticker)
                if peer not in self.subscribers.setdefault(ticker, []):
                    self.subscribers[ticker].append(peer)
            else:
                book = self.books.get(ticker) or self._live_book(ticker)
            self.send(peer, self._snapshot(ticker, book))

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
        """A session ended: no more updates for it."""
        for ticker in list(self.subscribers):
            self._unsubscribe(peer, ticker)
        for watchers in self.status_subscribers.values():
            if peer in watchers:
                watchers.remove(peer)

    def _unsubscribe(self, peer: Peer, ticker: str) -> None:
        peers = self.subscribers.get(ticker, [])
        if peer in peers:
            peers.remove(peer)
        if not peers:
            self.subscribers.pop(ticker, None)
            self.books.pop(ticker, None)

    # --- books --------------------------------------------------------------------------------------

    def _live_book(self, ticker: str) -> dict[str, dict[Decimal, Decimal]]:
        yes, no = self.exchange.markets[ticker].book.bids_by_leg()  # as it stands: no expiry run here
        return {"0": dict(yes), "1": {ONE - price: size for price, size in no}}

    def _book(self, ticker: str) -> dict[str, dict[Decimal, Decimal]]:
        book = self.books.get(ticker)
        if book is None:
            book = self.books[ticker] = self._live_book(ticker)
        return book

    def _snapshot(
        self, ticker: str, book: dict[str, dict[Decimal, Decimal]]
    ) -> M.MarketDataSnapshotFullRefresh:
        date, clock = _stamp()
        entries = [
            M.MDEntry(
                md_entry_type=kind,
                md_entry_px=price,
                md_entry_size=size,
                md_entry_date=date,
                md_entry_time=clock,
            )
            for kind in ("0", "1")
            for price, size in sorted(book[kind].items(), reverse=kind == "0")
            if size > 0
        ]
        return M.MarketDataSnapshotFullRefresh(symbol=ticker, md_entries=entries)

    # --- the engine's events (in order), sent by `flush` ----------------------------------------------

    def on_book_delta(self, event: BookDelta) -> None:
        book = self.books.get(event.market_ticker)
        if book is None:
            return
        kind, price = ("0", event.price_dollars) if event.side == "yes" else ("1", ONE - event.price_dollars)
        levels = book[kind]
        before = levels.get(price, ZERO)
        after = before + event.delta
        if after <= 0:
            levels.pop(price, None)
            action, after = "2", ZERO
        else:
            levels[price] = after
            action = "1" if before > 0 else "0"
        self._change(
            event.market_ticker, action=action, kind=kind, price=price, size=after, ts_ms=event.ts_ms
        )

    def on_trade(self, event: TradeEvent) -> None:
        if event.market_ticker not in self.books:
            return
        trade = event.trade
        side = "1" if trade.taker_side == "bid" else "2"
        ts_ms = int(trade.created_time * 1000)
        self._change(
            event.market_ticker,
            action="0",
            kind="2",
            price=trade.yes_price,
            size=trade.count,
            ts_ms=ts_ms,
            side=side,
        )

    def on_lifecycle(self, event: MarketLifecycle) -> None:
        code = _LIFECYCLE.get(event.event_type)
        watchers = self.status_subscribers.get(event.market_ticker)
        if code is None or not watchers:
            return
        status = M.SecurityStatus(symbol=event.market_ticker, security_trading_status=code)
        for peer in list(watchers):
            self.send(peer, status)

    def _change(
        self,
        ticker: str,
        *,
        action: str,
        kind: str,
        price: Decimal,
        size: Decimal,
        ts_ms: int,
        side: str | None = None,
    ) -> None:
        date, clock = _stamp(ts_ms)
        self._changes.append(
            M.MarketDataIncrementalRefreshMDEntry(
                md_update_action=action,
                symbol=ticker,
                md_entry_type=kind,
                md_entry_px=price,
                md_entry_size=size,
                md_entry_date=date,
                md_entry_time=clock,
                aggressor_side=side,
            )
        )

    def flush(self) -> None:
        """Send the changes gathered so far, one message per session."""
        if not self._changes:
            return
        changes, self._changes = self._changes, []
        wanted: dict[Peer, list[M.MarketDataIncrementalRefreshMDEntry]] = {}
        for entry in changes:
            for peer in self.subscribers.get(entry.symbol, ()):
                wanted.setdefault(peer, []).append(entry)
        for peer, entries in wanted.items():
            self.send(peer, M.MarketDataIncrementalRefresh(md_entries=entries))
