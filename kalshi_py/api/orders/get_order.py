# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/orders/{order_id}: `GetOrder`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetOrderResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetOrderResponse] = Operation(
    "GetOrder",
    "GET",
    "/portfolio/orders/{order_id}",
    params=(
        Param("order_id", "path", "order_id"),
    ),
    response=GetOrderResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
) -> Response[GetOrderResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
) -> GetOrderResponse:
    """Send the request and return the decoded `GetOrderResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
) -> Response[GetOrderResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
) -> GetOrderResponse:
    """Send the request and return the decoded `GetOrderResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
