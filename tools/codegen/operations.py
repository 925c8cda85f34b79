"""One operation of the spec -> the text of its module under `kalshi_py/api/<tag>/`.

The module holds the operation's facts (`Operation(...)`: route, parameters with their enum values
and bounds, body, answer, rate-limit bucket and cost, pagination, and the recovery of an order
write) and its four calls, each documented with those facts.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import jinja2

from .facts import ORDER_SAFETY
from .models import BOUNDED, Catalogue, FieldDef
from .products import Product
from .spec import FIXED_POINT_KINDS, OperationSpec, ref_name, snake

TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    undefined=jinja2.StrictUndefined,
)
TEMPLATES.policies["json.dumps_kwargs"] = {"ensure_ascii": False}
TEMPLATES.filters["py"] = lambda value: "None" if value is None else json.dumps(value, ensure_ascii=False)
TEMPLATES.filters["repr"] = repr
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
BUILTIN_NAMES = {
    "str",
    "int",
    "bool",
    "float",
    "list",
    "dict",
    "tuple",
    "None",
    "Any",
    "Literal",
    "datetime",
    "Decimal",
    "Unset",
}
DOC_WIDTH = 96


def _resolved(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema and ref_name(schema["$ref"]) not in FIXED_POINT_KINDS:
        schema = schemas[ref_name(schema["$ref"])]
    return schema


def _param_annotation(schema: dict[str, Any], schemas: dict[str, Any]) -> str:
    if "$ref" in schema and ref_name(schema["$ref"]) in FIXED_POINT_KINDS:
        return "Decimal | str"
    schema = _resolved(schema, schemas)
    kind = schema.get("type")
    if kind == "integer":
        return "int"
    if kind == "boolean":
        return "bool"
    if kind == "number":
        return "float"
    if kind == "array":
        return f"list[{_param_annotation(schema.get('items', {}), schemas)}]"
    return "str"


def _param(p: Any, schemas: dict[str, Any]) -> dict[str, Any]:
    schema = _resolved(p.schema, schemas)
    values = _resolved(schema.get("items", {}), schemas) if schema.get("type") == "array" else schema
    choices = tuple(v for v in values.get("enum", ()) if v is not None) or None
    return {
        "name": p.name,
        "location": p.location,
        "wire": p.wire,
        "required": p.required or p.location == "path",
        "annotation": _param_annotation(p.schema, schemas),
        "choices": choices,
        "minimum": values.get("minimum"),
        "maximum": values.get("maximum"),
    }


def _param_call(p: dict[str, Any]) -> str:
    args = [repr(p["name"]), repr(p["location"]), repr(p["wire"])]
    for key in ("choices", "minimum", "maximum"):
        if p[key] is not None:
            args.append(f"{key}={p[key]!r}")
    return f"Param({', '.join(args)})"


def _names_in(annotation: str) -> set[str]:
    bare = re.sub(r"'[^']*'|\"[^\"]*\"", "", annotation)
    return {name for name in IDENT.findall(bare) if name not in BUILTIN_NAMES}


def pagination(op: OperationSpec, schemas: dict[str, Any]) -> tuple[str, str | None, int | None] | None:
    """(items field, page-size parameter, its maximum) of a cursor-paginated operation."""
    if not op.response_schema or not any(p.wire == "cursor" and p.location == "query" for p in op.params):
        return None
    props = schemas[op.response_schema].get("properties", {})
    if "cursor" not in props:
        return None
    arrays = [name for name, sub in props.items() if sub.get("type") == "array"]
    if not arrays:
        return None
    size = next((p for p in op.params if p.wire in ("limit", "page_size") and p.location == "query"), None)
    maximum = size.schema.get("maximum") if size is not None else None
    return arrays[0], size.name if size is not None else None, maximum


# -- docstrings ---------------------------------------------------------------------------------------


def _shown(annotation: str) -> str:
    """An annotation as the docstring shows it: no msgspec bounds, Literal values listed."""
    text = BOUNDED.sub(r"\1", annotation)
    return re.sub(r"Literal\[([^\]]*)\]", lambda m: "one of " + m.group(1).replace("'", '"'), text)


def _param_line(p: dict[str, Any]) -> str:
    notes = [p["annotation"]]
    if p["choices"] is not None:
        notes.append("one of " + ", ".join(json.dumps(c) for c in p["choices"]))
    if p["minimum"] is not None:
        notes.append(f">= {p['minimum']}")
    if p["maximum"] is not None:
        notes.append(f"<= {p['maximum']}")
    return f"{p['name']}: {', '.join(notes)}"


def _field_line(field: FieldDef, annotation: str) -> str:
    shown = _shown(annotation) + (" | None" if field.nullable else "")
    return f"{field.name}: {', '.join([shown, *field.limits])}"


def _docstring(product: Product, op: OperationSpec, view: dict[str, Any]) -> list[str]:
    """The facts of the operation, as docstring lines (not indented)."""
    facts = product.facts
    lines = [f"{op.method} {op.path} (`{op.operation_id}`).", ""]
    lines.append(f"Auth: {product.auth_doc}." if op.auth else "Auth: none; any client works.")
    if facts.rate_limited:
        items = facts.batch_items.get(op.operation_id)
        per = f" per item of `{items}`" if items else ""
        costlier = facts.costlier_when.get(op.operation_id)
        if costlier is not None:
            per += f" ({costlier[2]} with `{costlier[0]}={costlier[1]!r}`)"
        lines.append(
            f"Rate limit: the {facts.bucket(op.operation_id)} bucket, {facts.cost(op.operation_id)} "
            f"tokens{per} (`GET /account/endpoint_costs` has the key's own costs)."
        )
    else:
        lines.append("Rate limit: none stated by Kalshi.")
    paging = view["pagination"]
    if paging is None:
        lines.append("Pagination: none.")
    else:
        size = (
            f"; page size `{paging[1]}`" + (f", at most {paging[2]}" if paging[2] else "")
            if paging[1]
            else ""
        )
        lines.append(
            f"Pagination: by `cursor`; the items are in `{paging[0]}`{size}. `paginate(client=...)` walks "
            f"every page."
        )
    if op.operation_id in facts.order_writes:
        lines.append(f"Order safety: {ORDER_SAFETY[facts.order_writes[op.operation_id][0]]}.")
    body_required = [f for f, _ in view["body_fields"] if f.required]
    body_optional = [f for f, _ in view["body_fields"] if not f.required]
    annotations = {f.name: a for f, a in view["body_fields"]}
    required = [_param_line(p) for p in view["required_params"]]
    required += [_field_line(f, annotations[f.name]) for f in body_required]
    optional = [_param_line(p) for p in view["optional_params"]]
    optional += [_field_line(f, annotations[f.name]) for f in body_optional]
    for title, items in (("Required arguments", required), ("Optional arguments", optional)):
        if items:
            lines += ["", f"{title}:"]
            for item in items:
                lines += textwrap.wrap(item, DOC_WIDTH - 4, initial_indent="- ", subsequent_indent="  ")
    if op.body_schema:
        lines += [
            "",
            f"The body is a `{op.body_schema}`: pass it as `body=`, or its fields as keyword arguments.",
        ]
    answer = f"`{op.response_schema}`" if op.response_schema else "nothing"
    lines += ["", f"Returns {answer} (HTTP {op.success_status})."]
    return [
        line for item in lines for line in (textwrap.wrap(item, DOC_WIDTH, subsequent_indent="  ") or [""])
    ]


# -- the module ---------------------------------------------------------------------------------------


def render_operation(
    product: Product,
    op: OperationSpec,
    *,
    cat: Catalogue,
    schemas: dict[str, Any],
    header: str,
    modules: dict[str, OperationSpec],
) -> str:
    facts = product.facts
    params = [_param(p, schemas) for p in op.params]
    taken = {p["name"] for p in params} | {"client", "body"}
    body_fields: list[tuple[FieldDef, str]] = []
    if op.body_schema:
        for field in cat.models[op.body_schema].fields:
            if field.name in taken:
                continue
            annotation = BOUNDED.sub(r"\1", field.annotation)
            if field.fixed_kind:
                annotation = annotation.replace("Decimal", "Decimal | str", 1)
            body_fields.append((field, annotation))
    annotations = [p["annotation"] for p in params] + [a for _, a in body_fields]
    imports = set()
    for annotation in annotations:
        imports |= _names_in(annotation)
    imports |= {name for name in (op.body_schema, op.response_schema) if name}
    unknown = imports - set(cat.models) - set(cat.enums)
    if unknown:
        raise SystemExit(f"{op.operation_id}: unknown types {sorted(unknown)}")
    recovery = facts.order_writes.get(op.operation_id)
    lookup = modules[recovery[1]] if recovery else None
    view: dict[str, Any] = {
        "header": header,
        "core": product.core,
        "op": op,
        "params": [{**p, "call": _param_call(p)} for p in params],
        "body": op.body_schema,
        "body_fields": body_fields,
        "body_kwargs": [{"name": f.name, "annotation": a, "nullable": f.nullable} for f, a in body_fields],
        "required_params": [p for p in params if p["required"]],
        "optional_params": [p for p in params if not p["required"]],
        "response": op.response_schema,
        "result": op.response_schema or "None",
        "imports": sorted(imports),
        "uses_decimal": any("Decimal" in a for a in annotations),
        "uses_literal": any("Literal" in a for a in annotations),
        "uses_datetime": any("datetime" in a for a in annotations),
        "pagination": pagination(op, schemas),
        "bucket": "write" if op.operation_id in facts.write_bucket else None,
        "unit_cost": facts.unit_costs.get(op.operation_id),
        "costlier": facts.costlier_when.get(op.operation_id),
        "items_field": facts.batch_items.get(op.operation_id),
        "uses_unset": bool(
            [p for p in params if not p["required"]]
            or body_fields
            or (op.body_schema and not op.body_required)
        ),
        "recovery": recovery[0] if recovery else None,
        "lookup": (lookup.package, lookup.module) if lookup else None,
    }
    doc = _docstring(product, op, view)
    view["module_doc"] = "\n".join(doc)
    first = "Send the request and return its answer; raise a `kalshi_py.errors` error on any failure."
    view["call_doc"] = "\n".join(f"    {line}" if line else "" for line in [first, "", *doc])
    return TEMPLATES.get_template("operation.py.j2").render(**view)


def module_path(product: Product, op: OperationSpec) -> str:
    return f"{product.package}/api/{op.package}/{op.module}.py"


__all__ = ["TEMPLATES", "module_path", "pagination", "render_operation", "snake"]
