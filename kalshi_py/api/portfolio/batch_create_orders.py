# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/orders/batched (`BatchCreateOrders`) of kalshi-py 2.0.6.6.

Kalshi removed this endpoint; the call is translated onto the V2 order endpoints and warns with
`DeprecationWarning`. Use `kalshi_py.api.orders.batch_create_orders_v2` in new code.
"""

from __future__ import annotations

from ..._legacy import LegacyOperation
from ...client import Client
from ...models import BatchCreateOrdersRequest, BatchCreateOrdersResponse
from ...types import Response
from ..orders import batch_create_orders_v2, get_order

OPERATION: LegacyOperation[BatchCreateOrdersResponse] = LegacyOperation(
    "BatchCreateOrders",
    "kalshi_py.api.orders.batch_create_orders_v2",
    calls={
        "BatchCreateOrdersV2": batch_create_orders_v2.OPERATION,
        "GetOrder": get_order.OPERATION,
    },
    response=BatchCreateOrdersResponse,
)


def sync_detailed(
    *,
    client: Client,
    body: BatchCreateOrdersRequest,
) -> Response[BatchCreateOrdersResponse]:
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: BatchCreateOrdersRequest,
) -> BatchCreateOrdersResponse:
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: BatchCreateOrdersRequest,
) -> Response[BatchCreateOrdersResponse]:
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: BatchCreateOrdersRequest,
) -> BatchCreateOrdersResponse:
    return await OPERATION.asyncio(client, locals())
