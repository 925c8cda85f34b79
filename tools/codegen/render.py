"""From the REST specs to the text of every generated file of a product's client:
`render_tree(spec, asyncapi)` for event contracts, `render_product(product, spec)` for margin and
Klear; each gives `{path: text}`."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import legacy, products
from .formatting import format_python
from .models import Builder, Catalogue, ModelDef
from .operations import TEMPLATES, module_path, render_operation
from .products import EVENT_CONTRACTS, Product
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


def _uses(models: list[dict[str, Any]], cat: Catalogue) -> dict[str, Any]:
    """What the models module must import, from the text of its fields."""
    text = "\n".join(field["line"] for model in models for field in model["fields"])
    fixed = any(model["fixed"] or model["bounds"] for model in models)
    typing_names = [
        name
        for name, used in (
            ("Annotated", "Annotated[" in text),
            ("Any", cat.uses_any or "Any" in text),
            ("ClassVar", fixed),
            ("Literal", "Literal[" in text),
        )
        if used
    ]
    return {
        "Mapping": fixed,
        "datetime": "datetime" in text,
        "Decimal": "Decimal" in text,
        "typing": typing_names,
        "msgspec": "msgspec." in text,
        "unset": [n for n in ("UNSET", "UnsetType") if n in text],
    }


def _render_models(
    product: Product, cat: Catalogue, header: str, version: str, aliases: list[tuple[str, str]]
) -> str:
    models = [_model_view(cat.models[name]) for name in sorted(cat.models)]
    exports = sorted([*cat.models, *cat.enums, *(old for old, _ in aliases)])
    clash = set(cat.models) & set(cat.enums)
    if clash:
        raise SystemExit(f"schema names used both as model and enum: {sorted(clash)}")
    return TEMPLATES.get_template("models.py.j2").render(
        header=header,
        title=_wrapped(
            f"The models of {product.api_doc}, one msgspec Struct per schema of "
            f"{product.spec_name} {version}."
        ),
        money_doc=product.money_doc,
        core=product.core[:-1],
        uses=_uses(models, cat),
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


def asyncapi_structure(source: str) -> str:
    """The structure of an asyncapi document, as JSON for the tests."""
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
    return json.dumps(structure, indent=1, ensure_ascii=False) + "\n"


def _openapi_structure(
    spec: dict[str, Any], ops: list[OperationSpec], version: str, sources: dict[str, str] | None
) -> str:
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
                **({"source": sources[op.operation_id]} if sources is not None else {}),
            }
            for op in ops
        ],
    }
    return json.dumps(structure, indent=1, ensure_ascii=False) + "\n"


@dataclass
class Rendered:
    """The files of one product's REST client, and what else the product adds to them."""

    files: dict[str, str]
    packages: dict[str, list[str]]  # tag package -> operation modules
    by_id: dict[str, OperationSpec]
    header: str
    schemas: dict[str, Any]


def render_rest(
    product: Product,
    spec: dict[str, Any],
    *,
    sources: dict[str, str] | None = None,
    extra_schemas: dict[str, Any] | None = None,
    aliases: Callable[[Catalogue], list[tuple[str, str]]] | None = None,
) -> Rendered:
    """The models and operation modules of `product` from its `spec`; `sources` (operationId ->
    where it comes from) goes into the structure file, `extra_schemas` into the models."""
    version = str(spec["info"]["version"])
    header = _header(product.spec_name, version)
    all_ops = operations(spec, product.facts.tag_of)
    ops = [op for op in all_ops if not op.excluded]
    schemas = dict(spec["components"]["schemas"])
    for name, schema in (extra_schemas or {}).items():
        schemas.setdefault(name, schema)
    model_spec = {**spec, "components": {**spec["components"], "schemas": schemas}}
    cat = Builder(model_spec, ops, product.facts.chosen_by_client, product.facts.price_ceiling).build()

    package = product.package
    files: dict[str, str] = {}
    files[f"{package}/models/__init__.py"] = _render_models(
        product, cat, header, version, aliases(cat) if aliases else []
    )
    structure = _openapi_structure(spec, all_ops, version, sources)
    files[f"{package}/models/openapi.json"] = structure
    files[product.exchange_spec] = structure  # the local exchange's own, beside its front
    packages: dict[str, list[str]] = {}
    by_id = {op.operation_id: op for op in ops}
    for op in ops:
        files[module_path(product, op)] = render_operation(
            product, op, cat=cat, schemas=schemas, header=header, modules=by_id
        )
        packages.setdefault(op.package, []).append(op.module)
    return Rendered(files, packages, by_id, header, schemas)


def _wrapped(text: str) -> str:
    """`text` wrapped for a module docstring that opens the line."""
    return "\n".join(textwrap.wrap(text, 104, break_long_words=False, break_on_hyphens=False))


def package_files(product: Product, rendered: Rendered) -> dict[str, str]:
    """`api/__init__.py` and one `__init__.py` per tag, listing its operations."""
    header = rendered.header
    doc = (
        f"One module per operation of {product.api_doc}, grouped by tag: "
        f"`{product.module}.api.<tag>.<operation>`."
    )
    files = {f"{product.package}/api/__init__.py": (f'{header}\n"""{_wrapped(doc)}"""\n')}
    for package, modules in sorted(rendered.packages.items()):
        listing = "\n".join(f"- `{m}`" for m in sorted(set(modules)))
        files[f"{product.package}/api/{package}/__init__.py"] = (
            f'{header}\n"""Operations of `{package}`:\n\n{listing}\n"""\n'
        )
    return files


def _legacy_aliases(cat: Catalogue) -> list[tuple[str, str]]:
    aliases = [("Model" + name, name) for name in legacy.MODEL_NAMES if name in cat.models]
    known = cat.models.keys() | cat.enums.keys()
    return aliases + [(old, new) for old, new in legacy.RENAMED_MODELS.items() if new in known]


def render_tree(spec_source: str, asyncapi_source: str) -> dict[str, str]:
    """The event-contract client: `kalshi_py/api/`, `kalshi_py/models/` (with the names and
    modules of kalshi-py 2.0.6.6)."""
    spec = load_spec(spec_source)
    rendered = render_rest(EVENT_CONTRACTS, spec, extra_schemas=legacy.SCHEMAS, aliases=_legacy_aliases)
    files, packages, by_id, header = rendered.files, rendered.packages, rendered.by_id, rendered.header
    files["kalshi_py/models/asyncapi.json"] = asyncapi_structure(asyncapi_source)

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
    files.update(package_files(EVENT_CONTRACTS, rendered))
    return format_python(files)


def render_product(
    product: Product, spec_source: str, docs_source: str | None = None, asyncapi_source: str | None = None
) -> dict[str, str]:
    """The client of the margin or Klear API: `<package>/api/` and `<package>/models/`, with the
    structure of its REST spec (and of its asyncapi document, if any) for the tests."""
    spec, sources = products.load(product, spec_source, docs_source)
    rendered = render_rest(product, spec, sources=sources)
    rendered.files.update(package_files(product, rendered))
    if asyncapi_source is not None:
        rendered.files[f"{product.package}/models/asyncapi.json"] = asyncapi_structure(asyncapi_source)
    return format_python(rendered.files)


__all__ = ["asyncapi_structure", "render_product", "render_rest", "render_tree", "snake"]
