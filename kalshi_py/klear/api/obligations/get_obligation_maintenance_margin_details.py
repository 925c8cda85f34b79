# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/obligations/{obligation_id}/maintenance_margin_details
  (`GetObligationMaintenanceMarginDetails`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: by `cursor`; the items are in `maintenance_margin_details`; page size `limit`, at
  most 1000. `paginate(client=...)` walks every page.

Required arguments:
- obligation_id: str

Optional arguments:
- limit: int, <= 1000
- cursor: str

Returns `GetObligationMaintenanceMarginDetailsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ...._operation import Operation, Pagination, Param
from ....client import Client
from ....pagination import Paginator
from ....types import UNSET, Response, Unset
from ...models import GetObligationMaintenanceMarginDetailsResponse

OPERATION: Operation[GetObligationMaintenanceMarginDetailsResponse] = Operation(
    "GetObligationMaintenanceMarginDetails",
    "GET",
    "/margin/obligations/{obligation_id}/maintenance_margin_details",
    params=(
        Param("obligation_id", "path", "obligation_id"),
        Param("limit", "query", "limit", maximum=1000),
        Param("cursor", "query", "cursor"),
    ),
    response=GetObligationMaintenanceMarginDetailsResponse,
    auth=True,
    pagination=Pagination("maintenance_margin_details", "limit", 1000),
)


def sync_detailed(
    *,
    client: Client,
    obligation_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetObligationMaintenanceMarginDetailsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    obligation_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetObligationMaintenanceMarginDetailsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/obligations/{obligation_id}/maintenance_margin_details
      (`GetObligationMaintenanceMarginDetails`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: by `cursor`; the items are in `maintenance_margin_details`; page size `limit`, at
      most 1000. `paginate(client=...)` walks every page.

    Required arguments:
    - obligation_id: str

    Optional arguments:
    - limit: int, <= 1000
    - cursor: str

    Returns `GetObligationMaintenanceMarginDetailsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    obligation_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetObligationMaintenanceMarginDetailsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    obligation_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetObligationMaintenanceMarginDetailsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/obligations/{obligation_id}/maintenance_margin_details
      (`GetObligationMaintenanceMarginDetails`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: by `cursor`; the items are in `maintenance_margin_details`; page size `limit`, at
      most 1000. `paginate(client=...)` walks every page.

    Required arguments:
    - obligation_id: str

    Optional arguments:
    - limit: int, <= 1000
    - cursor: str

    Returns `GetObligationMaintenanceMarginDetailsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `maintenance_margin_details` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
