"""List results as DataFrames, with Decimal money kept or converted only on request."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kalshi_py.api.market import get_markets
from kalshi_py.frames import to_pandas, to_polars, to_records
from kalshi_py.models import GetMarketsResponse
from kalshi_sim import LocalExchange

PAGE = GetMarketsResponse.from_json(
    b'{"cursor": "", "markets": ['
    b'{"ticker": "A", "yes_bid_dollars": "0.5600", "volume_fp": "10.25", "status": "active",'
    b' "price_ranges": [{"start": "0.01", "end": "0.99", "step": "0.01"}]},'
    b'{"ticker": "B", "yes_bid_dollars": "0.1234", "status": "closed"}]}'
)


def test_records_keep_decimals_and_leave_out_fields_no_item_has() -> None:
    columns, rows = to_records(PAGE.markets)
    assert columns == ["ticker", "status", "yes_bid_dollars", "volume_fp", "price_ranges"]
    assert rows[0]["yes_bid_dollars"] == Decimal("0.5600")
    assert rows[1]["volume_fp"] is None
    assert rows[0]["price_ranges"] == [
        {"start": Decimal("0.01"), "end": Decimal("0.99"), "step": Decimal("0.01")}
    ]
    assert to_records(PAGE.markets, decimals="str")[1][0]["volume_fp"] == "10.25"
    with pytest.raises(ValueError, match="decimals must be one of"):
        to_records(PAGE.markets, decimals="double")  # type: ignore[arg-type]


def test_pandas_keeps_decimal_objects_unless_told() -> None:
    pytest.importorskip("pandas")
    frame = to_pandas(PAGE.markets)
    assert list(frame["ticker"]) == ["A", "B"]
    assert frame["yes_bid_dollars"][1] == Decimal("0.1234")
    assert isinstance(frame["yes_bid_dollars"][0], Decimal)
    floats = to_pandas(PAGE.markets, decimals="float")
    assert str(floats["yes_bid_dollars"].dtype) == "float64"


def test_polars_uses_an_exact_decimal_dtype() -> None:
    pl = pytest.importorskip("polars")
    frame = to_polars(PAGE.markets)
    assert frame.schema["yes_bid_dollars"] == pl.Decimal(precision=38, scale=4)
    assert frame["yes_bid_dollars"].to_list() == [Decimal("0.5600"), Decimal("0.1234")]
    assert to_polars(PAGE.markets, decimals="str")["volume_fp"].to_list() == ["10.25", None]


def test_a_paginated_result_from_the_exchange_becomes_a_frame() -> None:
    pytest.importorskip("pandas")
    with LocalExchange(seed=3) as ex, ex.client() as client:
        markets = list(get_markets.paginate(client=client, limit=10))
        frame = to_pandas(markets)
    assert len(frame) == len(markets) > 10
    assert frame["ticker"].is_unique
    assert all(isinstance(v, Decimal) for v in frame["yes_bid_dollars"].dropna())
