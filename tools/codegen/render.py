"""From the specs to the text of every generated file: `render_tree(spec, asyncapi) -> {path: text}`."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jinja2
import yaml

from . import legacy
from .models import Builder, Catalogue, ModelDef
from .spec import FIXED_POINT_KINDS, OperationSpec, load_spec, operations, ref_name, snake, strip_prose

TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
    undefined=jinja2.StrictUndefined,
)
TEMPLATES.policies["json.dumps_kwargs"] = {"ensure_ascii": False}
TEMPLATES.filters["py"] = lambda value: "None" if value is None else json.dumps(value, ensure_ascii=False)
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
BOUNDED = re.compile(r"Annotated\[([^,\[\]]+), msgspec\.Meta\([^)]*\)\]")  # the model checks the bounds
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
ASYNCAPI_PROSE = {"description", "summary", "title", "examples", "example", "externalDocs", "tags"}


def _header(source: str, version: str) -> str:
    return f"# generated from {source} {version} by tools/codegen — do not edit"


def _model_view(model: ModelDef) -> dict[str, Any]:
    lines = []
    fixed: dict[str, str] = {}
    for field in model.fields:
        annotation = field.annotation + (" | None" if field.nullable else "")
        if field.fixed_kind:
            fixed[field.name] = field.fixed_kind
        required = model.strict and field.required
        if not required:
            annotation += " | UnsetType"
        if field.name != field.wire:
            default = (
                f"msgspec.field(name={json.dumps(field.wire)})"
                if required
                else f"msgspec.field(default=UNSET, name={json.dumps(field.wire)})"
            )
            lines.append(f"{field.name}: {annotation} = {default}")
        else:
            lines.append(f"{field.name}: {annotation}" + ("" if required else " = UNSET"))
    # required fields first keeps the generated signatures readable
    return {"name": model.name, "fields": [{"line": line} for line in lines], "fixed": fixed or None}


def _render_models(cat: Catalogue, header: str, version: str) -> str:
    models = [_model_view(cat.models[name]) for name in sorted(cat.models)]
    aliases = [("Model" + name, name) for name in legacy.MODEL_NAMES if name in cat.models]
    known = cat.models.keys() | cat.enums.keys()
    aliases += [(old, new) for old, new in legacy.RENAMED_MODELS.items() if new in known]
    exports = sorted([*cat.models, *cat.enums, *(old for old, _ in aliases)])
    clash = set(cat.models) & set(cat.enums)
    if clash:
        raise SystemExit(f"schema names used both as model and enum: {sorted(clash)}")
    return TEMPLATES.get_template("models.py.j2").render(
        header=header,
        version=version,
        enums=[cat.enums[n] for n in sorted(cat.enums)],
        models=models,
        aliases=aliases,
        exports=exports,
    )


def _param_annotation(schema: dict[str, Any], schemas: dict[str, Any]) -> str:
    if "$ref" in schema:
        name = ref_name(schema["$ref"])
        if name in FIXED_POINT_KINDS:
            return "Decimal | str"
        return _param_annotation(schemas[name], schemas)
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


def _names_in(annotation: str) -> set[str]:
    bare = re.sub(r"'[^']*'|\"[^\"]*\"", "", annotation)
    return {name for name in IDENT.findall(bare) if name not in BUILTIN_NAMES}


def _pagination(op: OperationSpec, schemas: dict[str, Any]) -> tuple[str, str | None, int | None] | None:
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


def _render_operation(op: OperationSpec, cat: Catalogue, schemas: dict[str, Any], header: str) -> str:
    params = [
        {
            "name": p.name,
            "location": p.location,
            "wire": p.wire,
            "required": p.required or p.location == "path",
            "annotation": _param_annotation(p.schema, schemas),
        }
        for p in op.params
    ]
    taken = {p["name"] for p in params} | {"client", "body"}
    body_kwargs = []
    if op.body_schema:
        for field in cat.models[op.body_schema].fields:
            if field.name in taken:
                continue
            annotation = BOUNDED.sub(r"\1", field.annotation) + (" | None" if field.nullable else "")
            if field.fixed_kind:
                annotation = annotation.replace("Decimal", "Decimal | str", 1)
            body_kwargs.append({"name": field.name, "annotation": annotation})
    annotations = [p["annotation"] for p in params] + [f["annotation"] for f in body_kwargs]
    imports = set()
    for annotation in annotations:
        imports |= _names_in(annotation)
    imports |= {name for name in (op.body_schema, op.response_schema) if name}
    unknown = imports - set(cat.models) - set(cat.enums)
    if unknown:
        raise SystemExit(f"{op.operation_id}: unknown types {sorted(unknown)}")
    result = op.response_schema or "None"
    return TEMPLATES.get_template("operation.py.j2").render(
        header=header,
        op=op,
        params=params,
        body=op.body_schema,
        body_kwargs=body_kwargs,
        required_params=[p for p in params if p["required"]],
        optional_params=[p for p in params if not p["required"]],
        response=op.response_schema,
        result=result,
        imports=sorted(imports),
        returns=f"the decoded `{result}`" if op.response_schema else "None",
        uses_decimal=any("Decimal" in a for a in annotations),
        uses_literal=any("Literal" in a for a in annotations),
        pagination=_pagination(op, schemas),
    )


def _strip_asyncapi(node: Any) -> Any:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                out[key] = {name: _strip_asyncapi(sub) for name, sub in value.items()}
            elif key not in ASYNCAPI_PROSE and not key.startswith("x-"):
                out[key] = _strip_asyncapi(value)
        return out
    if isinstance(node, list):
        return [_strip_asyncapi(item) for item in node]
    return node


def _asyncapi_structure(source: str) -> tuple[str, str]:
    spec = (
        yaml.safe_load(Path(source).read_text(encoding="utf-8")) if "://" not in source else load_spec(source)
    )
    version = str(spec.get("info", {}).get("version", "unknown"))
    components = spec.get("components", {})
    messages = {
        name: {"name": message.get("name", name), "payload": _strip_asyncapi(message.get("payload", {}))}
        for name, message in components.get("messages", {}).items()
    }
    channels = {
        name: {
            "address": channel.get("address", name),
            "messages": [
                ref_name(m["$ref"]) for m in (channel.get("messages") or {}).values() if "$ref" in m
            ],
        }
        for name, channel in spec.get("channels", {}).items()
    }
    structure = {
        "version": version,
        "channels": channels,
        "messages": messages,
        "components": {"schemas": _strip_asyncapi(components.get("schemas", {}))},
        "error_codes": _strip_asyncapi(spec.get("x-error-codes", {})),
    }
    return version, json.dumps(structure, indent=1, ensure_ascii=False) + "\n"


def _openapi_structure(spec: dict[str, Any], ops: list[OperationSpec], version: str) -> str:
    structure = {
        "version": version,
        "components": {
            "schemas": {name: strip_prose(schema) for name, schema in spec["components"]["schemas"].items()}
        },
        "operations": [
            {
                "operation_id": op.operation_id,
                "method": op.method,
                "path": op.path,
                "tag": op.tag,
                "params": [
                    {"name": p.wire, "in": p.location, "required": p.required, "schema": p.schema}
                    for p in op.params
                ],
                "body_schema": op.body_schema,
                "body_required": op.body_required,
                "success_status": op.success_status,
                "response_schema": op.response_schema,
                "auth": op.auth,
                "excluded": op.excluded,
                "statuses": op.error_statuses,
            }
            for op in ops
        ],
    }
    return json.dumps(structure, indent=1, ensure_ascii=False) + "\n"


def render_tree(spec_source: str, asyncapi_source: str) -> dict[str, str]:
    spec = load_spec(spec_source)
    version = str(spec["info"]["version"])
    header = _header("openapi.yaml", version)
    all_ops = operations(spec)
    ops = [op for op in all_ops if not op.excluded]
    schemas = dict(spec["components"]["schemas"])
    for name, schema in legacy.SCHEMAS.items():
        schemas.setdefault(name, schema)
    model_spec = {**spec, "components": {**spec["components"], "schemas": schemas}}
    cat = Builder(model_spec, ops).build()

    files: dict[str, str] = {}
    files["kalshi_py/models/__init__.py"] = _render_models(cat, header, version)
    files["kalshi_py/models/openapi.json"] = _openapi_structure(spec, all_ops, version)
    files["sim/kalshi_sim/rest/openapi.json"] = files["kalshi_py/models/openapi.json"]  # the exchange's own
    ws_version, files["kalshi_py/models/asyncapi.json"] = _asyncapi_structure(asyncapi_source)

    packages: dict[str, list[str]] = {}
    by_id: dict[str, OperationSpec] = {}
    for op in ops:
        files[f"kalshi_py/api/{op.package}/{op.module}.py"] = _render_operation(op, cat, schemas, header)
        packages.setdefault(op.package, []).append(op.module)
        by_id[op.operation_id] = op

    for old, operation_id in legacy.MOVED.items():
        op = by_id.get(operation_id)
        package, module = old.split(".")
        if op is None or (op.package, op.module) == (package, module):
            continue
        files[f"kalshi_py/api/{package}/{module}.py"] = TEMPLATES.get_template("alias.py.j2").render(
            header=header, old=f"kalshi_py.api.{old}", new=f"{op.package}.{op.module}"
        )
        packages.setdefault(package, []).append(module)

    replacements = {
        "CreateOrder": "CreateOrderV2",
        "CancelOrder": "CancelOrderV2",
        "AmendOrder": "AmendOrderV2",
        "DecreaseOrder": "DecreaseOrderV2",
        "BatchCreateOrders": "BatchCreateOrdersV2",
        "BatchCancelOrders": "BatchCancelOrdersV2",
    }
    for old, (name, method, path, body, response) in legacy.TRANSLATED.items():
        package, module = old.split(".")
        new = by_id[replacements[name]]
        files[f"kalshi_py/api/{package}/{module}.py"] = TEMPLATES.get_template("legacy.py.j2").render(
            header=header,
            name=name,
            method=method,
            path=path,
            body=body,
            response=response,
            body_required=body is not None and body != "DecreaseOrderRequest",
            replacement=f"kalshi_py.api.{new.package}.{new.module}",
            has_order_id="{order_id}" in path,
            imports=sorted({n for n in (body, response) if n}),
        )
        packages.setdefault(package, []).append(module)

    files["kalshi_py/api/__init__.py"] = (
        f'{header}\n"""One module per operation of the Kalshi Trade API, grouped by tag: '
        f'`kalshi_py.api.<tag>.<operation>`."""\n'
    )
    for package, modules in sorted(packages.items()):
        listing = "\n".join(f"- `{m}`" for m in sorted(set(modules)))
        files[f"kalshi_py/api/{package}/__init__.py"] = (
            f'{header}\n"""Operations of `{package}`:\n\n{listing}\n"""\n'
        )
    del ws_version
    return files


__all__ = ["render_tree", "snake"]
