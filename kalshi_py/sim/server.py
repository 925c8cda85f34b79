"""The local exchange's network face: Kalshi's REST API under `/trade-api/v2` and its WebSocket
at `/trade-api/ws/v2`, one Starlette app on one port, backed by an in-memory `Exchange`.

REST: every operation of Kalshi's spec (`kalshi_py/models/openapi.json`) answers. The trading
core (exchange, series, events, markets, order books, trades, portfolio, V2 orders, order groups,
queue positions, account limits, API keys) is served by the engine; every other operation answers
a minimal instance of its response schema (`_schema.example_for`). Private operations (those with
`security` in the spec) check the `KALSHI-ACCESS-*` signature; request parameters and bodies are
checked strictly and a problem is a 400 naming it. Errors use Kalshi's body
`{"error": {"code", "message", "details"}}`; a 429 is `{"error": "too many requests"}`.

WebSocket: the handshake is signed like a REST call (`ts + "GET" + "/trade-api/ws/v2"`); commands
subscribe, unsubscribe, update_subscription and list_subscriptions; channels orderbook_delta,
ticker, trade, fill, market_positions, user_orders, order_group_updates, market_lifecycle_v2.
`seq` counts 1, 2, 3, ... per subscription on the messages the spec sequences. The server pings
every `heartbeat_interval` seconds with payload `heartbeat`.

Engine calls happen on the server's event loop thread under `engine_lock`; the engine's events are
fanned out to WebSocket connections through per-connection asyncio queues.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import contextlib
import functools
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any

import msgspec
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route, WebSocketRoute
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect

from . import _schema
from .auth import ApiKey, AuthenticationError, KeyRing
from .engine import count_fp, dollars, rfc3339
from .faults import BATCH_CANCEL_ITEM_COST, CANCEL_COST, DEFAULT_COST, TIERS, Faults

__all__ = ["API_PREFIX", "WS_PATH", "Operation", "SimServer", "SpecTable", "spec_table"]

API_PREFIX = "/trade-api/v2"
WS_PATH = "/trade-api/ws/v2"
TRANSPORT_KEY = "kalshi_sim.transport"
PROTOCOL_KEY = "kalshi_sim.protocol"
DEFAULT_HEARTBEAT_INTERVAL = 10.0

LOG = logging.getLogger("kalshi_py.sim")
_encode = msgspec.json.Encoder(decimal_format="string").encode


# ---------------------------------------------------------------------------------------------
# The operation table


@dataclass(frozen=True)
class Param:
    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, as the server needs it."""

    operation_id: str
    method: str
    path: str
    tag: str
    params: tuple[Param, ...]
    body_schema: str | None
    body_required: bool
    success_status: int
    response_schema: str | None
    auth: bool
    excluded: bool

    @property
    def is_write(self) -> bool:
        """Whether the operation draws on the Write rate-limit budget."""
        if self.method == "GET":
            return False
        return self.path.startswith(
            ("/portfolio/events/orders", "/portfolio/order_groups", "/communications")
        )

    def query_params(self) -> Iterable[Param]:
        return (p for p in self.params if p.location == "query")


@dataclass(frozen=True)
class SpecTable:
    """The operations and component schemas of the REST spec."""

    version: str
    operations: tuple[Operation, ...]
    schemas: Mapping[str, Any]

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)


@functools.cache
def spec_table() -> SpecTable:
    """The REST spec's structure as shipped in the package (`kalshi_py/models/openapi.json`)."""
    text = resources.files("kalshi_py.models").joinpath("openapi.json").read_text(encoding="utf-8")
    raw = json.loads(text)
    ops = tuple(
        Operation(
            operation_id=o["operation_id"],
            method=o["method"].upper(),
            path=o["path"],
            tag=o.get("tag", ""),
            params=tuple(
                Param(p["name"], p["in"], bool(p.get("required")), p.get("schema") or {})
                for p in o.get("params", [])
            ),
            body_schema=o.get("body_schema"),
            body_required=bool(o.get("body_required")),
            success_status=int(o["success_status"]),
            response_schema=o.get("response_schema"),
            auth=bool(o.get("auth")),
            excluded=bool(o.get("excluded")),
        )
        for o in raw["operations"]
    )
    return SpecTable(str(raw.get("version", "")), ops, raw["components"]["schemas"])


def _ref(name: str) -> dict[str, str]:
    return {"$ref": _schema.REF_PREFIX + name}


# ---------------------------------------------------------------------------------------------
# Errors and answers


class ApiError(Exception):
    """An answer other than success, in Kalshi's error shape."""

    def __init__(self, status: int, code: str, message: str, details: str = "") -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details


class DropConnection(Exception):
    """Close the client's connection with no answer."""


def json_response(body: Any, status: int = 200) -> Response:
    return Response(_encode(body), status_code=status, media_type="application/json")


def error_response(status: int, code: str, message: str, details: str = "") -> Response:
    return json_response({"error": {"code": code, "message": message, "details": details}}, status)


def too_many_requests() -> Response:
    return json_response({"error": "too many requests"}, 429)


def bad_request(message: str, details: str = "") -> ApiError:
    return ApiError(400, "bad_request", message, details)


def _abort(scope: Scope) -> None:
    transport = scope.get(TRANSPORT_KEY)
    if transport is None:
        raise DropConnection("no transport to drop")
    transport.abort()


# ---------------------------------------------------------------------------------------------
# Requests as handlers see them


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
            return int(value)
        except ValueError:
            raise bad_request(f"query parameter {name} must be an integer, got {value!r}") from None
    if kind == "number":
        try:
            return float(Decimal(value))
        except InvalidOperation:
            raise bad_request(f"query parameter {name} must be a number, got {value!r}") from None
    if kind == "boolean":
        lowered = value.lower()
        if lowered not in ("true", "false"):
            raise bad_request(f"query parameter {name} must be true or false, got {value!r}")
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


def parse_body(op: Operation, raw: bytes) -> Any:
    if not raw.strip():
        if op.body_schema and op.body_required:
            raise bad_request(f"{op.operation_id} needs a JSON request body ({op.body_schema})")
        return None
    try:
        return msgspec.json.decode(raw)
    except msgspec.DecodeError as exc:
        raise bad_request("the request body is not valid JSON", str(exc)) from None


def check_body(op: Operation, body: Any, components: Mapping[str, Any]) -> None:
    if body is None or op.body_schema is None:
        return
    problems = _schema.request_problems(_ref(op.body_schema), components, body)
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


