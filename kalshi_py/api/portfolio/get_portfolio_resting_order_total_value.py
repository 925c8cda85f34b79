# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/summary/total_resting_order_value (`GetPortfolioRestingOrderTotalValue`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Returns `GetPortfolioRestingOrderTotalValueResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation
from ...client import Client
from ...models import GetPortfolioRestingOrderTotalValueResponse
from ...types import Response

OPERATION: Operation[GetPortfolioRestingOrderTotalValueResponse] = Operation(
    "GetPortfolioRestingOrderTotalValue",
    "GET",
    "/portfolio/summary/total_resting_order_value",
    response=GetPortfolioRestingOrderTotalValueResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[GetPortfolioRestingOrderTotalValueResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> GetPortfolioRestingOrderTotalValueResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/summary/total_resting_order_value (`GetPortfolioRestingOrderTotalValue`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `GetPortfolioRestingOrderTotalValueResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[GetPortfolioRestingOrderTotalValueResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> GetPortfolioRestingOrderTotalValueResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/summary/total_resting_order_value (`GetPortfolioRestingOrderTotalValue`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `GetPortfolioRestingOrderTotalValueResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
