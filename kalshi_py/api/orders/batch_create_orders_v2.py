# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/events/orders/batched: `BatchCreateOrdersV2`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import BatchCreateOrdersV2Request, BatchCreateOrdersV2Response, CreateOrderV2Request
from ...types import UNSET, Response, Unset

OPERATION: Operation[BatchCreateOrdersV2Response] = Operation(
    "BatchCreateOrdersV2",
    "POST",
    "/portfolio/events/orders/batched",
    body=BatchCreateOrdersV2Request,
    body_fields=("orders", ),
    body_required=True,
    response=BatchCreateOrdersV2Response,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: BatchCreateOrdersV2Request | Unset = UNSET,
    orders: list[CreateOrderV2Request] | Unset = UNSET,
) -> Response[BatchCreateOrdersV2Response]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: BatchCreateOrdersV2Request | Unset = UNSET,
    orders: list[CreateOrderV2Request] | Unset = UNSET,
) -> BatchCreateOrdersV2Response:
    """Send the request and return the decoded `BatchCreateOrdersV2Response`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: BatchCreateOrdersV2Request | Unset = UNSET,
    orders: list[CreateOrderV2Request] | Unset = UNSET,
) -> Response[BatchCreateOrdersV2Response]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: BatchCreateOrdersV2Request | Unset = UNSET,
    orders: list[CreateOrderV2Request] | Unset = UNSET,
) -> BatchCreateOrdersV2Response:
    """Send the request and return the decoded `BatchCreateOrdersV2Response`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
