"""`KlearClient`: the client of Klear, Kalshi's clearing member API, and `create_client`.

Klear authenticates with an admin access token, `Authorization: Bearer
<admin_user_id>:<access_token>` (both from the "Security" page of klearing.kalshi.com), sent on
every request to the Klear host only: a redirect to another host goes without it, and the token
never appears in a repr or a log. Credentials and the environment come from the arguments or
from variables of their own:

- `KALSHI_KLEAR_ADMIN_USER_ID` and `KALSHI_KLEAR_ACCESS_TOKEN`;
- `KALSHI_KLEAR_BASE_URL` (`.../klear-api/v1`) or `KALSHI_KLEAR_ENV` (`prod` or `demo`),
  production when neither is set.
"""

from __future__ import annotations

import os
from typing import Any

from ..client import AuthenticatedClient
from ..environments import KLEAR_PRODUCTION_URL, resolve_klear_url

__all__ = [
    "ENV_ACCESS_TOKEN",
    "ENV_ADMIN_USER_ID",
    "ENV_BASE_URL",
    "ENV_ENVIRONMENT",
    "KlearClient",
    "create_client",
]

ENV_ADMIN_USER_ID = "KALSHI_KLEAR_ADMIN_USER_ID"
ENV_ACCESS_TOKEN = "KALSHI_KLEAR_ACCESS_TOKEN"  # noqa: S105 - the name of a variable
ENV_BASE_URL = "KALSHI_KLEAR_BASE_URL"
ENV_ENVIRONMENT = "KALSHI_KLEAR_ENV"


def _checked(name: str, value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} is empty: pass the value the Security page of klearing.kalshi.com shows")
    value = value.strip()
    if any(c.isspace() for c in value):
        raise ValueError(f"{name} contains whitespace: pass it exactly as the Security page shows it")
    return value


class KlearClient(AuthenticatedClient):
    """A client of the Klear API, authenticated with an admin access token.

    `KlearClient(admin_user_id, access_token, base_url=..., environment=...)`: the base URL is
    `base_url`, else `environment`'s ("prod" or "demo"), else `KALSHI_KLEAR_BASE_URL` or
    `KALSHI_KLEAR_ENV`, else Klear production. Other keyword arguments are those of
    `kalshi_py.Client`.
    """

    def __init__(
        self,
        admin_user_id: str,
        access_token: str,
        base_url: str | None = None,
        *,
        environment: str | None = None,
        **kwargs: Any,
    ) -> None:
        admin_user_id = _checked("admin_user_id", admin_user_id)
        if ":" in admin_user_id:
            raise ValueError("admin_user_id contains ':': pass the admin user id and the access token apart")
        access_token = _checked("access_token", access_token)
        if base_url is not None and environment is not None:
            raise ValueError("give base_url or environment, not both")
        if base_url is None and environment is None:
            base_url = os.environ.get(ENV_BASE_URL) or None
            environment = None if base_url else os.environ.get(ENV_ENVIRONMENT) or None
        if environment is not None:
            base_url = resolve_klear_url(environment)
        super().__init__(
            base_url or KLEAR_PRODUCTION_URL,
            token=f"{admin_user_id}:{access_token}",
            prefix="Bearer",
            **kwargs,
        )
        self.admin_user_id = admin_user_id

    def __repr__(self) -> str:
        return f"KlearClient(base_url={self.base_url!r}, admin_user_id={self.admin_user_id!r})"


def create_client(
    base_url: str | None = None,
    admin_user_id: str | None = None,
    access_token: str | None = None,
    **kwargs: Any,
) -> KlearClient:
    """A Klear client, with credentials from the arguments or `KALSHI_KLEAR_ADMIN_USER_ID` and
    `KALSHI_KLEAR_ACCESS_TOKEN`. Other keyword arguments are those of `KlearClient`; raises
    `ValueError` naming what is missing."""
    user = admin_user_id or os.environ.get(ENV_ADMIN_USER_ID)
    if not user:
        raise ValueError(
            f"admin_user_id must be provided or set in the {ENV_ADMIN_USER_ID} environment variable"
        )
    token = access_token or os.environ.get(ENV_ACCESS_TOKEN)
    if not token:
        raise ValueError(
            f"access_token must be provided or set in the {ENV_ACCESS_TOKEN} environment variable"
        )
    kwargs.setdefault("raise_on_unexpected_status", True)
    return KlearClient(user, token, base_url, **kwargs)
