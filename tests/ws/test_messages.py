"""Every message of Kalshi's WebSocket spec has a Struct and decodes from a spec-valid frame."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kalshi_py.ws import messages as m
from kalshi_py.ws.messages import GenericMessage, decode_command, decode_message

ROOT = Path(__file__).resolve().parents[2]
ASYNCAPI_JSON = ROOT / "kalshi_py" / "models" / "asyncapi.json"

MONEY = re.compile(
    r"(_dollars|_fp|^fee_cost|^value_usd|^value|^settlement_value|_strike|^fee_multiplier_override|^start|^end|^step)$"
)


def _structure() -> dict[str, Any]:
    return json.loads(ASYNCAPI_JSON.read_text(encoding="utf-8"))


def _spec(shared: Path) -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load((shared / "asyncapi.yaml").read_text(encoding="utf-8"))


def _resolve(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema or len(schema.get("allOf", ())) == 1:
        schema = schema["allOf"][0] if "allOf" in schema else schema
        if "$ref" in schema:
            schema = components["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _example(
    name: str, schema: dict[str, Any], components: dict[str, Any], full: bool, money: re.Pattern[str] = MONEY
) -> Any:
    """A value valid for `schema`: required properties only, or every property when `full`; a
    string property whose name `money` matches holds an amount."""
    schema = _resolve(schema, components)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        keys = props if full else schema.get("required", [])
        return {k: _example(k, props[k], components, full, money) for k in keys if k in props}
    if kind == "array":
        items = schema.get("items", {})
        if _resolve(items, components).get("type") == "array":
            return [["0.4200", "13.00"]]
        return [_example(name, items, components, full, money)]
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if schema.get("format") == "date-time":
        return "2026-08-07T06:46:28.97871Z"
    if schema.get("format") == "uuid":
        return "943fcfe7-68a7-48aa-84b0-9b5ed2d5b922"
    if money.search(name):
        return "0.4200"
    return f"{name}-x"


def _decode(frame: dict[str, Any]) -> Any:
    data = json.dumps(frame).encode()
    return decode_command(data) if "cmd" in frame else decode_message(data)


def _walk_money(value: Any, raw: Any, path: str, money: re.Pattern[str] = MONEY) -> list[str]:
    """Paths of money/count fields in `raw` that did not decode to Decimal equal to the text."""
    bad: list[str] = []
    if isinstance(raw, dict) and isinstance(value, msgspec.Struct):
        for key, sub in raw.items():
            if not hasattr(value, key):
                continue
            got = getattr(value, key)
            if isinstance(sub, str) and money.search(key):
                if not isinstance(got, Decimal) or got != Decimal(sub):
                    bad.append(f"{path}.{key}")
            elif isinstance(sub, (int, float)) and not isinstance(sub, bool) and money.search(key):
                if not isinstance(got, Decimal):
                    bad.append(f"{path}.{key}")
            else:
                bad += _walk_money(got, sub, f"{path}.{key}", money)
    elif isinstance(raw, list) and isinstance(value, list):
        for i, (a, b) in enumerate(zip(value, raw, strict=False)):
            bad += _walk_money(a, b, f"{path}[{i}]", money)
    return bad


def _check_frame(name: str, frame: Any) -> None:
    expected = m.SPEC_MESSAGES[name]
    if not isinstance(frame, dict):  # a control frame (ping/pong): its payload is the frame body
        assert expected in (m.Ping, m.Pong)
        assert expected(frame).data == frame
        return
    decoded = _decode(frame)
    assert type(decoded) is expected, (name, decoded)
    assert not isinstance(decoded, GenericMessage)
    assert _walk_money(decoded, frame, name) == []
    if "type" in frame:
        assert decoded.type == frame["type"]
        for key in ("sid", "seq", "id"):
            assert getattr(decoded, key) == frame.get(key)


def _structure_messages(structure: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return structure["messages"]


# --- without ../shared: the generated structure file -------------------------------------------


def test_every_message_of_the_structure_file_has_a_struct() -> None:
    structure = _structure()
    missing = sorted(set(_structure_messages(structure)) - set(m.SPEC_MESSAGES))
    assert missing == [], f"asyncapi messages without a Struct: {missing}"
    assert len(_structure_messages(structure)) == 51


@pytest.mark.parametrize("full", [False, True], ids=["required-only", "every-property"])
def test_every_message_decodes_from_a_frame_built_from_its_schema(full: bool) -> None:
    structure = _structure()
    components = structure["components"]
    for name, message in _structure_messages(structure).items():
        frame = _example(name, message["payload"], components, full)
        _check_frame(name, frame)


def test_every_spec_field_is_a_struct_field() -> None:
    """Faithful to the spec: each property of each message's `msg` exists on its Struct."""
    structure = _structure()
    components = structure["components"]
    for name, message in _structure_messages(structure).items():
        payload = _resolve(message["payload"], components)
        if payload.get("type") != "object":
            continue
        frame = _example(name, payload, components, True)
        decoded = _decode(frame)
        for key in payload.get("properties", {}):
            if key in ("type", "cmd"):
                continue
            assert hasattr(decoded, key), f"{name}: no field {key}"
        body = frame.get("msg") or frame.get("params")
        inner = getattr(decoded, "msg", None) or getattr(decoded, "params", None)
        if isinstance(body, dict):
            for key in body:
                assert hasattr(inner, key), f"{name}.msg: no field {key}"


