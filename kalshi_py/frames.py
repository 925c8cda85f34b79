"""List results as pandas or polars DataFrames (the `kalshi-py[pandas]` / `kalshi-py[polars]` extras).

    from kalshi_py.api.market import get_markets
    from kalshi_py.frames import to_pandas

    markets = get_markets.sync(client=client, status="open").markets
    frame = to_pandas(markets)                      # Decimal columns kept as Decimal objects
    frame = to_pandas(markets, decimals="float")    # or converted, because you asked

Each item is one row; its fields are the columns, in the model's order, and fields no item has are
left out. Nested models become dicts, lists stay lists. Money and counts are `Decimal`, and what
happens to them is always your explicit choice:

- `decimals="decimal"` (default): kept exact (pandas: object column of `Decimal`; polars:
  `pl.Decimal` with the column's largest scale).
- `decimals="str"`: the exact fixed-point strings, as Kalshi sends them.
- `decimals="float"`: converted to float64, which rounds (1.1 is not exact in binary).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, Literal

import msgspec

from ._model import format_fixed

__all__ = ["to_pandas", "to_polars", "to_records"]

DecimalMode = Literal["decimal", "str", "float"]
_MODES = ("decimal", "str", "float")


def _cell(value: Any, decimals: DecimalMode) -> Any:
    if isinstance(value, Decimal):
        if decimals == "str":
            return format_fixed(value, None, strict=False)
        return float(value) if decimals == "float" else value
    if isinstance(value, msgspec.Struct):
        return {
            name: _cell(getattr(value, name), decimals)
            for name in value.__struct_fields__
            if getattr(value, name) is not msgspec.UNSET
        }
    if isinstance(value, (list, tuple)):
        return [_cell(item, decimals) for item in value]
    if value is msgspec.UNSET:
        return None
    return value


def to_records(
    items: Iterable[Any], *, decimals: DecimalMode = "decimal"
) -> tuple[list[str], list[dict[str, Any]]]:
    """`(columns, rows)` of a list result: one dict a row, UNSET fields as None."""
    if decimals not in _MODES:
        raise ValueError(f"decimals must be one of {', '.join(_MODES)}, got {decimals!r}")
    rows: list[dict[str, Any]] = []
    columns: dict[str, None] = {}
    for item in items:
        if not isinstance(item, msgspec.Struct):
            raise TypeError(f"to_records takes kalshi_py models (msgspec Structs), got {type(item).__name__}")
        row = {}
        for name in item.__struct_fields__:
            value = getattr(item, name)
            if value is not msgspec.UNSET:
                columns.setdefault(name, None)
            row[name] = _cell(value, decimals)
        rows.append(row)
    names = list(columns)
    return names, [{name: row.get(name) for name in names} for row in rows]


def to_pandas(items: Iterable[Any], *, decimals: DecimalMode = "decimal") -> Any:
    """A `pandas.DataFrame` of a list result (needs `pip install "kalshi-py[pandas]"`)."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError('to_pandas needs pandas: pip install "kalshi-py[pandas]"') from None
    columns, rows = to_records(items, decimals=decimals)
    return pd.DataFrame.from_records(rows, columns=columns)


def to_polars(items: Iterable[Any], *, decimals: DecimalMode = "decimal") -> Any:
    """A `polars.DataFrame` of a list result (needs `pip install "kalshi-py[polars]"`)."""
    try:
        import polars as pl
    except ImportError:
        raise ImportError('to_polars needs polars: pip install "kalshi-py[polars]"') from None
    columns, rows = to_records(items, decimals=decimals)
    data = {name: [row[name] for row in rows] for name in columns}
    schema: dict[str, Any] = {}
    if decimals == "decimal":
        for name, values in data.items():
            present = [v for v in values if v is not None]
            if present and all(isinstance(v, Decimal) for v in present):
                scale = max(-int(v.as_tuple().exponent) for v in present)
                schema[name] = pl.Decimal(precision=38, scale=max(scale, 0))
    return pl.DataFrame(data, schema_overrides=schema, strict=False)
