"""The REST front: every operation of one of Kalshi's REST APIs (`api.RestApi`: event contracts
under `/trade-api/v2` by default, margin, Klear), answered in Kalshi's order of checks.

One call goes: the faults' latency; the signature (private operations) and the key's write scope;
the body parsed; the rate limit (429 `{"error": "too many requests"}`); the faults' injected 5xx;
query parameters and body checked strictly against the spec (a 400 naming the problem); the
faults' dropped connections around applying a write; the handler of the route table under the
engine lock. Any refusal answers Kalshi's error body; nothing but an injected fault answers 5xx.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..asgi import abort_connection
from ..auth import AuthenticationError
from ..engine import ExchangeError
from ..venue import Venue
from .api import RestApi
from .calls import NO_BODY, Call, check_body, parse_body, parse_query
from .responses import error_response, json_response, refusal, too_many_requests
from .routes import EVENT_CONTRACTS
from .schema import example_for
from .spec import Operation, OperationIndex, ref

__all__ = ["RestFront"]

LOG = logging.getLogger("kalshi_sim")


class RestFront:
    """Answers REST requests of one API for one venue: `await front.dispatch(request, path)`."""

    def __init__(self, venue: Venue, api: RestApi = EVENT_CONTRACTS) -> None:
        self.venue = venue
        self.api = api
        self.spec = api.spec
        self.index = OperationIndex(self.spec.operations)

    async def not_found(self, request: Request) -> Response:
        return self._error(
            404, "not_found", "not found", f"no operation answers {request.method} {request.url.path}"
        )

    async def dispatch(self, request: Request, path: str) -> Response:
        """Answer `request` for `path` (relative to the API's prefix, e.g. /trade-api/v2)."""
        found = self.index.find(path)
        if found is None:
            return await self.not_found(request)
        ops, path_params = found
        op = ops.get(request.method)
        if op is None:
            return self._error(
                405,
                "method_not_allowed",
                "method not allowed",
                f"{request.method} is not an operation of {request.url.path}",
            )
        return await self.serve(op, request, path_params)

    async def serve(self, op: Operation, request: Request, path_params: dict[str, str]) -> Response:
        """Answer one call of `op`: every check in Kalshi's order, then the handler's answer."""
        faults = self.venue.faults
        try:
            if faults.latency > 0:
                faults.note_delay()
                await asyncio.sleep(faults.latency)
            api_key = None
            if op.auth:
                try:
                    api_key = self.api.authenticate(self.venue, request, signed_path(request))
                except AuthenticationError as exc:
                    raise ExchangeError(
                        401, "authentication_error", "authentication_error", exc.details
                    ) from None
                if op.method != "GET" and not any(s.startswith("write") for s in api_key.scopes):
                    raise ExchangeError(
                        403, "forbidden", "this API key has no write scope", f"scopes: {api_key.scopes}"
                    )
            body = parse_body(op, await request.body())
            client = request.client.host if request.client else ""
            account = self.api.lane + (api_key.user_id if api_key is not None else f"ip:{client}")
            cost = self.api.cost(op, body, request)
            if not faults.allow(account, "write" if op.is_write else "read", cost):
                return too_many_requests()
            injected = faults.inject_error()
            if injected is not None:
                status, code, message = (
                    (503, "service_unavailable", "service unavailable")
                    if injected == 503
                    else (500, "internal_server_error", "internal server error")
                )
                return self._error(status, code, message, "injected by the local exchange's faults")
            components = self.spec.schemas
            query = parse_query(op, request, components)
            check_body(op, body, components)
            call = Call(op, path_params, query, None if body is NO_BODY else body, api_key, request)
            mutation = op.method != "GET"
            if mutation and faults.drop_before_apply():
                return _dropped(request)
            result = self.apply(call)
            if mutation and faults.drop_after_apply():
                return _dropped(request)
        except ExchangeError as exc:
            return refusal(exc, wrapped=self.api.wrapped_errors)
        except Exception as exc:
            LOG.exception("%s failed", op.operation_id)
            return self._error(500, "internal_server_error", "internal server error", type(exc).__name__)
        if isinstance(result, Response):
            return result
        if result is None and op.response_schema is None:
            return Response(b"", status_code=op.success_status)
        return json_response(result, op.success_status)

    def _error(self, status: int, code: str, message: str, details: str) -> Response:
        return error_response(status, code, message, details, wrapped=self.api.wrapped_errors)

    def apply(self, call: Call) -> Any:
        """Run the operation: its handler where there is one, else an example answer."""
        handler = self.api.routes.get(call.op.operation_id)
        if handler is None:
            if call.op.response_schema is None:
                return None
            return example_for(ref(call.op.response_schema), self.spec.schemas)
        with self.venue.engine_lock:
            return handler(self.venue, call)


def signed_path(request: Request) -> str:
    """The path the caller signed: the raw request path, without its query."""
    raw = request.scope.get("raw_path")
    if isinstance(raw, bytes) and raw:
        return raw.split(b"?", 1)[0].decode("ascii", errors="replace")
    return str(request.scope.get("root_path", "")) + str(request.scope["path"])


def _dropped(request: Request) -> Response:
    """Drop the connection with no answer (a fault); a 500 where there is no connection to drop."""
    abort_connection(request.scope)
    return Response(b"", status_code=500)
