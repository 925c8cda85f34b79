"""Kalshi's hosts: production and demo, REST and WebSocket.

`external-api*` are the hosts Kalshi recommends; the `api.elections` / `demo-api` hosts (the
default of kalshi-py 2.0.6.6) remain supported by the exchange and work as `base_url`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "DEMO",
    "ENVIRONMENTS",
    "LEGACY_PRODUCTION_REST_URL",
    "PRODUCTION",
    "Environment",
    "resolve_environment",
    "ws_url_for",
]

API_PATH = "/trade-api/v2"
WS_PATH = "/trade-api/ws/v2"


@dataclass(frozen=True)
class Environment:
    """The REST base URL and WebSocket URL of one Kalshi environment."""

    name: str
    rest_url: str
    ws_url: str


PRODUCTION = Environment(
    name="prod",
    rest_url="https://external-api.kalshi.com" + API_PATH,
    ws_url="wss://external-api-ws.kalshi.com" + WS_PATH,
)
DEMO = Environment(
    name="demo",
    rest_url="https://external-api.demo.kalshi.co" + API_PATH,
    ws_url="wss://external-api-ws.demo.kalshi.co" + WS_PATH,
)
LEGACY_PRODUCTION_REST_URL = "https://api.elections.kalshi.com" + API_PATH

ENVIRONMENTS = {"prod": PRODUCTION, "production": PRODUCTION, "demo": DEMO}


def resolve_environment(name: str) -> Environment:
    """The environment called `name` ("prod", "production" or "demo")."""
    try:
        return ENVIRONMENTS[name.strip().lower()]
    except KeyError:
        known = ", ".join(sorted(ENVIRONMENTS))
        raise ValueError(f"unknown Kalshi environment {name!r}: expected one of {known}") from None


def ws_url_for(rest_url: str) -> str:
    """The WebSocket URL that goes with a REST base URL (same host, `/trade-api/ws/v2`)."""
    for env in (PRODUCTION, DEMO):
        if rest_url.rstrip("/") == env.rest_url:
            return env.ws_url
    scheme, _, rest = rest_url.partition("://")
    host = rest.split("/", 1)[0]
    ws_scheme = {"https": "wss", "http": "ws"}.get(scheme, scheme)
    return f"{ws_scheme}://{host}{WS_PATH}"
