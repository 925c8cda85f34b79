"""Price levels decoded with shared `Decimal`s decode exactly as msgspec decodes them directly."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kalshi_py._levels import MAX_SHARED, MAX_SHARED_LEVELS, SharedDecimals, SharedLevels, twin_of
from kalshi_py._model import decode_json
from kalshi_py.models import (
    GetMarketOrderbookResponse,
    GetMarketOrderbooksResponse,
    GetMarketsResponse,
    MarketOrderbookFp,
    OrderbookCountFp,
)

# texts as Kalshi writes them, and texts it never should
numbers = st.builds(
    lambda units, places: format(Decimal(units).scaleb(-places), "f"),
    st.integers(min_value=-10, max_value=10**7),
    st.integers(min_value=0, max_value=6),
)
odd = st.sampled_from(["1e-2", " 0.5", "0.5 ", "NaN", "-0", "Infinity", "abc", "", "1_000", "0x10", "+0.3"])
text = st.one_of(numbers, numbers, numbers, odd)
level = st.one_of(
    st.tuples(text, text).map(list),
    st.tuples(st.integers(0, 99), st.integers(0, 1000)).map(list),  # JSON numbers
    st.lists(text, min_size=0, max_size=3),  # not a pair
)
side = st.lists(level, max_size=12)
book = st.fixed_dictionaries({}, optional={"yes_dollars": side, "no_dollars": side})
answer = st.one_of(
    st.fixed_dictionaries({}, optional={"orderbook_fp": st.one_of(book, st.none())}),
    st.builds(lambda b: {"orderbook_fp": b}, book),
)
many = st.builds(
    lambda books: {"orderbooks": [{"ticker": f"KX-{i}", "orderbook_fp": b} for i, b in enumerate(books)]},
    st.lists(book, max_size=4),
)


def plain(model: type[Any], raw: bytes) -> Any:
    """What msgspec makes of `raw` directly, or the type of the error it raises."""
    try:
        return msgspec.json.Decoder(model).decode(raw)
    except msgspec.ValidationError:
        try:
            return msgspec.json.Decoder(model, strict=False).decode(raw)
        except msgspec.DecodeError as exc:
            return type(exc)
    except msgspec.DecodeError as exc:
        return type(exc)


def shared(model: type[Any], raw: bytes) -> Any:
    try:
        return decode_json(model, raw)
    except msgspec.DecodeError as exc:
        return type(exc)


def texts(value: Any) -> Any:
    """Every Decimal as its exact text and type, so that 0.50 and 0.5 are told apart."""
    if isinstance(value, msgspec.Struct):
        return (type(value).__name__, {name: texts(getattr(value, name)) for name in value.__struct_fields__})
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [texts(item) for item in value])
    if isinstance(value, Decimal):
        return ("Decimal", str(value))
    return value


@settings(max_examples=400, deadline=None)
@given(answer)
def test_an_orderbook_answer_decodes_as_the_plain_decoder_decodes_it(body: dict[str, Any]) -> None:
    raw = msgspec.json.encode(body)
    assert texts(shared(GetMarketOrderbookResponse, raw)) == texts(plain(GetMarketOrderbookResponse, raw))


@settings(max_examples=200, deadline=None)
@given(many)
def test_nested_orderbooks_decode_as_the_plain_decoder_decodes_them(body: dict[str, Any]) -> None:
    raw = msgspec.json.encode(body)
    assert texts(shared(GetMarketOrderbooksResponse, raw)) == texts(plain(GetMarketOrderbooksResponse, raw))


def spaced(raw: bytes, spaces: list[bool], escape: bool) -> bytes:
    """`raw` with a space after some of its commas and, with `escape`, its first digit escaped:
    JSON that means the same as `raw`, in a form other than the compact one."""
    parts = raw.split(b",")
    gaps = [b", " if gap else b"," for gap in spaces] + [b","] * len(parts)
    out = parts[0] + b"".join(gap + part for gap, part in zip(gaps, parts[1:], strict=False))
    if escape:
        for digit in b"0123456789":
            at = out.find(b'"%c' % digit)
            if at >= 0:
                return out[: at + 1] + b"\\u003%c" % digit + out[at + 2 :]
    return out


@settings(max_examples=300, deadline=None)
@given(answer, st.lists(st.booleans(), max_size=60), st.booleans())
def test_an_answer_in_any_json_form_decodes_as_the_plain_decoder_decodes_it(
    body: dict[str, Any], spaces: list[bool], escape: bool
) -> None:
    raw = spaced(msgspec.json.encode(body), spaces, escape)
    assert texts(shared(GetMarketOrderbookResponse, raw)) == texts(plain(GetMarketOrderbookResponse, raw))


@pytest.mark.parametrize(
    "side",
    [
        b'[["0.5\n","1.00"]]',  # a raw control character: not JSON
        b'[["0.5","1.00"\n]]',
        b'[["0.5","\xff"]]',  # not UTF-8
        b'[["0.5","1.00","2"]]',  # not a pair
        b'[["0.5"],["1.00"]]',
        b'[[0.5,"1.00"]]',  # a number where a string belongs
        b"null",
        b'[["1_000","1"]]',
        b"[]",
    ],
)
def test_a_side_that_is_not_compact_decodes_as_the_plain_decoder_decodes_it(side: bytes) -> None:
    raw = b'{"orderbook_fp":{"yes_dollars":%b,"no_dollars":[["0.42","1.00"]]}}' % side
    assert texts(shared(GetMarketOrderbookResponse, raw)) == texts(plain(GetMarketOrderbookResponse, raw))


def test_equal_texts_share_one_decimal_and_the_answer_is_the_public_model() -> None:
    raw = b'{"orderbook_fp": {"yes_dollars": [["0.4200", "13.00"]], "no_dollars": [["0.4200", "13.00"]]}}'
    first = decode_json(GetMarketOrderbookResponse, raw)
    second = decode_json(GetMarketOrderbookResponse, raw)
    assert type(first) is GetMarketOrderbookResponse
    assert type(first.orderbook_fp) is OrderbookCountFp
    (yes,), (no,) = first.orderbook_fp.yes_dollars, first.orderbook_fp.no_dollars
    assert yes == (Decimal("0.4200"), Decimal("13.00"))
    assert type(yes) is tuple
    assert yes[0] is no[0] is second.orderbook_fp.yes_dollars[0][0]
    assert first == second == msgspec.json.decode(raw, type=GetMarketOrderbookResponse)
    assert first.to_json() == msgspec.json.decode(raw, type=GetMarketOrderbookResponse).to_json()


def test_only_models_that_hold_price_levels_have_a_twin() -> None:
    assert twin_of(GetMarketsResponse) is None
    assert twin_of(MarketOrderbookFp) is not None
    assert twin_of(GetMarketOrderbookResponse) is not None


def test_the_shared_table_is_bounded_and_refuses_what_decimal_refuses() -> None:
    table = SharedDecimals()
    assert table["0.50"] is table["0.50"]
    assert str(table["0.50"]) == "0.50"
    values = [table[str(i)] for i in range(MAX_SHARED + 10)]
    assert len(table) == MAX_SHARED
    assert values[-1] == MAX_SHARED + 9
    assert table[str(MAX_SHARED + 9)] is not table[str(MAX_SHARED + 9)], "a full table shares no more"
    assert table["NaN"].is_nan()
    assert "NaN" not in table
    with pytest.raises(ArithmeticError):
        table["abc"]


def test_the_level_table_empties_when_full_and_keeps_only_finite_levels() -> None:
    table = SharedLevels(SharedDecimals())
    with pytest.raises(KeyError):
        table[b'0.42","10.00']
    first = table.read(b'0.42","10.00')
    assert first == (Decimal("0.42"), Decimal("10.00"))
    assert table[b'0.42","10.00'] is table.read(b'0.42","10.00') is first
    for i in range(MAX_SHARED_LEVELS - 1):
        table.read(b'0.5","%d' % i)
    assert len(table) == MAX_SHARED_LEVELS
    assert table.read(b'0.42","10.00') is first, "a level already in a full table is still shared"
    table.read(b'0.5","-1')
    assert len(table) == 1, "a full table empties before taking the next level"
    assert table.read(b'0.42","10.00') == first
    with pytest.raises(ValueError):
        table.read(b'0.42", "10.00')
    with pytest.raises(ValueError):
        table.read(b'NaN","1')


def test_a_snapshot_without_levels_gets_its_default_and_one_with_levels_shares_them() -> None:
    from kalshi_py.ws._asyncapi.messages import OrderbookSnapshotMsg

    bare = decode_json(OrderbookSnapshotMsg, b'{"market_ticker":"KX","market_id":"m"}')
    assert bare.yes_dollars_fp == []
    assert bare.no_dollars_fp == []
    assert (
        bare.yes_dollars_fp
        is not decode_json(OrderbookSnapshotMsg, b'{"market_ticker":"KX","market_id":"m"}').yes_dollars_fp
    )
    full = decode_json(
        OrderbookSnapshotMsg, b'{"market_ticker":"KX","market_id":"m","no_dollars_fp":[["0.42","3.00"]]}'
    )
    assert full.no_dollars_fp == [(Decimal("0.42"), Decimal("3.00"))]
    assert (
        full.no_dollars_fp[0]
        is decode_json(
            GetMarketOrderbookResponse, b'{"orderbook_fp":{"yes_dollars":[["0.42","3.00"]]}}'
        ).orderbook_fp.yes_dollars[0]
    )


def test_a_new_book_enters_the_table_whole_and_a_changed_one_level_by_level() -> None:
    from kalshi_py._levels import FEW_NEW_LEVELS, shared_levels

    def book(counts: list[str]) -> bytes:
        side = ",".join(f'["0.{i + 10:02d}00","{count}"]' for i, count in enumerate(counts))
        return b'{"orderbook_fp":{"yes_dollars":[%b]}}' % side.encode()

    counts = [f"{7_000_001 + i}.25" for i in range(3 * FEW_NEW_LEVELS)]  # in no table yet
    first = decode_json(GetMarketOrderbookResponse, book(counts)).orderbook_fp.yes_dollars
    assert first == [(Decimal(f"0.{i + 10:02d}00"), Decimal(count)) for i, count in enumerate(counts)]
    assert shared_levels[b'0.1000","7000001.25'] is first[0]
    again = decode_json(GetMarketOrderbookResponse, book(counts)).orderbook_fp.yes_dollars
    assert all(a is b for a, b in zip(again, first, strict=True)), "every level shared the second time"
    changed = [*counts[:-1], "3.00"]
    later = decode_json(GetMarketOrderbookResponse, book(changed)).orderbook_fp.yes_dollars
    assert later[:-1] == again[:-1]
    assert later[0] is first[0]
    assert later[-1] == (Decimal(f"0.{len(counts) + 9:02d}00"), Decimal("3.00"))
