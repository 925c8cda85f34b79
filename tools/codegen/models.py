"""Turning the spec's schemas into model and enum definitions.

Rules:
- `FixedPointDollars` / `FixedPointCount` fields, price levels and fee multipliers are `Decimal`.
- Models reached only from request bodies are strict: required fields must be given, enum fields
  are `Literal` types. Every other model is lenient: a required field the server leaves out
  decodes as UNSET, enum fields are plain `str` (an enum class is generated beside them).
- Inline objects become models named after their owner and field; inline enums likewise.
- In request models, integers carry the spec's bounds (`msgspec.Meta`), and fixed-point fields
  carry Kalshi's: a contract count or an amount of dollars is never negative, and a price lies
  between 0 and 1 dollar (`__fixed_bounds__`, checked before a request is sent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .spec import FIXED_POINT_KINDS, PRICE_LEVEL, OperationSpec, component_refs, pascal, python_name, ref_name


@dataclass
class FieldDef:
    name: str
    wire: str
    annotation: str
    required: bool
    nullable: bool
    fixed_kind: str | None
    fixed_bounds: tuple[str | None, str | None] | None = None

    @property
    def limits(self) -> list[str]:
        """The bounds of the field as text: `>= 0`, `<= 1000`, `matches '^[a-z]+$'`."""
        bounds = re.findall(r"\b(ge|le|gt|lt|min_length|max_length)=(\d+(?:\.\d+)?)", self.annotation)
        found = [f"{SYMBOLS[key]} {value}" for key, value in bounds]
        found += [f"matches {p}" for p in re.findall(r"\bpattern=('(?:[^'\\]|\\.)*')", self.annotation)]
        if self.fixed_bounds is not None:
            low, high = self.fixed_bounds
            found += [f">= {low}"] if low is not None else []
            found += [f"<= {high}"] if high is not None else []
        return found


SYMBOLS = {"ge": ">=", "le": "<=", "gt": ">", "lt": "<", "min_length": "length >=", "max_length": "length <="}
# the model checks the bounds: `Annotated[int, msgspec.Meta(ge=0)]`, a pattern may hold any character
BOUNDED = re.compile(r"Annotated\[([^,\[\]]+), msgspec\.Meta\((?:[^()']|'(?:[^'\\]|\\.)*')*\)\]")
PRICE_FIELDS = {"price", "yes_bid", "no_bid"}


def fixed_bounds(
    kind: str | None, name: str, price_ceiling: str | None = "1"
) -> tuple[str | None, str | None] | None:
    """Kalshi's bounds of a fixed-point request field: counts and dollar amounts are never
    negative, and a price is at most `price_ceiling` (an event contract's YES or NO price is at
    most 1 dollar; a margin price has no ceiling)."""
    if kind == "count":
        return ("0", None)
    if kind == "dollars":
        price = name in PRICE_FIELDS or name.endswith(("_price", "_price_dollars"))
        return ("0", price_ceiling) if price else ("0", None)
    return None


@dataclass
class ModelDef:
    name: str
    fields: list[FieldDef]
    strict: bool
    schema_name: str | None  # the components/schemas name, None for an inline model


@dataclass
class EnumDef:
    name: str
    values: list[str]

    def members(self) -> list[tuple[str, str]]:
        seen: set[str] = set()
        out = []
        for value in self.values:
            member = re.sub(r"[^0-9A-Za-z]+", "_", value).strip("_").upper() or "EMPTY"
            if member[0].isdigit():
                member = "V_" + member
            while member in seen:
                member += "_"
            seen.add(member)
            out.append((member, value))
        return out


@dataclass
class Catalogue:
    models: dict[str, ModelDef] = field(default_factory=dict)
    enums: dict[str, EnumDef] = field(default_factory=dict)
    uses_datetime: bool = False
    uses_any: bool = False
    uses_literal: bool = False


def _refs(node: Any) -> set[str]:
    return {name for _, name in component_refs(node)}


def _closure(schemas: dict[str, Any], roots: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        todo.extend(_refs(schemas[name]))
    return seen


# plain-string properties that carry dollar amounts
FIXED_POINT_FIELDS = {
    ("PriceRange", "start"): "dollars",
    ("PriceRange", "end"): "dollars",
    ("PriceRange", "step"): "dollars",
}


def _is_money_number(field_name: str) -> bool:
    return any(word in field_name for word in ("fee", "price", "dollars", "cost"))


_BOUNDS = (("minimum", "ge"), ("maximum", "le"), ("exclusiveMinimum", "gt"), ("exclusiveMaximum", "lt"))
_STRING_BOUNDS = (("minLength", "min_length"), ("maxLength", "max_length"))


def _bounded(annotation: str, schema: dict[str, Any]) -> str:
    """`annotation` with the schema's bounds as a msgspec constraint, checked before a request is
    sent: numeric bounds of an integer (`Annotated[int, msgspec.Meta(ge=0)]`), lengths and the
    pattern of a string."""
    keys = _BOUNDS if annotation == "int" else _STRING_BOUNDS
    limits = [
        f"{meta}={schema[key]!r}"
        for key, meta in keys
        if isinstance(schema.get(key), (int, float)) and not isinstance(schema.get(key), bool)
    ]
    if annotation == "str" and isinstance(schema.get("pattern"), str):
        limits.append(f"pattern={schema['pattern']!r}")
    return f"Annotated[{annotation}, msgspec.Meta({', '.join(limits)})]" if limits else annotation


class Builder:
    """`chosen_by_client`: (schema, field) pairs the client fills in when the caller gives none;
    the model lets them be left out. `price_ceiling`: the highest price a request may carry."""

    def __init__(
        self,
        spec: dict[str, Any],
        ops: list[OperationSpec],
        chosen_by_client: frozenset[tuple[str, str]] = frozenset(),
        price_ceiling: str | None = "1",
    ) -> None:
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.chosen_by_client = chosen_by_client
        self.price_ceiling = price_ceiling
        request_roots = {op.body_schema for op in ops if op.body_schema}
        response_roots = {op.response_schema for op in ops if op.response_schema}
        response_roots |= _refs(spec["components"].get("responses", {}))
        requested = _closure(self.schemas, request_roots)
        answered = _closure(self.schemas, response_roots)
        # strict only when never part of an answer; orphans (legacy schemas) are request bodies
        # when their name says so
        self.strict = {
            name
            for name in self.schemas
            if name not in answered
            and (name in requested or name.endswith("Request") or name.endswith("RequestOrder"))
        }
        self.cat = Catalogue()

    def build(self) -> Catalogue:
        for name in sorted(self.schemas):
            schema = self.schemas[name]
            if name in FIXED_POINT_KINDS or name == PRICE_LEVEL:
                continue
            if "allOf" in schema and "type" not in schema:
                schema = self._merged(name, schema)
            if schema.get("type") == "string" and "enum" in schema:
                self._enum(name, schema["enum"])
            elif schema.get("type", "object") == "object" and "enum" not in schema:
                self._model(name, schema, strict=name in self.strict, schema_name=name)
        return self.cat

    def _merged(self, name: str, schema: dict[str, Any]) -> dict[str, Any]:
        """One object schema from the object schemas an `allOf` composes (a schema that extends
        another: `allOf: [$ref Base, {properties: ...}]`)."""
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for given in schema["allOf"]:
            part = given
            while "$ref" in part:
                part = self.schemas[ref_name(part["$ref"])]
            if "allOf" in part:
                part = self._merged(name, part)
            if part.get("type", "object") != "object":
                raise SystemExit(f"{name}: allOf of a {part.get('type')} is not supported")
            merged["properties"].update(part.get("properties") or {})
            merged["required"] += [r for r in part.get("required", []) if r not in merged["required"]]
        return merged

    def _enum(self, name: str, values: list[Any]) -> str:
        values = [str(v) for v in values]
        existing = self.cat.enums.get(name)
        if existing is not None and existing.values != values:
            raise SystemExit(f"two different enums would both be named {name}")
        self.cat.enums[name] = EnumDef(name, values)
        return name

    def _model(self, name: str, schema: dict[str, Any], *, strict: bool, schema_name: str | None) -> str:
        if name in self.cat.models:
            return name
        model = ModelDef(name, [], strict, schema_name)
        self.cat.models[name] = model
        required = {r for r in schema.get("required", []) if (name, r) not in self.chosen_by_client}
        for wire, sub in (schema.get("properties") or {}).items():
            annotation, kind, nullable = self._type(sub, name, wire, strict)
            if (name, wire) in FIXED_POINT_FIELDS and annotation == "str":
                annotation, kind = "Decimal", FIXED_POINT_FIELDS[(name, wire)]
            bounds = fixed_bounds(kind, python_name(wire), self.price_ceiling) if strict else None
            model.fields.append(
                FieldDef(python_name(wire), wire, annotation, wire in required, nullable, kind, bounds)
            )
        return name

    def _literal(self, values: list[Any]) -> str:
        self.cat.uses_literal = True
        return "Literal[" + ", ".join(repr(str(v)) for v in values) + "]"

    def _type(
        self, schema: dict[str, Any], owner: str, field_name: str, strict: bool
    ) -> tuple[str, str | None, bool]:
        """(annotation, fixed-point kind, nullable) of a property schema."""
        nullable = bool(schema.get("nullable"))
        if "allOf" in schema:
            parts = schema["allOf"]
            if len(parts) != 1:
                raise SystemExit(f"{owner}.{field_name}: allOf with several parts is not supported")
            annotation, kind, inner_nullable = self._type(parts[0], owner, field_name, strict)
            return annotation, kind, nullable or inner_nullable
        if "$ref" in schema:
            target_name = ref_name(schema["$ref"])
            if target_name in FIXED_POINT_KINDS:
                return "Decimal", FIXED_POINT_KINDS[target_name], nullable
            if target_name == PRICE_LEVEL:
                return "tuple[Decimal, Decimal]", None, nullable
            target = self.schemas[target_name]
            nullable = nullable or bool(target.get("nullable"))  # a component may allow null itself
            if target.get("type") == "string" and "enum" in target:
                self._enum(target_name, target["enum"])
                return (self._literal(target["enum"]) if strict else "str"), None, nullable
            if target.get("type") in ("integer", "string", "boolean", "number"):
                annotation, kind, inner_nullable = self._type(target, owner, field_name, strict)
                return annotation, kind, nullable or inner_nullable
            if target.get("type") == "array":
                annotation, kind, _ = self._type(target, owner, field_name, strict)
                return annotation, kind, nullable
            return target_name, None, nullable
        kind_of = schema.get("type")
        if kind_of == "string":
            if "enum" in schema:
                self._enum(owner + pascal(field_name), schema["enum"])
                return (self._literal(schema["enum"]) if strict else "str"), None, nullable
            if schema.get("format") == "date-time":
                self.cat.uses_datetime = True
                return "datetime", None, nullable
            return (_bounded("str", schema) if strict else "str"), None, nullable
        if kind_of == "integer":
            return (_bounded("int", schema) if strict else "int"), None, nullable
        if kind_of == "number":
            if _is_money_number(field_name):
                return "Decimal", "number", nullable
            return "float", None, nullable
        if kind_of == "boolean":
            return "bool", None, nullable
        if kind_of == "array":
            items = schema.get("items", {})
            if items.get("type") == "object" and "properties" in items:
                inner = self._model(
                    owner + pascal(field_name) + "Item", items, strict=strict, schema_name=None
                )
                return f"list[{inner}]", None, nullable
            annotation, kind, item_nullable = self._type(items, owner, field_name, strict)
            if item_nullable:
                annotation += " | None"
            return f"list[{annotation}]", kind, nullable
        if kind_of == "object" or "properties" in schema or "additionalProperties" in schema:
            if schema.get("properties"):
                inner = self._model(owner + pascal(field_name), schema, strict=strict, schema_name=None)
                return inner, None, nullable
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                annotation, _, _ = self._type(extra, owner, field_name, strict)
                return f"dict[str, {annotation}]", None, nullable
            self.cat.uses_any = True
            return "dict[str, Any]", None, nullable
        self.cat.uses_any = True
        return "Any", None, nullable
