"""Price levels decoded with one shared `(Decimal, Decimal)` per distinct level.

An order book arrives as lists of `[price, count]` string pairs, and decoding each text into a new
`Decimal` costs several times what decoding the strings does. Prices repeat across books (there
are at most 10,000 on Kalshi's deci-cent grid), so do many counts, and most levels of a book are
still there the next time it is read. So a model whose answers hold price levels
(`list[tuple[Decimal, Decimal]]`, found from its type hints, however deeply nested) is decoded in
two steps: msgspec decodes a twin of it that keeps each list of levels as its raw JSON text, and
the twin is rebuilt into the model with each level looked up, by its text, in a shared table of
levels, itself filled from a shared table of `Decimal`s per text.

Splitting the raw text is exact only for the compact form Kalshi sends (`[["0.42","10.00"],...]`,
no spaces, no escapes): anything else is decoded by msgspec into strings first. The result is the
same as decoding the model directly, value for value and type for type (the property tests
compare them). Anything the twin cannot take, such as a level given as JSON numbers or a text
that is no number, is left to the plain decoder, which decodes it or raises its usual error.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import msgspec

__all__ = ["SharedDecimals", "SharedLevels", "Twin", "shared_decimals", "shared_levels", "twin_of"]

LEVELS = list[tuple[Decimal, Decimal]]
MAX_SHARED = 16_384
MAX_SHARED_LEVELS = 32_768
_OPEN, _BETWEEN, _CLOSE = b'[["', b'"],["', b'"]]'
_COMPACT_LEVEL = re.compile(rb'(-?[0-9]+(?:\.[0-9]+)?)","(-?[0-9]+(?:\.[0-9]+)?)')
FEW_NEW_LEVELS = 8
"""New levels in a book read one by one; a book with more is decoded by msgspec in one go."""
_strings: msgspec.json.Decoder[list[tuple[str, str]]] = msgspec.json.Decoder(list[tuple[str, str]])
_decimals: msgspec.json.Decoder[list[tuple[Decimal, Decimal]]] = msgspec.json.Decoder(
    list[tuple[Decimal, Decimal]]
)


class SharedDecimals(dict[str, Decimal]):
    """Text -> `Decimal`, one object per distinct finite text (the first `MAX_SHARED`; later
    texts get a new `Decimal` each time). A text that is no number raises
    `decimal.InvalidOperation`."""

    def __missing__(self, text: str) -> Decimal:
        value = Decimal(text)
        if len(self) < MAX_SHARED and value.is_finite():
            self[text] = value
        return value


class NotCompact(ValueError):
    """A list of levels that is not in the compact form split by `levels`."""


class SharedLevels(dict[bytes, tuple[Decimal, Decimal]]):
    """The text of a level between its outer quotes (`0.42","10.00`) -> `(Decimal, Decimal)`, the
    level as the model holds it. The levels of the books being read change over time, so a full
    table is emptied and fills again with the levels read from then on (at most
    `MAX_SHARED_LEVELS`, a few MB). Its numbers come from `decimals`. Looking a text up raises
    `KeyError` when the level is not there yet: `read` reads it and keeps it."""

    def __init__(self, decimals: SharedDecimals) -> None:
        super().__init__()
        self.decimal = decimals.__getitem__

    def read(self, text: bytes) -> tuple[Decimal, Decimal]:
        """The level of `text`, from the table or read and kept; a text that is not two plain
        decimal numbers raises `NotCompact`."""
        level = self.get(text)
        if level is not None:
            return level
        found = _COMPACT_LEVEL.fullmatch(text)
        if found is None:
            raise NotCompact(text)
        level = (self.decimal(found[1].decode()), self.decimal(found[2].decode()))
        if len(self) >= MAX_SHARED_LEVELS:
            self.clear()
        self[text] = level  # plain decimal numbers only: always finite
        return level

    def remember(self, texts: list[bytes], levels: list[tuple[Decimal, Decimal]]) -> None:
        """Take the levels of a book read in one go, each under its text."""
        if len(self) + len(texts) > MAX_SHARED_LEVELS:
            self.clear()
        self.update(zip(texts, levels, strict=True))


shared_decimals = SharedDecimals()
_lookup = shared_decimals.__getitem__
shared_levels = SharedLevels(shared_decimals)
_shared = shared_levels.__getitem__
_has = shared_levels.__contains__
_read = shared_levels.read


def levels(raw: msgspec.Raw | list[tuple[Decimal, Decimal]]) -> list[tuple[Decimal, Decimal]]:
    """The levels of a JSON list of `[price, count]` string pairs.

    The compact form is split into the texts of its levels, each looked up in the shared table.
    A few levels not there yet are read one by one (each must be two plain decimal numbers, so
    what is split is exactly that form); a book mostly new is decoded by msgspec in one go and its
    levels enter the table, when every level is two strings (as many levels as splits). Anything
    else is decoded by msgspec."""
    if isinstance(raw, list):  # the model's default, for an answer that leaves the field out
        return raw
    text = bytes(raw)
    if text.startswith(_OPEN) and text.endswith(_CLOSE):
        pieces = text[3:-3].split(_BETWEEN)
        try:
            return list(map(_shared, pieces))
        except KeyError:
            pass  # some levels are new
        if len(pieces) - sum(map(_has, pieces)) <= FEW_NEW_LEVELS:
            try:
                return list(map(_read, pieces))
            except NotCompact:
                pass
        else:
            decoded = _decimals.decode(text)
            if len(decoded) == len(pieces):
                shared_levels.remember(pieces, decoded)
            return decoded
    elif text == b"[]":
        return []
    return [(_lookup(price), _lookup(count)) for price, count in _strings.decode(text)]


def _optional_levels(raw: msgspec.Raw) -> list[tuple[Decimal, Decimal]] | None:
    return None if bytes(raw) == b"null" else levels(raw)


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
    config = model.__struct_config__
    wire = msgspec.defstruct(
        model.__name__ + "Wire",
        wire_fields,
        kw_only=True,
        forbid_unknown_fields=config.forbid_unknown_fields,
        tag=config.tag,  # a message of a tagged union keeps its tag, so the twin can stand in for it
        tag_field=config.tag_field,
        gc=False,
    )
    return Twin(model, wire, tuple(converters))


def _wire_type(annotation: Any) -> tuple[Any, Convert] | None:
    """The wire type of an annotation holding price levels, with its converter; else None."""
    if annotation == LEVELS:
        return msgspec.Raw, levels
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        options = typing.get_args(annotation)
        if LEVELS in options:  # a raw text stands for every option: levels, unset or null
            others = set(options) - {LEVELS, msgspec.UnsetType}
            if not others:
                return msgspec.Raw | msgspec.UnsetType, levels
            if others == {type(None)}:
                return msgspec.Raw | msgspec.UnsetType, _optional_levels
            return None
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
