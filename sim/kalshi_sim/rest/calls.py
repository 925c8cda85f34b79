"""One REST call as the handlers see it (`Call`: its operation, checked query and body, and the
caller's key), and reading it: query parameters converted and checked against the spec, the body
parsed and checked, what the call costs in rate-limit tokens, and comma-separated ticker lists."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

import msgspec
from starlette.requests import Request

from ..asgi import API_PREFIX
from ..engine import ExchangeError
from ..engine.inputs import shown
from ..rules import BATCH_CANCEL_ITEM_COST, CANCEL_COST, DEFAULT_COST
from ..wire import MAX_NESTING, nesting_depth
from .responses import bad_request
from .schema import request_problems
from .spec import Operation, ref, spec_table

__all__ = [
    "NO_BODY",
    "Call",
    "Caller",
    "check_body",
    "endpoint_costs",
    "parse_body",
    "parse_query",
    "request_cost",
    "tickers_query",
]

NO_BODY = object()
"""What `parse_body` returns for a request without a body."""


class Caller(Protocol):
    """Who made an authenticated call: an API key (`auth.ApiKey`), or a Klear access token."""

    @property
    def user_id(self) -> str: ...
    @property
    def scopes(self) -> tuple[str, ...]: ...


@dataclass
class Call:
    """One REST call: its operation, checked parameters and body, and the caller's key."""

    op: Operation
    path_params: dict[str, str]
    query: dict[str, Any]
    body: Any
    api_key: Caller | None
    request: Request

    @property
    def user_id(self) -> str:
        if self.api_key is None:
            raise ExchangeError(401, "authentication_error", "authentication_error", "no API key")
        return self.api_key.user_id

    def filters(self, *names: str) -> dict[str, Any]:
        """The query parameters `names`, None where absent: keyword arguments for the engine."""
        return {name: self.query.get(name) for name in names}


def _convert_query(value: str, schema: Mapping[str, Any], name: str, components: Mapping[str, Any]) -> Any:
    if "$ref" in schema:
        schema = {**components.get(str(schema["$ref"]).rsplit("/", 1)[-1], {}), **schema}
        schema = {k: v for k, v in schema.items() if k != "$ref"}
    kind = schema.get("type")
    if kind == "integer":
        try:
            number = int(value)
        except ValueError:
            raise bad_request(f"query parameter {name} must be an integer, got {shown(value)}") from None
        if not -(2**63) <= number < 2**63:
            raise bad_request(f"query parameter {name} is out of range for 64 bits: {shown(value)}")
        return number
    if kind == "number":
        try:
            real = float(Decimal(value))
        except InvalidOperation:
            real = math.nan
        if not math.isfinite(real):
            raise bad_request(f"query parameter {name} must be a finite number, got {shown(value)}")
        return real
    if kind == "boolean":
        lowered = value.lower()
        if lowered not in ("true", "false"):
            raise bad_request(f"query parameter {name} must be true or false, got {shown(value)}")
        return lowered == "true"
    return value


def parse_query(op: Operation, request: Request, components: Mapping[str, Any]) -> dict[str, Any]:
    """The operation's query parameters, converted and checked; missing optional ones absent."""
    found: dict[str, Any] = {}
    params = request.query_params
    for param in op.query_params():
        values = params.getlist(param.name)
        if not values:
            if param.required:
                raise bad_request(f"query parameter {param.name} is required")
            continue
        schema = param.schema
        if schema.get("type") == "array":
            items = [part for v in values for part in v.split(",") if part]
            value: Any = [_convert_query(v, schema.get("items", {}), param.name, components) for v in items]
        else:
            value = _convert_query(values[-1], schema, param.name, components)
        problems = request_problems(schema, components, value, where=f"query parameter {param.name}")
        if problems:
            raise bad_request(problems[0], "; ".join(problems))
        found[param.name] = value
    return found


NO_BODY = object()
"""What `parse_body` returns for a request without a body."""


def parse_body(op: Operation, raw: bytes) -> Any:
    """The request body as JSON, or `NO_BODY`; a 400 for a body that is not JSON or nests too deep."""
    if not raw.strip():
        if op.body_schema and op.body_required:
            raise bad_request(f"{op.operation_id} needs a JSON request body ({op.body_schema})")
        return NO_BODY
    too_deep = bad_request(
        "the request body nests too deeply", f"JSON nested deeper than {MAX_NESTING} levels is refused"
    )
    try:
        body = msgspec.json.decode(raw)
    except RecursionError:
        raise too_deep from None
    except msgspec.DecodeError as exc:
        raise bad_request("the request body is not valid JSON", str(exc)) from None
    if nesting_depth(body) > MAX_NESTING:
        raise too_deep
    return body


def check_body(op: Operation, body: Any, components: Mapping[str, Any]) -> None:
    """A 400 naming the first problem of a body against the operation's schema (`null` included)."""
    if body is NO_BODY or op.body_schema is None:
        return
    problems = request_problems(ref(op.body_schema), components, body)
    if problems:
        raise bad_request(problems[0], "; ".join(problems))


def request_cost(op: Operation, body: Any) -> int:
    """Kalshi's token cost of a call: 10 by default, 2 for a cancel, batches per item."""
    items = body.get("orders") if isinstance(body, dict) else None
    count = len(items) if isinstance(items, list) else 1
    if op.operation_id == "BatchCreateOrdersV2":
        return DEFAULT_COST * max(count, 1)
    if op.operation_id == "BatchCancelOrdersV2":
        return BATCH_CANCEL_ITEM_COST * max(count, 1)
    if op.operation_id in ("CancelOrderV2", "CancelAllOrders"):
        return CANCEL_COST
    return DEFAULT_COST


def endpoint_costs() -> list[dict[str, Any]]:
    """The non-default costs, as `GET /account/endpoint_costs` lists them."""
    costs = []
    for op in spec_table().operations:
        if op.operation_id in ("CancelOrderV2", "CancelAllOrders"):
            costs.append({"method": op.method, "path": API_PREFIX + op.path, "cost": CANCEL_COST})
    return costs


def tickers_query(value: Any) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, list):
        return [t for v in value for t in str(v).split(",") if t]
    return [t for t in str(value).split(",") if t]
