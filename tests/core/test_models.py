"""Lenient in, strict out: decoding what the server sends, validating what the client sends."""

from __future__ import annotations

from decimal import Decimal

import msgspec
import pytest

import kalshi_py
from kalshi_py import UNSET
from kalshi_py._model import format_fixed, parse_fixed, request_body_bytes
from kalshi_py.api.market import get_market
from kalshi_py.api.orders import amend_order_v2, create_order_v2, decrease_order_v2
from kalshi_py.errors import RequestValidationError
from kalshi_py.models import (
    CreateOrderV2Request,
    Fill,
    GetMarketOrderbookResponse,
    GetMarketResponse,
    Market,
    Order,
)

from .loopback import Loopback, always

ORDER = {
    "ticker": "KXHIGHNY-26NOV24-T60",
    "side": "bid",
    "count": Decimal("10"),
    "price": Decimal("0.56"),
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "taker_at_cross",
}


# -- lenient in -------------------------------------------------------------------------------------


def test_unknown_fields_are_ignored_at_every_level() -> None:
    raw = (
        b'{"market":{"ticker":"KX-1","brand_new":{"deep":[1,2]},'
        b'"price_ranges":[{"start":"0.01","end":"0.99","step":"0.01","new_knob":true}]},"server_extra":1}'
    )
    decoded = GetMarketResponse.from_json(raw)
    assert decoded.market.ticker == "KX-1"
    assert decoded.market.price_ranges[0].step == Decimal("0.01")
    assert "brand_new" not in decoded.market.to_dict()


def test_a_new_enum_value_is_kept_as_a_string() -> None:
    order = Order.from_json(b'{"status":"pending_review","book_side":"cross","type":"iceberg"}')
    assert (order.status, order.book_side, order.type) == ("pending_review", "cross", "iceberg")
    market = Market.from_json(b'{"status":"suspended_by_regulator","strike_type":"new_kind"}')
    assert market.status == "suspended_by_regulator"


def test_missing_fields_decode_as_unset() -> None:
    assert GetMarketResponse.from_json(b"{}").market is UNSET
    market = Market.from_json(b'{"ticker":"KX-1"}')
    assert market.yes_bid_dollars is UNSET
    assert market.to_dict() == {"ticker": "KX-1"}
    assert not market.yes_bid_dollars  # UNSET is falsy, as 2.0.6.6's Unset was


def test_null_where_the_spec_allows_it() -> None:
    market = Market.from_json(b'{"settlement_value_dollars":null,"expected_expiration_time":null}')
    assert market.settlement_value_dollars is None
    assert market.to_dict() == {"settlement_value_dollars": None, "expected_expiration_time": None}


def test_lenient_decoding_of_numbers_sent_as_strings_and_money_sent_as_numbers() -> None:
    market = Market.from_json(b'{"exchange_index":"2","yes_bid_dollars":0.56,"volume_fp":12}')
    assert market.exchange_index == 2
    assert market.yes_bid_dollars == Decimal("0.56")
    assert isinstance(market.yes_bid_dollars, Decimal)
    assert market.volume_fp == Decimal(12)


def test_a_type_the_lenient_decoder_cannot_fix_raises() -> None:
    with pytest.raises(msgspec.ValidationError):
        Market.from_json(b'{"price_ranges":"everything"}')


def test_pipeline_decodes_leniently() -> None:
    body = {
        "market": {"ticker": "KX-1", "status": "brand_new_status", "yes_bid_dollars": "0.4200", "shiny": 1}
    }
    with Loopback(always(200, body)) as server, kalshi_py.Client(base_url=server.base_url) as client:
        market = get_market.sync(client=client, ticker="KX-1").market
    assert market.status == "brand_new_status"
    assert market.yes_bid_dollars == Decimal("0.4200")


