"""The one request pipeline behind every operation: build -> rate limit -> sign -> send -> retry -> decode.

Every decision is made once, in `_flow`: a generator that yields the I/O it needs (`_Send` a
request, `_Sleep` a while) and returns the outcome. `_run_sync` and `_run_async` perform that
I/O; they are the only code that exists twice.

Writes are made safe to retry here:

- An order creation always carries a `client_order_id` (one is generated, once, before the first
  attempt, when the caller gives none), so a retry cannot place the order twice. A 409 for that
  id resolves to the order already on the exchange when it matches the request.
- A DELETE answered 404 after an ambiguous earlier attempt was applied by that attempt: a cancel
  resolves to the canceled order, other deletes to success.
- When every attempt of an order write was ambiguous, the outcome is looked up before giving up;
  if it is still unknown, `OrderStateUnknown` says so and carries the `client_order_id`.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
import uuid
from collections.abc import Generator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import Enum
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar
from urllib.parse import quote

import httpx
import msgspec

from ._model import decode_json, format_fixed, request_body_bytes
from .errors import (
    APIConnectionError,
    APITimeoutError,
    OrderStateUnknown,
    RequestValidationError,
    ResponseValidationError,
    error_for_response,
    is_error_body,
)
from .ratelimit import request_cost
from .retry import FailureKind, classify_failure, parse_retry_after
from .types import UNSET, Response

if TYPE_CHECKING:
    from .client import Client

__all__ = ["Operation", "Pagination", "Param", "RequestTiming"]

T = TypeVar("T")
logger = logging.getLogger("kalshi_py")

CLOCK_SKEW_TOLERANCE_MS = 2000
ORDER_CREATES = frozenset({"CreateOrderV2", "BatchCreateOrdersV2"})
RETRY_SAFE_POSTS = frozenset({"CreateOrderV2", "BatchCreateOrdersV2", "AmendOrderV2"})
LOOKUP_WINDOW_S = 300
DUPLICATE_ORDER_CODE = "order_already_exists"


class Param(NamedTuple):
    """One path or query parameter: its Python keyword, where it goes, its name on the wire."""

    name: str
    location: str
    wire: str


class RequestTiming(NamedTuple):
    """One attempt of one call, as handed to a client's `on_request` hook."""

    operation_id: str
    method: str
    path: str
    status: int | None  # None when no answer came
    seconds: float
    attempt: int
    error: BaseException | None


class Pagination(NamedTuple):
    """How a cursor-paginated operation pages: the response field of the page's items, and the
    page-size parameter with its maximum in the spec. The next cursor is in the `cursor` field."""

    items: str
    size_param: str | None
    max_size: int | None


class Operation(Generic[T]):
    """The facts of one API operation, and its four calls. Generated modules create one each."""

    def __init__(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        params: tuple[Param, ...] = (),
        body: type[msgspec.Struct] | None = None,
        body_fields: tuple[str, ...] | None = None,
        body_required: bool = False,
        response: type[T] | None = None,
        auth: bool = False,
        pagination: Pagination | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.params = params
        self.body = body
        self.body_required = body_required
        # the body's fields the call takes as keyword arguments
        if body_fields is None:
            body_fields = body.__struct_fields__ if body is not None else ()
        self.body_fields: tuple[str, ...] = body_fields
        self.response = response
        self.auth = auth
        self.pagination = pagination

    def __repr__(self) -> str:
        return f"<Operation {self.operation_id}: {self.method} {self.path}>"

    def sync_detailed(self, client: Client, args: Mapping[str, Any]) -> Response[T]:
        """The full response; raises only when no HTTP answer could be had."""
        return _run_sync(client, self, args).response

    def sync(self, client: Client, args: Mapping[str, Any]) -> T:
        """The decoded model; raises a `kalshi_py.errors` error for any failure."""
        return _run_sync(client, self, args).value()

    async def asyncio_detailed(self, client: Client, args: Mapping[str, Any]) -> Response[T]:
        return (await _run_async(client, self, args)).response

    async def asyncio(self, client: Client, args: Mapping[str, Any]) -> T:
        return (await _run_async(client, self, args)).value()


# -- I/O actions and the two drivers --------------------------------------------------------------


@dataclass
class _Send:
    request: httpx.Request


@dataclass
class _Sleep:
    seconds: float


_Action = _Send | _Sleep
_SendResult = httpx.Response | httpx.TransportError | None


@dataclass
class _Outcome(Generic[T]):
    response: Response[T]
    http_response: httpx.Response
    parsed_ok: bool

    def value(self) -> T:
        if not self.parsed_ok:
            raise error_for_response(self.http_response)
        return self.response.parsed  # type: ignore[return-value]


def _run_sync(client: Client, op: Operation[T], args: Mapping[str, Any]) -> _Outcome[T]:
    http = client.get_httpx_client()
    flow = _flow(client, http, op, args)
    result: _SendResult = None
    try:
        while True:
            action = flow.send(result)
            if isinstance(action, _Sleep):
                time.sleep(action.seconds)
                result = None
            else:
                try:
                    result = http.send(action.request)
                except httpx.TransportError as exc:
                    result = exc
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


async def _run_async(client: Client, op: Operation[T], args: Mapping[str, Any]) -> _Outcome[T]:
    http = client.get_async_httpx_client()
    flow = _flow(client, http, op, args)
    result: _SendResult = None
    try:
        while True:
            action = flow.send(result)
            if isinstance(action, _Sleep):
                await asyncio.sleep(action.seconds)
                result = None
            else:
                try:
                    result = await http.send(action.request)
                except httpx.TransportError as exc:
                    result = exc
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


# -- building a call ------------------------------------------------------------------------------


@dataclass
class _Call:
    op: Operation[Any]
    path: str
    query: list[tuple[str, str | int | float | bool | None]]
    body: msgspec.Struct | None
    content: bytes | None
    retry_safe: bool
    cost: int
    client_order_ids: list[str] = field(default_factory=list)


def _query_values(value: Any) -> list[str]:
    if isinstance(value, (list, tuple, set, frozenset)):
        return [text for item in value for text in _query_values(item)]
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, Enum):
        return [str(value.value)]
    if isinstance(value, Decimal):
        return [format_fixed(value, None, strict=False)]
    if isinstance(value, datetime):
        return [value.isoformat()]
    return [str(value)]