class OperationIndex:
    """Finds the operations of a request path: a dict for fixed paths, and per segment count a
    short list of templates (fixed segments preferred to parameters)."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        by_path: dict[str, dict[str, Operation]] = {}
        for op in operations:
            by_path.setdefault(op.path, {})[op.method] = op
        self.fixed: dict[str, dict[str, Operation]] = {}
        self.templates: dict[int, list[tuple[tuple[str, ...], dict[str, Operation]]]] = {}
        for path, ops in sorted(by_path.items(), key=lambda item: item[0].count("{")):
            if "{" not in path:
                self.fixed[path] = ops
            else:
                segments = tuple(path.strip("/").split("/"))
                self.templates.setdefault(len(segments), []).append((segments, ops))

    def find(self, path: str) -> tuple[dict[str, Operation], dict[str, str]] | None:
        """The operations by method for `path` (relative to /trade-api/v2) and its path parameters."""
        path = path.rstrip("/") or "/"
        fixed = self.fixed.get(path)
        if fixed is not None:
            return fixed, {}
        parts = path.strip("/").split("/")
        for segments, ops in self.templates.get(len(parts), ()):
            params: dict[str, str] = {}
            for template, part in zip(segments, parts, strict=True):
                if template.startswith("{"):
                    if not part:
                        break
                    params[template[1:-1]] = part
                elif template != part:
                    break
            else:
                return ops, params
        return None


# ---------------------------------------------------------------------------------------------
# The server


class SimServer:
    """The REST and WebSocket app of one local exchange. `app` is the ASGI application."""

    def __init__(
        self,
        exchange: Any,
        *,
        keys: KeyRing | None = None,
        faults: Faults | None = None,
        tier: str = "basic",
        heartbeat_interval: float = DEFAULT_HEARTBEAT_INTERVAL,
    ) -> None:
        if tier not in TIERS:
            raise ValueError(f"unknown tier {tier!r}; known tiers: {', '.join(TIERS)}")
        self.exchange = exchange
        self.keys = keys if keys is not None else KeyRing()
        self.faults = faults if faults is not None else Faults()
        self.tier = tier
        self.heartbeat_interval = heartbeat_interval
        self.engine_lock = threading.RLock()
        self.spec = spec_table()
        self.loop: asyncio.AbstractEventLoop | None = None
        self.loop_thread_id: int | None = None
        self.streams = StreamHub(self)
        self.faults.on_ws_disconnect(self.streams.drop_all_threadsafe)
        self.index = OperationIndex(self.spec.operations)
        self._app = Starlette(routes=self._routes())
        self._unsubscribe = exchange.subscribe(self.streams.on_event)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            owner = getattr(send, "__self__", None)
            transport = getattr(owner, "transport", None)
            if transport is not None:
                scope[TRANSPORT_KEY] = transport
                scope[PROTOCOL_KEY] = owner
        elif scope["type"] == "lifespan":
            self.bind_loop(asyncio.get_running_loop())
        await self._app(scope, receive, send)

    def bind_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Tell the server which loop (and thread) it serves on."""
        self.loop = loop
        self.loop_thread_id = threading.get_ident()

    def close(self) -> None:
        """Stop listening to the engine."""
        unsubscribe = self._unsubscribe
        if callable(unsubscribe):
            unsubscribe()

    # routing ---------------------------------------------------------------------------------

    def _routes(self) -> list[BaseRoute]:
        methods = ["GET", "POST", "PUT", "DELETE", "PATCH"]
        return [
            WebSocketRoute(WS_PATH, self.streams.endpoint),
            Route(API_PREFIX + "/{operation_path:path}", self._dispatch, methods=methods),
            Route("/{unknown:path}", self._not_found, methods=methods),
        ]

    async def _not_found(self, request: Request) -> Response:
        return error_response(
            404, "not_found", "not found", f"no operation answers {request.method} {request.url.path}"
        )

    async def _dispatch(self, request: Request) -> Response:
        found = self.index.find("/" + request.path_params["operation_path"])
        if found is None:
            return await self._not_found(request)
        ops, path_params = found
        op = ops.get(request.method)
        if op is None:
            return error_response(
                405,
                "method_not_allowed",
                "method not allowed",
                f"{request.method} is not an operation of {request.url.path}",
            )
        return await self.serve(op, request, path_params)

    # the request pipeline --------------------------------------------------------------------

    def signed_path(self, scope: Scope) -> str:
        raw = scope.get("raw_path")
        if isinstance(raw, bytes) and raw:
            return raw.split(b"?", 1)[0].decode("ascii", errors="replace")
        return str(scope.get("root_path", "")) + str(scope["path"])

    def authenticate(self, headers: Mapping[str, str], method: str, path: str) -> ApiKey:
        try:
            return self.keys.verify(headers, method, path)
        except AuthenticationError as exc:
            raise ApiError(401, "authentication_error", "authentication_error", exc.details) from None

    async def serve(self, op: Operation, request: Request, path_params: dict[str, str]) -> Response:
        faults = self.faults
        try:
            if faults.latency > 0:
                faults.note_delay()
                await asyncio.sleep(faults.latency)
            api_key = None
            if op.auth:
                api_key = self.authenticate(request.headers, request.method, self.signed_path(request.scope))
                if op.method != "GET" and not any(s.startswith("write") for s in api_key.scopes):
                    raise ApiError(
                        403, "forbidden", "this API key has no write scope", f"scopes: {api_key.scopes}"
                    )
            raw = await request.body()
            body = parse_body(op, raw)
            account = (
                api_key.user_id
                if api_key is not None
                else f"ip:{request.client.host if request.client else ''}"
            )
            if not faults.allow(account, "write" if op.is_write else "read", request_cost(op, body)):
                return too_many_requests()
            injected = faults.inject_error()
            if injected is not None:
                if injected == 503:
                    return error_response(
                        503,
                        "service_unavailable",
                        "service unavailable",
                        "injected by the local exchange's faults",
                    )
                return error_response(
                    500,
                    "internal_server_error",
                    "internal server error",
                    "injected by the local exchange's faults",
                )
            components = self.spec.schemas
            query = parse_query(op, request, components)
            check_body(op, body, components)
            call = Call(op, path_params, query, body, api_key, request)
            mutation = op.method != "GET"
            if mutation and faults.drop_before_apply():
                _abort(request.scope)
                return Response(b"", status_code=500)
            result = self.apply(call)
            if mutation and faults.drop_after_apply():
                _abort(request.scope)
                return Response(b"", status_code=500)
        except ApiError as exc:
            return error_response(exc.status, exc.code, exc.message, exc.details)
        except Exception as exc:
            LOG.exception("%s failed", op.operation_id)
            return error_response(500, "internal_server_error", "internal server error", type(exc).__name__)
        if isinstance(result, Response):
            return result
        if result is None and op.response_schema is None:
            return Response(b"", status_code=op.success_status)
        return json_response(result, op.success_status)

    def apply(self, call: Call) -> Any:
        """Run the operation: the engine's handler where there is one, else an example answer."""
        handler = HANDLERS.get(call.op.operation_id)
        if handler is None:
            if call.op.response_schema is None:
                return None
            return _schema.example_for(_ref(call.op.response_schema), self.spec.schemas)
        with self.engine_lock:
            try:
                return handler(self, call)
            except ApiError:
                raise
            except Exception as exc:
                converted = _engine_error(exc)
                if converted is None:
                    raise
                raise converted from None


def _engine_error(exc: Exception) -> ApiError | None:
    """The engine's `ExchangeError` as an `ApiError` (duck-typed on status and code)."""
    status = getattr(exc, "status", None)
    code = getattr(exc, "code", None)
    if isinstance(status, int) and isinstance(code, str):
        message = str(getattr(exc, "message", "") or code)
        details = str(getattr(exc, "details", "") or "")
        return ApiError(status, code, message, details)
    return None


# ---------------------------------------------------------------------------------------------
# WebSocket streams

CHANNELS_WITH_DATA = (
    "orderbook_delta",
    "ticker",
    "trade",
    "fill",
    "market_positions",
    "user_orders",
    "order_group_updates",
    "market_lifecycle_v2",
)
QUIET_CHANNELS = (
    "multivariate_market_lifecycle",
    "communications",
    "cfbenchmarks_value",
    "cfbenchmarks_value_5hz",
    "pyth_value",
)
PRIVATE_CHANNELS = frozenset(
    {"fill", "market_positions", "user_orders", "order_group_updates", "communications"}
)
MARKET_FILTER_IGNORED = frozenset(
    {"order_group_updates", "communications", "market_lifecycle_v2", "multivariate_market_lifecycle"}
)
MAX_BACKLOG = 200_000


