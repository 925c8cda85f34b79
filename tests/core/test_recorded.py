"""Every current-shape REST capture in ../shared/kalshi/recorded decodes with its model, values intact.

For each file: decoding never raises; every key the wire sent is a field of the model (or a
known extra listed below with its reason); every `*_dollars` / `*_fp` / `fee_cost` string is the
same Decimal after decoding and the same string after re-encoding; and re-encoding gives back the
original JSON (up to the listed representation changes).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest

from kalshi_py import errors
from kalshi_py import models as m
from kalshi_py.errors import parse_error_body

MODEL_BY_PREFIX: dict[str, type[msgspec.Struct]] = {
    "rest_get_events": m.GetEventsResponse,
    "rest_get_market": m.GetMarketResponse,
    "rest_get_market_candlesticks": m.GetMarketCandlesticksResponse,
    "rest_get_market_orderbook": m.GetMarketOrderbookResponse,
    "rest_get_markets": m.GetMarketsResponse,
    "rest_get_markets_item": m.Market,
    "rest_get_portfolio_fills": m.GetFillsResponse,
    "rest_get_portfolio_settlements": m.GetSettlementsResponse,
    "rest_get_series": m.GetSeriesResponse,
}
ERROR_CLASS_BY_STATUS = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    409: errors.ConflictError,
}

# (model, wire key) -> why the model does not have it
KNOWN_EXTRAS: dict[tuple[str, str], str] = {
    (
        "Market",
        "liquidity_dollars",
    ): "still sent by the exchange (always '0.0000'), absent from openapi.yaml 3.34",
    ("EventData", "available_on_brokers"): "sent by the exchange, absent from openapi.yaml 3.34",
    ("Market", "fractional_trading_enabled"): "removed 2026-07-09; the qss-bot capture is from 2026-06",
    ("Market", "response_price_units"): "removed 2026-07-09; the qss-bot capture is from 2026-06",
}
# wire keys whose re-encoding differs in representation, with the reason
REPRESENTATION_CHANGES: dict[str, str] = {}


def _is_fixed_point_key(key: str) -> bool:
    return key.endswith(("_dollars", "_fp")) or key == "fee_cost"


def current_shape_files(shared_kalshi: Path) -> list[str]:
    readme = (shared_kalshi / "recorded" / "README.md").read_text(encoding="utf-8")
    names = [line.split("`")[1] for line in readme.splitlines() if "| current |" in line]
    assert names, "the README table lists no current-shape files"
    return names


def _model_for(name: str) -> type[msgspec.Struct]:
    prefix = name.split("__", 1)[0]
    if prefix not in MODEL_BY_PREFIX:
        pytest.fail(f"{name}: no model mapped for prefix {prefix!r}; add it to MODEL_BY_PREFIX")
    return MODEL_BY_PREFIX[prefix]


class Walk:
    """Compares a raw JSON tree with the decoded model tree."""

    def __init__(self) -> None:
        self.dropped: list[str] = []
        self.extras_seen: set[tuple[str, str]] = set()
        self.fixed_point_checked = 0
        self.problems: list[str] = []

    def compare(self, raw: Any, decoded: Any, path: str, key: str = "") -> None:
        if isinstance(decoded, msgspec.Struct):
            if not isinstance(raw, dict):
                self.problems.append(f"{path}: wire sent {type(raw).__name__} for {type(decoded).__name__}")
                return
            wire_to_attr = dict(zip(decoded.__struct_encode_fields__, decoded.__struct_fields__, strict=True))
            model = type(decoded).__name__
            for wire_key, value in raw.items():
                if wire_key not in wire_to_attr:
                    if (model, wire_key) in KNOWN_EXTRAS:
                        self.extras_seen.add((model, wire_key))
                    else:
                        self.dropped.append(f"{path}.{wire_key} (not a field of {model})")
                    continue
                attr = getattr(decoded, wire_to_attr[wire_key])
                if attr is msgspec.UNSET:
                    self.dropped.append(f"{path}.{wire_key} (decoded as UNSET)")
                    continue
                self.compare(value, attr, f"{path}.{wire_key}", wire_key)
        elif isinstance(raw, dict):
            if not isinstance(decoded, dict) or set(decoded) != set(raw):
                self.problems.append(f"{path}: free-form object not kept whole")
                return
            for k, value in raw.items():
                self.compare(value, decoded[k], f"{path}.{k}", k)
        elif isinstance(raw, list):
            if not isinstance(decoded, (list, tuple)) or len(decoded) != len(raw):
                self.problems.append(f"{path}: list not kept whole")
                return
            for i, (r, d) in enumerate(zip(raw, decoded, strict=True)):
                self.compare(r, d, f"{path}[{i}]", key)
        elif isinstance(raw, str) and (_is_fixed_point_key(key) or isinstance(decoded, Decimal)):
            self.fixed_point_checked += 1
            if not (isinstance(decoded, Decimal) and decoded == Decimal(raw)):
                self.problems.append(f"{path}: {raw!r} decoded as {decoded!r}")
        elif isinstance(decoded, dt.datetime):
            if decoded != _instant(raw):
                self.problems.append(f"{path}: {raw!r} decoded as {decoded!r}")
        elif isinstance(decoded, Decimal) and not isinstance(raw, bool) and isinstance(raw, (int, float)):
            if decoded != Decimal(str(raw)):
                self.problems.append(f"{path}: {raw!r} decoded as {decoded!r}")
        elif raw != decoded or type(raw) is not type(decoded):
            self.problems.append(f"{path}: {raw!r} decoded as {decoded!r}")


def _instant(text: str) -> dt.datetime:
    """An RFC 3339 time read on its own (Python 3.10's fromisoformat takes only 3 or 6 digits of a
    second, the wire sends any number)."""
    text = text.replace("Z", "+00:00")
    match = re.fullmatch(r"(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?(.*)", text)
    assert match is not None, text
    head, fraction, zone = match.groups()
    micro = (fraction or "").ljust(6, "0")[:6]
    return dt.datetime.fromisoformat(f"{head}.{micro}{zone}")


def _reencoding_differences(raw: Any, again: Any, path: str, key: str, out: list[str]) -> None:
    if isinstance(raw, dict):
        for k, value in raw.items():
            if k not in again:
                continue  # dropped keys are the Walk's business
            _reencoding_differences(value, again[k], f"{path}.{k}", k, out)
        out.extend(f"{path}.{k} appeared" for k in again if k not in raw)
    elif isinstance(raw, list):
        if len(raw) != len(again):
            out.append(f"{path}: length changed")
            return
        for i, (r, a) in enumerate(zip(raw, again, strict=True)):
            _reencoding_differences(r, a, f"{path}[{i}]", key, out)
    elif key in REPRESENTATION_CHANGES:
        if Decimal(str(raw)) != Decimal(str(again)):
            out.append(f"{path}: {raw!r} became {again!r}")
    elif isinstance(raw, str) and isinstance(again, str) and re.match(r"^\d{4}-\d\d-\d\dT", raw):
        if _instant(raw) != _instant(again):
            out.append(f"{path}: {raw!r} became {again!r}")
    elif raw != again or type(raw) is not type(again):
        out.append(f"{path}: {raw!r} became {again!r}")


def test_every_current_rest_capture_decodes_with_values_intact(shared_kalshi: Path) -> None:
    recorded = shared_kalshi / "recorded"
    checked = 0
    extras_seen: set[tuple[str, str]] = set()
    for name in current_shape_files(shared_kalshi):
        if not name.startswith("rest_get_"):
            continue  # error bodies: below; ws_* streams: the WebSocket tests
        data = (recorded / name).read_bytes()
        model = _model_for(name)
        decoded = model.from_json(data)  # type: ignore[attr-defined]
        raw = json.loads(data)
        walk = Walk()
        walk.compare(raw, decoded, "$")
        assert walk.dropped == [], f"{name}: the wire sent what the model dropped"
        assert walk.problems == [], f"{name}: {walk.problems[:5]}"
        extras_seen |= walk.extras_seen
        again = json.loads(decoded.to_json())  # type: ignore[attr-defined]
        differences: list[str] = []
        _reencoding_differences(raw, again, "$", "", differences)
        assert differences == [], f"{name}: re-encoding changed {differences[:5]}"
        checked += walk.fixed_point_checked
    assert checked > 1000, "the corpus should hold many fixed-point values"
    assert extras_seen == set(KNOWN_EXTRAS), "a known extra is no longer sent: drop it from KNOWN_EXTRAS"


def test_spot_values_from_the_readme(shared_kalshi: Path) -> None:
    recorded = shared_kalshi / "recorded"
    book = m.GetMarketOrderbookResponse.from_json(
        (recorded / "rest_get_market_orderbook__josephsapinoso-kalshi-cockpit__1.json").read_bytes()
    )
    levels = book.orderbook_fp.yes_dollars + book.orderbook_fp.no_dollars
    assert (Decimal("0.04"), Decimal("709.55")) in levels
    assert any(str(price) == "0.0400" and str(size) == "709.55" for price, size in levels)
    deci = m.GetMarketOrderbookResponse.from_json(
        (recorded / "rest_get_market_orderbook__josephsapinoso-kalshi-cockpit__2.json").read_bytes()
    )
    assert deci.orderbook_fp.no_dollars == [(Decimal("0.8120"), Decimal("369.00"))]
    assert deci.orderbook_fp.yes_dollars == []
    raw = json.loads(
        (recorded / "rest_get_market_candlesticks__josephsapinoso-kalshi-cockpit__1.json").read_bytes()
    )
    candles = m.GetMarketCandlesticksResponse.from_json(json.dumps(raw))
    close_raw = raw["candlesticks"][-1]["price"]["close_dollars"]
    close = candles.candlesticks[-1].price.close_dollars
    assert isinstance(close, Decimal)
    assert str(close) == close_raw
    settlements = m.GetSettlementsResponse.from_json(
        (recorded / "rest_get_portfolio_settlements__josephsapinoso-kalshi-cockpit__1.json").read_bytes()
    )
    assert str(settlements.settlements[0].fee_cost) == "0.026900"


@pytest.mark.parametrize("status", [400, 401, 409])
def test_recorded_error_bodies(shared_kalshi: Path, status: int) -> None:
    recorded = shared_kalshi / "recorded"
    (path,) = recorded.glob(f"rest_error_{status}__*.json")
    assert path.name in current_shape_files(shared_kalshi)
    content = path.read_bytes()
    inner = json.loads(content)["error"]
    assert parse_error_body(content) == (inner.get("code"), inner.get("message"), inner.get("details"))
    request = httpx.Request("GET", "https://external-api.kalshi.com/trade-api/v2/markets")
    error = errors.error_for_response(httpx.Response(status, content=content, request=request))
    assert type(error) is ERROR_CLASS_BY_STATUS[status]
    assert error.code == inner["code"]
    assert inner["code"] in str(error)
