"""Price levels decoded with one shared `Decimal` per distinct text.

An order book arrives as lists of `[price, count]` string pairs, and decoding each text into a new
`Decimal` costs several times what decoding the strings does. Prices repeat across books (there
are at most 10,000 on Kalshi's deci-cent grid) and so do many counts, so a model whose answers
hold price levels (`list[tuple[Decimal, Decimal]]`, found from its type hints, however deeply
nested) is decoded in two steps: msgspec decodes a twin of it whose levels stay strings, and the
twin is rebuilt into the model with each text looked up in a shared table of `Decimal`s.

The result is the same as decoding the model directly, value for value and type for type (the
property tests compare them). Anything the twin cannot take, such as a level given as JSON
numbers or a text that is no number, is left to the plain decoder, which decodes it or raises its
usual error.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import msgspec

__all__ = ["SharedDecimals", "Twin", "shared_decimals", "twin_of"]

LEVELS = list[tuple[Decimal, Decimal]]
WIRE_LEVELS = list[tuple[str, str]]
MAX_SHARED = 16_384


class SharedDecimals(dict[str, Decimal]):
    """Text -> `Decimal`, one object per distinct finite text (the first `MAX_SHARED`; later
    texts get a new `Decimal` each time). A text that is no number raises
    `decimal.InvalidOperation`."""

    def __missing__(self, text: str) -> Decimal:
        value = Decimal(text)
        if len(self) < MAX_SHARED and value.is_finite():
            self[text] = value
        return value


shared_decimals = SharedDecimals()
_lookup = shared_decimals.__getitem__


def levels(pairs: list[tuple[str, str]]) -> list[tuple[Decimal, Decimal]]:
    return [(_lookup(price), _lookup(count)) for price, count in pairs]


Convert = Callable[[Any], Any]


class Twin:
    """How to decode `model` through a twin whose price levels are strings."""

    def __init__(self, model: type[Any], wire: type[Any], fields: tuple[tuple[str, Convert], ...]) -> None:
        self.model = model
        self.wire = wire
        self.fields = fields  # the fields that need converting, with their converter
        self.decoder: msgspec.json.Decoder[Any] = msgspec.json.Decoder(wire)

    def rebuild(self, twin: Any) -> Any:
        values = {name: getattr(twin, name) for name in self.model.__struct_fields__}
        for name, convert in self.fields:
            value = values[name]
            if value is not msgspec.UNSET and value is not None:
                values[name] = convert(value)
        return self.model(**values)

    def decode(self, data: bytes | str) -> Any:
        return self.rebuild(self.decoder.decode(data))


_twins: dict[type[Any], Twin | None] = {}


def twin_of(model: type[Any]) -> Twin | None:
    """The twin of a model whose answers hold price levels; None for any other model."""
    if model not in _twins:
        _twins[model] = None  # a model that refers to itself holds no levels through itself
        _twins[model] = _build(model)
    return _twins[model]


def _build(model: type[Any]) -> Twin | None:
    if not (isinstance(model, type) and issubclass(model, msgspec.Struct)):
        return None
    wire_fields: list[tuple[str, Any, Any]] = []
    converters: list[tuple[str, Convert]] = []
    for field in msgspec.structs.fields(model):
        found = _wire_type(field.type)
        kind = field.type if found is None else found[0]
        if found is not None:
            converters.append((field.name, found[1]))
        if field.default_factory is not msgspec.NODEFAULT:
            default = msgspec.field(default_factory=field.default_factory, name=field.encode_name)
        else:
            default = msgspec.field(default=field.default, name=field.encode_name)
        wire_fields.append((field.name, kind, default))
    if not converters:
        return None
    wire = msgspec.defstruct(
        model.__name__ + "Wire",
        wire_fields,
        kw_only=True,
        forbid_unknown_fields=model.__struct_config__.forbid_unknown_fields,
        gc=False,
    )
    return Twin(model, wire, tuple(converters))


def _wire_type(annotation: Any) -> tuple[Any, Convert] | None:
    """The wire type of an annotation holding price levels, with its converter; else None."""
    if annotation == LEVELS:
        return WIRE_LEVELS, levels
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        options = typing.get_args(annotation)
        found = [_wire_type(option) for option in options]
        holding = [wire for wire in found if wire is not None]
        if len(holding) != 1:  # no levels, or levels in more than one shape: the plain decoder
            return None
        kinds = tuple(
            option if wire is None else wire[0] for option, wire in zip(options, found, strict=True)
        )
        return typing.Union[kinds], holding[0][1]  # noqa: UP007 - built from a tuple
    if origin is list:
        (item,) = typing.get_args(annotation)
        inner = _wire_type(item)
        if inner is None:
            return None
        item_type, convert = inner
        return list[item_type], lambda values: [convert(value) for value in values]  # type: ignore[valid-type]
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        twin = twin_of(annotation)
        if twin is None:
            return None
        return twin.wire, twin.rebuild
    return None