def _body(op: Operation[Any], args: Mapping[str, Any]) -> msgspec.Struct | None:
    if op.body is None:
        return None
    given = args.get("body", UNSET)
    fields = {name: args[name] for name in op.body_fields if args.get(name, UNSET) is not UNSET}
    if given is not UNSET and given is not None:
        if fields:
            raise RequestValidationError(
                f"{op.operation_id}: pass body= or the body's fields as keyword arguments, not both "
                f"(got body= and {', '.join(sorted(fields))})"
            )
        if isinstance(given, Mapping):
            try:
                return msgspec.convert(given, op.body, strict=False)
            except msgspec.ValidationError as exc:
                raise RequestValidationError(f"invalid {op.body.__name__}: {exc}") from None
        if not isinstance(given, op.body):
            raise RequestValidationError(
                f"{op.operation_id}: body must be a {op.body.__name__}, got {type(given).__name__}"
            )
        return given
    if not fields and not op.body_required:
        return None
    try:
        return op.body(**fields)
    except TypeError as exc:
        raise RequestValidationError(f"{op.operation_id}: {exc}") from None


def _with_client_order_ids(op: Operation[Any], body: Any) -> tuple[Any, list[str]]:
    """Give every order being created a `client_order_id`, chosen once, before any attempt."""
    if body is None or op.operation_id not in ORDER_CREATES:
        return body, []

    def ensure(order: Any) -> Any:
        if getattr(order, "client_order_id", UNSET) in (UNSET, None, ""):
            return msgspec.structs.replace(order, client_order_id=str(uuid.uuid4()))
        return order

    if op.operation_id == "CreateOrderV2":
        body = ensure(body)
        return body, [body.client_order_id]
    orders = [ensure(order) for order in getattr(body, "orders", [])]
    return msgspec.structs.replace(body, orders=orders), [o.client_order_id for o in orders]


def _retry_safe(op: Operation[Any], body: Any) -> bool:
    if op.method in ("GET", "HEAD", "PUT", "DELETE"):
        return True
    if op.operation_id in RETRY_SAFE_POSTS:
        return True
    if op.operation_id == "DecreaseOrderV2":
        return getattr(body, "reduce_by", UNSET) in (UNSET, None)
    return False


