"""The base of every generated model, and the fixed-point rules for money and contract counts.

Models are msgspec Structs decoded straight from response bytes by one cached decoder per type.
Unknown fields are ignored, enum fields are plain strings, and a field the server leaves out is
`UNSET` rather than a decode failure ("lenient in").

Money (`*_dollars`) and contract counts (`*_fp`) are `decimal.Decimal`. On the way out they are
written as the fixed-point strings the API accepts ("strict out"): counts with two decimals
("10.00", minimum granularity 0.01), prices with two to four decimals ("0.56", "0.5625"). A
float is refused there: it cannot hold a price exactly.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, TypeVar

import msgspec

from ._levels import shared_decimals, twin_of
from .errors import RequestValidationError

__all__ = ["Model", "explain", "format_fixed", "parse_fixed", "request_body_bytes", "shared_decimal"]

M = TypeVar("M", bound="Model")
D = TypeVar("D")

DOLLARS = "dollars"
COUNT = "count"
NUMBER = "number"  # a Decimal the spec types as a JSON number (fee multipliers)
_CENT = Decimal("0.01")
_MAX_REQUEST_PRICE_PLACES = 4

_ENCODER = msgspec.json.Encoder(decimal_format="number")
_decoders: dict[type[Any], msgspec.json.Decoder[Any]] = {}
_lax_decoders: dict[type[Any], msgspec.json.Decoder[Any]] = {}


def decoder_for(cls: type[D]) -> msgspec.json.Decoder[D]:
    """The cached JSON decoder for `cls`."""
    found = _decoders.get(cls)
    if found is None:
        found = _decoders[cls] = msgspec.json.Decoder(cls)
    return found


def decode_json(cls: type[D], data: bytes | str) -> D:
    """Decode `data` into `cls`; on a type mismatch, decode again leniently (numbers given as
    strings and the like) before giving up with `msgspec.ValidationError`. A model holding price
    levels is decoded with shared `Decimal`s first (`kalshi_py._levels`)."""
    twin = twin_of(cls)
    if twin is not None:
        try:
            return twin.decode(data)  # type: ignore[no-any-return]
        except (msgspec.DecodeError, ArithmeticError):
            pass  # the plain decoders below decode it, or say what is wrong with it
    try:
        return decoder_for(cls).decode(data)
    except msgspec.ValidationError:
        lax: msgspec.json.Decoder[D] | None = _lax_decoders.get(cls)
        if lax is None:
            lax = _lax_decoders[cls] = msgspec.json.Decoder(cls, strict=False)
        return lax.decode(data)


class Model(msgspec.Struct, kw_only=True, omit_defaults=True, repr_omit_defaults=True, gc=False):
    """Base of the generated models: msgspec Structs with kalshi-py 2.0.6.6's dict helpers."""

    # field name -> "dollars" or "count", for the fixed-point fields of this model
    __fixed_point__: ClassVar[Mapping[str, str]] = {}
    # field name -> (lowest, highest) allowed in a request, for fixed-point fields with bounds
    __fixed_bounds__: ClassVar[Mapping[str, tuple[str | None, str | None]]] = {}

    @classmethod
    def from_json(cls: type[M], data: bytes | str) -> M:
        """Decode a model from JSON bytes (the fast path)."""
        return decode_json(cls, data)

    @classmethod
    def from_dict(cls: type[M], src: Mapping[str, Any]) -> M:
        """Build a model from a JSON-like dict (as kalshi-py 2.0.6.6 did)."""
        return msgspec.convert(src, cls, strict=False)

    def to_dict(self) -> dict[str, Any]:
        """The model as a JSON-ready dict: Decimals as fixed-point strings, UNSET fields left out."""
        wire = _to_wire(self, None, strict=False, where=type(self).__name__)
        assert isinstance(wire, dict)
        return wire

    def to_json(self) -> bytes:
        """The model as JSON bytes, in the form `to_dict` gives."""
        return _ENCODER.encode(self.to_dict())


