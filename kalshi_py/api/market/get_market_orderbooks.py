# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /markets/orderbooks: `GetMarketOrderbooks`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetMarketOrderbooksResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMarketOrderbooksResponse] = Operation(
    "GetMarketOrderbooks",
    "GET",
    "/markets/orderbooks",
    params=(
        Param("tickers", "query", "tickers"),
    ),
    response=GetMarketOrderbooksResponse,
)


def sync_detailed(
    *,
    client: Client,
    tickers: list[str],
) -> Response[GetMarketOrderbooksResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    tickers: list[str],
) -> GetMarketOrderbooksResponse:
    """Send the request and return the decoded `GetMarketOrderbooksResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    tickers: list[str],
) -> Response[GetMarketOrderbooksResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    tickers: list[str],
) -> GetMarketOrderbooksResponse:
    """Send the request and return the decoded `GetMarketOrderbooksResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
