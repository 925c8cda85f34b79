# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""DELETE /portfolio/orders/batched (`BatchCancelOrders`) of kalshi-py 2.0.6.6.

Kalshi removed this endpoint; the call is translated onto the V2 order endpoints and warns with
`DeprecationWarning`. Use `kalshi_py.api.orders.batch_cancel_orders_v2` in new code.
"""

from __future__ import annotations

from ..._legacy import LegacyOperation
from ...client import Client
from ...models import BatchCancelOrdersRequest, BatchCancelOrdersResponse
from ...types import Response
from ..orders import batch_cancel_orders_v2, get_order

OPERATION: LegacyOperation[BatchCancelOrdersResponse] = LegacyOperation(
    "BatchCancelOrders",
    "kalshi_py.api.orders.batch_cancel_orders_v2",
    calls={
        "BatchCancelOrdersV2": batch_cancel_orders_v2.OPERATION,
        "GetOrder": get_order.OPERATION,
    },
    response=BatchCancelOrdersResponse,
)


def sync_detailed(
    *,
    client: Client,
    body: BatchCancelOrdersRequest,
) -> Response[BatchCancelOrdersResponse]:
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: BatchCancelOrdersRequest,
) -> BatchCancelOrdersResponse:
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: BatchCancelOrdersRequest,
) -> Response[BatchCancelOrdersResponse]:
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: BatchCancelOrdersRequest,
) -> BatchCancelOrdersResponse:
    return await OPERATION.asyncio(client, locals())
