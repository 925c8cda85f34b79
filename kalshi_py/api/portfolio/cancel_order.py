# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""DELETE /portfolio/orders/{order_id} (`CancelOrder`) of kalshi-py 2.0.6.6.

Kalshi removed this endpoint; the call is translated onto the V2 order endpoints and warns with
`DeprecationWarning`. Use `kalshi_py.api.orders.cancel_order_v2` in new code.
"""

from __future__ import annotations

from ..._legacy import LegacyOperation
from ...client import Client
from ...models import CancelOrderResponse
from ...types import Response
from ..orders import cancel_order_v2, get_order

OPERATION: LegacyOperation[CancelOrderResponse] = LegacyOperation(
    "CancelOrder",
    "kalshi_py.api.orders.cancel_order_v2",
    calls={
        "CancelOrderV2": cancel_order_v2.OPERATION,
        "GetOrder": get_order.OPERATION,
    },
    response=CancelOrderResponse,
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
) -> Response[CancelOrderResponse]:
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
) -> CancelOrderResponse:
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
) -> Response[CancelOrderResponse]:
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
) -> CancelOrderResponse:
    return await OPERATION.asyncio(client, locals())
