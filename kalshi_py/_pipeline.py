"""The one request pipeline behind every operation: build -> rate limit -> sign -> send -> retry -> decode.

Every decision is made once, in `call_flow`: a generator that yields the I/O it needs (`Send` a
request, `Sleep` a while) and returns the outcome. `kalshi_py._drivers` performs that I/O for sync
and for async calls; it is the only code that exists twice.

The pipeline knows no endpoint. What differs between operations are the facts the generator
writes into each `Operation`: its route, parameters, body and answer, its rate-limit bucket and
cost, and for order writes a `WriteRecovery` (from `kalshi_py._orders`) that makes the write safe
to retry and settles it when an answer was lost.

Every call has a total deadline (`Client(total_timeout=...)`): attempts, waits between them and
the reading of each body all fit inside it. A write whose outcome is in doubt when the deadline
passes is still settled: the lookups it needs get a deadline of their own, as long again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, Protocol, TypeVar

import httpx
import msgspec

from ._call import Call, build_call, http_request
from ._deadline import Deadline
from ._model import decode_json
from ._redirects import next_hop
from .auth import KalshiAuth
from .errors import (
    APIConnectionError,
    APITimeoutError,
    DeadlineExceeded,
    ResponseValidationError,
    error_for_response,
    is_error_body,
)
from .retry import FailureKind, classify_failure, parse_retry_after
from .types import Response

if TYPE_CHECKING:
    from ._operation import Operation
    from .client import Client

__all__ = [
    "Attempts",
    "Outcome",
    "RequestTiming",
    "Send",
    "Settlement",
    "Sleep",
    "WriteRecovery",
    "call_flow",
]

T = TypeVar("T")
logger = logging.getLogger("kalshi_py")


class RequestTiming(NamedTuple):
    """One attempt of one call, as handed to a client's `on_request` hook."""

    operation_id: str
    method: str
    path: str
    status: int | None  # None when no answer came
    seconds: float
    attempt: int
    error: BaseException | None


class WriteRecovery(Protocol):
    """What makes a write safe to retry and settles it when its answer was lost."""

    def prepare(self, body: Any) -> Any:
        """The body to send on every attempt (an order gets its `client_order_id` here)."""

    def retry_safe(self, body: Any) -> bool:
        """Whether sending `body` twice cannot apply it twice."""

    def settle(self, settlement: Settlement) -> Flow[Outcome[Any]]:
        """The outcome of the call, once the attempts are over."""


# -- the I/O a flow asks for ------------------------------------------------------------------------


@dataclass
class Send:
    """Send `request` and read its answer whole, within `deadline` and `max_bytes`; without the
    client's credentials when `credentials` is False (a redirect to another host)."""

    request: httpx.Request
    deadline: Deadline
    max_bytes: int | None
    credentials: bool = True


@dataclass
class Sleep:
    seconds: float


# What a Send comes back with: the answer, or why there is none.
Received = httpx.Response | Exception
Flow = Generator[Send | Sleep, Received | None, T]


@dataclass
class Outcome(Generic[T]):
    response: Response[T]
    http_response: httpx.Response
    parsed_ok: bool

    def value(self) -> T:
        if not self.parsed_ok:
            raise error_for_response(self.http_response)
        return self.response.parsed  # type: ignore[return-value]


@dataclass
class Attempts:
    """What the attempts of one call came to."""

    last: Received | None = None
    count: int = 0
    ambiguous: bool = False  # an attempt may have been applied without its answer reaching us

    @property
    def response(self) -> httpx.Response | None:
        return self.last if isinstance(self.last, httpx.Response) else None


# -- the flow ---------------------------------------------------------------------------------------


def call_flow(
    client: Client,
    http: httpx.Client | httpx.AsyncClient,
    op: Operation[T],
    args: Mapping[str, Any],
    deadline: Deadline | None = None,
) -> Flow[Outcome[T]]:
    call = build_call(client, op, args)
    deadline = deadline or Deadline(client.total_timeout)
    attempts = yield from _attempt_all(client, http, call, deadline)
    if op.write is not None:
        return (yield from op.write.settle(Settlement(client, http, call, attempts)))
    response = attempts.response
    if response is not None and response.status_code == 404 and attempts.ambiguous and op.method == "DELETE":
        # an earlier attempt that went unanswered did the delete
        return answer(op, _empty(op.response), response.request)
    return finish(client, call, attempts)


