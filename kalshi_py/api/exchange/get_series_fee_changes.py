# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /series/fee_changes (`GetSeriesFeeChanges`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- series_ticker: str
- show_historical: bool

Returns `GetSeriesFeeChangesResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetSeriesFeeChangesResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetSeriesFeeChangesResponse] = Operation(
    "GetSeriesFeeChanges",
    "GET",
    "/series/fee_changes",
    params=(
        Param("series_ticker", "query", "series_ticker"),
        Param("show_historical", "query", "show_historical"),
    ),
    response=GetSeriesFeeChangesResponse,
)


def sync_detailed(
    *,
    client: Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = UNSET,
) -> Response[GetSeriesFeeChangesResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = UNSET,
) -> GetSeriesFeeChangesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /series/fee_changes (`GetSeriesFeeChanges`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - series_ticker: str
    - show_historical: bool

    Returns `GetSeriesFeeChangesResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = UNSET,
) -> Response[GetSeriesFeeChangesResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = UNSET,
) -> GetSeriesFeeChangesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /series/fee_changes (`GetSeriesFeeChanges`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - series_ticker: str
    - show_historical: bool

    Returns `GetSeriesFeeChangesResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
