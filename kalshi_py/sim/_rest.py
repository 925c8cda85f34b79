"""How the server answers one REST call: `serve` runs the pipeline (faults, signature, rate limit,
query and body checks, the handler, Kalshi's error body), `handles` registers a handler for an
operation (the handlers live in `_rest_markets` and `_rest_portfolio`), and `page` cuts a list
into Kalshi's cursor pages."""

from __future__ import annotations

import asyncio
import base64
import logging
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

import msgspec
from starlette.requests import Request
from starlette.responses import Response

from . import _schema
from ._core import shown
from ._spec import Operation, ref, spec_table
from ._wire import (
    API_PREFIX,
    MAX_NESTING,
    ApiError,
    abort_connection,
    api_error_response,
    bad_request,
    error_response,
    json_response,
    nesting_depth,
    too_many_requests,
)
from .auth import ApiKey
from .faults import BATCH_CANCEL_ITEM_COST, CANCEL_COST, DEFAULT_COST

if TYPE_CHECKING:
    from .server import SimServer

LOG = logging.getLogger("kalshi_py.sim")


@dataclass
class Call:
    """One REST call: its operation, checked parameters and body, and the caller's key."""

    op: Operation
    path_params: dict[str, str]
    query: dict[str, Any]
    body: Any
    api_key: ApiKey | None
    request: Request

    @property
    def user_id(self) -> str:
        if self.api_key is None:
            raise ApiError(401, "authentication_error", "authentication_error", "no API key")
        return self.api_key.user_id

    def filters(self, *names: str) -> dict[str, Any]:
        """The query parameters `names`, None where absent: keyword arguments for the engine."""
        return {name: self.query.get(name) for name in names}


Handler = Callable[["SimServer", Call], Any]
HANDLERS: dict[str, Handler] = {}


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register a handler for an operation of the spec."""

    def register(func: Handler) -> Handler:
        HANDLERS[operation_id] = func
        return func

    return register


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
        problems = _schema.request_problems(schema, components, value, where=f"query parameter {param.name}")
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
    problems = _schema.request_problems(ref(op.body_schema), components, body)
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


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, number = text.partition(":")
        if kind != "offset" or not number.isdigit():
            raise ValueError(text)
        return int(number)
    except ValueError:
        raise bad_request("cursor is not a cursor this exchange gave out", f"cursor={cursor!r}") from None


def page(call: Call, items: list[Any], limit_name: str = "limit") -> tuple[list[Any], str]:
    """One page of `items` for the call's `limit` (the spec's default when absent or 0) and `cursor`."""
    limit = call.query.get(limit_name) or 0
    if not limit:
        param = next((p for p in call.op.params if p.name == limit_name), None)
        limit = int(param.schema.get("default", 100)) if param is not None else 100
    offset = decode_cursor(call.query.get("cursor"))
    chunk = items[offset : offset + limit]
    following = offset + limit
    return chunk, encode_cursor(following) if following < len(items) else ""


def paged(call: Call, name: str, items: list[Any]) -> dict[str, Any]:
    """One page of `items` as Kalshi lists it: `{name: [item.to_api(), ...], "cursor": ...}`."""
    chunk, cursor = page(call, items)
    return {name: [item.to_api() for item in chunk], "cursor": cursor}


def tickers_query(value: Any) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, list):
        return [t for v in value for t in str(v).split(",") if t]
    return [t for t in str(value).split(",") if t]


async def serve(server: SimServer, op: Operation, request: Request, path_params: dict[str, str]) -> Response:
    """Answer one call of `op`: every check in Kalshi's order, then the handler's answer."""
    faults = server.faults
    try:
        if faults.latency > 0:
            faults.note_delay()
            await asyncio.sleep(faults.latency)
        api_key = None
        if op.auth:
            api_key = server.authenticate(request.headers, request.method, server.signed_path(request.scope))
            if op.method != "GET" and not any(s.startswith("write") for s in api_key.scopes):
                raise ApiError(
                    403, "forbidden", "this API key has no write scope", f"scopes: {api_key.scopes}"
                )
        raw = await request.body()
        body = parse_body(op, raw)
        account = (
            api_key.user_id if api_key is not None else f"ip:{request.client.host if request.client else ''}"
        )
        if not faults.allow(account, "write" if op.is_write else "read", request_cost(op, body)):
            return too_many_requests()
        injected = faults.inject_error()
        if injected is not None:
            status, code, message = (
                (503, "service_unavailable", "service unavailable")
                if injected == 503
                else (500, "internal_server_error", "internal server error")
            )
            return error_response(status, code, message, "injected by the local exchange's faults")
        components = server.spec.schemas
        query = parse_query(op, request, components)
        check_body(op, body, components)
        call = Call(op, path_params, query, None if body is NO_BODY else body, api_key, request)
        mutation = op.method != "GET"
        if mutation and faults.drop_before_apply():
            return _dropped(request)
        result = apply(server, call)
        if mutation and faults.drop_after_apply():
            return _dropped(request)
    except ApiError as exc:
        return api_error_response(exc)
    except Exception as exc:
        LOG.exception("%s failed", op.operation_id)
        return error_response(500, "internal_server_error", "internal server error", type(exc).__name__)
    if isinstance(result, Response):
        return result
    if result is None and op.response_schema is None:
        return Response(b"", status_code=op.success_status)
    return json_response(result, op.success_status)


def apply(server: SimServer, call: Call) -> Any:
    """Run the operation: the engine's handler where there is one, else an example answer."""
    handler = HANDLERS.get(call.op.operation_id)
    if handler is None:
        if call.op.response_schema is None:
            return None
        return _schema.example_for(ref(call.op.response_schema), server.spec.schemas)
    with server.engine_lock:
        try:
            return handler(server, call)
        except ApiError:
            raise
        except Exception as exc:
            converted = _engine_error(exc)
            if converted is None:
                raise
            raise converted from None


def _dropped(request: Request) -> Response:
    abort_connection(request.scope)
    return Response(b"", status_code=500)


def _engine_error(exc: Exception) -> ApiError | None:
    """The engine's `ExchangeError` as an `ApiError` (duck-typed on status and code)."""
    status = getattr(exc, "status", None)
    code = getattr(exc, "code", None)
    if isinstance(status, int) and isinstance(code, str):
        message = str(getattr(exc, "message", "") or code)
        details = str(getattr(exc, "details", "") or "")
        return ApiError(status, code, message, details)
    return None