def parse_fixed(value: Any, where: str) -> Decimal:
    """A Decimal from a Decimal, an int or a numeric string; a float or anything else is refused."""
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        raise RequestValidationError(f"{where}: expected a Decimal or a numeric string, got a bool")
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation:
            raise RequestValidationError(f"{where}: {value!r} is not a number") from None
    elif isinstance(value, float):
        raise RequestValidationError(
            f"{where}: got the float {value!r}; money and counts must be exact: "
            f"pass a Decimal or a string such as '{value}'"
        )
    else:
        raise RequestValidationError(
            f"{where}: expected a Decimal or a numeric string, got {type(value).__name__}"
        )
    if not result.is_finite():
        raise RequestValidationError(f"{where}: {value!r} is not a finite number")
    return result


def format_fixed(value: Decimal, kind: str | None, *, strict: bool = True, where: str = "value") -> str:
    """The fixed-point string for `value`.

    Counts get exactly two decimals; prices at least two and, when `strict` (a request), at most
    four. Outside `strict`, extra precision the server sent is kept as it was.
    """
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    if kind == COUNT:
        if exponent == -2 or (exponent < -2 and not strict):
            return format(value, "f")  # already in its canonical form
        quantized = value.quantize(_CENT)
        if strict and quantized != value:
            raise RequestValidationError(
                f"{where}: {value} has more than 2 decimal places; the minimum granularity is 0.01 contracts"
            )
        return format(quantized, "f")
    if exponent > -2:
        return format(value.quantize(_CENT), "f")
    if strict and kind == DOLLARS and exponent < -_MAX_REQUEST_PRICE_PLACES:
        trimmed = value.quantize(Decimal(1).scaleb(-_MAX_REQUEST_PRICE_PLACES))
        if trimmed != value:
            raise RequestValidationError(
                f"{where}: {value} has more than {_MAX_REQUEST_PRICE_PLACES} decimal places"
            )
        value = trimmed
    return format(value, "f")


# values written to JSON as they are (bool is an int)
_AS_IS = frozenset({str, int, float, bool, type(None)})
# per Struct type: (field name, wire name, fixed-point kind, bounds) for every field
_layouts: dict[type[Any], tuple[tuple[str, str, str | None, tuple[str | None, str | None] | None], ...]] = {}


def _layout(cls: type[Any]) -> tuple[tuple[str, str, str | None, tuple[str | None, str | None] | None], ...]:
    found = _layouts.get(cls)
    if found is None:
        fixed: Mapping[str, str] = getattr(cls, "__fixed_point__", {})
        bounds: Mapping[str, tuple[str | None, str | None]] = getattr(cls, "__fixed_bounds__", {})
        found = _layouts[cls] = tuple(
            (name, wire_name, fixed.get(name), bounds.get(name))
            for name, wire_name in zip(cls.__struct_fields__, cls.__struct_encode_fields__, strict=True)
        )
    return found


