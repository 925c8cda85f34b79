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
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

import httpx

from ._call import Call, build_call, http_request
from ._deadline import Deadline
from ._outcome import Attempts, Outcome, Received, answer, finish
from ._redirects import next_hop
from .auth import KalshiAuth
from .errors import APIConnectionError, DeadlineExceeded, ResponseTooLarge, ResponseValidationError
from .retry import FailureKind, classify_failure, parse_retry_after

if TYPE_CHECKING:
    from ._operation import Operation
    from .client import Client

__all__ = ["Flow", "RequestTiming", "Send", "Settlement", "Sleep", "WriteRecovery", "call_flow"]

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


# A flow yields the I/O it needs and is sent what a Send came back with (None after a Sleep).
Flow = Generator[Send | Sleep, Received | None, T]


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
        return answer(op, None, response.request)
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
    result = yield from _exchange(client, http, call, deadline, attempts)
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
    client: Client,
    http: httpx.Client | httpx.AsyncClient,
    call: Call,
    deadline: Deadline,
    attempts: Attempts,
) -> Flow[Received]:
    """Send the call's request and follow redirects when the client does, re-signing on the
    same host and sending no credentials to another one."""
    first = request = http_request(http, client, call, deadline)
    attempts.request = request
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
        except (APIConnectionError, ResponseValidationError, ResponseTooLarge):
            return None
        return found.response.parsed if found.parsed_ok else None

    def finish(self) -> Outcome[Any]:
        return finish(self.client, self.call, self.attempts)

    def answer(self, model: Any) -> Outcome[Any]:
        return answer(self.call.op, model, self.attempts.request)
