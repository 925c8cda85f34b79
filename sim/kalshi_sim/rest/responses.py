"""Kalshi's REST answers other than success: the error body `{"error": {"code", "message",
"details"}}` for every refusal (an `ExchangeError` from the engine or from the checks here; Klear
answers the inner object alone), and the 429 body `{"error": "too many requests"}`."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from ..engine import ExchangeError
from ..wire import encode

__all__ = ["bad_request", "error_body", "error_response", "json_response", "refusal", "too_many_requests"]


def json_response(body: Any, status: int = 200) -> Response:
    return Response(encode(body), status_code=status, media_type="application/json")


def error_body(error: ExchangeError) -> dict[str, str]:
    """The ErrorResponse shape: `{code, message, details}` (also each failed item of a batch)."""
    return {"code": error.code, "message": error.message, "details": error.details}


def error_response(
    status: int, code: str, message: str, details: str = "", *, wrapped: bool = True
) -> Response:
    """Kalshi's error answer: `{"error": {...}}`, or the object alone (`wrapped=False`, Klear's)."""
    body = {"code": code, "message": message, "details": details}
    return json_response({"error": body} if wrapped else body, status)


def refusal(error: ExchangeError, *, wrapped: bool = True) -> Response:
    """The answer to a refused request."""
    return error_response(error.status, error.code, error.message, error.details, wrapped=wrapped)


def too_many_requests() -> Response:
    return json_response({"error": "too many requests"}, 429)


def bad_request(message: str, details: str = "") -> ExchangeError:
    return ExchangeError(400, "bad_request", message, details)
