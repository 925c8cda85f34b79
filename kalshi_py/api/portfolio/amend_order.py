# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/orders/{order_id}/amend (`AmendOrder`) of kalshi-py 2.0.6.6.

Kalshi removed this endpoint; the call is translated onto the V2 order endpoints and warns with
`DeprecationWarning`. Use `kalshi_py.api.orders.amend_order_v2` in new code.
"""

from __future__ import annotations

from ..._legacy import LegacyOperation
from ...client import Client
from ...models import AmendOrderRequest, AmendOrderResponse
from ...types import Response
from ..orders import amend_order_v2, get_order

OPERATION: LegacyOperation[AmendOrderResponse] = LegacyOperation(
    "AmendOrder",
    "kalshi_py.api.orders.amend_order_v2",
    calls={
        "AmendOrderV2": amend_order_v2.OPERATION,
        "GetOrder": get_order.OPERATION,
    },
    response=AmendOrderResponse,
)


def sync_detailed(
    *,
    client: Client,
    order_id: str,
    body: AmendOrderRequest,
) -> Response[AmendOrderResponse]:
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_id: str,
    body: AmendOrderRequest,
) -> AmendOrderResponse:
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_id: str,
    body: AmendOrderRequest,
) -> Response[AmendOrderResponse]:
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_id: str,
    body: AmendOrderRequest,
) -> AmendOrderResponse:
    return await OPERATION.asyncio(client, locals())
