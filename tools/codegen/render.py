"""From the specs to the text of every generated file: `render_tree(spec, asyncapi) -> {path: text}`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from . import legacy
from .formatting import format_python
from .models import Builder, Catalogue, ModelDef
from .operations import TEMPLATES, module_path, render_operation
from .spec import OperationSpec, load_spec, operations, ref_name, snake, strip_prose

ASYNCAPI_PROSE = {"description", "summary", "title", "examples", "example", "externalDocs", "tags"}


def _header(source: str, version: str) -> str:
    return f"# generated from {source} {version} by tools/codegen — do not edit"


def _model_view(model: ModelDef) -> dict[str, Any]:
    lines = []
    fixed: dict[str, str] = {}
    bounds: dict[str, tuple[str | None, str | None]] = {}
    for field in model.fields:
        annotation = field.annotation
        if field.fixed_kind:
            fixed[field.name] = field.fixed_kind
        if field.fixed_bounds:
            bounds[field.name] = field.fixed_bounds
        required = model.strict and field.required
        if not required:
            annotation += " | UnsetType"
        if field.nullable:
            annotation += " | None"
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
    return {
        "name": model.name,
        "fields": [{"line": line} for line in lines],
        "fixed": fixed or None,
        "bounds": bounds or None,
    }


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
    by_id = {op.operation_id: op for op in ops}
    for op in ops:
        files[module_path(op)] = render_operation(op, cat, schemas, header, by_id)
        packages.setdefault(op.package, []).append(op.module)

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
        calls = [(new.operation_id, new.module), ("GetOrder", by_id["GetOrder"].module)]
        if by_id["GetOrder"].package != new.package:
            raise SystemExit("the V1 translations expect GetOrder beside the V2 order operations")
        files[f"kalshi_py/api/{package}/{module}.py"] = TEMPLATES.get_template("legacy.py.j2").render(
            calls=calls,
            calls_package=new.package,
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
    return format_python(files)


__all__ = ["render_tree", "snake"]
