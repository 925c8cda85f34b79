# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/reports (`GetMarginReports`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: none.

Required arguments:
- start_date: str
- end_date: str

Returns `GetMarginReportsResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import Response
from ...models import GetMarginReportsResponse

OPERATION: Operation[GetMarginReportsResponse] = Operation(
    "GetMarginReports",
    "GET",
    "/margin/reports",
    params=(
        Param("start_date", "query", "start_date"),
        Param("end_date", "query", "end_date"),
    ),
    response=GetMarginReportsResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    start_date: str,
    end_date: str,
) -> Response[GetMarginReportsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    start_date: str,
    end_date: str,
) -> GetMarginReportsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/reports (`GetMarginReports`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - start_date: str
    - end_date: str

    Returns `GetMarginReportsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    start_date: str,
    end_date: str,
) -> Response[GetMarginReportsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    start_date: str,
    end_date: str,
) -> GetMarginReportsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/reports (`GetMarginReports`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - start_date: str
    - end_date: str

    Returns `GetMarginReportsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
