# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /fcm/margin/subtrader_groups (`GetMarginSubtraderGroups`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: none.

Returns `GetMarginSubtraderGroupsResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation
from ....client import Client
from ....types import Response
from ...models import GetMarginSubtraderGroupsResponse

OPERATION: Operation[GetMarginSubtraderGroupsResponse] = Operation(
    "GetMarginSubtraderGroups",
    "GET",
    "/fcm/margin/subtrader_groups",
    response=GetMarginSubtraderGroupsResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[GetMarginSubtraderGroupsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> GetMarginSubtraderGroupsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /fcm/margin/subtrader_groups (`GetMarginSubtraderGroups`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Returns `GetMarginSubtraderGroupsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[GetMarginSubtraderGroupsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> GetMarginSubtraderGroupsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /fcm/margin/subtrader_groups (`GetMarginSubtraderGroups`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Returns `GetMarginSubtraderGroupsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
