# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""DELETE /portfolio/events/orders/batched (`BatchCancelOrdersV2`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the write bucket, 2 tokens per item of `orders` (`GET /account/endpoint_costs` has
  the key's own costs).
Pagination: none.
Order safety: retried after a lost answer; settled by reading each order back.

Required arguments:
- orders: list[BatchCancelOrdersV2RequestOrdersItem]

The body is a `BatchCancelOrdersV2Request`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `BatchCancelOrdersV2Response` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation
from ..._orders import OrderBatchCancel
from ...client import Client
from ...models import (
    BatchCancelOrdersV2Request,
    BatchCancelOrdersV2RequestOrdersItem,
    BatchCancelOrdersV2Response,
)
from ...types import UNSET, Response, Unset
from ..orders import get_order

OPERATION: Operation[BatchCancelOrdersV2Response] = Operation(
    "BatchCancelOrdersV2",
    "DELETE",
    "/portfolio/events/orders/batched",
    body=BatchCancelOrdersV2Request,
    body_fields=("orders",),
    body_required=True,
    response=BatchCancelOrdersV2Response,
    auth=True,
    bucket="write",
    unit_cost=2,
    items_field="orders",
    write=OrderBatchCancel(lookup=get_order.OPERATION),
)


def sync_detailed(
    *,
    client: Client,
    body: BatchCancelOrdersV2Request | Unset = UNSET,
    orders: list[BatchCancelOrdersV2RequestOrdersItem] | Unset = UNSET,
) -> Response[BatchCancelOrdersV2Response]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: BatchCancelOrdersV2Request | Unset = UNSET,
    orders: list[BatchCancelOrdersV2RequestOrdersItem] | Unset = UNSET,
) -> BatchCancelOrdersV2Response:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /portfolio/events/orders/batched (`BatchCancelOrdersV2`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 2 tokens per item of `orders` (`GET /account/endpoint_costs` has
      the key's own costs).
    Pagination: none.
    Order safety: retried after a lost answer; settled by reading each order back.

    Required arguments:
    - orders: list[BatchCancelOrdersV2RequestOrdersItem]

    The body is a `BatchCancelOrdersV2Request`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `BatchCancelOrdersV2Response` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: BatchCancelOrdersV2Request | Unset = UNSET,
    orders: list[BatchCancelOrdersV2RequestOrdersItem] | Unset = UNSET,
) -> Response[BatchCancelOrdersV2Response]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: BatchCancelOrdersV2Request | Unset = UNSET,
    orders: list[BatchCancelOrdersV2RequestOrdersItem] | Unset = UNSET,
) -> BatchCancelOrdersV2Response:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /portfolio/events/orders/batched (`BatchCancelOrdersV2`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 2 tokens per item of `orders` (`GET /account/endpoint_costs` has
      the key's own costs).
    Pagination: none.
    Order safety: retried after a lost answer; settled by reading each order back.

    Required arguments:
    - orders: list[BatchCancelOrdersV2RequestOrdersItem]

    The body is a `BatchCancelOrdersV2Request`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `BatchCancelOrdersV2Response` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