class WsError(Exception):
    """A command the server refuses: Kalshi's numeric WebSocket error code and text."""

    def __init__(self, code: int, message: str, market_ticker: str | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.market_ticker = market_ticker


@dataclass
class Subscription:
    """One subscription of one connection: a channel and, optionally, its markets."""

    sid: int
    channel: str
    market_tickers: set[str] | None
    seq: int = 0
    snapshot_clocks: dict[str, int] = field(default_factory=dict)

    def wants(self, market_ticker: str | None) -> bool:
        return self.market_tickers is None or market_ticker is None or market_ticker in self.market_tickers


class Session:
    """One WebSocket connection: its account, subscriptions and outgoing queue."""

    def __init__(self, hub: StreamHub, websocket: WebSocket, api_key: ApiKey) -> None:
        self.hub = hub
        self.websocket = websocket
        self.api_key = api_key
        self.user_id = api_key.user_id
        self.queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.subscriptions: dict[int, Subscription] = {}
        self.next_sid = 1
        self.closed = False

    def push(self, message: dict[str, Any]) -> None:
        if self.closed:
            return
        message["sending_ts_ms"] = time.time_ns() // 1_000_000
        self.queue.put_nowait(_encode(message))
        if self.queue.qsize() > MAX_BACKLOG:
            self.overflow()

    def overflow(self) -> None:
        """The client reads too slowly: end its subscriptions with the terminal error 25."""
        for sid in list(self.subscriptions):
            self.hub.remove(self, sid)
        while not self.queue.empty():
            self.queue.get_nowait()
        self.push({"type": "error", "msg": {"code": 25, "msg": "Subscription buffer overflow"}})

    def next_seq(self, subscription: Subscription) -> int:
        subscription.seq += 1
        if self.hub.server.faults.skip_seq():
            subscription.seq += 1
        return subscription.seq

    def send_sequenced(self, subscription: Subscription, kind: str, msg: dict[str, Any]) -> None:
        self.push({"type": kind, "sid": subscription.sid, "seq": self.next_seq(subscription), "msg": msg})

    def send_plain(self, subscription: Subscription, kind: str, msg: dict[str, Any]) -> None:
        self.push({"type": kind, "sid": subscription.sid, "msg": msg})

    def abort(self) -> None:
        transport = self.websocket.scope.get(TRANSPORT_KEY)
        self.closed = True
        self.queue.put_nowait(None)
        if transport is not None:
            transport.abort()


def _tickers_param(params: Mapping[str, Any]) -> list[str] | None:
    """`market_ticker` / `market_tickers` of a command, or None when neither is given."""
    found: list[str] = []
    single = params.get("market_ticker")
    many = params.get("market_tickers")
    if single is not None:
        if not isinstance(single, str) or not single:
            raise WsError(11, "market_ticker must be a non-empty string")
        found.append(single)
    if many is not None:
        if not isinstance(many, list) or not all(isinstance(t, str) and t for t in many):
            raise WsError(11, "market_tickers must be a list of non-empty strings")
        found.extend(many)
    if single is None and many is None:
        return None
    return list(dict.fromkeys(found))


def _command_id(raw: Any) -> int | None:
    if isinstance(raw, int) and not isinstance(raw, bool) and raw != 0:
        return raw
    return None


class StreamHub:
    """The WebSocket side: connections, their subscriptions, and the engine's events fanned out."""

    def __init__(self, server: SimServer) -> None:
        self.server = server
        self.sessions: set[Session] = set()
        self.by_channel: dict[str, dict[tuple[Session, int], Subscription]] = {}
        self.last_trade_size: dict[str, Decimal] = {}
        self.last_ticker_state: dict[str, Any] = {}
        self.foreign: collections.deque[Any] = collections.deque()

    # connections -----------------------------------------------------------------------------

    async def endpoint(self, websocket: WebSocket) -> None:
        server = self.server
        if server.loop is None:
            server.bind_loop(asyncio.get_running_loop())
        try:
            api_key = server.authenticate(websocket.headers, "GET", WS_PATH)
        except ApiError as exc:
            await websocket.send_denial_response(
                error_response(exc.status, exc.code, exc.message, exc.details)
            )
            return
        await websocket.accept()
        session = Session(self, websocket, api_key)
        self.sessions.add(session)
        writer = asyncio.ensure_future(self._write(session))
        try:
            while not session.closed:
                try:
                    frame = await websocket.receive()
                except (WebSocketDisconnect, RuntimeError):
                    break
                if frame.get("type") == "websocket.disconnect":
                    break
                text = frame.get("text")
                if text is None:  # a binary frame: read as UTF-8 JSON; anything else gets error 1
                    text = (frame.get("bytes") or b"").decode("utf-8", errors="replace")
                self.command(session, text)
        finally:
            session.closed = True
            for sid in list(session.subscriptions):
                self.remove(session, sid)
            self.sessions.discard(session)
            session.queue.put_nowait(None)
            with contextlib.suppress(Exception):
                await writer

    async def _write(self, session: Session) -> None:
        websocket = session.websocket
        protocol = websocket.scope.get(PROTOCOL_KEY)
        send_texts = getattr(protocol, "send_texts", None)
        queue = session.queue
        while True:
            batch = [await queue.get()]
            while not queue.empty() and len(batch) < 512:
                batch.append(queue.get_nowait())
            ending = None in batch
            messages = [item for item in batch if item is not None]
            try:
                if send_texts is not None:
                    await send_texts(messages)
                else:
                    for item in messages:
                        await websocket.send_text(item.decode("utf-8"))
            except Exception:
                session.closed = True
                return
            if ending:
                return

    def drop_all_threadsafe(self) -> None:
        loop = self.server.loop
        if loop is None:
            return
        if threading.get_ident() == self.server.loop_thread_id:
            self.drop_all()
        else:
            loop.call_soon_threadsafe(self.drop_all)

    def drop_all(self) -> None:
        for session in list(self.sessions):
            session.abort()

    # commands --------------------------------------------------------------------------------

    def command(self, session: Session, text: str) -> None:
        try:
            parsed = json.loads(text)
        except ValueError:
            session.push({"type": "error", "msg": {"code": 1, "msg": "Unable to process message"}})
            return
        if not isinstance(parsed, dict):
            session.push({"type": "error", "msg": {"code": 1, "msg": "Unable to process message"}})
            return
        command_id = _command_id(parsed.get("id"))
        try:
            cmd = parsed.get("cmd")
            params = parsed.get("params")
            if cmd == "list_subscriptions":
                self.list_subscriptions(session, command_id)
                return
            if cmd not in ("subscribe", "unsubscribe", "update_subscription"):
                raise WsError(5, "Unknown command")
            if not isinstance(params, dict):
                raise WsError(2, "Params required")
            with self.server.engine_lock:
                if cmd == "subscribe":
                    self.subscribe(session, command_id, params)
                elif cmd == "unsubscribe":
                    self.unsubscribe(session, command_id, params)
                else:
                    self.update_subscription(session, command_id, params)
        except WsError as exc:
            self.reply_error(session, command_id, exc)

    def reply_error(
        self, session: Session, command_id: int | None, exc: WsError, subscription: Subscription | None = None
    ) -> None:
        msg: dict[str, Any] = {"code": exc.code, "msg": exc.message}
        if exc.market_ticker is not None:
            msg["market_ticker"] = exc.market_ticker
        message: dict[str, Any] = {"type": "error", "msg": msg}
        if command_id is not None:
            message["id"] = command_id
        if subscription is not None:
            message["sid"] = subscription.sid
            message["seq"] = subscription.seq
        session.push(message)

    def list_subscriptions(self, session: Session, command_id: int | None) -> None:
        listing = [{"channel": sub.channel, "sid": sub.sid} for sub in session.subscriptions.values()]
        message: dict[str, Any] = {"type": "ok", "msg": listing}
        if command_id is not None:
            message["id"] = command_id
        session.push(message)

    def _check_markets(self, tickers: Iterable[str]) -> None:
        for ticker in tickers:
            if ticker not in self.server.exchange.markets:
                raise WsError(11, f"market {ticker} not found", ticker)

    def subscribe(self, session: Session, command_id: int | None, params: Mapping[str, Any]) -> None:
        channels = params.get("channels")
        if not channels:
            raise WsError(3, "Channels required")
        if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels):
            raise WsError(11, "channels must be a list of channel names")
        for channel in channels:
            if channel not in CHANNELS_WITH_DATA and channel not in QUIET_CHANNELS:
                raise WsError(8, f"Unknown channel name: {channel}")
        tickers = _tickers_param(params)
        if "orderbook_delta" in channels and not tickers:
            raise WsError(14, "Market Ticker required")
        wants_index = "cfbenchmarks_value" in channels or "cfbenchmarks_value_5hz" in channels
        if wants_index and not params.get("index_ids"):
            raise WsError(24, "Index IDs required")
        if "pyth_value" in channels and not params.get("underlying_tickers"):
            raise WsError(28, "Underlying tickers required")
        if tickers:
            self._check_markets(tickers)
        for channel in channels:
            markets = None if channel in MARKET_FILTER_IGNORED or not tickers else set(tickers)
            existing = next((s for s in session.subscriptions.values() if s.channel == channel), None)
            if existing is not None:
                added = (
                    []
                    if markets is None or existing.market_tickers is None
                    else [t for t in tickers or [] if t not in existing.market_tickers]
                )
                if markets is None:
                    existing.market_tickers = None
                elif existing.market_tickers is not None:
                    existing.market_tickers.update(added)
                self._reply_subscribed(session, command_id, existing)
                self._initial(session, existing, added, params)
                continue
            sub = Subscription(session.next_sid, channel, markets)
            session.next_sid += 1
            session.subscriptions[sub.sid] = sub
            self.by_channel.setdefault(channel, {})[(session, sub.sid)] = sub
            self._reply_subscribed(session, command_id, sub)
            self._initial(session, sub, sorted(markets) if markets else [], params)

    def _reply_subscribed(self, session: Session, command_id: int | None, sub: Subscription) -> None:
        message: dict[str, Any] = {"type": "subscribed", "msg": {"channel": sub.channel, "sid": sub.sid}}
        if command_id is not None:
            message["id"] = command_id
        session.push(message)

    def _initial(
        self, session: Session, sub: Subscription, tickers: list[str], params: Mapping[str, Any]
    ) -> None:
        if sub.channel == "orderbook_delta":
            for ticker in tickers:
                self.send_snapshot(session, sub, ticker)
        elif sub.channel == "ticker" and params.get("send_initial_snapshot"):
            for ticker in tickers:
                msg = ticker_message(self.server, ticker)
                if msg is not None:
                    session.send_plain(sub, "ticker", msg)

    def send_snapshot(self, session: Session, sub: Subscription, ticker: str) -> None:
        msg = orderbook_snapshot(self.server, ticker)
        sub.snapshot_clocks[ticker] = int(msg["clock"])
        session.send_sequenced(sub, "orderbook_snapshot", msg)

    def remove(self, session: Session, sid: int) -> Subscription | None:
        sub = session.subscriptions.pop(sid, None)
        if sub is not None:
            self.by_channel.get(sub.channel, {}).pop((session, sid), None)
        return sub

    def _one_sid(self, params: Mapping[str, Any]) -> int:
        sids: list[Any] = []
        if "sid" in params:
            sids.append(params["sid"])
        if "sids" in params:
            listed = params["sids"]
            if not isinstance(listed, list):
                raise WsError(11, "sids must be a list of integers")
            sids.extend(listed)
        if not sids:
            raise WsError(4, "Subscription IDs required")
        if len(sids) != 1:
            raise WsError(12, "Exactly one subscription ID is required")
        sid = sids[0]
        if not isinstance(sid, int) or isinstance(sid, bool):
            raise WsError(11, "sid must be an integer")
        return sid

    def unsubscribe(self, session: Session, command_id: int | None, params: Mapping[str, Any]) -> None:
        sids = params.get("sids")
        if not sids:
            raise WsError(4, "Subscription IDs required")
        if not isinstance(sids, list) or not all(
            isinstance(s, int) and not isinstance(s, bool) for s in sids
        ):
            raise WsError(11, "sids must be a list of integers")
        for sid in sids:
            sub = self.remove(session, sid)
            if sub is None:
                self.reply_error(session, command_id, WsError(7, f"Unknown subscription ID: {sid}"))
                continue
            message: dict[str, Any] = {"type": "unsubscribed", "sid": sid, "seq": sub.seq}
            if command_id is not None:
                message["id"] = command_id
            session.push(message)

    def update_subscription(
        self, session: Session, command_id: int | None, params: Mapping[str, Any]
    ) -> None:
        sid = self._one_sid(params)
        sub = session.subscriptions.get(sid)
        if sub is None:
            raise WsError(7, f"Unknown subscription ID: {sid}")
        action = params.get("action")
        if not action:
            raise WsError(15, "Action required")
        if action not in ("add_markets", "delete_markets", "get_snapshot"):
            raise WsError(13, f"Unsupported action: {action}")
        if action == "get_snapshot" and sub.channel != "orderbook_delta":
            raise WsError(13, "get_snapshot is supported on orderbook_delta only")
        if sub.channel in MARKET_FILTER_IGNORED:
            raise WsError(13, f"{sub.channel} has no market filter to update")
        tickers = _tickers_param(params)
        if not tickers:
            raise WsError(14, "Market Ticker required")
        if action != "delete_markets":
            self._check_markets(tickers)
        if action == "get_snapshot":
            if sub.market_tickers is not None:
                missing = [t for t in tickers if t not in sub.market_tickers]
                if missing:
                    raise WsError(11, f"market {missing[0]} is not in this subscription", missing[0])
            for ticker in tickers:
                self.send_snapshot(session, sub, ticker)
        elif action == "add_markets":
            added = [t for t in tickers if sub.market_tickers is not None and t not in sub.market_tickers]
            if sub.market_tickers is not None:
                sub.market_tickers.update(added)
            self._initial(session, sub, added, params)
        elif sub.market_tickers is not None:
            for ticker in tickers:
                sub.market_tickers.discard(ticker)
                sub.snapshot_clocks.pop(ticker, None)
        message: dict[str, Any] = {
            "type": "ok",
            "sid": sid,
            "seq": sub.seq,
            "msg": {"market_tickers": sorted(sub.market_tickers or ())},
        }
        if command_id is not None:
            message["id"] = command_id
        session.push(message)

    # engine events ---------------------------------------------------------------------------

    def on_event(self, event: Any) -> None:
        """The engine's listener: fan `event` out on the server's loop.

        Events from engine calls made on another thread (a test driving `ex.exchange` under
        `ex.lock`) wait in `foreign` until the loop holds the engine lock, and go out before any
        later event, so every subscriber sees the engine's order."""
        server = self.server
        loop = server.loop
        if loop is None or not self.sessions:
            return
        if threading.get_ident() == server.loop_thread_id:
            if self.foreign:
                self._drain_foreign()
            self.dispatch(event)
        else:
            self.foreign.append(event)
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._drain_foreign_soon)

    def _drain_foreign_soon(self) -> None:
        lock = self.server.engine_lock
        if not lock.acquire(blocking=False):
            loop = self.server.loop
            if loop is not None:
                loop.call_later(0.001, self._drain_foreign_soon)
            return
        try:
            self._drain_foreign()
        finally:
            lock.release()

    def _drain_foreign(self) -> None:
        while self.foreign:
            self.dispatch(self.foreign.popleft())

    def dispatch(self, event: Any) -> None:
        """Turn one engine event into messages for the subscriptions that want it. A fault here
        is logged, never passed back into the engine's call."""
        fan_out = FAN_OUT.get(type(event).__name__)
        if fan_out is None:
            return
        try:
            fan_out(self, event)
        except Exception:
            LOG.exception("could not stream %s", type(event).__name__)

    def subscribers(self, channel: str) -> list[tuple[Session, Subscription]]:
        found = self.by_channel.get(channel)
        if not found:
            return []
        return [(session, sub) for (session, _), sub in found.items()]


