# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""DELETE /fcm/margin/subtrader_groups/{group_id} (`DeleteMarginSubtraderGroup`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: none.

Required arguments:
- group_id: str

Returns nothing (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import Response

OPERATION: Operation[None] = Operation(
    "DeleteMarginSubtraderGroup",
    "DELETE",
    "/fcm/margin/subtrader_groups/{group_id}",
    params=(Param("group_id", "path", "group_id"),),
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    group_id: str,
) -> Response[None]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    group_id: str,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /fcm/margin/subtrader_groups/{group_id} (`DeleteMarginSubtraderGroup`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - group_id: str

    Returns nothing (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    group_id: str,
) -> Response[None]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    group_id: str,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /fcm/margin/subtrader_groups/{group_id} (`DeleteMarginSubtraderGroup`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - group_id: str

    Returns nothing (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