def _build(client: Client, op: Operation[T], args: Mapping[str, Any]) -> _Call:
    path_values: dict[str, str] = {}
    query: list[tuple[str, str | int | float | bool | None]] = []
    for param in op.params:
        value = args.get(param.name, UNSET)
        if param.location == "path":
            if value is UNSET or value is None or value == "":
                raise RequestValidationError(f"{op.operation_id}: {param.name} is required")
            path_values[param.wire] = quote(_query_values(value)[0], safe="")
        elif value is not UNSET and value is not None:
            query.extend((param.wire, text) for text in _query_values(value))
    path = op.path
    for wire, text in path_values.items():
        path = path.replace("{" + wire + "}", text)
    body, client_order_ids = _with_client_order_ids(op, _body(op, args))
    content = request_body_bytes(body) if body is not None else None
    items = len(getattr(body, "orders", ()) or ()) if op.operation_id.startswith("Batch") else 1
    limiter = client.rate_limiter
    if limiter is not None:
        cost = limiter.cost(op.operation_id, op.method, op.path, items)
        try:
            limiter.check_fits(op.operation_id, cost)
        except ValueError as exc:
            raise RequestValidationError(str(exc)) from None
    else:
        cost = request_cost(op.operation_id, items)
    return _Call(op, path, query, body, content, _retry_safe(op, body), cost, client_order_ids)


_Http = httpx.Client | httpx.AsyncClient


def _http_request(client: Client, http: _Http, call: _Call) -> httpx.Request:
    headers = {"Content-Type": "application/json"} if call.content is not None else None
    return http.build_request(
        call.op.method,
        call.path,
        params=call.query or None,
        content=call.content,
        headers=headers,
        timeout=client.timeout,
    )


# -- the flow -------------------------------------------------------------------------------------


def _learn_clock_offset(client: Client, response: httpx.Response) -> bool:
    """Set the signer's clock offset from the `Date` header; True when it changed."""
    auth = getattr(client, "auth", None)
    date = response.headers.get("date")
    if not client.correct_clock_skew or auth is None or not hasattr(auth, "clock_offset_ms") or not date:
        return False
    try:
        server = email.utils.parsedate_to_datetime(date).timestamp() * 1000 + 500
    except (TypeError, ValueError):
        return False
    measured = int(server - time.time() * 1000)
    offset = measured if abs(measured) > CLOCK_SKEW_TOLERANCE_MS else 0
    if offset == auth.clock_offset_ms:
        return False
    logger.warning(
        "local clock is off by %d ms from the exchange; signing with corrected timestamps", measured
    )
    auth.clock_offset_ms = offset
    return True


def _flow(
    client: Client, http: _Http, op: Operation[T], args: Mapping[str, Any]
) -> Generator[_Action, _SendResult, _Outcome[T]]:
    call = _build(client, op, args)
    policy = client.retry
    retries = 0
    ambiguous_seen = False
    skew_retried = False
    while True:
        limiter = client.rate_limiter
        if limiter is not None:
            wait = limiter.reserve(op.operation_id, call.cost)
            if wait > 0:
                logger.debug("rate limiter: %s waits %.3f s", op.operation_id, wait)
                yield _Sleep(wait)
        request = _http_request(client, http, call)
        started = time.perf_counter()
        result = yield _Send(request)
        elapsed = time.perf_counter() - started
        if client.on_request is not None:
            if isinstance(result, httpx.Response):
                timing = RequestTiming(
                    op.operation_id, op.method, call.path, result.status_code, elapsed, retries + 1, None
                )
            else:
                timing = RequestTiming(
                    op.operation_id, op.method, call.path, None, elapsed, retries + 1, result
                )
            client.on_request(timing)
        if isinstance(result, httpx.Response):
            status: int | None = result.status_code
            error: httpx.TransportError | None = None
            logger.debug("%s %s -> %d in %.1f ms", op.method, call.path, status, elapsed * 1000)
            if _learn_clock_offset(client, result) and status == 401 and not skew_retried:
                skew_retried = True
                continue
        else:
            status, error = None, result
            logger.debug("%s %s failed after %.1f ms: %r", op.method, call.path, elapsed * 1000, error)
        if status is not None and status < 400:
            break
        kind = classify_failure(status, error)
        if status == 404 and ambiguous_seen and op.method == "DELETE":
            resolved = yield from _resolve_delete(client, http, call, request)
            if resolved is not None:
                return resolved
        if status == 409 and op.operation_id == "CreateOrderV2":
            resolved = yield from _resolve_duplicate_order(client, http, call, request)
            if resolved is not None:
                return resolved
        if not policy.should_retry(retries, kind, call.retry_safe):
            break
        ambiguous_seen = ambiguous_seen or kind is FailureKind.AMBIGUOUS
        retries += 1
        retry_after = (
            parse_retry_after(result.headers.get("retry-after"))
            if isinstance(result, httpx.Response)
            else None
        )
        delay = policy.delay(retries, retry_after)
        logger.info(
            "retrying %s %s (retry %d of %d, %s failure: %s) in %.2f s",
            op.method,
            call.path,
            retries,
            policy.max_retries,
            kind.value,
            status if status is not None else type(error).__name__,
            delay,
        )
        if delay > 0:
            yield _Sleep(delay)

    if error is not None:
        ambiguous = ambiguous_seen or classify_failure(None, error) is FailureKind.AMBIGUOUS
        if ambiguous and op.operation_id in ORDER_CREATES and call.client_order_ids:
            resolved = yield from _resolve_lost_order(client, http, call, request)
            if resolved is not None:
                return resolved
            raise OrderStateUnknown(
                f"{op.operation_id}: sent {retries + 1} times without an answer, and no order with "
                f"client_order_id {call.client_order_ids[0]} is on the exchange yet; it may still appear",
                client_order_id=call.client_order_ids[0],
                cause=error,
            ) from error
        raise _connection_error(op, call, error, retries)
    assert isinstance(result, httpx.Response)
    outcome = _outcome(op, result)
    if ambiguous_seen and op.operation_id == "BatchCreateOrdersV2" and outcome.parsed_ok:
        outcome = yield from _resolve_batch_duplicates(client, http, call, outcome)
    return outcome


