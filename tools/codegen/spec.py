"""Reading Kalshi's OpenAPI document into the facts the generator needs.

Everything here is structure: names, types, required-ness, enums, the operation table. The spec's
prose (descriptions, examples) is never carried into the project.
"""

from __future__ import annotations

import keyword
import re
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
FIXED_POINT_KINDS = {"FixedPointDollars": "dollars", "FixedPointCount": "count"}
PRICE_LEVEL = "PriceLevelDollarsCountFp"
# keys of a schema that are structure; everything else (description, example, x-*) is dropped
STRUCTURE_KEYS = {
    "type",
    "format",
    "enum",
    "required",
    "properties",
    "items",
    "$ref",
    "nullable",
    "allOf",
    "anyOf",
    "oneOf",
    "additionalProperties",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "minLength",
    "maxLength",
    "pattern",
    "default",
    "uniqueItems",
}


def load_spec(source: str) -> dict[str, Any]:
    """The spec from a file path or an http(s) URL."""
    if re.match(r"^https?://", source):
        with urllib.request.urlopen(source, timeout=60) as response:
            text = response.read().decode("utf-8")
    else:
        text = Path(source).read_text(encoding="utf-8")
    spec = yaml.safe_load(text)
    if not isinstance(spec, dict) or "paths" not in spec or "components" not in spec:
        raise SystemExit(f"{source} is not an OpenAPI document with paths and components")
    return spec


def snake(name: str) -> str:
    """`GetRFQs` -> `get_rfqs`, `GetFCMOrders` -> `get_fcm_orders`, `api-keys` -> `api_keys`."""
    name = re.sub(r"([A-Z]{2,})s(?=[A-Z]|$)", lambda m: m.group(1) + "S", name)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def pascal(name: str) -> str:
    """`market_type` -> `MarketType`."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9a-zA-Z]+", name) if part)


def python_name(name: str) -> str:
    """A Python identifier for a wire name (`from` -> `from_`)."""
    ident = re.sub(r"[^0-9a-zA-Z_]", "_", name)
    if ident[:1].isdigit():
        ident = "_" + ident
    if keyword.iskeyword(ident) or ident in {"client", "body"}:
        ident += "_"
    return ident


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def component_refs(node: Any) -> set[tuple[str, str]]:
    """(section, name) of every `#/components/<section>/<name>` reference under `node`."""
    found: set[tuple[str, str]] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            section, name = ref[len("#/components/") :].split("/", 1)
            found.add((section, name))
        for value in node.values():
            found |= component_refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= component_refs(value)
    return found


def strip_prose(node: Any) -> Any:
    """The schema with only its structural keys."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "properties":
                out[key] = {name: strip_prose(sub) for name, sub in value.items()}
            elif key in STRUCTURE_KEYS:
                out[key] = strip_prose(value)
        return out
    if isinstance(node, list):
        return [strip_prose(item) for item in node]
    return node


@dataclass
class ParamSpec:
    wire: str
    location: str
    required: bool
    schema: dict[str, Any]

    @property
    def name(self) -> str:
        return python_name(self.wire)


@dataclass
class OperationSpec:
    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    params: list[ParamSpec]
    body_schema: str | None
    body_required: bool
    success_status: int
    response_schema: str | None
    error_statuses: list[int]
    auth: bool
    excluded: bool
    raw_responses: dict[str, Any] = field(default_factory=dict)

    @property
    def module(self) -> str:
        return snake(self.operation_id)

    @property
    def package(self) -> str:
        return snake(self.tag)


def _resolve(spec: dict[str, Any], node: dict[str, Any], section: str) -> dict[str, Any]:
    if "$ref" in node:
        resolved = spec["components"][section][ref_name(node["$ref"])]
        return resolved if isinstance(resolved, dict) else {}
    return node


def _json_schema_ref(content: dict[str, Any]) -> str | None:
    schema = (content.get("application/json") or {}).get("schema")
    if not schema:
        return None
    if "$ref" not in schema:
        raise SystemExit(f"inline response/request schemas are not supported: {schema}")
    return ref_name(schema["$ref"])


def operations(
    spec: dict[str, Any], tag_of: Callable[[str], str | None] | None = None
) -> list[OperationSpec]:
    """Every operation of the spec, in spec order. An untagged operation gets the tag `tag_of`
    gives its path, else "default"; one without `security` of its own, the spec's."""
    result: list[OperationSpec] = []
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = []
            for raw in shared + op.get("parameters", []):
                param = _resolve(spec, raw, "parameters")
                params.append(
                    ParamSpec(
                        param["name"],
                        param["in"],
                        bool(param.get("required")),
                        strip_prose(param.get("schema", {})),
                    )
                )
            body = op.get("requestBody")
            body_schema = _json_schema_ref(body.get("content", {})) if body else None
            success = sorted(int(code) for code in op["responses"] if str(code).startswith("2"))
            if not success:
                raise SystemExit(f"{op['operationId']} has no success response")
            success_status = success[0]
            answer = _resolve(spec, op["responses"][str(success_status)], "responses")
            result.append(
                OperationSpec(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    tag=(op.get("tags") or [(tag_of(path) if tag_of else None) or "default"])[0],
                    summary=" ".join(str(op.get("summary", op["operationId"])).split()),
                    params=params,
                    body_schema=body_schema,
                    body_required=bool(body and body.get("required")),
                    success_status=success_status,
                    response_schema=_json_schema_ref(answer.get("content", {})),
                    error_statuses=sorted(int(c) for c in op["responses"] if not str(c).startswith("2")),
                    auth=bool(op.get("security", spec.get("security"))),
                    excluded=bool(op.get("x-excluded")),
                )
            )
    return result
