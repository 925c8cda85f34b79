"""`RestApi`: one REST API the exchange answers, as the REST front needs it: the spec's operations,
the route table of handlers, how a call is authenticated, what it costs in rate-limit tokens and
which buckets it draws on. The exchange answers three: Kalshi's event-contract API (`routes.py`),
its margin API (`margin/`) and Klear (`klear/`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request

from ..venue import Venue
from .calls import Call, Caller
from .spec import Operation, SpecTable

__all__ = ["Authenticator", "Handler", "RestApi"]

Handler = Callable[[Venue, Call], Any]
"""Answers one call: a JSON-able body, a Response, or None for an empty answer."""

Authenticator = Callable[[Venue, Request, str], Caller]
"""Who made a request (the venue, the request, the path it signed); `AuthenticationError` if
nobody the API knows."""


@dataclass(frozen=True)
class RestApi:
    """One REST API: its spec, its handlers, its authentication and its rate-limit costs."""

    spec: SpecTable
    routes: Mapping[str, Handler]
    authenticate: Authenticator
    cost: Callable[[Operation, Any, Request], int]
    lane: str = ""
    """Prefix of its rate-limit buckets: an API with its own buckets names them apart."""
    wrapped_errors: bool = True
    """Whether its error bodies are `{"error": {...}}` (Kalshi's trade API) or the object alone."""
