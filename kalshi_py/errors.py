"""Every error kalshi-py raises.

    KalshiError
    ├── RequestValidationError     bad input, caught before anything is sent (also a ValueError)
    ├── APIConnectionError         no HTTP answer: connect error, reset, protocol error
    │   │                          (also an httpx.TransportError)
    │   └── APITimeoutError        the request timed out (also an httpx.TimeoutException)
    │       └── DeadlineExceeded   the call's total timeout passed, retries and waits included
    ├── OrderStateUnknown          an order write was sent, no answer came back, and looking the
    │                              order up could not settle whether it was applied
    ├── ResponseTooLarge           the answer is larger than `max_response_bytes`, as read or as
    │                              inflated
    ├── ResponseValidationError    a success answer that does not match its model
    └── UnexpectedStatus           the exchange answered with an error
        ├── BadRequestError        400
        ├── AuthenticationError    401
        ├── PermissionDeniedError  403
        ├── NotFoundError          404
        ├── ConflictError          409
        ├── RateLimitError         429
        ├── ServerError            5xx
        └── ErrorInSuccessResponse a 2xx whose body is an error object

`UnexpectedStatus(status_code, content)` keeps the constructor and the message of kalshi-py
2.0.6.6 (`Unexpected status code: <code>`, then the response content), so existing
`except UnexpectedStatus` clauses catch every status error and code matching its text keeps
working; the typed subclasses add the request, Kalshi's code and message after that text. Each
carries `status_code`, `content` (raw bytes), `response` (the `httpx.Response`), Kalshi's error
`code`, `message` and `details`, and the `request_id` when the exchange sent one. Kalshi's error
body is `{"error": {"code", "message", "details"}}` on the wire and flat in its spec; both are read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
import msgspec

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceeded",
    "ErrorInSuccessResponse",
    "KalshiError",
    "NotFoundError",
    "OrderStateUnknown",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseTooLarge",
    "ResponseValidationError",
    "ServerError",
    "UnexpectedStatus",
    "error_for_response",
    "parse_error_body",
]

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-amz-cf-id")


class KalshiError(Exception):
    """Base class of every error raised by kalshi-py."""


class RequestValidationError(KalshiError, ValueError):
    """The request was refused before it was sent: a field is missing, mistyped or out of range."""


class APIConnectionError(KalshiError, httpx.TransportError):
    """No HTTP answer was received (connection refused or reset, protocol error)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        httpx.TransportError.__init__(self, message, request=request)


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """The request timed out."""


class DeadlineExceeded(APITimeoutError):
    """The call's total timeout (`total_timeout`) passed before a complete answer arrived.

    `sent` is False when no attempt had been sent yet (the time went in waiting).
    """

    def __init__(self, message: str, *, request: httpx.Request | None = None, sent: bool = True) -> None:
        super().__init__(message, request=request)
        self.sent = sent


class OrderStateUnknown(KalshiError):
    """An order write was sent but no answer arrived, and looking the order up could not settle
    whether it was applied.

    `client_order_id` identifies the order being created (for a batch, the first one not found;
    `client_order_ids` lists them all), `order_id` the order being canceled, amended or
    decreased, so that it can be looked up later; `cause` is the last failure seen.
    """

    def __init__(
        self,
        message: str,
        *,
        client_order_id: str | None = None,
        client_order_ids: tuple[str, ...] = (),
        order_id: str | None = None,
        cause: BaseException | None = None,
    ) -> None:
        super().__init__(message)
        self.client_order_id = client_order_id
        self.client_order_ids = client_order_ids or ((client_order_id,) if client_order_id else ())
        self.order_id = order_id
        self.cause = cause


class ResponseTooLarge(KalshiError):
    """The answer is larger than the client's `max_response_bytes`, as received or once inflated.

    Nothing past the cap is kept in memory. `status_code` is the status of the refused answer.
    """

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class ResponseValidationError(KalshiError):
    """A success answer whose body does not match the model of the operation."""


