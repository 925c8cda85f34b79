"""Klear, Kalshi's API for self-clearing members of the margin exchange, under /klear-api/v1.

The local exchange has no settlement model: every operation answers a minimal valid body of its
response schema (`schema.example_for`) and changes nothing; errors are Klear's `Error` object,
not wrapped in `{"error": ...}`. Calls carry Klear's bearer token,
`Authorization: Bearer <admin_user_id>:<access_token>`, which must be one the exchange issued
(`LocalExchange.create_klear_token`). klear_openapi.json is the structure of Kalshi's
klear_openapi.yaml, written by tools/codegen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from ...asgi import KLEAR_PREFIX
from ...auth import AuthenticationError
from ...rules import DEFAULT_COST
from ...venue import Venue
from ..api import RestApi
from ..spec import Operation, spec_table

__all__ = ["KLEAR", "KLEAR_PREFIX", "KlearCaller"]


@dataclass(frozen=True)
class KlearCaller:
    """The admin user a Klear access token acts for."""

    user_id: str
    scopes: tuple[str, ...] = ("read", "write")


def _authenticate(venue: Venue, request: Request, path: str) -> KlearCaller:
    scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not credentials:
        raise AuthenticationError("Klear wants Authorization: Bearer <admin_user_id>:<access_token>")
    user_id, _, token = credentials.partition(":")
    if not token or venue.klear_tokens.get(token) != user_id:
        raise AuthenticationError("no Klear access token of this admin user has this value")
    return KlearCaller(user_id)


def _cost(op: Operation, body: Any, request: Request) -> int:
    return DEFAULT_COST


KLEAR = RestApi(
    spec_table("kalshi_sim.rest.klear", "klear_openapi.json"),
    {},
    _authenticate,
    _cost,
    lane="klear:",
    wrapped_errors=False,
)
"""Klear's REST API."""