# -- Decimal round trip -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["0.5600", "0.56", "0.0100", "0.990000", "0.026900", "1058328.00", "709.55", "0.00", "12.50"]
)
def test_fixed_point_strings_survive_decode_and_encode_exactly(text: str) -> None:
    raw = f'{{"yes_price_dollars":"{text}","count_fp":"{text}","fee_cost":"{text}"}}'.encode()
    fill = Fill.from_json(raw)
    for value in (fill.yes_price_dollars, fill.count_fp, fill.fee_cost):
        assert isinstance(value, Decimal)
        assert value == Decimal(text)
        assert str(value) == text
    wire = fill.to_dict()
    assert wire == {"yes_price_dollars": text, "count_fp": text, "fee_cost": text}
    assert msgspec.json.decode(fill.to_json()) == msgspec.json.decode(raw)
    assert Fill.from_json(fill.to_json()) == fill


def test_orderbook_levels_round_trip_as_strings() -> None:
    raw = b'{"orderbook_fp":{"yes_dollars":[["0.0400","709.55"],["0.4200","13.00"]],"no_dollars":[]}}'
    book = GetMarketOrderbookResponse.from_json(raw)
    assert book.orderbook_fp.yes_dollars[0] == (Decimal("0.04"), Decimal("709.55"))
    assert str(book.orderbook_fp.yes_dollars[0][0]) == "0.0400"
    assert book.to_json() == raw


def test_from_dict_and_to_dict_of_2066() -> None:
    market = Market.from_dict({"ticker": "KX-1", "yes_ask_dollars": "0.5700", "volume_fp": "3.00"})
    assert market.yes_ask_dollars == Decimal("0.5700")
    assert market.to_dict() == {"ticker": "KX-1", "yes_ask_dollars": "0.5700", "volume_fp": "3.00"}


# -- strict out -------------------------------------------------------------------------------------


def test_request_body_is_canonical_fixed_point() -> None:
    body = request_body_bytes(CreateOrderV2Request(**ORDER))  # type: ignore[arg-type]
    assert body == (
        b'{"ticker":"KXHIGHNY-26NOV24-T60","side":"bid","count":"10.00","price":"0.56",'
        b'"time_in_force":"good_till_canceled","self_trade_prevention_type":"taker_at_cross"}'
    )


@pytest.mark.parametrize(
    ("field", "value", "wire"),
    [
        ("count", "5", "5.00"),
        ("count", 5, "5.00"),
        ("count", Decimal("0.01"), "0.01"),
        ("count", Decimal("2.50"), "2.50"),
        ("count", Decimal("1E+1"), "10.00"),
        ("price", "0.5", "0.50"),
        ("price", Decimal("0.5625"), "0.5625"),
        ("price", "0.56250", "0.5625"),
        ("price", "0.0010", "0.0010"),
        ("price", " 0.42 ", "0.42"),
    ],
)
def test_accepted_request_values(field: str, value: object, wire: str) -> None:
    body = msgspec.json.decode(request_body_bytes(CreateOrderV2Request(**{**ORDER, field: value})))  # type: ignore[arg-type]
    assert body[field] == wire


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("price", 0.56, "float"),
        ("count", 10.0, "float"),
        ("count", "1.001", "more than 2 decimal places"),
        ("count", Decimal("0.005"), "more than 2 decimal places"),
        ("price", "0.56251", "more than 4 decimal places"),
        ("price", Decimal("0.123456"), "more than 4 decimal places"),
        ("price", "fifty cents", "not a number"),
        ("price", "NaN", "not a finite number"),
        ("count", True, "bool"),
        ("count", [1], "Expected `decimal`"),
        ("side", "buy", "side"),
        ("time_in_force", "GTC", "time_in_force"),
        ("self_trade_prevention_type", "cancel_both", "self_trade_prevention_type"),
        ("ticker", 12, "ticker"),
    ],
)
def test_refused_request_values_name_the_field(field: str, value: object, message: str) -> None:
    with pytest.raises(RequestValidationError, match=message) as caught:
        request_body_bytes(CreateOrderV2Request(**{**ORDER, field: value}))  # type: ignore[arg-type]
    assert field in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_float_error_suggests_the_exact_spelling() -> None:
    with pytest.raises(RequestValidationError, match=r"'0\.56'"):
        request_body_bytes(CreateOrderV2Request(**{**ORDER, "price": 0.56}))  # type: ignore[arg-type]


