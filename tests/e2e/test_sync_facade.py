"""The blocking facade against the local exchange: `for item in ws.stream()` yields a snapshot
and deltas, and leaving the `with` block closes the connection and its thread."""

from __future__ import annotations

import threading

import pytest

from kalshi_py.orderbook import OrderBook
from kalshi_py.ws import KalshiWebSocket, StreamStatus, WebSocketClosed
from kalshi_py.ws.messages import OrderbookDelta, OrderbookSnapshot
from kalshi_sim import LocalExchange

from .conftest import TICKERS


def test_sync_stream_yields_snapshot_and_deltas_and_closes_cleanly(
    ex: LocalExchange, frames: list[bytes]
) -> None:
    ticker = TICKERS[0]
    maker, taker = ex.create_account("1000"), ex.create_account("1000")
    with ex.lock:
        ex.exchange.create_order(
            maker.user_id,
            ticker=ticker,
            side="bid",
            count="5",
            price="0.40",
            time_in_force="good_till_canceled",
            self_trade_prevention_type="maker",
        )
    with ex.client(maker) as rest, KalshiWebSocket.sync(rest, url=ex.ws_url, on_frame=frames.append) as ws:
        ws.subscribe("orderbook_delta", ticker)
        with ex.lock:
            engine = ex.exchange
            engine.create_order(
                maker.user_id,
                ticker=ticker,
                side="ask",
                count="3",
                price="0.60",
                time_in_force="good_till_canceled",
                self_trade_prevention_type="maker",
            )
            engine.create_order(
                taker.user_id,
                ticker=ticker,
                side="bid",
                count="2",
                price="0.60",
                time_in_force="immediate_or_cancel",
                self_trade_prevention_type="maker",
            )
            engine.create_order(
                taker.user_id,
                ticker=ticker,
                side="ask",
                count="1",
                price="0.40",
                time_in_force="immediate_or_cancel",
                self_trade_prevention_type="maker",
            )
            yes, no = engine.orderbook(ticker)
        expected = OrderBook(ticker, yes=dict(yes), no=dict(no))

        book: OrderBook | None = None
        kinds: list[str] = []
        for item in ws.stream(timeout=5):
            if isinstance(item, StreamStatus):
                continue
            kinds.append(item.type)
            if isinstance(item, OrderbookSnapshot):
                book = OrderBook.from_snapshot(item)
            elif isinstance(item, OrderbookDelta):
                assert book is not None, "a delta came before the snapshot"
                book.apply_delta(item)
            if book == expected or len(kinds) > 50:
                break

    assert kinds[0] == "orderbook_snapshot"
    assert kinds.count("orderbook_delta") == 3
    assert book == expected
    with pytest.raises(WebSocketClosed):
        ws.recv(timeout=1)
    assert not [t for t in threading.enumerate() if t.name == "kalshi-ws-loop"]
