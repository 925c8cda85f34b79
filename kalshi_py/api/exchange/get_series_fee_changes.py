# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /series/fee_changes: `GetSeriesFeeChanges`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = UNSET,
) -> GetSeriesFeeChangesResponse:
    """Send the request and return the decoded `GetSeriesFeeChangesResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = UNSET,
) -> Response[GetSeriesFeeChangesResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    series_ticker: str | Unset = UNSET,
    show_historical: bool | Unset = UNSET,
) -> GetSeriesFeeChangesResponse:
    """Send the request and return the decoded `GetSeriesFeeChangesResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
