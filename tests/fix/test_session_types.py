"""Market data, RFQs, settlement reports, drop copy, the blocking face and TLS, over loopback."""

from __future__ import annotations

import asyncio
import ssl
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from core.loopback import self_signed_tls
from cryptography.hazmat.primitives.asymmetric import rsa

from fix.conftest import DROP_COPY_KEY_ID
from fix.counterparty import Book, Counterparty
from kalshi_py.fix import (
    DropCopySession,
    MarketDataSession,
    OrderEntrySession,
    PostTradeSession,
    RFQSession,
    connect,
    messages,
)
from kalshi_py.fix.errors import FixConnectionError, MarketDataRejected
from kalshi_py.orderbook import OrderBook

D = Decimal
TICKER = "KXFED-26DEC-T4.00"


async def _next(stream: Any, timeout: float = 5.0) -> Any:
    return await asyncio.wait_for(anext(stream), timeout)


def _rest_book(exchange: Counterparty, ticker: str) -> OrderBook:
    """The book as REST would answer it: YES bids, and NO bids at 1 - each YES offer."""
    book = exchange.books[ticker]
    body = {
        "orderbook_fp": {
            "yes_dollars": [[str(p), str(s)] for p, s in sorted(book.bids.items())],
            "no_dollars": [[str(D(1) - p), str(s)] for p, s in sorted(book.offers.items(), reverse=True)],
        }
    }
    return OrderBook.from_rest(ticker, body)


async def test_market_data_builds_the_order_book_rest_would_show(exchange: Counterparty, local: Any) -> None:
    exchange.books[TICKER] = Book()
    exchange.books[TICKER].bids.update({D("0.35"): D("10.00"), D("0.34"): D("3")})
    exchange.books[TICKER].offers.update({D("0.65"): D("5.00")})
    async with local(MarketDataSession) as md:
        (book,) = await md.subscribe([TICKER])
        assert book == _rest_book(exchange, TICKER)
        assert book.best_bid() == (D("0.35"), D("10.00"))
        assert book.best_ask() == (D("0.65"), D("5.00"))
        exchange.market_data(
            TICKER,
            [("0", "0", D("0.36"), D("7")), ("1", "0", D("0.35"), D("4")), ("2", "1", D("0.65"), D("0"))],
        )
        exchange.market_data(TICKER, [("0", "1", D("0.70"), D("2")), ("0", "2", D("0.36"), D("1"))])
        updates = [await _next(md.book_updates()) for _ in range(3)]
        assert updates[-1] is book
        assert book == _rest_book(exchange, TICKER)
        assert book.best_ask() == (D("0.70"), D("2"))
        trade = await _next(md.trades())
        assert (trade.md_entry_px, trade.aggressor_side) == (D("0.36"), "1")
        status = await md.security_status(TICKER)
        assert status.security_trading_status == 3
        with pytest.raises(MarketDataRejected, match="symbol limit"):
            await md.subscribe("KXBAD-REJECT")


async def test_market_data_books_are_rebuilt_after_a_reconnect(exchange: Counterparty, local: Any) -> None:
    async with local(MarketDataSession) as md:
        (book,) = await md.subscribe(TICKER)
        exchange.live("KalshiMD")[0].abort()
        await asyncio.sleep(0)
        exchange.books[TICKER].bids[D("0.2")] = D("9")  # changed while the client was away
        for _ in range(200):
            if md.connection.connections == 2 and not book.stale and D("0.2") in book.yes:
                break
            await asyncio.sleep(0.01)
        assert book == _rest_book(exchange, TICKER)
        assert md.connection.connections == 2


async def test_rfq_maker_and_creator(
    exchange: Counterparty, local: Any, drop_copy_key: rsa.RSAPrivateKey
) -> None:
    async with (
        local(RFQSession, key=drop_copy_key, key_id=DROP_COPY_KEY_ID) as maker,
        local(OrderEntrySession, session_type="order_entry_retransmit") as creator,
    ):
        ack = await creator.create_rfq(TICKER, count=D("100"))
        assert ack.rfq_id is not None
        assert ack.quote_request_type == 1
        exchange.push(
            "KalshiRFQ",
            messages.QuoteRequest(
                quote_req_id=ack.quote_req_id, no_related_sym=1, symbol=TICKER, order_qty=D(100)
            ),
        )
        request = await _next(maker.quote_requests())
        status = await maker.quote(request.quote_req_id, TICKER, bid_px=D("0.41"), offer_px=D("0.45"))
        assert (status.quote_status, status.bid_px) == (10, D("0.41"))