def test_parse_and_format_fixed() -> None:
    assert parse_fixed("0.5600", "p") == Decimal("0.5600")
    assert parse_fixed(3, "p") == Decimal(3)
    with pytest.raises(RequestValidationError, match="Infinity"):
        parse_fixed("Infinity", "p")
    assert format_fixed(Decimal("0.123456"), "dollars", strict=False) == "0.123456"
    assert format_fixed(Decimal("1.005"), "count", strict=False) == "1.005"
    assert format_fixed(Decimal("7"), None) == "7.00"


@pytest.fixture
def server() -> Loopback:
    with Loopback(always(201, {"order_id": "o-1"})) as running:
        yield running  # type: ignore[misc]


@pytest.mark.parametrize(
    ("call", "kwargs", "message"),
    [
        (create_order_v2.sync, {**ORDER, "price": 0.56}, "price"),
        (create_order_v2.sync, {**ORDER, "count": "0.001"}, "count"),
        (create_order_v2.sync, {**ORDER, "side": "yes"}, "side"),
        (create_order_v2.sync, {k: v for k, v in ORDER.items() if k != "price"}, "price"),
        (create_order_v2.sync, {k: v for k, v in ORDER.items() if k != "time_in_force"}, "time_in_force"),
        (amend_order_v2.sync, {"order_id": "o-1", **ORDER, "count": 1.5}, "count"),
        (
            amend_order_v2.sync,
            {"order_id": "", "ticker": "KX", "side": "bid", "price": "0.5", "count": "1"},
            "order_id",
        ),
        (decrease_order_v2.sync, {"order_id": "o-1", "reduce_to": "1.234"}, "reduce_to"),
    ],
)
def test_bad_requests_are_refused_before_anything_is_sent(
    server: Loopback, call: object, kwargs: dict[str, object], message: str
) -> None:
    kwargs = {
        k: v
        for k, v in kwargs.items()
        if k not in ("time_in_force", "self_trade_prevention_type") or call is create_order_v2.sync
    }
    with (
        kalshi_py.Client(base_url=server.base_url) as client,
        pytest.raises(RequestValidationError, match=message),
    ):
        call(client=client, **kwargs)  # type: ignore[operator]
    assert server.seen == []


def test_body_and_fields_together_are_refused(server: Loopback) -> None:
    with kalshi_py.Client(base_url=server.base_url) as client:
        with pytest.raises(RequestValidationError, match="not both"):
            create_order_v2.sync(client=client, body=CreateOrderV2Request(**ORDER), ticker="OTHER")  # type: ignore[arg-type]
        with pytest.raises(RequestValidationError, match="body must be a CreateOrderV2Request"):
            create_order_v2.sync(client=client, body=Market(ticker="X"))  # type: ignore[arg-type]
    assert server.seen == []


def test_body_as_a_dict_is_validated_and_sent(server: Loopback) -> None:
    with kalshi_py.Client(base_url=server.base_url) as client:
        create_order_v2.sync(
            client=client,
            body={**ORDER, "count": "3", "price": "0.4400", "client_order_id": "c-1"},  # type: ignore[arg-type]
        )
        with pytest.raises(RequestValidationError, match="side"):
            create_order_v2.sync(client=client, body={**ORDER, "side": "sell"})  # type: ignore[arg-type]
    sent = msgspec.json.decode(server.seen[0].body)
    assert (sent["count"], sent["price"], sent["client_order_id"]) == ("3.00", "0.4400", "c-1")
    assert len(server.seen) == 1


def test_request_bounds_of_the_spec_are_checked_before_sending() -> None:
    import httpx

    from kalshi_py import Client
    from kalshi_py.api.orders import create_order_v2
    from kalshi_py.errors import RequestValidationError

    sent: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    with (
        Client(base_url="http://kalshi.test/trade-api/v2", httpx_args={"transport": transport}) as client,
        pytest.raises(RequestValidationError, match=r"subaccount"),
    ):
        create_order_v2.sync(
            client=client,
            ticker="KX-1",
            side="bid",
            count="1",
            price="0.50",
            subaccount=-1,
            time_in_force="good_till_canceled",
            self_trade_prevention_type="taker_at_cross",
        )
    assert sent == []
