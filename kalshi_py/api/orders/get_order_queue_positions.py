# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/orders/queue_positions: `GetOrderQueuePositions`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetOrderQueuePositionsResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetOrderQueuePositionsResponse] = Operation(
    "GetOrderQueuePositions",
    "GET",
    "/portfolio/orders/queue_positions",
    params=(
        Param("market_tickers", "query", "market_tickers"),
        Param("event_ticker", "query", "event_ticker"),
        Param("subaccount", "query", "subaccount"),
    ),
    response=GetOrderQueuePositionsResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderQueuePositionsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetOrderQueuePositionsResponse:
    """Send the request and return the decoded `GetOrderQueuePositionsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderQueuePositionsResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    market_tickers: str | Unset = UNSET,
    event_ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetOrderQueuePositionsResponse:
    """Send the request and return the decoded `GetOrderQueuePositionsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
