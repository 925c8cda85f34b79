"""Margin (Perps) FIX sessions: the margin gateways' hosts and session types, the margin API key
from its own variables, bid/ask and whole contracts, and what the margin gateways do not take,
refused before anything is sent; over loopback against the test exchange and the local exchange."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from fix.counterparty import Book, Counterparty
from fix.pair import KEY_ID
from fix.venue import TICKER, until
from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import (
    MARGIN_DEMO,
    MARGIN_PRODUCTION,
    DropCopySession,
    MarketDataSession,
    OrderEntrySession,
    connect,
    connect_margin,
    messages,
)
from kalshi_py.fix.errors import FixValidationError
from kalshi_py.margin import MarginClient
from kalshi_py.margin.orderbook import MarginOrderBook

D = Decimal
MARGIN_TICKER = "KXBTCPERP-USD"

HOSTS = [  # https://docs.kalshi.com/fix-margin/connectivity
    ("prod", "order_entry", "margin-mm.fix.elections.kalshi.com", 8228),
    ("prod", "drop_copy", "margin-mm.fix.elections.kalshi.com", 8229),
    ("prod", "order_entry_retransmit", "margin-mm.fix.elections.kalshi.com", 8230),
    ("prod", "market_data", "margin-marketdata.fix.elections.kalshi.com", 8233),
    ("demo", "order_entry", "margin-fix.demo.kalshi.co", 8228),
    ("demo", "drop_copy", "margin-fix.demo.kalshi.co", 8229),
    ("demo", "order_entry_retransmit", "margin-fix.demo.kalshi.co", 8230),
    ("demo", "market_data", "margin-marketdata.fix.demo.kalshi.co", 8233),
]


@pytest.fixture
def margin(exchange: Counterparty, rsa_key: rsa.RSAPrivateKey) -> Any:
    """`margin(session_type, **options)`: a margin session of the test exchange."""

    def make(session_type: str = "order_entry", **options: Any) -> Any:
        options.setdefault("backoff_initial", 0.01)
        options.setdefault("auth", KalshiAuth(KEY_ID, rsa_key))
        port = exchange.port  # type: ignore[attr-defined]
        return connect_margin(session_type=session_type, host="127.0.0.1", port=port, tls=False, **options)

    return make


def _order(symbol: str, **changes: Any) -> messages.NewOrderSingle:
    return messages.NewOrderSingle(
        cl_ord_id="c-1", order_qty=D(1), ord_type="2", price=D("0.5"), side="1", symbol=symbol, **changes
    )


def _sent(exchange: Counterparty, msg_type: str) -> list[bytes]:
    return [
        raw for side, raw in exchange.frames if side == "client" and f"\x0135={msg_type}\x01".encode() in raw
    ]


# --- hosts, session types, keys ---------------------------------------------------------------------


@pytest.mark.parametrize(("environment", "session_type", "host", "port"), HOSTS)
def test_margin_sessions_go_to_the_margin_hosts(
    rsa_key: rsa.RSAPrivateKey, environment: str, session_type: str, host: str, port: int
) -> None:
    session = connect_margin(KalshiAuth(KEY_ID, rsa_key), session_type, environment=environment)
    assert (session.connection.host, session.connection.port) == (host, port)
    assert session.margin
    named = connect(KalshiAuth(KEY_ID, rsa_key), session_type, environment=f"margin-{environment}")
    assert (named.connection.host, named.connection.port) == (host, port)


def test_the_margin_environment_comes_from_kalshi_margin_env(
    rsa_key: rsa.RSAPrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KALSHI_MARGIN_ENV", "demo")
    assert connect_margin(auth=KalshiAuth(KEY_ID, rsa_key)).connection.host == MARGIN_DEMO.order_entry_host
    monkeypatch.delenv("KALSHI_MARGIN_ENV")
    assert (
        connect_margin(auth=KalshiAuth(KEY_ID, rsa_key)).connection.host == MARGIN_PRODUCTION.order_entry_host
    )
    monkeypatch.setenv("KALSHI_MARGIN_ENV", "staging")
    with pytest.raises(ValueError, match="unknown margin FIX environment 'staging'"):
        connect_margin(auth=KalshiAuth(KEY_ID, rsa_key))


@pytest.mark.parametrize("session_type", ["rfq", "post_trade"])
def test_rfq_and_post_trade_are_not_margin_session_types(
    rsa_key: rsa.RSAPrivateKey, session_type: str
) -> None:
    with pytest.raises(ValueError, match=f"margin FIX gateways offer order_entry, .*, not {session_type}"):
        connect_margin(KalshiAuth(KEY_ID, rsa_key), session_type)
    connect(KalshiAuth(KEY_ID, rsa_key), session_type)  # event contracts offer it


def test_a_heartbeat_of_three_seconds_is_allowed_on_margin_only(rsa_key: rsa.RSAPrivateKey) -> None:
    assert connect_margin(auth=KalshiAuth(KEY_ID, rsa_key), heartbeat_interval=3).margin
    with pytest.raises(ValueError, match="more than 3 seconds"):
        connect(KalshiAuth(KEY_ID, rsa_key), heartbeat_interval=3)
    with pytest.raises(ValueError, match="at least 3 seconds"):
        connect_margin(auth=KalshiAuth(KEY_ID, rsa_key), heartbeat_interval=2)


async def test_the_margin_key_comes_from_the_margin_variables(
    exchange: Counterparty, rsa_pem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (
        "KALSHI_MARGIN_API_KEY_ID",
        "KALSHI_MARGIN_PRIVATE_KEY_PEM",
        "KALSHI_MARGIN_PRIVATE_KEY_PATH",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KALSHI_API_KEY_ID", "an-event-contract-key")  # never read for margin
    with pytest.raises(ValueError, match="KALSHI_MARGIN_API_KEY_ID"):
        connect_margin()
    monkeypatch.setenv("KALSHI_MARGIN_API_KEY_ID", KEY_ID)
    with pytest.raises(ValueError, match="KALSHI_MARGIN_PRIVATE_KEY_PEM"):
        connect_margin()
    monkeypatch.setenv("KALSHI_MARGIN_PRIVATE_KEY_PEM", rsa_pem)
    port = exchange.port  # type: ignore[attr-defined]
    async with connect_margin(host="127.0.0.1", port=port, tls=False) as session:
        assert session.connected
    assert exchange.logons[-1].sender_comp_id == KEY_ID
    assert rsa_pem not in repr(session)


def test_a_margin_client_is_a_margin_key(rsa_pem: str) -> None:
    client = MarginClient(KEY_ID, rsa_pem, environment="demo")
    session = connect_margin(client, "drop_copy", environment="demo")
    assert isinstance(session, DropCopySession)
    assert session.session.config.sender_comp_id == KEY_ID
    client.close()


# --- orders ---------------------------------------------------------------------------------------


async def test_margin_orders_are_bid_or_ask_in_whole_contracts_and_dollars(
    exchange: Counterparty, margin: Any
) -> None:
    async with margin() as session:
        assert isinstance(session, OrderEntrySession)
        bid = await session.place(MARGIN_TICKER, "bid", 2, D("0.5200"))
        ask = await session.place(MARGIN_TICKER, "ask", D("3"), "0.5300")
        assert (bid.side, bid.order_qty, bid.price) == ("1", D("2"), D("0.52"))
        assert (ask.side, ask.order_qty, ask.price) == ("2", D("3"), D("0.53"))
        with pytest.raises(FixValidationError, match="side must be one of bid, ask, buy, sell"):
            await session.place(MARGIN_TICKER, "yes", 1, D("0.5"))
        with pytest.raises(FixValidationError, match="count must be a whole number of contracts on margin"):
            await session.place(MARGIN_TICKER, "bid", D("1.5"), D("0.5"))
        with pytest.raises(FixValidationError, match="whole number of contracts"):
            await session.amend(bid.cl_ord_id, count=D("2.5"))
        amended = await session.amend(bid.cl_ord_id, count=5)
        assert amended.order_qty == D("5")
    orders = _sent(exchange, "D")
    assert len(orders) == 2
    for field in (b"\x0154=1\x01", b"\x0138=2\x01", b"\x0144=0.5200\x01"):
        assert field in orders[0]
    assert b"\x0121005=Y\x01" in _sent(exchange, "A")[0]  # prices in dollars


async def test_margin_market_data_builds_bid_and_ask_books_in_dollars(
    exchange: Counterparty, margin: Any
) -> None:
    exchange.books[MARGIN_TICKER] = Book()
    exchange.books[MARGIN_TICKER].bids.update({D("101.2500"): D("10"), D("101.0000"): D("3")})
    exchange.books[MARGIN_TICKER].offers.update({D("101.5000"): D("5")})
    async with margin("market_data") as md:
        (book,) = await md.subscribe([MARGIN_TICKER])
        assert isinstance(book, MarginOrderBook)
        assert book.bids == {D("101.25"): D("10"), D("101"): D("3")}
        assert book.asks == {D("101.5"): D("5")}  # not a NO bid at 1 - 101.5
        exchange.market_data(
            MARGIN_TICKER,
            [
                ("0", "1", D("101.4000"), D("2")),
                ("2", "0", D("101.0000"), D("0")),
                ("1", "0", D("101.25"), D("4")),
            ],
        )
        await until(lambda: D("101") not in book.bids and book.bids.get(D("101.25")) == D("4"))
        assert book.asks == {D("101.5"): D("5"), D("101.4"): D("2")}
        assert (book.bids, book.asks) == (
            exchange.books[MARGIN_TICKER].bids,
            exchange.books[MARGIN_TICKER].offers,
        )


# --- what the margin gateways do not take ---------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "label"),
    [
        ({"ex_destination": 1}, "ExDestination(100)"),
        ({"quote_id": "q-1"}, "QuoteID(117)"),
        ({"rfq_id": "r-1"}, "RfqId(21023)"),
        ({"max_execution_cost": D("5")}, "MaxExecutionCost(21009)"),
    ],
)
async def test_event_contract_order_fields_are_refused_before_sending(
    exchange: Counterparty, margin: Any, changes: dict[str, Any], label: str
) -> None:
    order = _order(MARGIN_TICKER, **changes)
    async with margin() as session:
        escaped = label.replace("(", r"\(").replace(")", r"\)")
        with pytest.raises(
            FixValidationError, match=f"{escaped} is for event contracts only.*NewOrderSingle"
        ):
            session.send(order)
        if "max_execution_cost" in changes:
            with pytest.raises(FixValidationError, match=escaped):
                await session.place(MARGIN_TICKER, "bid", 1, D("0.5"), max_execution_cost=D("5"))
            await session.place(MARGIN_TICKER, "bid", 1, D("0.5"))  # nothing was kept of the refused one
        await session.mass_cancel()
    assert len(_sent(exchange, "D")) == (1 if "max_execution_cost" in changes else 0)
    assert not any(label.split("(")[1].rstrip(")").encode() + b"=" in raw for raw in _sent(exchange, "D"))


async def test_event_contract_fields_still_go_to_the_event_contract_gateway(
    exchange: Counterparty, local: Any
) -> None:
    order = _order(TICKER, ex_destination=1)
    async with local(OrderEntrySession) as session:
        session.send(order)
        await session.mass_cancel()
    assert b"\x01100=1\x01" in _sent(exchange, "D")[0]


async def test_rfqs_quotes_settlement_and_security_status_are_refused_on_margin(
    exchange: Counterparty, margin: Any
) -> None:
    async with margin("order_entry_retransmit") as session:
        with pytest.raises(FixValidationError, match=r"QuoteRequest \(35=R\) is for event contracts only"):
            await session.create_rfq(MARGIN_TICKER, count=D(10))
        with pytest.raises(FixValidationError, match=r"AcceptQuote \(35=UA\)"):
            session.send(messages.AcceptQuote(quote_id="q", side="1", order_qty=D(1)))
    async with margin("market_data") as md:
        assert isinstance(md, MarketDataSession)
        with pytest.raises(FixValidationError, match=r"SecurityStatusRequest \(35=e\)"):
            await md.security_status(MARGIN_TICKER)
    assert [_sent(exchange, msg_type) for msg_type in ("R", "UA", "e")] == [[], [], []]


def test_event_contract_logon_flags_are_refused_on_margin(rsa_key: rsa.RSAPrivateKey) -> None:
    auth = KalshiAuth(KEY_ID, rsa_key)
    with pytest.raises(FixValidationError, match=r"ReceiveSettlementReports\(20127\) .* Logon \(35=A\)"):
        connect_margin(auth, "order_entry_retransmit", logon={"receive_settlement_reports": True})
    connect_margin(auth, "order_entry_retransmit", logon={"message_retention_period": 48})
    connect(auth, "order_entry_retransmit", logon={"receive_settlement_reports": True})
