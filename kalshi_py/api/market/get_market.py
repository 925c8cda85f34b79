# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /markets/{ticker}: `GetMarket`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetMarketResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMarketResponse] = Operation(
    "GetMarket",
    "GET",
    "/markets/{ticker}",
    params=(
        Param("ticker", "path", "ticker"),
    ),
    response=GetMarketResponse,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
) -> Response[GetMarketResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
) -> GetMarketResponse:
    """Send the request and return the decoded `GetMarketResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
) -> Response[GetMarketResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
) -> GetMarketResponse:
    """Send the request and return the decoded `GetMarketResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
