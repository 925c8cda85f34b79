"""Contract checks: what the client sends and what the exchange answers, against Kalshi's specs.

The specs' structure is generated into the package (`kalshi_py/models/openapi.json` and
`asyncapi.json`), so these checks run on a clone without `../shared`. OpenAPI 3.0's `nullable` is
rewritten into JSON Schema before validating. Every check takes the structure file it checks
against: the event-contract specs by default, or the margin and Klear specs' structure the local
exchange ships (`MARGIN_REST`, `KLEAR_REST`, `MARGIN_WS`).
"""

from __future__ import annotations

import functools
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import msgspec

MODELS = Path(__file__).resolve().parents[1] / "kalshi_py" / "models"
SIM = Path(__file__).resolve().parents[1] / "sim" / "kalshi_sim"
EVENT_CONTRACT_REST = MODELS / "openapi.json"
EVENT_CONTRACT_WS = MODELS / "asyncapi.json"
MARGIN_REST = SIM / "rest" / "margin" / "perps_openapi.json"
KLEAR_REST = SIM / "rest" / "klear" / "klear_openapi.json"
MARGIN_WS = SIM / "ws" / "margin" / "perps_asyncapi.json"
API_PREFIX = "/trade-api/v2"


class ContractError(AssertionError):
    """A request or answer that does not match the spec."""


def _json_schema(node: Any) -> Any:
    if isinstance(node, list):
        return [_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {
        key: (
            _json_schema(value)
            if key != "properties"
            else {name: _json_schema(sub) for name, sub in value.items()}
        )
        for key, value in node.items()
        if key != "nullable"
    }
    if node.get("nullable"):
        return {"anyOf": [out, {"type": "null"}]}
    return out


@functools.cache
def openapi(structure: Path = EVENT_CONTRACT_REST) -> dict[str, Any]:
    spec = json.loads(structure.read_text(encoding="utf-8"))
    spec["components"] = _json_schema(spec["components"])
    for op in spec["operations"]:
        for param in op["params"]:
            param["schema"] = _json_schema(param["schema"])
    return spec


@functools.cache
def asyncapi(structure: Path = EVENT_CONTRACT_WS) -> dict[str, Any]:
    spec: dict[str, Any] = json.loads(structure.read_text(encoding="utf-8"))
    return spec


@functools.cache
def operation(operation_id: str, structure: Path = EVENT_CONTRACT_REST) -> dict[str, Any]:
    for op in openapi(structure)["operations"]:
        if op["operation_id"] == operation_id:
            return op
    raise KeyError(operation_id)


def _validate(schema: dict[str, Any], components: dict[str, Any], value: Any, where: str) -> None:
    root = {**schema, "components": components}
    errors = sorted(jsonschema.Draft202012Validator(root).iter_errors(value), key=lambda e: list(e.path))
    if errors:
        first = errors[0]
        path = "/".join(str(p) for p in first.absolute_path)
        raise ContractError(f"{where}: {first.message} at /{path} ({len(errors)} error(s))")


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def validate_response(
    operation_id: str, status: int, body: bytes | Any, structure: Path = EVENT_CONTRACT_REST
) -> None:
    """Check an answer to `operation_id`: a 2xx against its response schema, any other status
    against Kalshi's error body (`{"error": {...}}` or flat, or the 429 `{"error": "..."}`)."""
    op = operation(operation_id, structure)
    value = json.loads(body) if isinstance(body, (bytes, str)) and body else body
    components = openapi(structure)["components"]
    where = f"{operation_id} {status}"
    if 200 <= status < 300:
        if status != op["success_status"]:
            raise ContractError(f"{where}: the spec's success status is {op['success_status']}")
        if op["response_schema"] is None:
            if value not in (None, b"", "", {}):
                raise ContractError(f"{where}: the spec has no body for this answer")
            return
        _validate(_ref(op["response_schema"]), components, value, where)
        return
    if not isinstance(value, dict):
        raise ContractError(f"{where}: an error answer must be a JSON object, got {value!r}")
    inner = value.get("error", value)
    if isinstance(inner, str):
        return
    error = "ErrorResponse" if "ErrorResponse" in components["schemas"] else "Error"  # Klear's
    _validate(_ref(error), components, inner, where)


def _match(method: str, path: str) -> dict[str, Any]:
    for op in openapi()["operations"]:
        if op["method"] != method:
            continue
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op["path"])) + "$"
        if re.match(pattern, path):
            exact = op["path"] == path
            if exact or not any(o["method"] == method and o["path"] == path for o in openapi()["operations"]):
                return op
    raise ContractError(f"no operation of the spec answers {method} {path}")


