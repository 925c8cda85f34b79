# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""DELETE /portfolio/events/orders/batched: `BatchCancelOrdersV2`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import BatchCancelOrdersV2Request, BatchCancelOrdersV2RequestOrdersItem, BatchCancelOrdersV2Response
from ...types import UNSET, Response, Unset

OPERATION: Operation[BatchCancelOrdersV2Response] = Operation(
    "BatchCancelOrdersV2",
    "DELETE",
    "/portfolio/events/orders/batched",
    body=BatchCancelOrdersV2Request,
    body_fields=("orders", ),
    body_required=True,
    response=BatchCancelOrdersV2Response,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: BatchCancelOrdersV2Request | Unset = UNSET,
    orders: list[BatchCancelOrdersV2RequestOrdersItem] | Unset = UNSET,
) -> Response[BatchCancelOrdersV2Response]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: BatchCancelOrdersV2Request | Unset = UNSET,
    orders: list[BatchCancelOrdersV2RequestOrdersItem] | Unset = UNSET,
) -> BatchCancelOrdersV2Response:
    """Send the request and return the decoded `BatchCancelOrdersV2Response`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: BatchCancelOrdersV2Request | Unset = UNSET,
    orders: list[BatchCancelOrdersV2RequestOrdersItem] | Unset = UNSET,
) -> Response[BatchCancelOrdersV2Response]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: BatchCancelOrdersV2Request | Unset = UNSET,
    orders: list[BatchCancelOrdersV2RequestOrdersItem] | Unset = UNSET,
) -> BatchCancelOrdersV2Response:
    """Send the request and return the decoded `BatchCancelOrdersV2Response`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