def _attempt_all(
    client: Client, http: httpx.Client | httpx.AsyncClient, call: Call, deadline: Deadline
) -> Flow[Attempts]:
    attempts = Attempts()
    policy = client.retry
    retries = 0
    skew_retried = False
    while True:
        result = yield from _attempt(client, http, call, deadline, attempts)
        response = result if isinstance(result, httpx.Response) else None
        error = None if isinstance(result, httpx.Response) else result
        status = response.status_code if response is not None else None
        if status is not None and status < 400:
            return attempts
        if response is not None and status == 401 and not skew_retried and _learn_clock(client, response):
            skew_retried = True
            continue
        kind = classify_failure(status, error)
        if kind is FailureKind.AMBIGUOUS and not (isinstance(error, DeadlineExceeded) and not error.sent):
            attempts.ambiguous = True
        if not policy.should_retry(retries, kind, call.retry_safe) or deadline.expired():
            return attempts
        retries += 1
        retry_after = parse_retry_after(response.headers.get("retry-after")) if response is not None else None
        delay = policy.delay(retries, retry_after)
        left = deadline.left()
        if left is not None and delay >= left:
            logger.info(
                "not retrying %s %s: the wait would outlast the total timeout", call.op.method, call.path
            )
            return attempts
        logger.info(
            "retrying %s %s (retry %d of %d, %s failure: %s) in %.2f s",
            call.op.method,
            call.path,
            retries,
            policy.max_retries,
            kind.value,
            status if status is not None else type(error).__name__,
            delay,
        )
        if delay > 0:
            yield Sleep(delay)


def _attempt(
    client: Client,
    http: httpx.Client | httpx.AsyncClient,
    call: Call,
    deadline: Deadline,
    attempts: Attempts,
) -> Flow[Received]:
    """One attempt: wait for rate-limit tokens, send (following redirects), report it."""
    attempts.count += 1
    op = call.op
    limiter = client.rate_limiter
    if limiter is not None and call.cost:
        wait = limiter.reserve(op.bucket, call.cost)
        left = deadline.left()
        if left is not None and wait >= left:
            result: Received = DeadlineExceeded(
                f"{op.method} {call.path}: the rate limiter would hold it {wait:.2f} s, past the "
                f"total timeout of {deadline.seconds} s",
                sent=False,
            )
            attempts.last = result
            return result
        if wait > 0:
            logger.debug("rate limiter: %s waits %.3f s", op.operation_id, wait)
            yield Sleep(wait)
    started = time.perf_counter()
    result = yield from _exchange(client, http, call, deadline)
    elapsed = time.perf_counter() - started
    attempts.last = result
    status = result.status_code if isinstance(result, httpx.Response) else None
    error = None if isinstance(result, httpx.Response) else result
    if client.on_request is not None:
        client.on_request(
            RequestTiming(op.operation_id, op.method, call.path, status, elapsed, attempts.count, error)
        )
    if isinstance(result, httpx.Response):
        logger.debug("%s %s -> %d in %.1f ms", op.method, call.path, result.status_code, elapsed * 1000)
        if result.status_code != 401:
            _learn_clock(client, result)
    else:
        logger.debug("%s %s failed after %.1f ms: %r", op.method, call.path, elapsed * 1000, error)
    return result


def _exchange(
    client: Client, http: httpx.Client | httpx.AsyncClient, call: Call, deadline: Deadline
) -> Flow[Received]:
    """Send the call's request and follow redirects when the client does, re-signing on the
    same host and sending no credentials to another one."""
    first = request = http_request(http, client, call, deadline)
    credentials = True
    for _ in range(http.max_redirects):
        result = yield Send(request, deadline, client.max_response_bytes, credentials)
        assert result is not None
        if not (http.follow_redirects and isinstance(result, httpx.Response) and result.is_redirect):
            return result
        hop = next_hop(http, first, request, result, deadline.cap(client.timeout))
        if hop is None:
            return result
        request, credentials = hop
    result = yield Send(request, deadline, client.max_response_bytes, credentials)
    assert result is not None
    return result


def _learn_clock(client: Client, response: httpx.Response) -> bool:
    """Let the signer learn the exchange's clock from `Date`; True when its offset changed."""
    auth = getattr(client, "auth", None)
    if not client.correct_clock_skew or not isinstance(auth, KalshiAuth):
        return False
    return auth.learn_clock_offset(response.headers.get("date"))


