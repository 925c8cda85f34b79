# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/large_trader_positions (`GetLargeTraderPositions`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: none.

Optional arguments:
- report_date: str

Returns `GetLargeTraderPositionsResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import GetLargeTraderPositionsResponse

OPERATION: Operation[GetLargeTraderPositionsResponse] = Operation(
    "GetLargeTraderPositions",
    "GET",
    "/margin/large_trader_positions",
    params=(Param("report_date", "query", "report_date"),),
    response=GetLargeTraderPositionsResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    report_date: str | Unset = UNSET,
) -> Response[GetLargeTraderPositionsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    report_date: str | Unset = UNSET,
) -> GetLargeTraderPositionsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/large_trader_positions (`GetLargeTraderPositions`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Optional arguments:
    - report_date: str

    Returns `GetLargeTraderPositionsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    report_date: str | Unset = UNSET,
) -> Response[GetLargeTraderPositionsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    report_date: str | Unset = UNSET,
) -> GetLargeTraderPositionsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/large_trader_positions (`GetLargeTraderPositions`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Optional arguments:
    - report_date: str

    Returns `GetLargeTraderPositionsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
