"""What crosses the wire, for every front: JSON out (`encode`) and how deep JSON in may nest, and
how Kalshi spells numbers, times and ids: FixedPointDollars, FixedPointCount, RFC 3339
timestamps, whole cents, and a market's UUID."""

from __future__ import annotations

import functools
import time
import uuid
from collections.abc import Iterable
from datetime import datetime, timezone
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal
from typing import Any

import msgspec

__all__ = [
    "MAX_NESTING",
    "cents",
    "count_fp",
    "dollars",
    "encode",
    "json_number",
    "market_id",
    "nesting_depth",
    "now_ms",
    "orderbook_levels",
    "rfc3339",
]

encode = msgspec.json.Encoder(decimal_format="string").encode

MAX_NESTING = 32
"""How deep a request body or a WebSocket command may nest; Kalshi's deepest nests 3 levels."""


def nesting_depth(value: Any) -> int:
    """How many arrays and objects deep `value` nests (without recursing)."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            items: Any = item.values()
        elif isinstance(item, list):
            items = item
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in items)
    return deepest


_HUNDREDTH = Decimal("0.01")
_FOUR_PLACES = Decimal("0.0001")
_SIX_PLACES = Decimal("0.000001")


def dollars(value: Decimal) -> str:
    """A FixedPointDollars string: 4 decimals, 6 when the amount has sub-cent-hundredths."""
    four = value.quantize(_FOUR_PLACES, rounding=ROUND_HALF_EVEN)
    if four == value:
        return f"{four:.4f}"
    return f"{value.quantize(_SIX_PLACES, rounding=ROUND_HALF_EVEN):.6f}"


def count_fp(value: Decimal) -> str:
    """A FixedPointCount string: always 2 decimals."""
    return f"{value.quantize(_HUNDREDTH, rounding=ROUND_HALF_EVEN):.2f}"


def rfc3339(ts: float) -> str:
    """A Unix time as an RFC 3339 UTC timestamp ending in Z."""
    moment = datetime.fromtimestamp(ts, tz=timezone.utc)
    if moment.microsecond:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def json_number(value: Decimal) -> int | float:
    """A Decimal for a schema field typed `number`: an int when whole, else the nearest float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def cents(value: Decimal) -> int:
    """A dollar amount as whole cents, rounded toward zero."""
    return int((value * 100).to_integral_value(rounding=ROUND_DOWN))


@functools.lru_cache(maxsize=65536)
def market_id(ticker: str) -> str:
    """A stable UUID for a market (the engine names markets by ticker only)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "kalshi-sim-market:" + ticker))


def orderbook_levels(levels: Iterable[tuple[Decimal, Decimal]]) -> list[list[str]]:
    """Price levels as Kalshi spells them: `[[price_dollars, count_fp], ...]`."""
    return [[dollars(price), count_fp(size)] for price, size in levels]


def now_ms() -> int:
    """The wall clock in Unix milliseconds."""
    return time.time_ns() // 1_000_000