# -- outcomes ---------------------------------------------------------------------------------------


def finish(client: Client, call: Call, attempts: Attempts) -> Outcome[Any]:
    """The outcome of a call from its last attempt: the answer, or the error for no answer."""
    response = attempts.response
    if response is None:
        raise no_answer_error(client, call, attempts)
    return outcome(call.op, response)


def outcome(op: Operation[T], response: httpx.Response) -> Outcome[T]:
    status = response.status_code
    content = response.content
    parsed: Any = None
    ok = 200 <= status < 300 and not is_error_body(content)
    if ok and op.response is not None and content:
        where = f"the {status} answer to {op.method} {response.request.url.path}"
        try:
            parsed = decode_json(op.response, content)
        except msgspec.ValidationError as exc:
            name = getattr(op.response, "__name__", op.response)
            raise ResponseValidationError(f"{where} does not match {name}: {exc}") from None
        except msgspec.DecodeError as exc:
            raise ResponseValidationError(f"{where} is not JSON: {exc}") from None
    return Outcome(Response(_status(status), content, response.headers, parsed), response, ok)


def answer(op: Operation[T], model: Any, request: httpx.Request) -> Outcome[T]:
    """An outcome for a write settled by looking it up instead of by its own answer."""
    content = model.to_json() if model is not None else b""
    response = httpx.Response(200 if content else 204, content=content, request=request)
    return Outcome(Response(_status(response.status_code), content, response.headers, model), response, True)


def no_answer_error(client: Client, call: Call, attempts: Attempts) -> Exception:
    """The error for a call none of whose attempts got an answer. It names the URL and the host,
    and says when that host is Kalshi production only because no server was named."""
    error = attempts.last
    assert isinstance(error, Exception)
    if not isinstance(error, httpx.TransportError):
        return error
    note = ""
    if client.base_url_defaulted:
        note = (
            f"; {client.base_url} is Kalshi production, used because no base_url, environment or "
            f"KALSHI_BASE_URL was given"
        )
    if isinstance(error, DeadlineExceeded):
        error.args = (f"{error.args[0]}{note}",) if error.args else error.args
        return error
    request: httpx.Request | None = getattr(error, "_request", None)
    url = str(request.url) if request is not None else client.base_url + call.path
    host = request.url.host if request is not None else httpx.URL(client.base_url).host
    tries = f" after {attempts.count} attempts" if attempts.count > 1 else ""
    message = f"{call.op.method} {url}: no answer from {host}{tries}: {type(error).__name__}: {error}{note}"
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return cls(message, request=request)


def _status(status: int) -> HTTPStatus:
    try:
        return HTTPStatus(status)
    except ValueError:
        return status  # type: ignore[return-value]


def _empty(model: type[Any] | None) -> Any:
    """An instance of a response model with no required fields (EmptyResponse), else None."""
    if model is None:
        return None
    try:
        return model()
    except TypeError:
        return None


# -- settling a write -------------------------------------------------------------------------------


@dataclass
class Settlement:
    """What a `WriteRecovery` settles a write with: the call, its attempts, and lookups."""

    client: Client
    http: httpx.Client | httpx.AsyncClient
    call: Call
    attempts: Attempts
    grace: Deadline | None = None

    def lookup(self, op: Operation[Any], args: Mapping[str, Any]) -> Flow[Any]:
        """Run `op` inside this call; its answer, or None. The lookups of one settlement share a
        deadline of their own, as long as the call's total timeout: a write whose deadline passed
        with its outcome in doubt is still looked up."""
        if self.grace is None:
            self.grace = Deadline(self.client.total_timeout)
        try:
            found = yield from call_flow(self.client, self.http, op, args, self.grace)
        except (APIConnectionError, ResponseValidationError):
            return None
        return found.response.parsed if found.parsed_ok else None

    def finish(self) -> Outcome[Any]:
        return finish(self.client, self.call, self.attempts)

    def answer(self, model: Any) -> Outcome[Any]:
        response = self.attempts.response
        request = response.request if response is not None else _request_of(self.attempts.last)
        return answer(self.call.op, model, request)


def _request_of(error: Any) -> httpx.Request:
    request = getattr(error, "_request", None)
    return request if isinstance(request, httpx.Request) else httpx.Request("GET", "http://invalid/")