def _to_wire(value: Any, kind: str | None, *, strict: bool, where: str) -> Any:
    if isinstance(value, msgspec.Struct):
        out: dict[str, Any] = {}
        for name, wire_name, field_kind, field_bounds in _layout(type(value)):
            item = getattr(value, name)
            if item is msgspec.UNSET:
                continue
            if field_kind is None and type(item) in _AS_IS:
                out[wire_name] = item
                continue
            at = f"{where}.{name}"
            if strict and type(item) is Decimal and field_kind is not None and field_kind != NUMBER:
                # one fixed-point value, as most request fields are: what the branches below do
                out[wire_name] = format_fixed(parse_fixed(item, at), field_kind, where=at)
            else:
                out[wire_name] = _to_wire(item, field_kind, strict=strict, where=at)
            if strict and field_bounds is not None and item is not None:
                _check_bounds(item, field_bounds, at)
        return out
    if kind is not None and value is not None:
        if isinstance(value, (list, tuple)):
            return [_to_wire(v, kind, strict=strict, where=f"{where}[{i}]") for i, v in enumerate(value)]
        number = parse_fixed(value, where) if strict else value
        if kind == NUMBER:
            return number  # a JSON number on the wire, written from the Decimal digits
        if isinstance(number, Decimal):
            return format_fixed(number, kind, strict=strict, where=where)
        return number
    if type(value) in _AS_IS:
        return value
    if isinstance(value, Decimal):
        return format_fixed(value, None, strict=strict, where=where)
    if isinstance(value, (list, tuple)):
        return [_to_wire(v, None, strict=strict, where=f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {k: _to_wire(v, None, strict=strict, where=f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (_dt.datetime, _dt.date)):
        return msgspec.to_builtins(value)
    return value


def _check_bounds(value: Any, bounds: tuple[str | None, str | None], where: str) -> None:
    """Refuse a fixed-point request value outside the bounds of its field."""
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _check_bounds(item, bounds, f"{where}[{index}]")
        return
    number = parse_fixed(value, where)
    low, high = bounds
    if low is not None and number < shared_decimals[low]:
        raise RequestValidationError(f"{where}: {number} is below the minimum {low}")
    if high is not None and number > shared_decimals[high]:
        raise RequestValidationError(f"{where}: {number} is above the maximum {high}")


def explain(model: type[Any], error: msgspec.ValidationError) -> str:
    """msgspec's message for a request that does not fit `model`, with the valid values of an
    enum field listed (`side: 'buy' is not one of 'bid', 'ask'`)."""
    message = str(error)
    match = re.search(r"Invalid enum value (.+) - at `\$((?:\.\w+|\[\d+\])*)`", message)
    if match is None:
        return message
    choices = _literal_values(model, re.findall(r"\.(\w+)|\[\d+\]", match.group(2)))
    if not choices:
        return message
    field = match.group(2).lstrip(".") or "value"
    return f"{field}: {match.group(1)} is not one of {', '.join(repr(c) for c in choices)}"


def _unwrap(annotation: Any) -> Any:
    """What a field holds, past Optional, UNSET, Annotated and list: a Literal is kept whole."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated or origin is list:
            annotation = typing.get_args(annotation)[0]
        elif origin is typing.Union or origin is types.UnionType:
            options = [a for a in typing.get_args(annotation) if a not in (type(None), msgspec.UnsetType)]
            literals = [a for a in options if typing.get_origin(a) is typing.Literal]
            annotation = (literals or options)[0]
        else:
            return annotation


def _literal_values(model: Any, path: list[str]) -> tuple[Any, ...]:
    """The Literal values of the field that `path` (field names, "" for a list index) leads to."""
    current = model
    for step in path:
        current = _unwrap(current)
        if step:
            try:
                current = typing.get_type_hints(current).get(step)
            except (NameError, TypeError):
                return ()
    current = _unwrap(current)
    return typing.get_args(current) if typing.get_origin(current) is typing.Literal else ()


def request_body_bytes(model: msgspec.Struct) -> bytes:
    """Validate a request model and encode it as the API expects it.

    Fixed-point fields are checked and written in their canonical form; then the whole body is
    checked against the model's types (required fields, enum values), so a mistake is reported
    here, naming the field, instead of by the exchange.
    """
    name = type(model).__name__
    wire = _to_wire(model, None, strict=True, where=name)
    try:
        msgspec.convert(wire, type(model))
    except msgspec.ValidationError as exc:
        raise RequestValidationError(f"invalid {name}: {explain(type(model), exc)}") from None
    return _ENCODER.encode(wire)


# `Decimal(text)`, one shared object per distinct finite text: the WebSocket's fast path, the
# FIX codec and the order books share the table the REST price levels use (`_levels`)
shared_decimal: Callable[[str], Decimal] = shared_decimals.__getitem__
