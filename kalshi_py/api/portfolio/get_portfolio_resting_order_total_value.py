# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/summary/total_resting_order_value: `GetPortfolioRestingOrderTotalValue`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetPortfolioRestingOrderTotalValueResponse
from ...types import UNSET, Response, Unset

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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> GetPortfolioRestingOrderTotalValueResponse:
    """Send the request and return the decoded `GetPortfolioRestingOrderTotalValueResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[GetPortfolioRestingOrderTotalValueResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> GetPortfolioRestingOrderTotalValueResponse:
    """Send the request and return the decoded `GetPortfolioRestingOrderTotalValueResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
