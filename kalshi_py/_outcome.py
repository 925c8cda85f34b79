"""What a call comes to: the answer of its last attempt, decoded, or the error for none.

`Attempts` records the attempts of one call; `finish` turns the last one into an `Outcome` (or
raises the error for no answer); `answer` builds the outcome of a write settled by looking it up.
"""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx
import msgspec

from ._model import decode_json
from .errors import (
    APIConnectionError,
    APITimeoutError,
    DeadlineExceeded,
    ResponseValidationError,
    error_for_response,
    is_error_body,
)
from .types import Response

if TYPE_CHECKING:
    from ._call import Call
    from ._operation import Operation
    from .client import Client

__all__ = ["Attempts", "Outcome", "Received", "answer", "finish", "no_answer_error", "outcome"]

T = TypeVar("T")

# What one attempt comes back with: the answer, or why there is none.
Received = httpx.Response | Exception


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
    request: httpx.Request | None = None  # the last request sent
    count: int = 0
    ambiguous: bool = False  # an attempt may have been applied without its answer reaching us

    @property
    def response(self) -> httpx.Response | None:
        return self.last if isinstance(self.last, httpx.Response) else None


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
        try:
            parsed = decode_json(op.response, content)
        except msgspec.ValidationError as exc:
            name = getattr(op.response, "__name__", op.response)
            where = _answer_to(op, response)
            raise ResponseValidationError(f"{where} does not match {name}: {exc}") from None
        except msgspec.DecodeError as exc:
            raise ResponseValidationError(f"{_answer_to(op, response)} is not JSON: {exc}") from None
    return Outcome(Response(_status(status), content, response.headers, parsed), response, ok)


def _answer_to(op: Operation[Any], response: httpx.Response) -> str:
    return f"the {response.status_code} answer to {op.method} {response.request.url.path}"


def answer(op: Operation[T], model: Any, request: httpx.Request | None) -> Outcome[T]:
    """An outcome for a write settled by looking it up instead of by its own answer; with no
    `model`, an empty answer of the operation's model when it has no required field."""
    if model is None:
        model = _empty(op.response)
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


_STATUSES = {int(status): status for status in HTTPStatus}


def _status(status: int) -> HTTPStatus:
    return _STATUSES.get(status, status)  # type: ignore[arg-type]


def _empty(model: type[Any] | None) -> Any:
    """An instance of a response model with no required fields (EmptyResponse), else None."""
    if model is None:
        return None
    try:
        return model()
    except TypeError:
        return None