# ---------------------------------------------------------------------------------------------
# What the engine's objects look like on the wire

ONE = Decimal(1)
MARKET_STATUS_FILTER: dict[str, tuple[str, ...]] = {
    "unopened": ("initialized",),
    "open": ("active",),
    "paused": ("inactive",),
    "closed": ("closed", "determined", "disputed", "amended"),
    "settled": ("finalized",),
}


@functools.lru_cache(maxsize=65536)
def market_id(ticker: str) -> str:
    """A stable UUID for a market (the engine names markets by ticker only)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "kalshi-sim-market:" + ticker))


def orderbook_levels(levels: Iterable[tuple[Decimal, Decimal]]) -> list[list[str]]:
    return [[dollars(price), count_fp(size)] for price, size in levels]


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


# ---------------------------------------------------------------------------------------------
# Pagination


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


def _tickers_query(value: Any) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, list):
        return [t for v in value for t in str(v).split(",") if t]
    return [t for t in str(value).split(",") if t]


# ---------------------------------------------------------------------------------------------
# REST handlers backed by the engine


@handles("GetExchangeStatus")
def _exchange_status(server: SimServer, call: Call) -> Any:
    return {"exchange_active": True, "trading_active": True, "intra_exchange_transfers_active": True}


@handles("GetSeriesList")
def _series_list(server: SimServer, call: Call) -> Any:
    category = call.query.get("category")
    tags = set(_tickers_query(call.query.get("tags")) or [])
    found = [
        s.to_api()
        for s in server.exchange.series.values()
        if (category is None or s.category == category) and (not tags or tags & set(s.tags))
    ]
    return {"series": found}


@handles("GetSeries")
def _series(server: SimServer, call: Call) -> Any:
    series = server.exchange.series.get(call.path_params["series_ticker"])
    if series is None:
        raise ApiError(404, "not_found", "series not found", call.path_params["series_ticker"])
    return {"series": series.to_api()}


def _markets_of(server: SimServer, event: Any) -> list[Any]:
    markets = server.exchange.markets
    return [markets[t] for t in event.market_tickers if t in markets]


def _event_status(server: SimServer, event: Any) -> str:
    statuses = {m.status for m in _markets_of(server, event)}
    if "active" in statuses or "inactive" in statuses:
        return "open"
    if statuses and statuses <= {"initialized"}:
        return "unopened"
    if statuses and statuses <= {"finalized"}:
        return "settled"
    return "closed"


@handles("GetEvents")
def _events(server: SimServer, call: Call) -> Any:
    q = call.query
    tickers = _tickers_query(q.get("tickers"))
    nested = bool(q.get("with_nested_markets"))
    found = []
    for event in server.exchange.events.values():
        if q.get("series_ticker") and event.series_ticker != q["series_ticker"]:
            continue
        if tickers is not None and event.event_ticker not in tickers:
            continue
        if q.get("status") and _event_status(server, event) != q["status"]:
            continue
        if q.get("min_close_ts") is not None:
            closes = [m.close_time for m in _markets_of(server, event)]
            if not closes or max(closes) < q["min_close_ts"]:
                continue
        found.append(event)
    chunk, cursor = page(call, found)
    return {"events": [e.to_api(_markets_of(server, e) if nested else None) for e in chunk], "cursor": cursor}


@handles("GetEvent")
def _event(server: SimServer, call: Call) -> Any:
    ticker = call.path_params["event_ticker"]
    event = server.exchange.events.get(ticker)
    if event is None:
        raise ApiError(404, "not_found", "event not found", ticker)
    markets = _markets_of(server, event)
    nested = bool(call.query.get("with_nested_markets"))
    exclude = bool(call.query.get("exclude_markets"))
    return {
        "event": event.to_api(markets if nested else None),
        "markets": [] if exclude or nested else [m.to_api() for m in markets],
    }


def _market_matches(market: Any, q: Mapping[str, Any], tickers: list[str] | None) -> bool:
    if tickers is not None and market.ticker not in tickers:
        return False
    if q.get("event_ticker") and market.event_ticker not in str(q["event_ticker"]).split(","):
        return False
    if q.get("series_ticker") and market.series_ticker != q["series_ticker"]:
        return False
    if q.get("status") and market.status not in MARKET_STATUS_FILTER.get(q["status"], ()):
        return False
    bounds = (
        ("min_close_ts", "close_time", 1),
        ("max_close_ts", "close_time", -1),
        ("min_created_ts", "created_time", 1),
        ("max_created_ts", "created_time", -1),
        ("min_updated_ts", "updated_time", 1),
        ("max_updated_ts", "updated_time", -1),
    )
    for name, attribute, direction in bounds:
        limit = q.get(name)
        if limit is not None:
            value = getattr(market, attribute)
            if (direction > 0 and value < limit) or (direction < 0 and value > limit):
                return False
    return True


@handles("GetMarkets")
def _markets(server: SimServer, call: Call) -> Any:
    tickers = _tickers_query(call.query.get("tickers"))
    found = [m for m in server.exchange.markets.values() if _market_matches(m, call.query, tickers)]
    chunk, cursor = page(call, found)
    return {"markets": [m.to_api() for m in chunk], "cursor": cursor}


@handles("GetMarket")
def _market(server: SimServer, call: Call) -> Any:
    return {"market": server.exchange.market(call.path_params["ticker"]).to_api()}


def _orderbook_fp(server: SimServer, ticker: str, depth: int = 0) -> dict[str, Any]:
    yes, no = server.exchange.orderbook(ticker, depth)
    return {"yes_dollars": orderbook_levels(yes), "no_dollars": orderbook_levels(no)}


@handles("GetMarketOrderbook")
def _orderbook(server: SimServer, call: Call) -> Any:
    return {
        "orderbook_fp": _orderbook_fp(server, call.path_params["ticker"], int(call.query.get("depth") or 0))
    }


@handles("GetMarketOrderbooks")
def _orderbooks(server: SimServer, call: Call) -> Any:
    tickers = _tickers_query(call.query.get("tickers")) or []
    return {"orderbooks": [{"ticker": t, "orderbook_fp": _orderbook_fp(server, t)} for t in tickers]}


@handles("GetTrades")
def _trades(server: SimServer, call: Call) -> Any:
    q = call.query
    found = server.exchange.trades(q.get("ticker"), min_ts=q.get("min_ts"), max_ts=q.get("max_ts"))
    chunk, cursor = page(call, found)
    return {"trades": [t.to_api() for t in chunk], "cursor": cursor}


@handles("GetMarketCandlesticks")
def _candlesticks(server: SimServer, call: Call) -> Any:
    """Candles of the market's trades per `period_interval` minutes. The engine keeps no quote
    history, so each candle's yes_bid / yes_ask distribution is the quote at the time of asking."""
    ticker = call.path_params["ticker"]
    market = server.exchange.market(ticker)
    start, end = int(call.query["start_ts"]), int(call.query["end_ts"])
    period = int(call.query["period_interval"]) * 60
    buckets: dict[int, list[Any]] = {}
    for trade in reversed(server.exchange.trades(ticker, min_ts=start, max_ts=end)):
        closes = (int(trade.created_time) // period + 1) * period
        buckets.setdefault(closes, []).append(trade)
    yes_bid, _ = market.yes_bid()
    yes_ask, _ = market.yes_ask()

    def flat(price: Decimal) -> dict[str, str]:
        text = dollars(price)
        return {"open_dollars": text, "low_dollars": text, "high_dollars": text, "close_dollars": text}

    candles = []
    for closes, trades in sorted(buckets.items()):
        prices = [t.yes_price for t in trades]
        volume = sum((t.count for t in trades), Decimal(0))
        mean = sum((t.yes_price * t.count for t in trades), Decimal(0)) / volume
        candles.append(
            {
                "end_period_ts": closes,
                "yes_bid": flat(yes_bid),
                "yes_ask": flat(yes_ask),
                "price": {
                    "open_dollars": dollars(prices[0]),
                    "low_dollars": dollars(min(prices)),
                    "high_dollars": dollars(max(prices)),
                    "close_dollars": dollars(prices[-1]),
                    "mean_dollars": dollars(mean.quantize(Decimal("0.000001"))),
                },
                "volume_fp": count_fp(volume),
                "open_interest_fp": count_fp(market.open_interest),
            }
        )
    return {"ticker": ticker, "candlesticks": candles}


@handles("GetBalance")
def _balance(server: SimServer, call: Call) -> Any:
    exchange = server.exchange
    account = exchange.account(call.user_id)
    return account.to_api_balance(exchange.portfolio_value(call.user_id))


@handles("GetPositions")
def _positions(server: SimServer, call: Call) -> Any:
    q = call.query
    include_closed = q.get("count_filter") is None and q.get("settlement_status") == "all"
    markets = server.exchange.positions(
        call.user_id,
        ticker=q.get("ticker"),
        event_ticker=q.get("event_ticker"),
        include_closed=include_closed,
    )
    events = server.exchange.event_positions(
        call.user_id, event_ticker=q.get("event_ticker"), include_closed=include_closed
    )
    chunk, cursor = page(call, markets)
    return {
        "market_positions": [p.to_api() for p in chunk],
        "event_positions": [e.to_api() for e in events],
        "cursor": cursor,
    }


@handles("GetFills")
def _fills(server: SimServer, call: Call) -> Any:
    q = call.query
    found = server.exchange.fills(
        call.user_id,
        ticker=q.get("ticker"),
        order_id=q.get("order_id"),
        min_ts=q.get("min_ts"),
        max_ts=q.get("max_ts"),
    )
    chunk, cursor = page(call, found)
    return {"fills": [f.to_api() for f in chunk], "cursor": cursor}


@handles("GetSettlements")
def _settlements(server: SimServer, call: Call) -> Any:
    found = server.exchange.settlements(call.user_id, ticker=call.query.get("ticker"))
    event_ticker = call.query.get("event_ticker")
    if event_ticker:
        found = [s for s in found if s.event_ticker == event_ticker]
    chunk, cursor = page(call, found)
    return {"settlements": [s.to_api() for s in chunk], "cursor": cursor}


@handles("GetOrders")
def _orders(server: SimServer, call: Call) -> Any:
    q = call.query
    found = server.exchange.orders(
        call.user_id,
        ticker=q.get("ticker"),
        event_ticker=q.get("event_ticker"),
        status=q.get("status"),
        min_ts=q.get("min_ts"),
        max_ts=q.get("max_ts"),
        subaccount=q.get("subaccount"),
    )
    chunk, cursor = page(call, found)
    return {"orders": [o.to_api() for o in chunk], "cursor": cursor}


@handles("GetOrder")
def _order(server: SimServer, call: Call) -> Any:
    return {"order": server.exchange.get_order(call.user_id, call.path_params["order_id"]).to_api()}


ORDER_FIELDS = (
    "ticker",
    "side",
    "count",
    "price",
    "time_in_force",
    "self_trade_prevention_type",
    "client_order_id",
    "post_only",
    "reduce_only",
    "expiration_time",
    "order_group_id",
    "cancel_order_on_pause",
    "subaccount",
    "exchange_index",
)


def _order_kwargs(body: Mapping[str, Any]) -> dict[str, Any]:
    return {name: body[name] for name in ORDER_FIELDS if name in body and body[name] is not None}


@handles("CreateOrderV2")
def _create_order(server: SimServer, call: Call) -> Any:
    return server.exchange.create_order(call.user_id, **_order_kwargs(call.body)).to_api()


@handles("BatchCreateOrdersV2")
def _batch_create(server: SimServer, call: Call) -> Any:
    orders = call.body["orders"]
    items = server.exchange.batch_create(call.user_id, [_order_kwargs(o) for o in orders])
    answer = []
    for request_item, item in zip(orders, items, strict=True):
        if item.error is not None:
            answer.append(
                {"client_order_id": request_item.get("client_order_id"), "error": item.error.to_api()}
            )
        else:
            answer.append(item.result.to_api())
    return {"orders": answer}


def _cancel_answer(order: Any, reduced: Decimal) -> dict[str, Any]:
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "reduced_by": count_fp(reduced),
        "ts_ms": _now_ms(),
    }


