"""Building one call from an operation and its arguments, checked before anything is sent.

`build_call` turns keyword arguments into the path, the query and the JSON body of a request:
path parameters are required and quoted, query values are checked against the enum values and
bounds the spec gives, and the body is validated and encoded by `kalshi_py._model`. Nothing here
knows a particular endpoint: what differs between operations comes from their `Operation` facts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

import httpx
import msgspec

from ._deadline import Deadline
from ._model import explain, format_fixed, request_body_bytes
from .auth import KalshiAuth
from .errors import RequestValidationError
from .types import UNSET

if TYPE_CHECKING:
    from ._operation import Operation, Param
    from .client import Client

__all__ = ["ACCEPT_ENCODING", "SIGNED", "Call", "build_call", "http_request"]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE"})
# What kalshi-py decodes itself, with a bound on the inflated size (see _drivers.read_body).
ACCEPT_ENCODING = "gzip, deflate"
# a request extension: the request carries its signature already
SIGNED = "kalshi_py.signed"


@dataclass
class Call:
    """One call, ready to send: the same request for every attempt."""

    op: Operation[Any]
    path: str
    path_args: dict[str, str]  # the path parameters' values, by wire name
    query: list[tuple[str, str]]
    body: Any
    content: bytes | None
    retry_safe: bool
    cost: int


def build_call(client: Client, op: Operation[Any], args: Mapping[str, Any]) -> Call:
    path, path_args, query = _route(op, args)
    body = _body(op, args)
    if op.write is not None:
        body = op.write.prepare(body)
    content = request_body_bytes(body) if body is not None else None
    retry_safe = op.write.retry_safe(body) if op.write is not None else op.method in IDEMPOTENT_METHODS
    return Call(op, path, path_args, query, body, content, retry_safe, _cost(client, op, body, args))


def http_request(
    http: httpx.Client | httpx.AsyncClient, client: Client, call: Call, deadline: Deadline
) -> httpx.Request:
    """The request of one attempt, as `http.build_request` makes it from the client's settings."""
    if client._takes_own_path(http):
        return _own_request(http, client, call, deadline.limits(client.timeout))
    timeout = deadline.cap(client.timeout)
    headers = {"Accept-Encoding": ACCEPT_ENCODING}
    if call.content is not None:
        headers["Content-Type"] = "application/json"
    return http.build_request(
        call.op.method,
        call.path,
        params=tuple(call.query) or None,
        content=call.content,
        headers=headers,
        timeout=timeout,
    )


# the headers a call sets itself, over the client's defaults
_CALL_HEADERS = frozenset({b"host", b"accept-encoding", b"content-type", b"content-length", b"cookie"})
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


def _own_request(
    http: httpx.Client | httpx.AsyncClient, client: Client, call: Call, timeout: dict[str, float | None]
) -> httpx.Request:
    """The same request as `http.build_request` would make, for kalshi-py's own connections,
    without its cost: the URL is parsed once per distinct target, the client's default headers
    are copied as bytes, and the signature goes in with them (`SIGNED` in its extensions)."""
    base = http.base_url
    target = base.raw_path.decode("ascii").rstrip("/") + call.path
    if call.query:
        target += "?" + urlencode(call.query)
    url = _url(base, target)
    headers = [(b"Host", url.netloc)]
    headers.extend(pair for pair in http.headers.raw if pair[0].lower() not in _CALL_HEADERS)
    headers.append((b"Accept-Encoding", ACCEPT_ENCODING.encode()))
    content = call.content or b""
    if call.content is not None:
        headers.append((b"Content-Type", b"application/json"))
    if call.content is not None or call.op.method in _BODY_METHODS:
        headers.append((b"Content-Length", str(len(content)).encode()))
    extensions: dict[str, Any] = {"timeout": timeout}
    auth = client._httpx_auth()
    if isinstance(auth, KalshiAuth):
        headers.extend(auth._header_pairs(call.op.method, target.split("?", 1)[0]))
        extensions[SIGNED] = True
    request = httpx.Request(
        call.op.method,
        url,
        headers=headers,
        stream=httpx.ByteStream(content),
        extensions=extensions,
    )
    if http.cookies:
        http.cookies.set_cookie_header(request)
    return request


