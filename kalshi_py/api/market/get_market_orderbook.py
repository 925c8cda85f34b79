# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /markets/{ticker}/orderbook: `GetMarketOrderbook`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetMarketOrderbookResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMarketOrderbookResponse] = Operation(
    "GetMarketOrderbook",
    "GET",
    "/markets/{ticker}/orderbook",
    params=(
        Param("ticker", "path", "ticker"),
        Param("depth", "query", "depth"),
    ),
    response=GetMarketOrderbookResponse,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
    depth: int | Unset = UNSET,
) -> Response[GetMarketOrderbookResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    depth: int | Unset = UNSET,
) -> GetMarketOrderbookResponse:
    """Send the request and return the decoded `GetMarketOrderbookResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    depth: int | Unset = UNSET,
) -> Response[GetMarketOrderbookResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    depth: int | Unset = UNSET,
) -> GetMarketOrderbookResponse:
    """Send the request and return the decoded `GetMarketOrderbookResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
