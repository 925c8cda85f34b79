"""Market data (KalshiMD) on the margin gateway, with the real `kalshi_py.fix` client: after
random margin order flow its `MarginOrderBook` is the margin REST orderbook, bids and asks in
dollars; its trades are the engine's; every frame follows the margin dictionary; an unknown
market is refused; an unsubscribed market gets no more updates."""

from __future__ import annotations

import asyncio
import random
from decimal import Decimal
from typing import Any

import pytest
from fix.contract import check_traffic
from fix.venue import FAST, FrameTap, until

from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import connect_margin
from kalshi_py.fix.errors import MarketDataRejected
from kalshi_py.fix.market_data import MarketDataSession
from kalshi_py.margin import MarginClient
from kalshi_py.margin.api.market import get_margin_market_orderbook
from kalshi_py.margin.orderbook import MarginOrderBook
from kalshi_sim import LocalExchange

from .conftest import TICKER, MarginTrader

D = Decimal
PRICES = [D("99.50") + D("0.10") * step for step in range(11)]


def _rest_book(ex: LocalExchange, trader: MarginTrader) -> MarginOrderBook:
    credentials = trader.credentials
    with MarginClient(
        credentials.api_key_id, credentials.private_key_pem, base_url=ex.margin_rest_url, max_retries=0
    ) as client:
        answer = get_margin_market_orderbook.sync(client=client, ticker=TICKER)
    return MarginOrderBook.from_rest(TICKER, answer)


def _market_data(ex: LocalExchange, trader: MarginTrader, tap: FrameTap) -> MarketDataSession:
    """A margin market-data session of a new key of `trader`, through `tap`."""
    credentials = ex.add_margin_key(trader.user_id)
    auth = KalshiAuth(credentials.api_key_id, credentials.private_key_pem)
    return connect_margin(auth, "market_data", host=ex.margin_fix.host, port=tap.port, tls=False, **FAST)


def _flow(rng: random.Random, members: list[MarginTrader], resting: list[tuple[MarginTrader, str]]) -> None:
    """One random step: an order that rests or crosses, or a cancel."""
    if resting and rng.random() < 0.25:
        member, order_id = resting.pop(rng.randrange(len(resting)))
        member.rest.delete(f"/margin/orders/{order_id}")  # 404 when it has filled meanwhile
        return
    member = rng.choice(members)
    side = rng.choice(("bid", "ask"))
    order_id = member.place_over_rest(side, str(rng.randint(1, 5)), str(rng.choice(PRICES)))
    resting.append((member, order_id))


async def test_the_fix_book_is_the_rest_orderbook_through_random_flow(
    ex: LocalExchange, trader: Any, tap: FrameTap
) -> None:
    rng = random.Random(7)
    members: list[MarginTrader] = [trader("100000") for _ in range(3)]
    resting: list[tuple[MarginTrader, str]] = []
    for _ in range(6):  # a book before anyone subscribes: the snapshot carries it
        _flow(rng, members, resting)
    async with _market_data(ex, members[0], tap) as md:
        (book,) = await md.subscribe([TICKER])
        assert isinstance(book, MarginOrderBook)
        rest = _rest_book(ex, members[0])
        assert (book.bids, book.asks) == (rest.bids, rest.asks)
        assert book.bids or book.asks
        for moment in range(8):
            for _ in range(rng.randint(3, 12)):
                _flow(rng, members, resting)
            rest = _rest_book(ex, members[0])
            await until(
                lambda rest=rest: (book.bids, book.asks) == (rest.bids, rest.asks),
                what=f"the FIX book to equal the REST orderbook at moment {moment}",
            )
            assert all(price in PRICES for price in (*book.bids, *book.asks))  # dollars, not 1 - p
            assert all(
                size == size.to_integral_value() > 0 for size in (*book.bids.values(), *book.asks.values())
            )
            if book.bids and book.asks:
                assert max(book.bids) < min(book.asks)
        with ex.lock:
            printed = ex.margin.trades(TICKER)
        assert printed, "the flow crossed no orders"
        stream = md.trades()
        trades = [await asyncio.wait_for(anext(stream), 10) for _ in printed]
    assert sorted((t.md_entry_px, t.md_entry_size, t.aggressor_side) for t in trades) == sorted(
        (t.price, t.count, "1" if t.taker_side == "bid" else "2") for t in printed
    )
    problems, sent = check_traffic(tap.frames, "margin")
    assert problems == [], "\n".join(problems)
    assert sent["exchange"] >= {"A", "W", "X"}
    assert sent["client"] >= {"A", "V"}


async def test_an_unknown_market_is_refused_and_unsubscribed_markets_go_quiet(
    ex: LocalExchange, trader: Any, tap: FrameTap
) -> None:
    alice: MarginTrader = trader("100000")
    async with _market_data(ex, alice, tap) as md:
        with pytest.raises(MarketDataRejected, match="unknown market KXNOPEPERP"):
            await md.subscribe(["KXNOPEPERP"], timeout=10)
        (book,) = await md.subscribe([TICKER])
        assert (book.bids, book.asks) == ({}, {})
        alice.place_over_rest("bid", "2", "99.90")
        await until(lambda: book.bids == {D("99.90"): D(2)}, what="the new bid over FIX")
        await md.unsubscribe(TICKER)
        snapshot = await md.snapshot(TICKER)  # a snapshot without updates: the round trip orders it
        assert snapshot.bids == {D("99.90"): D(2)}
        received = len(tap.frames)
        alice.place_over_rest("ask", "3", "100.10")
        again = await md.snapshot(TICKER)
        assert again.asks == {D("100.10"): D(3)}
    increments = [
        frame for side, frame in tap.frames[received:] if side == "exchange" and b"\x0135=X\x01" in frame
    ]
    assert increments == []
    problems, sent = check_traffic(tap.frames, "margin")
    assert problems == [], "\n".join(problems)
    assert "Y" in sent["exchange"]


async def test_the_local_exchange_opens_margin_market_data_sessions(ex: LocalExchange, trader: Any) -> None:
    alice: MarginTrader = trader("100000")
    alice.place_over_rest("ask", "4", "100.20")
    async with ex.margin_fix_session(alice.credentials, "market_data") as md:
        assert isinstance(md, MarketDataSession)
        (book,) = await md.subscribe(TICKER)
        assert isinstance(book, MarginOrderBook)
        assert (book.bids, book.asks) == ({}, {D("100.20"): D(4)})