# --- with ../shared: the spec's own examples ------------------------------------------------------


def test_every_spec_message_has_a_struct(shared_kalshi: Path) -> None:
    spec = _spec(shared_kalshi)
    names = set(spec["components"]["messages"])
    assert names - set(m.SPEC_MESSAGES) == set()
    assert set(m.SPEC_MESSAGES) - names == set()


def test_every_spec_example_decodes(shared_kalshi: Path) -> None:
    spec = _spec(shared_kalshi)
    count = 0
    for name, message in spec["components"]["messages"].items():
        for example in message.get("examples", []):
            _check_frame(name, example["payload"])
            count += 1
    assert count >= 70


def test_messages_without_spec_examples_decode_from_schema_examples(shared_kalshi: Path) -> None:
    spec = _spec(shared_kalshi)
    components = spec["components"]
    without = [n for n, msg in components["messages"].items() if not msg.get("examples")]
    assert without == ["subscribedIndicesResponse", "subscribedUnderlyingsResponse"]
    for name in without:
        frame = _example(name, components["messages"][name]["payload"], components, True)
        _check_frame(name, frame)
    ok = decode_message(b'{"type":"ok","id":3,"sid":1,"seq":2,"msg":{"index_ids":["BRTI"]}}')
    assert isinstance(ok, m.Ok)
    assert isinstance(ok.msg, m.OkMsg)
    assert ok.msg.index_ids == ["BRTI"]


def test_recorded_stream_decodes_losslessly(shared_kalshi: Path) -> None:
    frames = json.loads(
        (shared_kalshi / "recorded" / "ws_orderbook_delta__josephsapinoso-kalshi-cockpit__1.json").read_text()
    )
    for frame in frames:
        decoded = decode_message(json.dumps(frame).encode())
        assert not isinstance(decoded, GenericMessage), frame
        again = json.loads(msgspec.json.encode(decoded))
        again["type"] = decoded.type
        assert _same(again, frame), frame


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return set(a) == set(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=False))
    if isinstance(a, str) and isinstance(b, str) and a != b:
        try:
            return Decimal(a) == Decimal(b)
        except ArithmeticError:
            return a.rstrip("Z0") == b.rstrip("Z0").replace("+00:00", "")
    return bool(a == b)


# --- leniency -------------------------------------------------------------------------------------


def test_unknown_type_passes_through_as_generic_message() -> None:
    decoded = decode_message(b'{"type":"brand_new","sid":4,"seq":9,"msg":{"x":[1,2]}}')
    assert isinstance(decoded, GenericMessage)
    assert (decoded.type, decoded.sid, decoded.seq, decoded.msg, decoded.error) == (
        "brand_new",
        4,
        9,
        {"x": [1, 2]},
        None,
    )


def test_known_type_that_does_not_fit_is_kept_with_the_reason() -> None:
    decoded = decode_message(b'{"type":"orderbook_delta","sid":1,"seq":3,"msg":{"side":"yes"}}')
    assert isinstance(decoded, GenericMessage)
    assert decoded.seq == 3
    assert decoded.msg == {"side": "yes"}
    assert decoded.error is not None
    assert "market_ticker" in decoded.error


def test_unknown_fields_ignored_and_new_enum_values_kept() -> None:
    decoded = decode_message(
        b'{"type":"trade","sid":1,"seq":1,"new_top":1,"msg":{"trade_id":"t","market_ticker":"M",'
        b'"yes_price_dollars":"0.3600","no_price_dollars":"0.6400","count_fp":"1.50",'
        b'"taker_outcome_side":"maybe","shiny":true}}'
    )
    assert isinstance(decoded, m.Trade)
    assert decoded.msg.taker_outcome_side == "maybe"
    assert decoded.msg.count_fp == Decimal("1.50")


def test_a_frame_that_is_not_an_object_is_a_decode_error() -> None:
    with pytest.raises(msgspec.DecodeError):
        decode_message(b"[1,2]")
    with pytest.raises(msgspec.DecodeError):
        decode_message(b"{not json")