def _query_value(text: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    if kind == "integer":
        try:
            return int(text)
        except ValueError:
            return text
    if kind == "number":
        try:
            return float(Decimal(text))
        except ArithmeticError:
            return text
    if kind == "boolean":
        return {"true": True, "false": False}.get(text, text)
    return text


def validate_request(request: httpx.Request) -> str:
    """Check a request the client sent: its operation, parameters and body. Returns the operationId."""
    path = request.url.path
    if not path.startswith(API_PREFIX):
        raise ContractError(f"{path} is not under {API_PREFIX}")
    op = _match(request.method, path[len(API_PREFIX) :] or "/")
    components = openapi()["components"]
    known = {p["name"]: p for p in op["params"] if p["in"] == "query"}
    for name in request.url.params:
        if name not in known:
            raise ContractError(f"{op['operation_id']}: query parameter {name!r} is not in the spec")
        schema = known[name]["schema"]
        values = request.url.params.get_list(name)
        value: Any = (
            [_query_value(v, schema.get("items", {})) for v in values]
            if schema.get("type") == "array"
            else _query_value(values[-1], schema)
        )
        _validate(schema, components, value, f"{op['operation_id']} query {name}")
    for name, param in known.items():
        if param["required"] and name not in request.url.params:
            raise ContractError(f"{op['operation_id']}: required query parameter {name!r} missing")
    content = request.content
    if op["body_schema"]:
        if not content:
            if op["body_required"]:
                raise ContractError(f"{op['operation_id']}: the request body is required")
        else:
            _validate(_ref(op["body_schema"]), components, json.loads(content), f"{op['operation_id']} body")
    elif content:
        raise ContractError(f"{op['operation_id']}: the spec takes no request body")
    return str(op["operation_id"])


@functools.cache
def _ws_schemas_by_type(structure: Path = EVENT_CONTRACT_WS) -> dict[str, list[dict[str, Any]]]:
    spec = asyncapi(structure)
    schemas = spec["components"]["schemas"]
    found: dict[str, list[dict[str, Any]]] = {}
    for message in spec["messages"].values():
        payload = message["payload"]
        resolved = schemas[payload["$ref"].rsplit("/", 1)[-1]] if "$ref" in payload else payload
        properties = resolved.get("properties") or {}
        for key in ("type", "cmd"):  # server messages by `type`, client commands by `cmd`
            tag = properties.get(key, {})
            for name in [tag["const"]] if "const" in tag else list(tag.get("enum", [])):
                found.setdefault(f"{key}:{name}", []).append(payload)
    return found


def validate_ws_message(message: bytes | dict[str, Any], structure: Path = EVENT_CONTRACT_WS) -> str:
    """Check one WebSocket message (either direction) against the schema of its `type`."""
    value = msgspec.json.decode(message) if isinstance(message, (bytes, str)) else message
    key = "type" if "type" in value else "cmd"
    kind = value.get(key)
    candidates = _ws_schemas_by_type(structure).get(f"{key}:{kind}", [])
    if not candidates:
        raise ContractError(f"no message of {structure.name} has type {kind!r}")
    components = asyncapi(structure)["components"]
    problems = []
    for schema in candidates:
        try:
            _validate(schema, components, value, f"ws {kind}")
            return str(kind)
        except ContractError as exc:
            problems.append(str(exc))
    raise ContractError("; ".join(problems))
