# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /series/{series_ticker}: `GetSeries`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    series_ticker: str,
    include_volume: bool | Unset = UNSET,
) -> GetSeriesResponse:
    """Send the request and return the decoded `GetSeriesResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    series_ticker: str,
    include_volume: bool | Unset = UNSET,
) -> Response[GetSeriesResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    series_ticker: str,
    include_volume: bool | Unset = UNSET,
) -> GetSeriesResponse:
    """Send the request and return the decoded `GetSeriesResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
