# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/orders/{order_id}/queue_position (`GetOrderQueuePosition`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- order_id: str

Returns `GetOrderQueuePositionResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetOrderQueuePositionResponse
from ...types import Response

OPERATION: Operation[GetOrderQueuePositionResponse] = Operation(
    "GetOrderQueuePosition",
    "GET",
    "/portfolio/orders/{order_id}/queue_position",
    params=(Param("order_id", "path", "order_id"),),
    response=GetOrderQueuePositionResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
) -> Response[GetOrderQueuePositionResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
) -> GetOrderQueuePositionResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/orders/{order_id}/queue_position (`GetOrderQueuePosition`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - order_id: str

    Returns `GetOrderQueuePositionResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
) -> Response[GetOrderQueuePositionResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
) -> GetOrderQueuePositionResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/orders/{order_id}/queue_position (`GetOrderQueuePosition`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - order_id: str

    Returns `GetOrderQueuePositionResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
