"""kalshi-py: the typed, fast Python client for the Kalshi Trade API v2.

from kalshi_py import create_client
from kalshi_py.api.market import get_markets

client = create_client()                      # KALSHI_API_KEY_ID + a private key from the env
markets = get_markets.sync(client=client, limit=10).markets
"""

from __future__ import annotations

import os
from typing import Any

from ._version import __version__
from .auth import KalshiAuth, KalshiAuthenticatedClient, api_key_from
from .client import DEFAULT_TIMEOUT, AuthenticatedClient, Client
from .environments import DEMO, PRODUCTION, Environment
from .errors import KalshiError, UnexpectedStatus
from .ratelimit import RateLimiter
from .retry import RetryPolicy
from .types import UNSET, Response, Unset

__all__ = [
    "DEFAULT_TIMEOUT",
    "DEMO",
    "PRODUCTION",
    "UNSET",
    "AuthenticatedClient",
    "Client",
    "Environment",
    "KalshiAuth",
    "KalshiAuthenticatedClient",
    "KalshiError",
    "RateLimiter",
    "Response",
    "RetryPolicy",
    "UnexpectedStatus",
    "Unset",
    "__version__",
    "create_client",
]

ENV_KEY_ID = "KALSHI_API_KEY_ID"
ENV_PRIVATE_KEY_PEM = "KALSHI_PY_PRIVATE_KEY_PEM"
ENV_PRIVATE_KEY_PATH = "KALSHI_PRIVATE_KEY_PATH"


def create_client(
    base_url: str | None = None,
    access_key_id: str | None = None,
    private_key_path: str | os.PathLike[str] | None = None,
    private_key_data: str | bytes | None = None,
    **kwargs: Any,
) -> KalshiAuthenticatedClient:
    """An API-key client, with credentials from the arguments or the environment.

    - `access_key_id`, else `KALSHI_API_KEY_ID`.
    - the private key: `private_key_path` or `private_key_data` (not both), else
      `KALSHI_PY_PRIVATE_KEY_PEM` (PEM text, literal `\\n` allowed), else a file named by
      `KALSHI_PRIVATE_KEY_PATH`. `password=` decrypts an encrypted key.
    - `base_url` (default: Kalshi production), or `environment="demo"` / `"prod"`.

    Other keyword arguments are those of `Client` (`timeout`, `headers`, `httpx_args`,
    `max_retries`, `rate_limiter`, ...). Raises `ValueError` naming what is missing or wrong.
    """
    password = kwargs.pop("password", None)
    key_id, key = api_key_from(
        access_key_id,
        private_key_path,
        private_key_data,
        password,
        key_id_variable=ENV_KEY_ID,
        pem_variable=ENV_PRIVATE_KEY_PEM,
        path_variable=ENV_PRIVATE_KEY_PATH,
    )
    kwargs.setdefault("raise_on_unexpected_status", True)
    return KalshiAuthenticatedClient(key_id, key, base_url, password=password, **kwargs)