class UnexpectedStatus(KalshiError):
    """The exchange answered with a status that is not a success."""

    def __init__(self, status_code: int, content: bytes, *, response: httpx.Response | None = None) -> None:
        self.status_code = status_code
        self.content = content
        self.response = response
        self.code, self.message, self.details = parse_error_body(content)
        self.request_id = _request_id(response.headers) if response is not None else None
        # kalshi-py 2.0.6.6's text, word for word
        body = content.decode(errors="ignore")
        text = f"Unexpected status code: {status_code}\n\nResponse content:\n{body}"
        if type(self) is not UnexpectedStatus:
            text += self._summary()
        super().__init__(text)

    def _summary(self) -> str:
        """What a typed error adds to the 2.0.6.6 text: the request, Kalshi's code and message."""
        parts = []
        request = _request_of(self.response)
        if request is not None:
            parts.append(f"{request.method} {request.url.path}:")
        if self.code and self.message and self.code != self.message:
            parts.append(f"{self.code}: {self.message}")
        elif self.code or self.message:
            parts.append(self.code or self.message or "")
        if self.details:
            parts.append(f"({self.details})")
        if self.request_id:
            parts.append(f"[request id {self.request_id}]")
        hint = _hint(self.status_code, request)
        summary = " ".join(parts)
        return (f"\n\n{summary}" if summary else "") + (f"\n\n{hint}" if hint else "")


class BadRequestError(UnexpectedStatus):
    """400: the exchange refused the request as invalid."""


class AuthenticationError(UnexpectedStatus):
    """401: the signature, key id or timestamp was refused."""


class PermissionDeniedError(UnexpectedStatus):
    """403: the key may not do this."""


class NotFoundError(UnexpectedStatus):
    """404: no such market, order, event or resource."""


class ConflictError(UnexpectedStatus):
    """409: the request conflicts with existing state, e.g. a reused `client_order_id`."""


class RateLimitError(UnexpectedStatus):
    """429: the rate limit was exceeded."""


class ServerError(UnexpectedStatus):
    """5xx: the exchange failed to handle the request."""


class ErrorInSuccessResponse(UnexpectedStatus):
    """A 2xx answer whose body is an error object (Kalshi has answered removed endpoints so)."""


_BY_STATUS: Mapping[int, type[UnexpectedStatus]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def error_for_response(response: httpx.Response) -> UnexpectedStatus:
    """The error to raise for an HTTP answer that is not a success."""
    status = response.status_code
    if 200 <= status < 300:
        cls: type[UnexpectedStatus] = ErrorInSuccessResponse
    elif status >= 500:
        cls = ServerError
    else:
        cls = _BY_STATUS.get(status, UnexpectedStatus)
    return cls(status, response.content, response=response)


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else msgspec.json.encode(value).decode()


def parse_error_body(content: bytes) -> tuple[str | None, str | None, str | None]:
    """`(code, message, details)` from a Kalshi error body, wrapped in `"error"` or flat.

    The 429 body `{"error": "too many requests"}` gives the string as the message. Anything that
    is not a JSON object gives `(None, None, None)`.
    """
    try:
        body = msgspec.json.decode(content) if content else None
    except msgspec.DecodeError:
        return None, None, None
    if not isinstance(body, dict):
        return None, None, None
    inner = body.get("error", body)
    if isinstance(inner, str):
        return None, inner, None
    if not isinstance(inner, dict):
        return None, None, None
    return _text(inner.get("code")), _text(inner.get("message")), _text(inner.get("details"))


def is_error_body(content: bytes) -> bool:
    """Whether a 2xx body is in fact an error object (`{"error": {...}}` or `{"error": "..."}`)."""
    if not content.startswith(b"{") or b'"error"' not in content[:64]:
        return False
    try:
        body = msgspec.json.decode(content)
    except msgspec.DecodeError:
        return False
    return isinstance(body, dict) and set(body) <= {"error"} and bool(body.get("error"))


def _request_of(response: httpx.Response | None) -> httpx.Request | None:
    """The request of `response`; None when there is none (a response built by hand has none)."""
    if response is None:
        return None
    try:
        return response.request
    except RuntimeError:
        return None


def _hint(status: int, request: httpx.Request | None) -> str | None:
    """A likely cause the answer alone does not say."""
    path = request.url.path if request is not None else ""
    if status == 404 and request is not None and "/trade-api/" not in path and "/klear-api/" not in path:
        return (
            f"hint: {request.url.path} has no /trade-api/v2 prefix; Kalshi's REST base URL ends in "
            f"/trade-api/v2 (e.g. {request.url.scheme}://{request.url.netloc.decode()}/trade-api/v2)"
        )
    return None


def _request_id(headers: httpx.Headers) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value: str | None = headers.get(name)
        if value:
            return value
    return None
