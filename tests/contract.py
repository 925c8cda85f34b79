"""Contract checks: what the client sends and what the exchange answers, against Kalshi's specs.

The specs' structure is generated into the package (`kalshi_py/models/openapi.json` and
`asyncapi.json`, the same under `kalshi_py/margin/models/` and `kalshi_py/klear/models/`), so
these checks run on a clone without `../shared`. OpenAPI 3.0's `nullable` is rewritten into JSON
Schema before validating. `EVENT_CONTRACTS`, `MARGIN` and `KLEAR` check one API each; the
module's functions check event contracts.
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


class ApiContract:
    """The spec of one API (event contracts, margin, Klear), from the structure files the
    generator writes into its package, and the checks of requests and answers against it."""

    def __init__(self, models: Path, api_prefix: str, error_schema: str = "ErrorResponse") -> None:
        self.models = models
        self.api_prefix = api_prefix
        self.error_schema = error_schema

    @functools.cached_property
    def structure(self) -> dict[str, Any]:
        structure = json.loads((self.models / "openapi.json").read_text(encoding="utf-8"))
        structure["components"] = _json_schema(structure["components"])
        for op in structure["operations"]:
            for param in op["params"]:
                param["schema"] = _json_schema(param["schema"])
        return structure  # type: ignore[no-any-return]

    @functools.cached_property
    def messages(self) -> dict[str, Any]:
        return json.loads((self.models / "asyncapi.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]

    @functools.cached_property
    def _by_id(self) -> dict[str, dict[str, Any]]:
        return {op["operation_id"]: op for op in self.structure["operations"]}

    def operation(self, operation_id: str) -> dict[str, Any]:
        return self._by_id[operation_id]

    def validate_response(self, operation_id: str, status: int, body: bytes | Any) -> None:
        """Check an answer to `operation_id`: a 2xx against its response schema, any other status
        against the error body (`{"error": {...}}` or flat, or the 429 `{"error": "..."}`)."""
        op = self.operation(operation_id)
        value = json.loads(body) if isinstance(body, (bytes, str)) and body else body
        components = self.structure["components"]
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
        _validate(_ref(self.error_schema), components, inner, where)

    def match(self, method: str, path: str) -> dict[str, Any]:
        operations = self.structure["operations"]
        for op in operations:
            if op["method"] != method:
                continue
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op["path"])) + "$"
            if re.match(pattern, path):
                exact = op["path"] == path
                if exact or not any(o["method"] == method and o["path"] == path for o in operations):
                    return op
        raise ContractError(f"no operation of the spec answers {method} {path}")

    def validate_request(self, request: httpx.Request) -> str:
        """Check a request the client sent: its operation, parameters and body. Returns the
        operationId."""
        path = request.url.path
        if not path.startswith(self.api_prefix):
            raise ContractError(f"{path} is not under {self.api_prefix}")
        op = self.match(request.method, path[len(self.api_prefix) :] or "/")
        components = self.structure["components"]
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
                body = json.loads(content)
                _validate(_ref(op["body_schema"]), components, body, f"{op['operation_id']} body")
        elif content:
            raise ContractError(f"{op['operation_id']}: the spec takes no request body")
        return str(op["operation_id"])


EVENT_CONTRACTS = ApiContract(MODELS, API_PREFIX)
MARGIN = ApiContract(MODELS.parent / "margin" / "models", API_PREFIX)
KLEAR = ApiContract(MODELS.parent / "klear" / "models", "/klear-api/v1", error_schema="Error")


def openapi() -> dict[str, Any]:
    return EVENT_CONTRACTS.structure


def asyncapi() -> dict[str, Any]:
    return EVENT_CONTRACTS.messages


def operation(operation_id: str) -> dict[str, Any]:
    return EVENT_CONTRACTS.operation(operation_id)


def _validate(schema: dict[str, Any], components: dict[str, Any], value: Any, where: str) -> None:
    root = {**schema, "components": components}
    errors = sorted(jsonschema.Draft202012Validator(root).iter_errors(value), key=lambda e: list(e.path))
    if errors:
        first = errors[0]
        path = "/".join(str(p) for p in first.absolute_path)
        raise ContractError(f"{where}: {first.message} at /{path} ({len(errors)} error(s))")


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def validate_response(operation_id: str, status: int, body: bytes | Any) -> None:
    """`EVENT_CONTRACTS.validate_response`."""
    EVENT_CONTRACTS.validate_response(operation_id, status, body)


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
    """`EVENT_CONTRACTS.validate_request`."""
    return EVENT_CONTRACTS.validate_request(request)


@functools.cache
def _ws_schemas_by_type(api: ApiContract = EVENT_CONTRACTS) -> dict[str, list[dict[str, Any]]]:
    spec = api.messages
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


def validate_ws_message(message: bytes | dict[str, Any], api: ApiContract = EVENT_CONTRACTS) -> str:
    """Check one WebSocket message (either direction) against the schema of its `type` in `api`'s
    asyncapi document (event contracts unless said otherwise)."""
    value = msgspec.json.decode(message) if isinstance(message, (bytes, str)) else message
    key = "type" if "type" in value else "cmd"
    kind = value.get(key)
    candidates = _ws_schemas_by_type(api).get(f"{key}:{kind}", [])
    if not candidates:
        raise ContractError(f"no message of the asyncapi document has type {kind!r}")
    components = api.messages["components"]
    problems = []
    for schema in candidates:
        try:
            _validate(schema, components, value, f"ws {kind}")
            return str(kind)
        except ContractError as exc:
            problems.append(str(exc))
    raise ContractError("; ".join(problems))
