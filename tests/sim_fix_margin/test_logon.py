"""Who may log on to the margin FIX gateway: margin keys only, on the margin session types, on a
listener of its own; and the event-contract gateway refuses margin keys. The margin gateway's
address (`ex.margin_fix`) opens margin sessions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from fix.venue import FAST, raw_logon
from sim_margin.conftest import member_client

from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import messages as M
from kalshi_sim import Credentials, LocalExchange

from .conftest import TICKER, MarginTrader


def _signer(credentials: Credentials) -> KalshiAuth:
    return KalshiAuth(credentials.api_key_id, credentials.private_key_pem)


async def test_the_margin_gateway_listens_apart_and_takes_margin_keys_only(ex: LocalExchange) -> None:
    assert ex.margin_fix.port not in (ex.fix.port, ex.port)
    assert ex.margin_fix.target_comp_ids == {
        "order_entry": "KalshiNR",
        "order_entry_retransmit": "KalshiRT",
        "drop_copy": "KalshiDC",
        "market_data": "KalshiMD",
    }
    margin_key = ex.create_margin_account("100")
    event_contract_key = ex.create_account("100")
    host = ex.margin_fix.host

    accepted = await raw_logon(host, ex.margin_fix.port, margin_key.api_key_id, _signer(margin_key))
    assert isinstance(accepted, M.Logon)

    refused = await raw_logon(
        host, ex.margin_fix.port, event_contract_key.api_key_id, _signer(event_contract_key)
    )
    assert isinstance(refused, M.Logout)
    assert refused.text is not None
    assert "is an API key of the event-contract exchange" in refused.text
    assert "margin API keys only" in refused.text

    refused = await raw_logon(host, ex.fix.port, margin_key.api_key_id, _signer(margin_key))
    assert isinstance(refused, M.Logout)
    assert refused.text is not None
    assert "is an API key of the margin exchange" in refused.text
    assert "event-contract API keys only" in refused.text


@pytest.mark.parametrize("target", ["KalshiRFQ", "KalshiPT"])
async def test_session_types_margin_does_not_have_are_refused(ex: LocalExchange, target: str) -> None:
    key = ex.create_margin_account("100")
    refused = await raw_logon(
        ex.margin_fix.host, ex.margin_fix.port, key.api_key_id, _signer(key), target=target
    )
    assert isinstance(refused, M.Logout)
    served = "KalshiNR, KalshiRT, KalshiDC, KalshiMD"
    assert refused.text == f"{target} is not served by the margin gateway: it serves {served}"


async def test_settlement_reports_are_not_offered_on_margin(ex: LocalExchange) -> None:
    key = ex.create_margin_account("100")
    refused = await raw_logon(
        ex.margin_fix.host,
        ex.margin_fix.port,
        key.api_key_id,
        _signer(key),
        target="KalshiRT",
        receive_settlement_reports=True,
    )
    assert isinstance(refused, M.Logout)
    assert refused.text is not None
    assert "ReceiveSettlementReports(20127)" in refused.text


async def test_the_fix_client_logs_on_to_each_margin_session_type(trader: type[MarginTrader]) -> None:
    alice = trader()
    for session_type in ("order_entry", "order_entry_retransmit", "drop_copy", "market_data"):
        async with alice.session(session_type) as session:
            assert session.connected


async def test_the_margin_gateways_address_opens_margin_sessions_that_trade(ex: LocalExchange) -> None:
    alice, bob = ex.create_margin_account("1000"), ex.create_margin_account("1000")
    async with (
        ex.margin_fix.session(alice, **FAST) as mine,
        ex.margin_fix.session(bob, "order_entry_retransmit", **FAST) as theirs,
    ):
        assert (mine.margin, theirs.margin) == (True, True)
        resting = await mine.place(TICKER, "bid", 2, Decimal("100.00"))
        assert (resting.exec_type, resting.side, resting.price) == ("0", "1", Decimal("100.00"))
        filled = await theirs.place(TICKER, "ask", 2, Decimal("100.00"))
        assert (filled.exec_type, filled.side, filled.last_px, filled.last_qty) == (
            "F",
            "2",
            Decimal("100.00"),
            Decimal(2),
        )
    for credentials, position in ((alice, "2"), (bob, "-2")):
        with member_client(ex, credentials) as rest:
            (held,) = rest.get("/margin/positions").json()["positions"]
        assert Decimal(held["position"]) == Decimal(position)
    assert not ex.fix.margin
