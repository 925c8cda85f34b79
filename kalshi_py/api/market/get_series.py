# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /series/{series_ticker} (`GetSeries`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- series_ticker: str

Optional arguments:
- include_volume: bool

Returns `GetSeriesResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetSeriesResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetSeriesResponse] = Operation(
    "GetSeries",
    "GET",
    "/series/{series_ticker}",
    params=(
        Param("series_ticker", "path", "series_ticker"),
        Param("include_volume", "query", "include_volume"),
    ),
    response=GetSeriesResponse,
)


def sync_detailed(
    *,
    client: Client,
    series_ticker: str,
    include_volume: bool | Unset = UNSET,
) -> Response[GetSeriesResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    series_ticker: str,
    include_volume: bool | Unset = UNSET,
) -> GetSeriesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /series/{series_ticker} (`GetSeries`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - series_ticker: str

    Optional arguments:
    - include_volume: bool

    Returns `GetSeriesResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    series_ticker: str,
    include_volume: bool | Unset = UNSET,
) -> Response[GetSeriesResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    series_ticker: str,
    include_volume: bool | Unset = UNSET,
) -> GetSeriesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /series/{series_ticker} (`GetSeries`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - series_ticker: str

    Optional arguments:
    - include_volume: bool

    Returns `GetSeriesResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