async def test_settlement_reports_with_their_nested_groups(
    exchange: Counterparty, local: Any, tmp_path: Path
) -> None:
    async with local(PostTradeSession, store=tmp_path) as post_trade:
        report = messages.MarketSettlementReport(
            market_settlement_report_id="s1",
            symbol=TICKER,
            clearing_business_date="20260225",
            market_result="yes",
            settlement_price=D("1"),
            market_settlement_party_ids=[
                messages.MarketSettlementPartyID(
                    market_settlement_party_id="acct",
                    market_settlement_party_role=24,
                    long_qty=D(5),
                    collateral_amount_changes=[
                        messages.CollateralAmountChange(
                            collateral_amount_change=D("5"), collateral_amount_type="PAYOUT"
                        )
                    ],
                    misc_fees=[
                        messages.MiscFee(
                            misc_fee_amt=D("0.01"), misc_fee_curr="USD", misc_fee_type="4", misc_fee_basis=0
                        )
                    ],
                )
            ],
        )
        exchange.push("KalshiPT", report)
        received = await _next(post_trade.settlements())
        assert received.market_settlement_party_ids == report.market_settlement_party_ids
        assert received.market_result == "yes"


async def test_drop_copy_replays_and_streams(
    exchange: Counterparty, local: Any, drop_copy_key: rsa.RSAPrivateKey
) -> None:
    async with local(OrderEntrySession) as session:
        placed = [await session.place(TICKER, "buy", 1, D("0.1") * n) for n in range(1, 4)]
    async with local(DropCopySession, key=drop_copy_key, key_id=DROP_COPY_KEY_ID) as drop_copy:
        replayed = await drop_copy.replay(placed[0].exec_id)
        assert [r.exec_id for r in replayed] == [p.exec_id for p in placed[1:]]
        assert [(await _next(drop_copy.executions())).exec_id for _ in range(2)] == [
            p.exec_id for p in placed[1:]
        ]


async def test_connect_picks_the_session_type(rsa_key: rsa.RSAPrivateKey) -> None:
    from kalshi_py.auth import KalshiAuth

    auth = KalshiAuth("k", rsa_key)
    assert type(connect(auth)) is OrderEntrySession
    assert type(connect(auth, "market_data")) is MarketDataSession
    session = connect(auth, "KalshiRT", environment="demo")
    assert (session.connection.host, session.connection.port) == ("fix.demo.kalshi.co", 8230)
    md = connect(auth, "market_data")
    assert (md.connection.host, md.connection.port) == ("marketdata.fix.elections.kalshi.com", 8233)
    with pytest.raises(ValueError, match="unknown FIX session type"):
        connect(auth, "KalshiXX")
    with pytest.raises(ValueError, match="MarketDataSession speaks market_data"):
        MarketDataSession(auth, session_type="drop_copy")


async def test_the_blocking_face(exchange: Counterparty, local: Any, rsa_key: rsa.RSAPrivateKey) -> None:
    from kalshi_py.auth import KalshiAuth

    def trade() -> tuple[str, str]:
        with OrderEntrySession.sync(
            KalshiAuth("3f2a9c1e-1111-2222-3333-444455556666", rsa_key),
            host="127.0.0.1",
            port=exchange.port,
            tls=False,  # type: ignore[attr-defined]
        ) as session:
            placed = session.place(TICKER, "buy", 2, D("0.25"))
            canceled = session.cancel(placed.cl_ord_id)
            reports = session.executions(timeout=5)
            assert next(reports).exec_id == placed.exec_id
            return placed.exec_type, canceled.exec_type

    assert await asyncio.to_thread(trade) == ("0", "4")


async def test_tls(rsa_key: rsa.RSAPrivateKey, tmp_path: Path) -> None:
    from kalshi_py.auth import KalshiAuth

    server_context, cert_path = self_signed_tls(tmp_path)
    client_context = ssl.create_default_context(cafile=str(cert_path))
    exchange = Counterparty({"3f2a9c1e-1111-2222-3333-444455556666": rsa_key.public_key()})
    loop = asyncio.get_running_loop()
    exchange.server = await loop.create_server(exchange._protocol, "127.0.0.1", 0, ssl=server_context)
    port = exchange.server.sockets[0].getsockname()[1]
    try:
        auth = KalshiAuth("3f2a9c1e-1111-2222-3333-444455556666", rsa_key)
        async with OrderEntrySession(auth, host="127.0.0.1", port=port, tls=client_context) as session:
            assert (await session.place(TICKER, "buy", 1, D("0.5"))).exec_type == "0"
        with pytest.raises(FixConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            await OrderEntrySession(auth, host="127.0.0.1", port=port, reconnect=False).connect()
    finally:
        await exchange.stop()
