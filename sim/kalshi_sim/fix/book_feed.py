"""`BookFeed`: what market data (KalshiMD) does the same on every product's gateway, the
subscriptions and the books behind them.

MarketDataRequest (V) with SubscriptionRequestType 0 is answered by one snapshot (W) per market;
1 by the snapshot and then every change as MarketDataIncrementalRefresh (X); 2 stops the updates
of the markets named (of every market, when none is). A book is bids (MDEntryType 0) and offers
(1), each level with its whole size. A change sends the level's new size (MDUpdateAction 0 new,
1 change, 2 delete with size 0), a trade an entry of type 2 with its AggressorSide; the changes of
one engine call go out in one message. A market the product does not list is refused with
MarketDataRequestReject (MDReqRejReason 2), a SubscriptionRequestType other than 0, 1 or 2 too
(4). A product's feed says which markets it lists, how their books stand, and whether entries
carry MDEntryDate and MDEntryTime (the event contracts' do, the margin dictionary has neither).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from kalshi_py.fix import Message
from kalshi_py.fix import messages as M

from .peers import Peer

__all__ = ["BookFeed", "Levels"]

ZERO = Decimal(0)
Levels = dict[str, dict[Decimal, Decimal]]
"""A market's book: {"0": bids, "1": offers}, size by price."""


def _stamp(ts_ms: int | None = None) -> tuple[str, str]:
    moment = (
        datetime.now(timezone.utc) if ts_ms is None else datetime.fromtimestamp(ts_ms / 1000, timezone.utc)
    )
    return moment.strftime("%Y%m%d"), moment.strftime("%H:%M:%S.") + f"{moment.microsecond // 1000:03d}"


class BookFeed:
    """The books of the markets subscribed and their subscribers; `send(peer, message)` writes."""

    stamped = True
    """Whether entries carry MDEntryDate(272) and MDEntryTime(273)."""

    def __init__(self, send: Callable[[Peer, Message], None]) -> None:
        self.send = send
        self.books: dict[str, Levels] = {}
        """The books of the markets someone subscribed to."""
        self.subscribers: dict[str, list[Peer]] = {}
        self._changes: list[M.MarketDataIncrementalRefreshMDEntry] = []

    # --- what each product says ---------------------------------------------------------------------

    def lists(self, ticker: str) -> bool:
        """Whether the product lists the market `ticker`."""
        raise NotImplementedError

    def live_book(self, ticker: str) -> Levels:
        """The market's book as the engine holds it now."""
        raise NotImplementedError

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
        unknown = [t for t in tickers if not self.lists(t)]
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
                book = self.books.get(ticker) or self.live_book(ticker)
            self.send(peer, self._snapshot(ticker, book))

    def forget(self, peer: Peer) -> None:
        """A session ended: no more updates for it."""
        for ticker in list(self.subscribers):
            self._unsubscribe(peer, ticker)

    def _unsubscribe(self, peer: Peer, ticker: str) -> None:
        peers = self.subscribers.get(ticker, [])
        if peer in peers:
            peers.remove(peer)
        if not peers:
            self.subscribers.pop(ticker, None)
            self.books.pop(ticker, None)

    # --- books --------------------------------------------------------------------------------------

    def _book(self, ticker: str) -> Levels:
        book = self.books.get(ticker)
        if book is None:
            book = self.books[ticker] = self.live_book(ticker)
        return book

    def _entry(self, kind: str, price: Decimal, size: Decimal, ts_ms: int | None = None) -> dict[str, Any]:
        """The fields of an entry, with its date and time when the product's entries have them."""
        fields: dict[str, Any] = {"md_entry_type": kind, "md_entry_px": price, "md_entry_size": size}
        if self.stamped:
            fields["md_entry_date"], fields["md_entry_time"] = _stamp(ts_ms)
        return fields

    def _snapshot(self, ticker: str, book: Levels) -> Message:
        entries = [
            M.MDEntry(**self._entry(kind, price, size))
            for kind in ("0", "1")
            for price, size in sorted(book[kind].items(), reverse=kind == "0")
            if size > 0
        ]
        return M.MarketDataSnapshotFullRefresh(symbol=ticker, md_entries=entries)

    # --- changes, sent by `flush` -------------------------------------------------------------------

    def level_change(self, ticker: str, kind: str, price: Decimal, delta: Decimal, ts_ms: int) -> None:
        """The size resting at `price` on side `kind` ("0" bids, "1" offers) moved by `delta`."""
        book = self.books.get(ticker)
        if book is None:
            return
        levels = book[kind]
        before = levels.get(price, ZERO)
        after = before + delta
        if after <= 0:
            levels.pop(price, None)
            action, after = "2", ZERO
        else:
            levels[price] = after
            action = "1" if before > 0 else "0"
        self._change(ticker, action=action, kind=kind, price=price, size=after, ts_ms=ts_ms)

    def trade(self, ticker: str, price: Decimal, count: Decimal, aggressor_side: str, ts_ms: int) -> None:
        """A trade of `count` at `price`; AggressorSide 1 the taker bought, 2 sold."""
        if ticker in self.books:
            self._change(
                ticker, action="0", kind="2", price=price, size=count, ts_ms=ts_ms, side=aggressor_side
            )

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
        entry = self._entry(kind, price, size, ts_ms)
        self._changes.append(
            M.MarketDataIncrementalRefreshMDEntry(
                md_update_action=action, symbol=ticker, aggressor_side=side, **entry
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