@handles("CancelOrderV2")
def _cancel_order(server: SimServer, call: Call) -> Any:
    order, reduced = server.exchange.cancel_order(call.user_id, call.path_params["order_id"])
    return _cancel_answer(order, reduced)


@handles("BatchCancelOrdersV2")
def _batch_cancel(server: SimServer, call: Call) -> Any:
    ids = [str(item["order_id"]) for item in call.body["orders"]]
    items = server.exchange.batch_cancel(call.user_id, ids)
    answer = []
    for order_id, item in zip(ids, items, strict=True):
        if item.error is not None:
            answer.append({"order_id": order_id, "reduced_by": "0.00", "error": item.error.to_api()})
        else:
            order, reduced = item.result
            answer.append(_cancel_answer(order, reduced))
    return {"orders": answer}


@handles("CancelAllOrders")
def _cancel_all(server: SimServer, call: Call) -> Any:
    server.exchange.cancel_all_orders(call.user_id, subaccount=call.query.get("subaccount"))
    return None


@handles("AmendOrderV2")
def _amend_order(server: SimServer, call: Call) -> Any:
    body = call.body
    kwargs = {
        name: body[name]
        for name in (
            "ticker",
            "side",
            "price",
            "count",
            "client_order_id",
            "updated_client_order_id",
            "expiration_time",
        )
        if name in body
    }
    result = server.exchange.amend_order(call.user_id, call.path_params["order_id"], **kwargs)
    answer = result.to_api()
    return {
        key: answer[key]
        for key in (
            "order_id",
            "client_order_id",
            "remaining_count",
            "fill_count",
            "average_fill_price",
            "average_fee_paid",
            "ts_ms",
        )
        if key in answer
    }


