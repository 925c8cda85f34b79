"""Order books: Decimal levels, derived asks, refusal of negative sizes, the REST shape, and the
real recorded production stream replayed into books."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kalshi_py.orderbook import Level, NegativeSizeError, OrderBook, OrderBookError, OrderBookTracker
from kalshi_py.ws.messages import OrderbookDelta, OrderbookSnapshot, decode_message
from kalshi_py.ws.status import StatusKind, StreamStatus

D = Decimal
RECORDED = "ws_orderbook_delta__josephsapinoso-kalshi-cockpit__1.json"


def snapshot(ticker: str = "M", yes: Any = (), no: Any = (), seq: int = 1, sid: int = 1) -> OrderbookSnapshot:
    frame = {
        "type": "orderbook_snapshot",
        "sid": sid,
        "seq": seq,
        "msg": {
            "market_ticker": ticker,
            "market_id": "id",
            "clock": 10,
            "yes_dollars_fp": [list(x) for x in yes],
            "no_dollars_fp": [list(x) for x in no],
        },
    }
    message = decode_message(json.dumps(frame).encode())
    assert isinstance(message, OrderbookSnapshot)
    return message


def delta(price: str, amount: str, side: str = "yes", ticker: str = "M", seq: int = 2) -> OrderbookDelta:
    frame = {
        "type": "orderbook_delta",
        "sid": 1,
        "seq": seq,
        "msg": {
            "market_ticker": ticker,
            "market_id": "id",
            "clock": 11 + seq,
            "price_dollars": price,
            "delta_fp": amount,
            "side": side,
        },
    }
    message = decode_message(json.dumps(frame).encode())
    assert isinstance(message, OrderbookDelta)
    return message


def test_book_from_snapshot_has_decimal_levels_and_derived_asks() -> None:
    book = OrderBook.from_snapshot(
        snapshot(
            yes=[("0.0800", "300.00"), ("0.2200", "333.00")], no=[("0.5400", "20.00"), ("0.5600", "146.00")]
        )
    )
    assert book.best_bid("yes") == Level(D("0.22"), D("333"))
    assert book.best_bid("no") == Level(D("0.56"), D("146"))
    assert book.best_ask("yes") == Level(D("0.44"), D("146"))  # 1 - best NO bid
    assert book.best_ask("no") == Level(D("0.78"), D("333"))  # 1 - best YES bid
    assert book.spread("yes") == D("0.22")
    assert isinstance(book.best_bid("yes").price, Decimal)  # type: ignore[union-attr]
    depth = book.depth(1)
    assert depth.yes_bids == [Level(D("0.22"), D("333"))]
    assert depth.no_asks == [Level(D("0.78"), D("333"))]
    assert book.size_at("yes", "0.08") == D("300")
    assert book.size_at("no", "0.99") == 0
    assert (book.clock, book.seq, book.sid) == (10, 1, 1)


def test_deltas_add_remove_and_never_store_negative() -> None:
    book = OrderBook.from_snapshot(snapshot(yes=[("0.4000", "10.00")]))
    book.apply_delta(delta("0.4000", "-4.50"))
    assert book.size_at("yes", "0.40") == D("5.50")
    book.apply_delta(delta("0.4100", "2.00", seq=3))
    assert book.best_bid() == Level(D("0.41"), D("2"))
    book.apply_delta(delta("0.4100", "-2.00", seq=4))
    assert D("0.41") not in book.yes  # a level at 0 is removed
    with pytest.raises(NegativeSizeError, match=r"would leave size -0\.50"):
        book.apply_delta(delta("0.4000", "-6.00", seq=5))
    assert book.size_at("yes", "0.40") == D("5.50")  # unchanged
    assert book.seq == 4
    assert book.clock == 15
    with pytest.raises(OrderBookError, match="unknown side"):
        book.apply_delta(delta("0.4000", "1.00", side="maybe"))
    with pytest.raises(OrderBookError, match="applied to the book of M"):
        book.apply_delta(delta("0.4000", "1.00", ticker="OTHER"))


def test_empty_book_has_no_best_prices() -> None:
    book = OrderBook("M")
    assert book.best_bid() is None
    assert book.best_ask() is None
    assert book.spread() is None
    assert book.depth(5).yes_bids == []


def test_book_from_rest_matches_the_same_snapshot(shared_kalshi: Path) -> None:
    body = (
        shared_kalshi / "recorded" / "rest_get_market_orderbook__josephsapinoso-kalshi-cockpit__1.json"
    ).read_bytes()
    rest = OrderBook.from_rest("M", body)
    assert rest.size_at("no", "0.04") == D("709.55")
    raw = json.loads(body)["orderbook_fp"]
    assert rest.best_bid("yes").price == D(raw["yes_dollars"][-1][0])  # type: ignore[union-attr]
    assert rest.to_rest() == {
        "orderbook_fp": {
            k: [[str(D(p)), str(D(s))] for p, s in raw[k]] for k in ("yes_dollars", "no_dollars")
        }
    }
    ws = OrderBook.from_snapshot(snapshot(yes=raw["yes_dollars"], no=raw["no_dollars"]))
    assert ws == rest
    one_sided = OrderBook.from_rest(
        "X",
        (
            shared_kalshi / "recorded" / "rest_get_market_orderbook__josephsapinoso-kalshi-cockpit__2.json"
        ).read_bytes(),
    )
    assert one_sided.best_bid("yes") is None
    assert one_sided.best_ask("yes") == Level(D("0.188"), D("369"))


def test_rest_shape_errors_are_clear() -> None:
    with pytest.raises(OrderBookError, match="orderbook_fp"):
        OrderBook.from_rest("M", {"nope": 1})
    with pytest.raises(OrderBookError, match="negative size"):
        OrderBook.from_rest("M", {"orderbook_fp": {"yes_dollars": [["0.1", "-1"]], "no_dollars": []}})


def _recorded(shared: Path) -> list[bytes]:
    frames = json.loads((shared / "recorded" / RECORDED).read_text())
    return [json.dumps(f).encode() for f in frames]


def test_recorded_stream_replays_into_consistent_books(shared_kalshi: Path) -> None:
    frames = _recorded(shared_kalshi)
    tracker = OrderBookTracker()
    applied = 0
    for frame in frames:
        message = decode_message(frame)
        if tracker.apply(message) is not None and isinstance(message, OrderbookDelta):
            applied += 1
        for book in tracker.books.values():
            assert all(s > 0 for s in (*book.yes.values(), *book.no.values()))
    assert len(tracker) == 12
    assert applied == 245
    assert tracker.inconsistencies == 0
    assert tracker.stale_markets == []

    # From scratch: each market's last snapshot plus its later deltas, with plain dict arithmetic.
    for ticker, book in tracker.books.items():
        levels: dict[str, dict[Decimal, Decimal]] = {}
        for frame in frames:
            raw = json.loads(frame)
            body = raw.get("msg")
            if not isinstance(body, dict) or body.get("market_ticker") != ticker:
                continue
            if raw["type"] == "orderbook_snapshot":
                levels = {
                    side: {D(p): D(s) for p, s in body.get(f"{side}_dollars_fp", [])}
                    for side in ("yes", "no")
                }
            elif raw["type"] == "orderbook_delta":
                side = levels[body["side"]]
                price = D(body["price_dollars"])
                side[price] = side.get(price, D(0)) + D(body["delta_fp"])
        rebuilt = {side: {p: s for p, s in lv.items() if s != 0} for side, lv in levels.items()}
        assert book.yes == rebuilt["yes"], ticker
        assert book.no == rebuilt["no"], ticker
        assert book.seq is not None


def test_tracker_flags_stale_on_status_and_heals_on_snapshot() -> None:
    tracker = OrderBookTracker()
    tracker.apply(snapshot("A", yes=[("0.40", "5")], sid=1))
    tracker.apply(snapshot("B", yes=[("0.30", "5")], sid=2))
    tracker.apply(StreamStatus(kind=StatusKind.GAP, sid=1))  # every book of that subscription
    assert tracker.stale_markets == ["A"]
    tracker.apply(StreamStatus(kind=StatusKind.RESYNC_REQUESTED, sid=2, market_tickers=("B",)))
    assert tracker.stale_markets == ["A", "B"]
    tracker.apply(snapshot("B", yes=[("0.30", "5")], sid=2))
    assert tracker.apply(delta("0.40", "1", ticker="A")) is None  # held back while stale
    assert tracker["A"].size_at("yes", "0.40") == 5
    tracker.apply(snapshot("A", yes=[("0.40", "7")], seq=5, sid=1))
    assert tracker.stale_markets == []
    assert tracker["A"].size_at("yes", "0.40") == 7
    tracker.apply(StreamStatus(kind=StatusKind.DISCONNECTED))
    assert tracker.stale_markets == ["A", "B"]


def test_tracker_refuses_a_negative_delta_and_asks_for_a_resync() -> None:
    asked: list[str] = []
    tracker = OrderBookTracker(resync=asked.append)
    tracker.apply(snapshot("A", yes=[("0.40", "5")]))
    assert tracker.apply(delta("0.40", "-6", ticker="A")) is None
    assert asked == ["A"]
    assert tracker.is_stale("A")
    assert tracker.inconsistencies == 1
    assert tracker["A"].size_at("yes", "0.40") == 5
    with pytest.raises(KeyError, match="no snapshot"):
        tracker["nope"]


def test_a_delta_that_is_not_a_finite_number_marks_the_book_stale_instead_of_crashing() -> None:
    from kalshi_py.orderbook import OrderBook, OrderBookError, OrderBookTracker
    from kalshi_py.ws.messages import decode_message

    snapshot = decode_message(
        b'{"type":"orderbook_snapshot","sid":1,"seq":1,"msg":{"market_ticker":"A",'
        b'"yes_dollars_fp":[["0.40","1.00"]],"no_dollars_fp":[]}}'
    )
    nan_delta = decode_message(
        b'{"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"A","price_dollars":"0.40",'
        b'"delta_fp":"NaN","side":"yes"}}'
    )
    asked = []
    tracker = OrderBookTracker(resync=asked.append)
    tracker.apply(snapshot)
    assert tracker.apply(nan_delta) is None
    assert tracker.inconsistencies == 1
    assert asked == ["A"]
    book = OrderBook("A")
    book.apply_snapshot(snapshot)
    with pytest.raises(OrderBookError, match="not a finite number"):
        book.apply_delta(nan_delta)
    assert book.size_at("yes", "0.40") == Decimal("1.00")
