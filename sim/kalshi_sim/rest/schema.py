"""Schema tools for the local exchange: minimal valid instances and strict request checks.

`example_for(schema, components)` builds the smallest instance of an OpenAPI/JSON schema that
validates: required properties only, the first enum value, the minimum of a range, `minItems`
items, and Kalshi's fixed-point strings (`"0.5000"` for `FixedPointDollars`, `"1.00"` for
`FixedPointCount`, recognised by `$ref` name or by a `_dollars` / `_fp` property name).
The local exchange answers operations it does not model with these.

`request_problems(schema, components, value)` lists what is wrong with a request body, in words a
user can act on: missing or unknown fields, wrong types, enum values, numbers where Kalshi wants
fixed-point strings, malformed fixed-point strings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["example_for", "request_problems"]

REF_PREFIX = "#/components/schemas/"
EXAMPLE_DOLLARS = "0.5000"
EXAMPLE_COUNT = "1.00"
EXAMPLE_DATE_TIME = "2026-01-01T00:00:00Z"
EXAMPLE_DATE = "2026-01-01"
EXAMPLE_UUID = "00000000-0000-4000-8000-000000000000"

DOLLARS_PATTERN = re.compile(r"^-?[0-9]+(\.[0-9]{1,6})?$")
COUNT_PATTERN = re.compile(r"^-?[0-9]+(\.[0-9]{1,2})?$")
FIXED_POINT_KINDS = {"FixedPointDollars": "dollars", "FixedPointCount": "count"}
MAX_DEPTH = 12

Schema = Mapping[str, Any]
Components = Mapping[str, Any]


def _ref_name(ref: str) -> str:
    return ref[len(REF_PREFIX) :] if ref.startswith(REF_PREFIX) else ref.rsplit("/", 1)[-1]


def _kind_from_name(name: str | None) -> str | None:
    """`dollars` or `count` for a property whose name says it is a fixed-point string."""
    if not name:
        return None
    if name.endswith("_dollars") or name in {"price", "fee_cost"}:
        return "dollars"
    if name.endswith("_fp") or name == "count":
        return "count"
    return None


def _types(schema: Schema) -> list[str]:
    declared = schema.get("type")
    if isinstance(declared, list):
        return [str(t) for t in declared]
    if isinstance(declared, str):
        return [declared]
    if "properties" in schema or "required" in schema:
        return ["object"]
    if "items" in schema:
        return ["array"]
    return []


def example_for(
    schema: Schema | None,
    components: Components,
    *,
    name: str | None = None,
    _depth: int = 0,
    _kind: str | None = None,
) -> Any:
    """A minimal instance valid against `schema`, `$ref`s resolved in `components`
    (the `components.schemas` mapping). `name` is the property name, used for fixed-point hints."""
    if schema is None:
        return {}
    if "$ref" in schema:
        target = _ref_name(str(schema["$ref"]))
        kind = FIXED_POINT_KINDS.get(target, _kind)
        if _depth > MAX_DEPTH:
            return None if schema.get("nullable") else {}
        resolved = components.get(target, {})
        extra = {k: v for k, v in schema.items() if k != "$ref"}
        return example_for({**resolved, **extra}, components, name=name, _depth=_depth + 1, _kind=kind)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    if "allOf" in schema:
        merged: Any = None
        for part in schema["allOf"]:
            value = example_for(part, components, name=name, _depth=_depth + 1, _kind=_kind)
            if isinstance(merged, dict) and isinstance(value, dict):
                merged = {**merged, **value}
            elif merged is None or not isinstance(merged, dict):
                merged = value
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        if rest.get("properties") or rest.get("required"):
            own = example_for(rest, components, name=name, _depth=_depth + 1, _kind=_kind)
            if isinstance(merged, dict) and isinstance(own, dict):
                merged = {**merged, **own}
        return merged
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return example_for(schema[key][0], components, name=name, _depth=_depth + 1, _kind=_kind)
    types = [t for t in _types(schema) if t != "null"]
    kind = _kind or _kind_from_name(name)
    if not types:
        return {} if not kind else (EXAMPLE_DOLLARS if kind == "dollars" else EXAMPLE_COUNT)
    first = types[0]
    if first == "string":
        return _example_string(schema, kind)
    if first == "integer":
        return _example_number(schema, integer=True)
    if first == "number":
        return _example_number(schema, integer=False)
    if first == "boolean":
        return False
    if first == "array":
        count = int(schema.get("minItems", 0))
        item_kind = kind if kind else None
        items = schema.get("items", {})
        return [
            example_for(items, components, name=name, _depth=_depth + 1, _kind=item_kind)
            for _ in range(count)
        ]
    properties: Mapping[str, Any] = schema.get("properties", {})
    instance: dict[str, Any] = {}
    for prop in schema.get("required", []):
        instance[prop] = example_for(properties.get(prop, {}), components, name=prop, _depth=_depth + 1)
    return instance


def _example_string(schema: Schema, kind: str | None) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return EXAMPLE_DATE_TIME
    if fmt == "date":
        return EXAMPLE_DATE
    if fmt == "uuid":
        return EXAMPLE_UUID
    if kind == "dollars":
        return EXAMPLE_DOLLARS
    if kind == "count":
        return EXAMPLE_COUNT
    text = "x" * int(schema.get("minLength", 0))
    max_length = schema.get("maxLength")
    return text[: int(max_length)] if max_length is not None else text


def _example_number(schema: Schema, *, integer: bool) -> int | float:
    low = schema.get("minimum")
    exclusive = schema.get("exclusiveMinimum")
    if isinstance(exclusive, (int, float)) and not isinstance(exclusive, bool):
        value: float = exclusive + 1
    elif low is not None:
        value = float(low) + (1 if exclusive is True else 0)
    else:
        value = 0
        high = schema.get("maximum")
        if high is not None and high < 0:
            value = float(high)
    return int(value) if integer else float(value)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _matches_type(value: Any, wanted: str) -> bool:
    if wanted == "string":
        return isinstance(value, str)
    if wanted == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if wanted == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if wanted == "boolean":
        return isinstance(value, bool)
    if wanted == "array":
        return isinstance(value, list)
    if wanted == "object":
        return isinstance(value, dict)
    return wanted != "null" or value is None


def _fixed_point_problem(where: str, value: Any, kind: str) -> str | None:
    example = EXAMPLE_DOLLARS if kind == "dollars" else "10.00"
    what = "a fixed-point dollar string" if kind == "dollars" else "a fixed-point count string"
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return f"{where} must be {what} such as {example!r}, not {_type_name(value)}"
    if not isinstance(value, str):
        return f"{where} must be {what} such as {example!r}, not the number {value!r}"
    pattern = DOLLARS_PATTERN if kind == "dollars" else COUNT_PATTERN
    if not pattern.match(value):
        places = "at most 6 decimal places" if kind == "dollars" else "at most 2 decimal places"
        return f"{where} is not {what}: got {value!r}; expected digits with {places}, such as {example!r}"
    return None


def request_problems(
    schema: Schema | None,
    components: Components,
    value: Any,
    *,
    where: str = "body",
    _kind: str | None = None,
    _depth: int = 0,
) -> list[str]:
    """Everything wrong with `value` as an instance of `schema`, strictest reading: fields the
    schema does not declare are reported. An empty list means the value is acceptable."""
    if schema is None or _depth > MAX_DEPTH * 2:
        return []
    if "$ref" in schema:
        target = _ref_name(str(schema["$ref"]))
        if value is None and schema.get("nullable"):
            return []
        kind = FIXED_POINT_KINDS.get(target, _kind)
        resolved = components.get(target, {})
        extra = {k: v for k, v in schema.items() if k != "$ref"}
        return request_problems(
            {**resolved, **extra}, components, value, where=where, _kind=kind, _depth=_depth + 1
        )
    if value is None and (schema.get("nullable") or "null" in _types(schema)):
        return []
    if "allOf" in schema:
        problems: list[str] = []
        for part in schema["allOf"]:
            problems.extend(
                request_problems(part, components, value, where=where, _kind=_kind, _depth=_depth + 1)
            )
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        if rest.get("properties") or rest.get("required") or rest.get("type"):
            problems.extend(
                request_problems(rest, components, value, where=where, _kind=_kind, _depth=_depth + 1)
            )
        return problems
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            options = [
                request_problems(part, components, value, where=where, _kind=_kind, _depth=_depth + 1)
                for part in schema[key]
            ]
            if any(not found for found in options):
                return []
            return min(options, key=len)
    if _kind is not None:
        found = _fixed_point_problem(where, value, _kind)
        return [found] if found else []
    if "const" in schema and value != schema["const"]:
        return [f"{where} must be {schema['const']!r}, got {value!r}"]
    if schema.get("enum") and value not in schema["enum"]:
        allowed = ", ".join(repr(v) for v in schema["enum"])
        return [f"{where} must be one of {allowed}; got {value!r}"]
    types = _types(schema)
    if types and not any(_matches_type(value, t) for t in types):
        return [f"{where} must be {' or '.join(types)}, not {_type_name(value)}"]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is not None and value < low:
            return [f"{where} must be at least {low}, got {value}"]
        if high is not None and value > high:
            return [f"{where} must be at most {high}, got {value}"]
    if isinstance(value, list):
        return _array_problems(schema, components, value, where, _depth)
    if isinstance(value, dict):
        return _object_problems(schema, components, value, where, _depth)
    return []


def _array_problems(
    schema: Schema, components: Components, value: list[Any], where: str, depth: int
) -> list[str]:
    problems: list[str] = []
    low, high = schema.get("minItems"), schema.get("maxItems")
    if low is not None and len(value) < low:
        problems.append(f"{where} must have at least {low} items, got {len(value)}")
    if high is not None and len(value) > high:
        problems.append(f"{where} must have at most {high} items, got {len(value)}")
    items = schema.get("items")
    if items:
        for index, item in enumerate(value):
            problems.extend(
                request_problems(items, components, item, where=f"{where}[{index}]", _depth=depth + 1)
            )
    return problems


def _object_problems(
    schema: Schema, components: Components, value: dict[str, Any], where: str, depth: int
) -> list[str]:
    problems: list[str] = []
    properties: Mapping[str, Any] = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in value:
            problems.append(f"{where} is missing the required field {name!r}")
    extra = schema.get("additionalProperties")
    for name, item in value.items():
        sub = properties.get(name)
        if sub is not None:
            problems.extend(
                request_problems(
                    sub,
                    components,
                    item,
                    where=f"{where}.{name}",
                    _kind=_kind_for_property(sub),
                    _depth=depth + 1,
                )
            )
        elif isinstance(extra, Mapping):
            problems.extend(
                request_problems(extra, components, item, where=f"{where}.{name}", _depth=depth + 1)
            )
        elif extra is not True and properties:
            known = ", ".join(sorted(properties))
            problems.append(f"{where} has the unknown field {name!r}; known fields: {known}")
    return problems


def _kind_for_property(schema: Schema) -> str | None:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return FIXED_POINT_KINDS.get(_ref_name(ref))
    return None