@handles("DecreaseOrderV2")
def _decrease_order(server: SimServer, call: Call) -> Any:
    body = call.body or {}
    order = server.exchange.decrease_order(
        call.user_id,
        call.path_params["order_id"],
        reduce_by=body.get("reduce_by"),
        reduce_to=body.get("reduce_to"),
    )
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "remaining_count": count_fp(order.remaining_count),
        "ts_ms": _now_ms(),
    }


@handles("GetOrderQueuePosition")
def _queue_position(server: SimServer, call: Call) -> Any:
    ahead = server.exchange.queue_position(call.user_id, call.path_params["order_id"])
    return {"queue_position_fp": count_fp(ahead)}


@handles("GetOrderQueuePositions")
def _queue_positions(server: SimServer, call: Call) -> Any:
    tickers = _tickers_query(call.query.get("market_tickers"))
    event_ticker = call.query.get("event_ticker")
    positions = []
    for order in server.exchange.orders(
        call.user_id, status="resting", event_ticker=event_ticker, subaccount=call.query.get("subaccount")
    ):
        if tickers is not None and order.ticker not in tickers:
            continue
        ahead = server.exchange.queue_position(call.user_id, order.order_id)
        positions.append(
            {"order_id": order.order_id, "market_ticker": order.ticker, "queue_position_fp": count_fp(ahead)}
        )
    return {"queue_positions": positions}


def _contracts_limit(body: Mapping[str, Any] | None) -> Any:
    body = body or {}
    if body.get("contracts_limit_fp") is not None:
        return body["contracts_limit_fp"]
    if body.get("contracts_limit") is not None:
        return int(body["contracts_limit"])
    raise bad_request("give contracts_limit_fp (or contracts_limit)")


@handles("GetOrderGroups")
def _order_groups(server: SimServer, call: Call) -> Any:
    return {"order_groups": [g.to_api() for g in server.exchange.order_groups_of(call.user_id)]}


@handles("CreateOrderGroup")
def _create_order_group(server: SimServer, call: Call) -> Any:
    subaccount = int((call.body or {}).get("subaccount") or 0)
    group = server.exchange.create_order_group(
        call.user_id, _contracts_limit(call.body), subaccount=subaccount
    )
    return {"order_group_id": group.order_group_id, "subaccount": group.subaccount, "exchange_index": 0}


