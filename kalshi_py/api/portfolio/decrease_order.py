# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/orders/{order_id}/decrease (`DecreaseOrder`) of kalshi-py 2.0.6.6.

Kalshi removed this endpoint; the call is translated onto the V2 order endpoints and warns with
`DeprecationWarning`. Use `kalshi_py.api.orders.decrease_order_v2` in new code.
"""

from __future__ import annotations

from ..._legacy import LegacyOperation
from ...client import Client
from ...models import DecreaseOrderRequest, DecreaseOrderResponse
from ...types import UNSET, Response, Unset
from ..orders import decrease_order_v2, get_order

OPERATION: LegacyOperation[DecreaseOrderResponse] = LegacyOperation(
    "DecreaseOrder",
    "kalshi_py.api.orders.decrease_order_v2",
    calls={
        "DecreaseOrderV2": decrease_order_v2.OPERATION,
        "GetOrder": get_order.OPERATION,
    },
    response=DecreaseOrderResponse,
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
    body: DecreaseOrderRequest | Unset = UNSET,
) -> Response[DecreaseOrderResponse]:
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
    body: DecreaseOrderRequest | Unset = UNSET,
) -> DecreaseOrderResponse:
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
    body: DecreaseOrderRequest | Unset = UNSET,
) -> Response[DecreaseOrderResponse]:
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
    body: DecreaseOrderRequest | Unset = UNSET,
) -> DecreaseOrderResponse:
    return await OPERATION.asyncio(client, locals())
