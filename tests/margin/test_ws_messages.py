"""Every message of Kalshi's margin WebSocket spec has a Struct and decodes from a spec-valid
frame, with its prices, amounts and counts as exact `Decimal`s."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import msgspec
import pytest
from conftest import ROOT, require_shared
from ws.test_messages import _example, _walk_money

from kalshi_py.margin.ws import messages as m
from kalshi_py.margin.ws.messages import GenericMessage, decode_command, decode_message

STRUCTURE = ROOT / "kalshi_py" / "margin" / "models" / "asyncapi.json"
MONEY = re.compile(
    r"(_dollars|_fp|^price|^delta|^count|^bid|^ask|^volume|^volume_24h|^open_interest|^fee_cost|^post_position"
    r"|^fill_count|^remaining_count)$"
)


def _frame_check(name: str, frame: Any) -> None:
    expected = m.SPEC_MESSAGES[name]
    if not isinstance(frame, dict):  # a control frame (ping/pong): its payload is the frame body
        assert expected in (m.Ping, m.Pong)
        return
    data = json.dumps(frame).encode()
    decoded = decode_command(data) if "cmd" in frame else decode_message(data)
    assert type(decoded) is expected, (name, decoded)
    assert not isinstance(decoded, GenericMessage)
    assert _walk_money(decoded, frame, name, MONEY) == []
    if "type" in frame:
        assert decoded.type == frame["type"]
        for key in ("sid", "seq", "id"):
            assert getattr(decoded, key) == frame.get(key)


def _structure() -> dict[str, Any]:
    return json.loads(STRUCTURE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_every_message_of_the_structure_file_has_a_struct() -> None:
    messages = _structure()["messages"]
    assert len(messages) == 22
    assert sorted(set(messages) - set(m.SPEC_MESSAGES)) == []


@pytest.mark.parametrize("full", [False, True], ids=["required-only", "every-property"])
def test_every_message_decodes_from_a_frame_built_from_its_schema(full: bool) -> None:
    structure = _structure()
    for name, message in structure["messages"].items():
        _frame_check(name, _example(name, message["payload"], structure["components"], full, MONEY))


def test_every_spec_message_and_example(shared_kalshi: Path) -> None:
    yaml = pytest.importorskip("yaml")
    spec = yaml.safe_load((require_shared() / "perps" / "official" / "perps_asyncapi.yaml").read_text())
    messages = spec["components"]["messages"]
    assert set(messages) == set(m.SPEC_MESSAGES)
    examples = [(name, e["payload"]) for name, msg in messages.items() for e in msg.get("examples", [])]
    assert len(examples) >= 5
    for name, payload in examples:
        _frame_check(name, payload)


def test_a_ticker_carries_exact_prices_and_its_funding_rate() -> None:
    frame = (
        b'{"type":"ticker","sid":3,"msg":{"market_ticker":"KXBTCPERP","price":"64250.5000","bid":"64250.0000",'
        b'"ask":"64251.0000","bid_size_fp":"1.50","ask_size_fp":"2.00","last_trade_size_fp":"0.10",'
        b'"volume":"120.00","volume_notional_value_dollars":"7710060.0000","volume_24h":"90.00",'
        b'"volume_24h_notional_value_dollars":"5782545.0000","open_interest":"40.00",'
        b'"open_interest_notional_value_dollars":"2570020.0000","ts_ms":1786085188978,'
        b'"reference_price":{"price":"64249.1234","ts_ms":1786085188000},'
        b'"funding_rate":{"rate":0.0001,"next_funding_time_ms":1786089600000,"ts_ms":1786085188000}}}'
    )
    ticker = decode_message(frame)
    assert isinstance(ticker, m.Ticker)
    assert str(ticker.msg.price) == "64250.5000"
    assert ticker.msg.reference_price is not None
    assert str(ticker.msg.reference_price.price) == "64249.1234"
    assert ticker.msg.funding_rate is not None
    assert str(ticker.msg.funding_rate.rate) == "0.0001"


def test_lenient_in() -> None:
    unknown = decode_message(b'{"type":"brand_new","sid":4,"msg":{"x":1}}')
    assert isinstance(unknown, GenericMessage)
    assert (unknown.type, unknown.error) == ("brand_new", None)
    misfit = decode_message(b'{"type":"orderbook_delta","sid":1,"seq":3,"msg":{"side":"bid"}}')
    assert isinstance(misfit, GenericMessage)
    assert misfit.error is not None
    assert "market_ticker" in misfit.error
    fill = decode_message(
        b'{"type":"fill","sid":2,"msg":{"trade_id":"t","order_id":"o","market_ticker":"M","price":"1.5",'
        b'"count":"2.00","order_source":"robot","shiny":true}}'
    )
    assert isinstance(fill, m.Fill)
    assert fill.msg.order_source == "robot"
    with pytest.raises(msgspec.DecodeError):
        decode_message(b"[1,2]")
