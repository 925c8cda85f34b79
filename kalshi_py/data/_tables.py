"""Arrow tables of API models, for the tables `kalshi history` writes: one column per field of
the model, in its order; a nested object is flattened one level (`price` -> `price_open_dollars`,
...); lists and deeper objects are kept as JSON text. Money and counts are exact decimals with 6
places; a value with more places is refused rather than rounded."""

from __future__ import annotations

import enum
import types
import typing
from datetime import datetime
from decimal import Decimal
from typing import Any

import msgspec

from . import _extras
from ._errors import DatasetError
from ._schema import decimal_type

__all__ = ["model_columns", "model_table"]


def _plain(annotation: Any) -> Any:
    """`annotation` without `None` and `UnsetType` (`str | UnsetType` -> `str`)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        kept = [a for a in typing.get_args(annotation) if a not in (type(None), msgspec.UnsetType)]
        return kept[0] if len(kept) == 1 else Any
    return annotation


def _arrow_type(annotation: Any) -> Any:
    pa = _extras.pyarrow()
    kind = _plain(annotation)
    if kind is bool:
        return pa.bool_()
    if kind is int:
        return pa.int64()
    if kind is float:
        return pa.float64()
    if kind is Decimal:
        return decimal_type()
    if kind is datetime:
        return pa.timestamp("us", tz="UTC")
    if kind is str or typing.get_origin(kind) is typing.Literal:
        return pa.string()
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return pa.string()
    return None  # kept as JSON text


def model_columns(model: type[msgspec.Struct]) -> list[tuple[str, tuple[str, ...], Any]]:
    """`(column, attribute path, arrow type or None for JSON)` of each column of `model`."""
    columns: list[tuple[str, tuple[str, ...], Any]] = []
    hints = typing.get_type_hints(model)
    for name in model.__struct_fields__:
        kind = _plain(hints[name])
        if isinstance(kind, type) and issubclass(kind, msgspec.Struct):
            inner = typing.get_type_hints(kind)
            for sub in kind.__struct_fields__:
                columns.append((f"{name}_{sub}", (name, sub), _arrow_type(inner[sub])))
            continue
        columns.append((name, (name,), _arrow_type(hints[name])))
    return columns


def _value(item: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        item = getattr(item, name, None)
        if item is None or item is msgspec.UNSET:
            return None
    return item.value if isinstance(item, enum.Enum) else item


def model_table(items: list[Any], model: type[msgspec.Struct], where: str) -> Any:
    """`items` (instances of `model`, or of a model with the same field names) as an Arrow table."""
    pa = _extras.pyarrow()
    arrays, fields = [], []
    for column, path, declared in model_columns(model):
        values = [_value(item, path) for item in items]
        arrow_type = declared
        if declared is None:
            values = [None if v is None else msgspec.json.encode(v).decode("utf-8") for v in values]
            arrow_type = pa.string()
        try:
            arrays.append(pa.array(values, arrow_type))
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise DatasetError(f"{where}: column {column} cannot hold a value exactly: {exc}") from None
        fields.append(pa.field(column, arrow_type))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))