# (id of a base URL, target) -> (that base URL, the URL of the target on it)
_urls: dict[tuple[int, str], tuple[httpx.URL, httpx.URL]] = {}


def _url(base: httpx.URL, target: str) -> httpx.URL:
    """The URL of `target` on `base`, parsed once (hashing a URL would format it every time)."""
    found = _urls.get((id(base), target))
    if found is not None and found[0] is base:
        return found[1]
    if len(_urls) >= 4096:
        _urls.clear()
    url = base.copy_with(raw_path=target.encode("ascii"))
    _urls[(id(base), target)] = (base, url)
    return url


def _cost(client: Client, op: Operation[Any], body: Any, args: Mapping[str, Any]) -> int:
    limiter = client.rate_limiter
    if limiter is None:
        return 0
    items = len(getattr(body, op.items_field, None) or ()) if op.items_field else 1
    unit = op.unit_cost
    if op.costlier_when is not None:
        name, value, costlier = op.costlier_when
        unit = costlier if args.get(name) == value else unit
    cost = limiter.cost(op.method, op.path, items, unit)
    try:
        limiter.check_fits(op.bucket, cost)
    except ValueError as exc:
        raise RequestValidationError(f"{op.operation_id}: {exc}") from None
    return cost


# -- path and query ---------------------------------------------------------------------------------


def query_values(value: Any) -> list[str]:
    """The query-string texts of one argument (a list gives one per item)."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return [text for item in value for text in query_values(item)]
    if isinstance(value, bool):
        return ["true" if value else "false"]
    if isinstance(value, Enum):
        return [str(value.value)]
    if isinstance(value, Decimal):
        return [format_fixed(value, None, strict=False)]
    if isinstance(value, datetime):
        return [value.isoformat()]
    return [str(value)]


def _route(op: Operation[Any], args: Mapping[str, Any]) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
    path = op.path
    path_args: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    for param in op.params:
        value = args.get(param.name, UNSET)
        if param.location == "path":
            if value is UNSET or value is None or value == "":
                raise RequestValidationError(f"{op.operation_id}: {param.name} is required")
            _check_param(op, param, value)
            path_args[param.wire] = query_values(value)[0]
            path = path.replace("{" + param.wire + "}", quote(path_args[param.wire], safe=""))
        elif value is not UNSET and value is not None:
            _check_param(op, param, value)
            query.extend((param.wire, text) for text in query_values(value))
    return path, path_args, query


def _check_param(op: Operation[Any], param: Param, value: Any) -> None:
    """Refuse a value outside the spec's enum values or numeric bounds, naming the valid ones."""
    items = list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]
    where = f"{op.operation_id}: {param.name}"
    for item in items:
        if param.choices is not None:
            texts = query_values(item)
            if isinstance(item, str):
                texts = [part.strip() for part in item.split(",")]
            known = [str(choice) for choice in param.choices]
            for text in texts:
                if text not in known:
                    raise RequestValidationError(
                        f"{where}={text!r} is not a valid value; expected one of {', '.join(known)}"
                    )
        if isinstance(item, bool) or not isinstance(item, (int, float, Decimal)):
            continue
        if param.minimum is not None and item < param.minimum:
            raise RequestValidationError(f"{where}={item} is below the minimum {param.minimum}")
        if param.maximum is not None and item > param.maximum:
            raise RequestValidationError(f"{where}={item} is above the maximum {param.maximum}")


# -- body -------------------------------------------------------------------------------------------


def _body(op: Operation[Any], args: Mapping[str, Any]) -> Any:
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
                raise RequestValidationError(f"invalid {op.body.__name__}: {explain(op.body, exc)}") from None
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
