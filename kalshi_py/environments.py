"""Kalshi's hosts: production and demo, REST and WebSocket, for event contracts, margin (Perps)
and Klear.

`external-api*` are the hosts Kalshi recommends; the `api.elections` / `demo-api` hosts (the
default of kalshi-py 2.0.6.6) remain supported by the exchange and work as `base_url`.

Margin REST shares the event-contract host (its paths are under `/margin`); margin streams from
a WebSocket host of its own (`MARGIN_PRODUCTION.ws_url`). Klear, the clearing member API, has
its own REST host and no WebSocket.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

__all__ = [
    "DEMO",
    "ENVIRONMENTS",
    "KLEAR_DEMO_URL",
    "KLEAR_ENVIRONMENTS",
    "KLEAR_PRODUCTION_URL",
    "LEGACY_PRODUCTION_REST_URL",
    "MARGIN_DEMO",
    "MARGIN_ENVIRONMENTS",
    "MARGIN_PRODUCTION",
    "PRODUCTION",
    "Environment",
    "margin_ws_url_for",
    "resolve_environment",
    "resolve_klear_url",
    "resolve_margin_environment",
    "ws_url_for",
]

API_PATH = "/trade-api/v2"
WS_PATH = "/trade-api/ws/v2"
T = TypeVar("T")


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

MARGIN_WS_PATH = WS_PATH + "/margin"
MARGIN_PRODUCTION = Environment(
    name="prod",
    rest_url=PRODUCTION.rest_url,
    ws_url="wss://external-api-margin-ws.kalshi.com" + MARGIN_WS_PATH,
)
MARGIN_DEMO = Environment(
    name="demo",
    rest_url=DEMO.rest_url,
    ws_url="wss://external-api-margin-ws.demo.kalshi.co" + MARGIN_WS_PATH,
)
MARGIN_ENVIRONMENTS = {"prod": MARGIN_PRODUCTION, "production": MARGIN_PRODUCTION, "demo": MARGIN_DEMO}

KLEAR_PATH = "/klear-api/v1"
KLEAR_PRODUCTION_URL = "https://api.klear.kalshi.com" + KLEAR_PATH
KLEAR_DEMO_URL = "https://demo-api.kalshi.co" + KLEAR_PATH
KLEAR_ENVIRONMENTS = {
    "prod": KLEAR_PRODUCTION_URL,
    "production": KLEAR_PRODUCTION_URL,
    "demo": KLEAR_DEMO_URL,
}


def resolve_environment(name: str) -> Environment:
    """The environment called `name` ("prod", "production" or "demo")."""
    return _named(name, ENVIRONMENTS)


def resolve_margin_environment(name: str) -> Environment:
    """The margin environment called `name` ("prod", "production" or "demo")."""
    return _named(name, MARGIN_ENVIRONMENTS)


def resolve_klear_url(name: str) -> str:
    """The Klear base URL of the environment called `name` ("prod", "production" or "demo")."""
    return _named(name, KLEAR_ENVIRONMENTS)


def _named(name: str, environments: Mapping[str, T]) -> T:
    try:
        return environments[name.strip().lower()]
    except KeyError:
        known = ", ".join(sorted(environments))
        raise ValueError(f"unknown Kalshi environment {name!r}: expected one of {known}") from None


def ws_url_for(rest_url: str) -> str:
    """The WebSocket URL that goes with a REST base URL (same host, `/trade-api/ws/v2`)."""
    return _ws_url(rest_url, (PRODUCTION, DEMO), WS_PATH)


def margin_ws_url_for(rest_url: str) -> str:
    """The margin WebSocket URL that goes with a REST base URL: Kalshi's margin WebSocket host
    for its production and demo REST hosts, else the same host at `/trade-api/ws/v2/margin`."""
    return _ws_url(rest_url, (MARGIN_PRODUCTION, MARGIN_DEMO), MARGIN_WS_PATH)


def _ws_url(rest_url: str, known: tuple[Environment, ...], path: str) -> str:
    for env in known:
        if rest_url.rstrip("/") == env.rest_url:
            return env.ws_url
    scheme, _, rest = rest_url.partition("://")
    host = rest.split("/", 1)[0]
    ws_scheme = {"https": "wss", "http": "ws"}.get(scheme, scheme)
    return f"{ws_scheme}://{host}{path}"