@handles("GetOrderGroup")
def _order_group(server: SimServer, call: Call) -> Any:
    group_id = call.path_params["order_group_id"]
    group = server.exchange.get_order_group(call.user_id, group_id)
    orders = server.exchange.order_group_orders(call.user_id, group_id)
    return {
        "is_auto_cancel_enabled": True,
        "contracts_limit_fp": count_fp(group.contracts_limit),
        "orders": [o.order_id for o in orders],
        "exchange_index": 0,
    }


@handles("DeleteOrderGroup")
def _delete_order_group(server: SimServer, call: Call) -> Any:
    server.exchange.delete_order_group(call.user_id, call.path_params["order_group_id"])
    return {}


@handles("ResetOrderGroup")
def _reset_order_group(server: SimServer, call: Call) -> Any:
    server.exchange.reset_order_group(call.user_id, call.path_params["order_group_id"])
    return {}


@handles("TriggerOrderGroup")
def _trigger_order_group(server: SimServer, call: Call) -> Any:
    server.exchange.trigger_order_group(call.user_id, call.path_params["order_group_id"])
    return {}


@handles("UpdateOrderGroupLimit")
def _update_order_group_limit(server: SimServer, call: Call) -> Any:
    server.exchange.update_order_group_limit(
        call.user_id, call.path_params["order_group_id"], _contracts_limit(call.body)
    )
    return {}


@handles("GetAccountApiLimits")
def _account_limits(server: SimServer, call: Call) -> Any:
    tier = server.faults.tier if server.faults.rate_limit else server.tier
    budget = TIERS[tier]
    return {
        "usage_tier": tier,
        "read": {"refill_rate": budget.read_rate, "bucket_capacity": budget.read_capacity},
        "write": {"refill_rate": budget.write_rate, "bucket_capacity": budget.write_capacity},
        "grants": [],
    }


@handles("GetAccountEndpointCosts")
def _endpoint_costs(server: SimServer, call: Call) -> Any:
    return {"default_cost": DEFAULT_COST, "endpoint_costs": endpoint_costs()}


def _api_key_answer(api_key: ApiKey) -> dict[str, Any]:
    return {"api_key_id": api_key.api_key_id, "name": api_key.name, "scopes": list(api_key.scopes)}


@handles("GetApiKeys")
def _api_keys(server: SimServer, call: Call) -> Any:
    return {"api_keys": [_api_key_answer(k) for k in server.keys.for_user(call.user_id)]}


def _scopes(body: Mapping[str, Any]) -> tuple[str, ...]:
    scopes = body.get("scopes")
    return tuple(scopes) if scopes else ("read", "write")


@handles("CreateApiKey")
def _create_api_key(server: SimServer, call: Call) -> Any:
    from .auth import load_public_key

    try:
        public_key = load_public_key(call.body["public_key"])
    except ValueError as exc:
        raise bad_request(str(exc)) from None
    api_key = server.keys.add(
        ApiKey(str(uuid.uuid4()), call.user_id, public_key, call.body["name"], _scopes(call.body))
    )
    return {"api_key_id": api_key.api_key_id}


@handles("GenerateApiKey")
def _generate_api_key(server: SimServer, call: Call) -> Any:
    from .local import generate_private_key_pem

    key_type = call.body.get("key_type") or "rsa"
    pem, public_key = generate_private_key_pem(key_type)
    api_key = server.keys.add(
        ApiKey(str(uuid.uuid4()), call.user_id, public_key, call.body["name"], _scopes(call.body))
    )
    return {"api_key_id": api_key.api_key_id, "key_type": key_type, "private_key": pem}


@handles("DeleteApiKey")
def _delete_api_key(server: SimServer, call: Call) -> Any:
    key_id = call.path_params["api_key"]
    found = server.keys.get(key_id)
    if found is None or found.user_id != call.user_id:
        raise ApiError(404, "not_found", "API key not found", key_id)
    server.keys.remove(key_id)
    return None


# ---------------------------------------------------------------------------------------------
# WebSocket messages from engine events


def orderbook_snapshot(server: SimServer, ticker: str) -> dict[str, Any]:
    exchange = server.exchange
    yes, no = exchange.orderbook(ticker)
    msg: dict[str, Any] = {
        "market_ticker": ticker,
        "market_id": market_id(ticker),
        "clock": int(exchange.clock),
    }
    if yes:
        msg["yes_dollars_fp"] = orderbook_levels(yes)
    if no:
        msg["no_dollars_fp"] = orderbook_levels(no)
    return msg


def ticker_message(server: SimServer, ticker: str) -> dict[str, Any] | None:
    market = server.exchange.markets.get(ticker)
    if market is None:
        return None
    yes_bid, yes_bid_size = market.yes_bid()
    yes_ask, yes_ask_size = market.yes_ask()
    now_ms = _now_ms()
    last_size = server.streams.last_trade_size.get(ticker, Decimal(0))
    return {
        "market_id": market_id(ticker),
        "market_ticker": ticker,
        "price_dollars": dollars(market.last_price),
        "yes_bid_dollars": dollars(yes_bid),
        "yes_ask_dollars": dollars(yes_ask),
        "volume_fp": count_fp(market.volume),
        "open_interest_fp": count_fp(market.open_interest),
        "dollar_volume": int(market.volume * market.last_price),
        "dollar_open_interest": int(market.open_interest * market.last_price),
        "yes_bid_size_fp": count_fp(yes_bid_size),
        "yes_ask_size_fp": count_fp(yes_ask_size),
        "last_trade_size_fp": count_fp(last_size),
        "ts": now_ms // 1000,
        "ts_ms": now_ms,
        "time": rfc3339(now_ms / 1000),
    }


def _send_tickers(hub: StreamHub, ticker: str) -> None:
    """A ticker message to the market's ticker subscribers when its top of book, last price,
    volume or open interest changed since the last one."""
    subscribers = [(s, sub) for s, sub in hub.subscribers("ticker") if sub.wants(ticker)]
    if not subscribers:
        return
    market = hub.server.exchange.markets.get(ticker)
    if market is None:
        return
    state = (market.yes_bid(), market.yes_ask(), market.last_price, market.volume, market.open_interest)
    if hub.last_ticker_state.get(ticker) == state:
        return
    hub.last_ticker_state[ticker] = state
    msg = ticker_message(hub.server, ticker)
    if msg is None:
        return
    for session, sub in subscribers:
        session.send_plain(sub, "ticker", dict(msg))


def _fan_book_delta(hub: StreamHub, event: Any) -> None:
    ticker = event.market_ticker
    base: dict[str, Any] = {
        "market_ticker": ticker,
        "market_id": market_id(ticker),
        "clock": event.clock,
        "price_dollars": dollars(event.price_dollars),
        "delta_fp": count_fp(event.delta),
        "side": event.side,
        "ts_ms": event.ts_ms,
    }
    for session, sub in hub.subscribers("orderbook_delta"):
        if not sub.wants(ticker) or event.clock <= sub.snapshot_clocks.get(ticker, -1):
            continue
        msg = dict(base)
        if event.user_id == session.user_id and event.client_order_id:
            msg["client_order_id"] = event.client_order_id
            msg["subaccount"] = event.subaccount
        session.send_sequenced(sub, "orderbook_delta", msg)
    _send_tickers(hub, ticker)


def _fan_trade(hub: StreamHub, event: Any) -> None:
    trade = event.trade
    ticker = event.market_ticker
    hub.last_trade_size[ticker] = trade.count
    ts_ms = int(trade.created_time * 1000)
    base = {
        "trade_id": trade.trade_id,
        "market_ticker": ticker,
        "yes_price_dollars": dollars(trade.yes_price),
        "no_price_dollars": dollars(ONE - trade.yes_price),
        "count_fp": count_fp(trade.count),
        "taker_side": trade.taker_outcome_side,
        "taker_outcome_side": trade.taker_outcome_side,
        "taker_book_side": trade.taker_side,
        "is_block_trade": False,
        "ts": ts_ms // 1000,
        "ts_ms": ts_ms,
    }
    for session, sub in hub.subscribers("trade"):
        if sub.wants(ticker):
            session.send_sequenced(sub, "trade", dict(base))
    _send_tickers(hub, ticker)


