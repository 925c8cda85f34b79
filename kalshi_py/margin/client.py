"""`MarginClient`: the signed client of Kalshi's margin (Perps) API, and `create_client`.

Kalshi recommends a separate API key for margin trading, so the margin client reads credentials
and its environment from variables of its own, never from the event-contract ones:

- `KALSHI_MARGIN_API_KEY_ID`: the margin API key's id;
- `KALSHI_MARGIN_PRIVATE_KEY_PEM` (PEM text, literal `\\n` allowed) or
  `KALSHI_MARGIN_PRIVATE_KEY_PATH` (a PEM file): its private key;
- `KALSHI_MARGIN_BASE_URL` (a REST base URL, `.../trade-api/v2`) or `KALSHI_MARGIN_ENV`
  (`prod` or `demo`): where to connect, production when neither is set.

To trade both products with one key, set both sets of variables to it.
"""

from __future__ import annotations

import os
from typing import Any

from ..auth import KalshiAuthenticatedClient, PrivateKey, api_key_from
from ..environments import MARGIN_PRODUCTION, margin_ws_url_for, resolve_margin_environment

__all__ = [
    "ENV_BASE_URL",
    "ENV_ENVIRONMENT",
    "ENV_KEY_ID",
    "ENV_PRIVATE_KEY_PATH",
    "ENV_PRIVATE_KEY_PEM",
    "MarginClient",
    "create_client",
]

ENV_KEY_ID = "KALSHI_MARGIN_API_KEY_ID"
ENV_PRIVATE_KEY_PEM = "KALSHI_MARGIN_PRIVATE_KEY_PEM"
ENV_PRIVATE_KEY_PATH = "KALSHI_MARGIN_PRIVATE_KEY_PATH"
ENV_BASE_URL = "KALSHI_MARGIN_BASE_URL"
ENV_ENVIRONMENT = "KALSHI_MARGIN_ENV"


class MarginClient(KalshiAuthenticatedClient):
    """A client of the margin API that signs every request with a margin API key.

    `MarginClient(access_key_id, private_key_pem, base_url=..., environment=...)`: the base URL
    is `base_url`, else `environment`'s ("prod" or "demo"), else `KALSHI_MARGIN_BASE_URL` or
    `KALSHI_MARGIN_ENV`, else Kalshi production. Other keyword arguments are those of
    `kalshi_py.Client` (`timeout`, `max_retries`, `rate_limiter`, ...). Its calls go through the
    same pipeline as the event-contract client's: retries that never place an order twice, the
    rate limiter, clock-skew correction, a total deadline and a size cap.
    """

    def __init__(
        self,
        access_key_id: str,
        private_key_pem: str | bytes | PrivateKey,
        base_url: str | None = None,
        *,
        environment: str | None = None,
        password: str | bytes | None = None,
        **kwargs: Any,
    ) -> None:
        if base_url is not None and environment is not None:
            raise ValueError("give base_url or environment, not both")
        if base_url is None and environment is None:
            base_url = os.environ.get(ENV_BASE_URL) or None
            environment = None if base_url else os.environ.get(ENV_ENVIRONMENT) or None
        if environment is not None:
            base_url = resolve_margin_environment(environment).rest_url
        super().__init__(
            access_key_id,
            private_key_pem,
            base_url or MARGIN_PRODUCTION.rest_url,
            password=password,
            **kwargs,
        )

    @property
    def ws_url(self) -> str:
        """The margin WebSocket URL that goes with this client's REST host."""
        return margin_ws_url_for(self.base_url)

    def __repr__(self) -> str:
        return f"MarginClient(base_url={self.base_url!r}, access_key_id={self.access_key_id!r})"


def create_client(
    base_url: str | None = None,
    access_key_id: str | None = None,
    private_key_path: str | os.PathLike[str] | None = None,
    private_key_data: str | bytes | None = None,
    **kwargs: Any,
) -> MarginClient:
    """A margin client, with credentials from the arguments or the environment.

    - `access_key_id`, else `KALSHI_MARGIN_API_KEY_ID`.
    - the private key: `private_key_path` or `private_key_data` (not both), else
      `KALSHI_MARGIN_PRIVATE_KEY_PEM` (PEM text), else a file named by
      `KALSHI_MARGIN_PRIVATE_KEY_PATH`. `password=` decrypts an encrypted key.
    - `base_url`, or `environment="demo"` / `"prod"`, else `KALSHI_MARGIN_BASE_URL` or
      `KALSHI_MARGIN_ENV`, else Kalshi production.

    Other keyword arguments are those of `MarginClient`. Raises `ValueError` naming what is
    missing or wrong.
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
    return MarginClient(key_id, key, base_url, password=password, **kwargs)