def _connection_error(
    op: Operation[Any], call: _Call, error: httpx.TransportError, retries: int
) -> Exception:
    tries = f" after {retries + 1} attempts" if retries else ""
    message = f"{op.method} {call.path}: no answer{tries}: {type(error).__name__}: {error}"
    request = getattr(error, "_request", None)
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(message, request=request)
    return APIConnectionError(message, request=request)


def _outcome(op: Operation[T], response: httpx.Response) -> _Outcome[T]:
    status = response.status_code
    content = response.content
    parsed: Any = None
    ok = 200 <= status < 300 and not is_error_body(content)
    if ok and op.response is not None and content:
        try:
            parsed = decode_json(op.response, content)
        except msgspec.ValidationError as exc:
            raise ResponseValidationError(
                f"the {status} answer to {op.method} {response.request.url.path} does not match "
                f"{getattr(op.response, '__name__', op.response)}: {exc}"
            ) from None
        except msgspec.DecodeError as exc:
            raise ResponseValidationError(
                f"the {status} answer to {op.method} {response.request.url.path} is not JSON: {exc}"
            ) from None
    try:
        code: HTTPStatus | int = HTTPStatus(status)
    except ValueError:
        code = status
    return _Outcome(Response(code, content, response.headers, parsed), response, ok)  # type: ignore[arg-type]


def _synthetic(op: Operation[T], model: Any, request: httpx.Request) -> _Outcome[T]:
    """An outcome for a write that was resolved by looking it up instead of by its own answer."""
    content = msgspec.json.encode(model.to_dict()) if model is not None else b""
    response = httpx.Response(200 if content else 204, content=content, request=request)
    return _Outcome(
        Response(HTTPStatus(response.status_code), content, response.headers, model), response, True
    )


# -- resolving writes whose own answer was lost ---------------------------------------------------


def _lookup(
    client: Client, http: _Http, operation_id: str, **args: Any
) -> Generator[_Action, _SendResult, Any]:
    """Run GetOrder or GetOrders inside this flow; None when it fails."""
    from .api.orders import get_order, get_orders

    op: Operation[Any] = get_order.OPERATION if operation_id == "GetOrder" else get_orders.OPERATION
    try:
        outcome = yield from _flow(client, http, op, args)
    except (APIConnectionError, OrderStateUnknown, ResponseValidationError):
        return None
    return outcome.response.parsed if outcome.parsed_ok else None


def _find_orders(client: Client, http: _Http, call: _Call) -> Generator[_Action, _SendResult, dict[str, Any]]:
    """Orders on the exchange carrying this call's client_order_ids, by client_order_id."""
    wanted = set(call.client_order_ids)
    orders: list[Any] = (
        [call.body] if call.op.operation_id == "CreateOrderV2" else list(getattr(call.body, "orders", []))
    )
    found: dict[str, Any] = {}
    for ticker in sorted({o.ticker for o in orders}):
        cursor: str | None = None
        while True:
            page = yield from _lookup(
                client,
                http,
                "GetOrders",
                ticker=ticker,
                limit=1000,
                cursor=cursor,
                min_ts=int(time.time()) - LOOKUP_WINDOW_S,
            )
            if page is None:
                break
            for order in page.orders:
                if order.client_order_id in wanted:
                    found[order.client_order_id] = order
            cursor = page.cursor or None
            if not cursor or wanted <= found.keys():
                break
    return found


