# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/orders (`CreateOrder`) of kalshi-py 2.0.6.6.

Kalshi removed this endpoint; the call is translated onto the V2 order endpoints and warns with
`DeprecationWarning`. Use `kalshi_py.api.orders.create_order_v2` in new code.
"""

from __future__ import annotations

from ..._legacy import LegacyOperation
from ...client import Client
from ...models import CreateOrderRequest, CreateOrderResponse
from ...types import Response
from ..orders import create_order_v2, get_order

OPERATION: LegacyOperation[CreateOrderResponse] = LegacyOperation(
    "CreateOrder",
    "kalshi_py.api.orders.create_order_v2",
    calls={
        "CreateOrderV2": create_order_v2.OPERATION,
        "GetOrder": get_order.OPERATION,
    },
    response=CreateOrderResponse,
)


def sync_detailed(
    *,
    client: Client,
    body: CreateOrderRequest,
) -> Response[CreateOrderResponse]:
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateOrderRequest,
) -> CreateOrderResponse:
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateOrderRequest,
) -> Response[CreateOrderResponse]:
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateOrderRequest,
) -> CreateOrderResponse:
    return await OPERATION.asyncio(client, locals())
