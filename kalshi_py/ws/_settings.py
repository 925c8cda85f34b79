"""The settings of a WebSocket client, checked once and shared by the asyncio and the blocking
client: where to connect, with which key, in which dialect (event contracts or margin), and how
to behave (see `KalshiWebSocket`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..auth import KalshiAuth, KalshiAuthenticatedClient
from ..client import Client
from ..environments import Environment
from ._delivery import Overflow
from ._dialect import EVENT_CONTRACTS, Dialect

__all__ = ["Settings", "resolve_url_and_auth"]


@dataclass(frozen=True)
class Settings:
    """Every option of `KalshiWebSocket`, with `url` and `auth` resolved."""

    url: str
    auth: KalshiAuth | None
    command_timeout: float = 10.0
    open_timeout: float = 10.0
    ping_interval: float | None = 10.0
    ping_timeout: float | None = 20.0
    idle_timeout: float | None = None
    max_queue: int = 10_000
    overflow: Overflow = "raise"
    reconnect: bool = True
    max_reconnect_attempts: int | None = None
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    healthy_after: float = 5.0
    max_frame_size: int | None = 16 * 1024 * 1024
    on_frame: Callable[[bytes], None] | None = None
    rest_client: Client | None = None
    backfill_margin: float = 5.0
    dialect: Dialect = EVENT_CONTRACTS

    def __post_init__(self) -> None:
        if self.overflow not in ("raise", "resync"):
            raise ValueError(f"overflow must be 'raise' or 'resync', got {self.overflow!r}")
        if self.max_queue < 1:
            raise ValueError("max_queue must be at least 1")
        if self.command_timeout <= 0:
            raise ValueError("command_timeout must be positive")
        if self.healthy_after < 0:
            raise ValueError("healthy_after must be 0 or more seconds")
        if self.backfill_margin < 0:
            raise ValueError("backfill_margin must be 0 or more seconds")
        if self.rest_client is not None and not self.dialect.backfill:
            raise ValueError(
                f"rest_client: the {self.dialect.name} WebSocket client does not backfill fills and "
                "orders over REST; reconcile over REST on a `reconnected` status instead"
            )

    @classmethod
    def build(
        cls,
        auth: KalshiAuth | KalshiAuthenticatedClient | None = None,
        *,
        environment: Environment | str | None = None,
        url: str | None = None,
        dialect: Dialect = EVENT_CONTRACTS,
        **options: Any,
    ) -> Settings:
        """The settings for `KalshiWebSocket(auth, environment=..., url=..., **options)`."""
        resolved, kalshi_auth = resolve_url_and_auth(auth, environment, url, dialect)
        return cls(url=resolved, auth=kalshi_auth, dialect=dialect, **options)


def resolve_url_and_auth(
    auth: KalshiAuth | KalshiAuthenticatedClient | None,
    environment: Environment | str | None,
    url: str | None,
    dialect: Dialect = EVENT_CONTRACTS,
) -> tuple[str, KalshiAuth | None]:
    """The WebSocket URL (`url`, else `environment`'s, else the one of the client's REST host,
    else production, in `dialect`) and the key to sign the handshake with."""
    kalshi_auth: KalshiAuth | None
    rest_url: str | None = None
    if auth is None or isinstance(auth, KalshiAuth):
        kalshi_auth = auth
    elif isinstance(auth, KalshiAuthenticatedClient):
        kalshi_auth = auth.auth
        rest_url = str(auth.base_url)
    else:
        raise TypeError(
            f"auth must be a KalshiAuth or a KalshiAuthenticatedClient, got {type(auth).__name__}"
        )
    if url is not None:
        resolved = url
    elif environment is not None:
        env = dialect.resolve_environment(environment) if isinstance(environment, str) else environment
        resolved = env.ws_url
    elif rest_url:
        resolved = dialect.ws_url_for(rest_url)
    else:
        resolved = dialect.production.ws_url
    if urlsplit(resolved).scheme not in ("ws", "wss"):
        raise ValueError(f"WebSocket URL must start with ws:// or wss://, got {resolved!r}")
    return resolved, kalshi_auth