def _order_matches(request: Any, order: Any) -> bool:
    return bool(
        order.ticker == request.ticker
        and order.book_side == request.side
        and Decimal(order.yes_price_dollars) == Decimal(str(request.price))
    )


def _create_response(order: Any) -> Any:
    from .models import CreateOrderV2Response

    return CreateOrderV2Response(
        order_id=order.order_id,
        client_order_id=order.client_order_id,
        fill_count=order.fill_count_fp,
        remaining_count=order.remaining_count_fp,
        ts_ms=int(time.time() * 1000),
    )


def _resolve_duplicate_order(
    client: Client, http: _Http, call: _Call, request: httpx.Request
) -> Generator[_Action, _SendResult, _Outcome[Any] | None]:
    found = yield from _find_orders(client, http, call)
    order = found.get(call.client_order_ids[0])
    if order is None or not _order_matches(call.body, order):
        return None
    logger.info("order with client_order_id %s was already placed; returning it", order.client_order_id)
    return _synthetic(call.op, _create_response(order), request)


def _resolve_lost_order(
    client: Client, http: _Http, call: _Call, request: httpx.Request
) -> Generator[_Action, _SendResult, _Outcome[Any] | None]:
    found = yield from _find_orders(client, http, call)
    if call.op.operation_id == "CreateOrderV2":
        order = found.get(call.client_order_ids[0])
        return _synthetic(call.op, _create_response(order), request) if order is not None else None
    if len(found) < len(call.client_order_ids):
        return None
    from .models import BatchCreateOrdersV2Response, BatchCreateOrdersV2ResponseOrdersItem

    items = [
        BatchCreateOrdersV2ResponseOrdersItem(
            order_id=found[cid].order_id,
            client_order_id=cid,
            fill_count=found[cid].fill_count_fp,
            remaining_count=found[cid].remaining_count_fp,
        )
        for cid in call.client_order_ids
    ]
    return _synthetic(call.op, BatchCreateOrdersV2Response(orders=items), request)


def _resolve_batch_duplicates(
    client: Client, http: _Http, call: _Call, outcome: _Outcome[Any]
) -> Generator[_Action, _SendResult, _Outcome[Any]]:
    """After a batch whose earlier attempt may have gone through, the items refused as duplicates
    of their own `client_order_id` are the orders that attempt placed: answer with those."""
    page: Any = outcome.response.parsed
    duplicates = [
        item
        for item in page.orders
        if getattr(item.error, "code", None) == DUPLICATE_ORDER_CODE and item.client_order_id
    ]
    if not duplicates:
        return outcome
    found = yield from _find_orders(client, http, call)
    from .models import BatchCreateOrdersV2ResponseOrdersItem

    items = []
    for item in page.orders:
        order = found.get(item.client_order_id) if item in duplicates else None
        if order is None:
            items.append(item)
            continue
        items.append(
            BatchCreateOrdersV2ResponseOrdersItem(
                order_id=order.order_id,
                client_order_id=order.client_order_id,
                fill_count=order.fill_count_fp,
                remaining_count=order.remaining_count_fp,
            )
        )
    logger.info(
        "batch create: %d order(s) were placed by an earlier attempt; answering with them", len(duplicates)
    )
    model = msgspec.structs.replace(page, orders=items)
    return _synthetic(call.op, model, outcome.http_response.request)


def _resolve_delete(
    client: Client, http: _Http, call: _Call, request: httpx.Request
) -> Generator[_Action, _SendResult, _Outcome[Any] | None]:
    if call.op.operation_id != "CancelOrderV2":
        return _synthetic(call.op, _empty(call.op.response), request)
    order_id = call.path.rstrip("/").rsplit("/", 1)[-1]
    found = yield from _lookup(client, http, "GetOrder", order_id=order_id)
    if found is None or found.order.status != "canceled":
        return None
    from .models import CancelOrderV2Response

    order = found.order
    reduced = Decimal(order.initial_count_fp) - Decimal(order.fill_count_fp)
    model = CancelOrderV2Response(
        order_id=order.order_id,
        client_order_id=order.client_order_id,
        reduced_by=reduced,
        ts_ms=int(time.time() * 1000),
    )
    return _synthetic(call.op, model, request)


def _empty(model: type[Any] | None) -> Any:
    """An instance of a response model with no required fields (EmptyResponse), else None."""
    if model is None:
        return None
    try:
        return model()
    except TypeError:
        return None