def _own(
    hub: StreamHub, channel: str, user_id: str, ticker: str | None
) -> list[tuple[Session, Subscription]]:
    return [(s, sub) for s, sub in hub.subscribers(channel) if s.user_id == user_id and sub.wants(ticker)]


def _fan_fill(hub: StreamHub, event: Any) -> None:
    fill = event.fill
    targets = _own(hub, "fill", event.user_id, fill.ticker)
    if not targets:
        return
    ts_ms = int(fill.created_time * 1000)
    msg = {
        "trade_id": fill.trade_id,
        "order_id": fill.order_id,
        "client_order_id": event.client_order_id,
        "market_ticker": fill.ticker,
        "exchange_index": 0,
        "is_taker": fill.is_taker,
        "side": fill.outcome_side,
        "action": "buy",
        "outcome_side": fill.outcome_side,
        "book_side": fill.side,
        "purchased_side": fill.outcome_side,
        "yes_price_dollars": dollars(fill.yes_price),
        "count_fp": count_fp(fill.count),
        "fee_cost": dollars(fill.fee_cost),
        "post_position_fp": count_fp(event.post_position),
        "subaccount": fill.subaccount,
        "ts": ts_ms // 1000,
        "ts_ms": ts_ms,
    }
    for session, sub in targets:
        session.send_plain(sub, "fill", dict(msg))


def _fan_order(hub: StreamHub, event: Any) -> None:
    order = event.order
    targets = _own(hub, "user_orders", event.user_id, order.ticker)
    if not targets:
        return
    created_ms = int(order.created_time * 1000)
    updated_ms = int((order.last_update_time or order.created_time) * 1000)
    msg: dict[str, Any] = {
        "order_id": order.order_id,
        "user_id": order.user_id,
        "ticker": order.ticker,
        "exchange_index": 0,
        "status": order.status,
        "side": order.outcome_side,
        "is_yes": order.side == "bid",
        "outcome_side": order.outcome_side,
        "book_side": order.side,
        "yes_price_dollars": dollars(order.price),
        "fill_count_fp": count_fp(order.fill_count),
        "remaining_count_fp": count_fp(order.remaining_count),
        "initial_count_fp": count_fp(order.initial_count),
        "taker_fill_cost_dollars": dollars(order.taker_fill_cost),
        "maker_fill_cost_dollars": dollars(order.maker_fill_cost),
        "taker_fees_dollars": dollars(order.taker_fees),
        "maker_fees_dollars": dollars(order.maker_fees),
        "client_order_id": order.client_order_id,
        "self_trade_prevention_type": order.self_trade_prevention_type,
        "created_time": rfc3339(order.created_time),
        "created_ts_ms": created_ms,
        "last_update_time": rfc3339(updated_ms / 1000),
        "last_updated_ts_ms": updated_ms,
        "subaccount_number": order.subaccount,
    }
    if order.order_group_id:
        msg["order_group_id"] = order.order_group_id
    if order.expiration_time is not None:
        msg["expiration_time"] = rfc3339(order.expiration_time)
        msg["expiration_ts_ms"] = int(order.expiration_time) * 1000
    if order.last_update_reason:
        msg["last_update_reason"] = order.last_update_reason
    for session, sub in targets:
        session.send_plain(sub, "user_order", dict(msg))


def _fan_position(hub: StreamHub, event: Any) -> None:
    position = event.position
    targets = _own(hub, "market_positions", event.user_id, position.ticker)
    if not targets:
        return
    msg = {
        "user_id": event.user_id,
        "market_ticker": position.ticker,
        "position_fp": count_fp(position.position),
        "position_cost_dollars": dollars(position.cost_basis),
        "realized_pnl_dollars": dollars(position.realized_pnl),
        "fees_paid_dollars": dollars(position.fees_paid),
        "position_fee_cost_dollars": dollars(position.fees_paid),
        "volume_fp": count_fp(position.volume),
    }
    for session, sub in targets:
        session.send_plain(sub, "market_position", dict(msg))


def _fan_lifecycle(hub: StreamHub, event: Any) -> None:
    msg: dict[str, Any] = {
        "market_ticker": event.market_ticker,
        "event_type": event.event_type,
        "exchange_index": 0,
    }
    for name in ("open_ts", "close_ts", "result", "is_deactivated"):
        value = getattr(event, name)
        if value is not None:
            msg[name] = value
    if event.settlement_value is not None:
        msg["settlement_value"] = dollars(event.settlement_value)
    if event.event_type == "determined":
        msg["determination_ts"] = event.ts
    if event.event_type == "settled":
        msg["settled_ts"] = event.ts
    for session, sub in hub.subscribers("market_lifecycle_v2"):
        session.send_sequenced(sub, "market_lifecycle_v2", dict(msg))


def _fan_order_group(hub: StreamHub, event: Any) -> None:
    msg: dict[str, Any] = {
        "event_type": event.event_type,
        "order_group_id": event.order_group_id,
        "ts_ms": event.ts_ms,
    }
    if event.contracts_limit is not None:
        msg["contracts_limit_fp"] = count_fp(event.contracts_limit)
    for session, sub in _own(hub, "order_group_updates", event.user_id, None):
        session.send_sequenced(sub, "order_group_updates", dict(msg))


FAN_OUT: dict[str, Callable[[StreamHub, Any], None]] = {
    "BookDelta": _fan_book_delta,
    "TradeEvent": _fan_trade,
    "FillEvent": _fan_fill,
    "OrderUpdate": _fan_order,
    "PositionUpdate": _fan_position,
    "MarketLifecycle": _fan_lifecycle,
    "OrderGroupUpdate": _fan_order_group,
}


# ---------------------------------------------------------------------------------------------
# uvicorn's WebSocket protocol with Kalshi's heartbeat


try:
    from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
except ImportError:  # pragma: no cover - uvicorn without the websockets sans-I/O protocol
    WebSocketsSansIOProtocol = None  # type: ignore[assignment,misc]

HEARTBEAT_PAYLOAD = b"heartbeat"


if WebSocketsSansIOProtocol is not None and hasattr(WebSocketsSansIOProtocol, "send_keepalive_ping"):

    class HeartbeatWebSocketProtocol(WebSocketsSansIOProtocol):
        """uvicorn's WebSocket protocol pinging with Kalshi's `heartbeat` payload."""

        async def send_texts(self, messages: list[bytes]) -> None:
            """Send text frames (UTF-8 bytes) in one write: what `websocket.send` does per message,
            once for a batch."""
            await self.writable.wait()
            if self.disconnected or self.close_sent or self.transport.is_closing():
                raise ConnectionError("the WebSocket is closed")
            for message in messages:
                self.conn.send_text(message)
            self.transport.write(b"".join(self.conn.data_to_send()))

        def send_keepalive_ping(self) -> None:
            self.ping_timer = None
            if self.close_sent or self.transport.is_closing():
                return
            self.pending_ping_payload = HEARTBEAT_PAYLOAD
            self.ping_sent_at = self.loop.time()
            self.conn.send_ping(HEARTBEAT_PAYLOAD)
            self.transport.write(b"".join(self.conn.data_to_send()))
            if self.ping_timeout is not None:
                self.pong_timer = self.loop.call_later(self.ping_timeout, self.keepalive_timeout)
            else:
                self.schedule_ping()

else:  # pragma: no cover - older uvicorn: its own keepalive pings, random payload
    HeartbeatWebSocketProtocol = "websockets"  # type: ignore[assignment,misc]