def test_commands_encode_without_unset_fields() -> None:
    command = m.SubscribeCommand(
        id=1, params=m.SubscribeParams(channels=["orderbook_delta"], market_tickers=["A"])
    )
    assert json.loads(m.encode_command(command)) == {
        "id": 1,
        "cmd": "subscribe",
        "params": {"channels": ["orderbook_delta"], "market_tickers": ["A"]},
    }


def test_every_price_and_count_field_is_decimal() -> None:
    structs = [v for v in vars(m).values() if isinstance(v, type) and issubclass(v, msgspec.Struct)]
    offenders = []
    for struct in structs:
        for field in msgspec.structs.fields(struct):
            if (
                field.name != "custom_strike"
                and MONEY.search(field.name)
                and "Decimal" not in str(field.type)
            ):
                offenders.append(f"{struct.__name__}.{field.name}: {field.type}")
    assert offenders == []


def test_public_names_of_kalshi_py_ws() -> None:
    import kalshi_py.ws as ws

    assert sorted(ws.__all__) == sorted(set(ws.__all__))
    assert all(hasattr(ws, name) for name in ws.__all__)
    assert {"KalshiWebSocket", "SyncKalshiWebSocket", "StreamStatus", "decode_message"} <= set(ws.__all__)


_PRICE_TEXT = st.one_of(
    st.decimals(min_value=0, max_value=1, places=4).map(str),
    st.sampled_from(["0.5600", "0.56", "1", "0", "-0.01", "NaN", "Infinity", "1e-3", "", "x"]),
)
_OPTIONAL_KEYS = st.sampled_from(["clock", "ts", "ts_ms", "client_order_id", "zzz"])
_FIELD = st.one_of(_PRICE_TEXT, st.integers(-5, 5), st.none(), st.booleans())


@settings(max_examples=300, deadline=None)
@given(
    price=_FIELD,
    delta=_FIELD,
    side=st.sampled_from(["yes", "no", "maybe", 3]),
    extra=st.dictionaries(_OPTIONAL_KEYS, _FIELD, max_size=3),
    seq=st.one_of(st.integers(0, 10**9), st.none(), st.just("7")),
)
def test_the_fast_delta_path_decodes_exactly_like_the_typed_one(
    price: object, delta: object, side: object, extra: dict[str, object], seq: object
) -> None:
    body = {"market_ticker": "KX-1", "price_dollars": price, "delta_fp": delta, "side": side, **extra}
    frame = json.dumps({"type": "orderbook_delta", "sid": 1, "seq": seq, "msg": body}).encode()
    fast, typed = decode_message(frame), m._decode_typed(frame)
    assert type(fast) is type(typed)
    assert msgspec.json.encode(fast) == msgspec.json.encode(typed)  # NaN != NaN, so compare the bytes


_LEVEL_TEXT = st.one_of(
    st.decimals(min_value=0, max_value=10**6, places=2).map(str),
    st.sampled_from(["0.5600", "1", "-0.01", "NaN", "1e-3", " 2", "", "x", "1_0"]),
)
_LEVEL = st.one_of(
    st.tuples(_LEVEL_TEXT, _LEVEL_TEXT).map(list),
    st.tuples(st.integers(0, 99), st.integers(0, 9)).map(list),
    st.lists(_LEVEL_TEXT, max_size=3),
)
_SIDE = st.one_of(st.lists(_LEVEL, max_size=6), st.none(), st.just("levels"))


@settings(max_examples=300, deadline=None)
@given(
    yes=_SIDE,
    no=_SIDE,
    leave_out=st.sets(st.sampled_from(["yes_dollars_fp", "no_dollars_fp", "market_ticker"])),
    spaced=st.booleans(),
)
def test_a_snapshot_decodes_exactly_as_the_typed_path_decodes_it(
    yes: object, no: object, leave_out: set[str], spaced: bool
) -> None:
    body = {"market_ticker": "KX-1", "market_id": "m", "yes_dollars_fp": yes, "no_dollars_fp": no}
    for key in leave_out:
        del body[key]
    frame = {"type": "orderbook_snapshot", "sid": 2, "seq": 1, "msg": body}
    raw = json.dumps(frame) if spaced else json.dumps(frame, separators=(",", ":"))
    fast, typed = decode_message(raw.encode()), m._decode_typed(raw.encode())
    assert type(fast) is type(typed)
    assert msgspec.json.encode(fast) == msgspec.json.encode(typed)


@settings(max_examples=150, deadline=None)
@given(bid=_SIDE, ask=_SIDE, spaced=st.booleans())
def test_a_margin_snapshot_decodes_exactly_as_the_typed_path_decodes_it(
    bid: object, ask: object, spaced: bool
) -> None:
    from kalshi_py.margin.ws import messages as margin

    frame = {
        "type": "orderbook_snapshot",
        "sid": 2,
        "seq": 1,
        "msg": {"market_ticker": "P", "bid": bid, "ask": ask},
    }
    raw = (json.dumps(frame) if spaced else json.dumps(frame, separators=(",", ":"))).encode()
    fast, typed = margin.decode_message(raw), margin.decode_message.typed(raw)
    assert type(fast) is type(typed)
    assert msgspec.json.encode(fast) == msgspec.json.encode(typed)


def test_a_snapshot_as_kalshi_sends_it_shares_its_levels_with_every_book_read() -> None:
    from kalshi_py.models import GetMarketOrderbookResponse

    frame = (
        b'{"type":"orderbook_snapshot","sid":2,"seq":1,"msg":{"market_ticker":"KX-1","market_id":"m",'
        b'"yes_dollars_fp":[["0.0100","250.00"],["0.4200","13.00"]],"no_dollars_fp":[["0.5500","7.00"]]}}'
    )
    snapshot = decode_message(frame)
    assert isinstance(snapshot, m.OrderbookSnapshot)
    assert snapshot.msg.yes_dollars_fp == [(Decimal("0.01"), Decimal(250)), (Decimal("0.42"), Decimal(13))]
    rest = GetMarketOrderbookResponse.from_json(b'{"orderbook_fp":{"no_dollars":[["0.4200","13.00"]]}}')
    assert snapshot.msg.yes_dollars_fp[1] is rest.orderbook_fp.no_dollars[0], "one shared level"


# --- generated from the spec ----------------------------------------------------------------------


def test_the_generated_files_say_they_are_generated() -> None:
    files = sorted((ROOT / "kalshi_py" / "ws" / "_asyncapi").glob("*.py"))
    assert [f.name for f in files] == ["__init__.py", "error_codes.py", "messages.py"]
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# generated from asyncapi.yaml "), path
        assert first.endswith("by tools/codegen — do not edit"), path


def test_the_fast_delta_layout_has_exactly_the_fields_of_the_generated_structs() -> None:
    """A field the spec adds to `orderbook_delta` must reach the hand-tuned layout too."""
    from kalshi_py.ws._wire import OrderbookDeltaFrame, OrderbookDeltaFrameMsg

    def names(struct: type[msgspec.Struct]) -> set[str]:
        return {f.name for f in msgspec.structs.fields(struct)}

    assert names(OrderbookDeltaFrameMsg) == names(m.OrderbookDeltaMsg)
    assert names(OrderbookDeltaFrame) == names(m.OrderbookDelta)


def test_a_delta_as_production_sends_it_takes_the_fast_path() -> None:
    frame = (
        b'{"type":"orderbook_delta","sid":1,"seq":24,"msg":{"market_ticker":"KXMLBGAME-26AUG071840NYMPIT-NYM",'
        b'"market_id":"943fcfe7-68a7-48aa-84b0-9b5ed2d5b922","price_dollars":"0.5600","delta_fp":"-12.00",'
        b'"side":"no","ts":"2026-08-07T06:46:28.97871Z","ts_ms":1786085188978}}'
    )
    first, second = decode_message(frame), decode_message(frame)
    assert isinstance(first, m.OrderbookDelta)
    assert isinstance(second, m.OrderbookDelta)
    assert first.msg.clock is None  # the spec says required; production leaves it out
    assert (first.msg.price_dollars, first.msg.delta_fp) == (Decimal("0.56"), Decimal("-12"))
    assert first.msg.price_dollars is second.msg.price_dollars  # one shared Decimal per price


def test_websocket_errors_are_kalshi_errors() -> None:
    from kalshi_py.errors import KalshiError
    from kalshi_py.ws import errors

    for name in errors.__all__:
        value = getattr(errors, name)
        if isinstance(value, type):
            assert issubclass(value, KalshiError), name
    assert errors.TERMINAL_CODES == {errors.CHANNEL_ERROR, errors.SUBSCRIPTION_BUFFER_OVERFLOW} == {10, 25}
    assert errors.ERROR_NAMES[errors.UNKNOWN_CHANNEL] == "Unknown channel name"


def test_the_generator_refuses_a_key_field_the_spec_does_not_require(
    shared_kalshi: Path, tmp_path: Path
) -> None:
    yaml = pytest.importorskip("yaml")
    from tools.codegen import ws_messages

    spec = _spec(shared_kalshi)
    delta = spec["components"]["schemas"]["orderbookDeltaPayload"]["properties"]["msg"]
    delta["required"] = [r for r in delta["required"] if r != "price_dollars"]
    changed = tmp_path / "asyncapi.yaml"
    changed.write_text(yaml.safe_dump(spec), encoding="utf-8")
    with pytest.raises(SystemExit, match=r"KEY_FIELDS\['OrderbookDeltaMsg'\]: price_dollars"):
        ws_messages.render(str(changed))
    assert ws_messages.render(str(shared_kalshi / "asyncapi.yaml"))  # the real spec renders
