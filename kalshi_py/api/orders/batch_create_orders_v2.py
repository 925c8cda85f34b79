# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/events/orders/batched (`BatchCreateOrdersV2`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the write bucket, 10 tokens per item of `orders` (`GET /account/endpoint_costs` has
  the key's own costs).
Pagination: none.
Order safety: each order gets a `client_order_id` once, before the first attempt; retried after
  a lost answer; a lost answer is settled order by order by looking each one up.

Required arguments:
- orders: list[CreateOrderV2Request]

The body is a `BatchCreateOrdersV2Request`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `BatchCreateOrdersV2Response` (HTTP 201).
"""

from __future__ import annotations

from ..._operation import Operation
from ..._orders import OrderBatchCreate
from ...client import Client
from ...models import BatchCreateOrdersV2Request, BatchCreateOrdersV2Response, CreateOrderV2Request
from ...types import UNSET, Response, Unset
from ..orders import get_orders

OPERATION: Operation[BatchCreateOrdersV2Response] = Operation(
    "BatchCreateOrdersV2",
    "POST",
    "/portfolio/events/orders/batched",
    body=BatchCreateOrdersV2Request,
    body_fields=("orders",),
    body_required=True,
    response=BatchCreateOrdersV2Response,
    auth=True,
    bucket="write",
    items_field="orders",
    write=OrderBatchCreate(lookup=get_orders.OPERATION),
)


def sync_detailed(
    *,
    client: Client,
    body: BatchCreateOrdersV2Request | Unset = UNSET,
    orders: list[CreateOrderV2Request] | Unset = UNSET,
) -> Response[BatchCreateOrdersV2Response]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: BatchCreateOrdersV2Request | Unset = UNSET,
    orders: list[CreateOrderV2Request] | Unset = UNSET,
) -> BatchCreateOrdersV2Response:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/events/orders/batched (`BatchCreateOrdersV2`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens per item of `orders` (`GET /account/endpoint_costs` has
      the key's own costs).
    Pagination: none.
    Order safety: each order gets a `client_order_id` once, before the first attempt; retried after
      a lost answer; a lost answer is settled order by order by looking each one up.

    Required arguments:
    - orders: list[CreateOrderV2Request]

    The body is a `BatchCreateOrdersV2Request`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `BatchCreateOrdersV2Response` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: BatchCreateOrdersV2Request | Unset = UNSET,
    orders: list[CreateOrderV2Request] | Unset = UNSET,
) -> Response[BatchCreateOrdersV2Response]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: BatchCreateOrdersV2Request | Unset = UNSET,
    orders: list[CreateOrderV2Request] | Unset = UNSET,
) -> BatchCreateOrdersV2Response:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/events/orders/batched (`BatchCreateOrdersV2`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens per item of `orders` (`GET /account/endpoint_costs` has
      the key's own costs).
    Pagination: none.
    Order safety: each order gets a `client_order_id` once, before the first attempt; retried after
      a lost answer; a lost answer is settled order by order by looking each one up.

    Required arguments:
    - orders: list[CreateOrderV2Request]

    The body is a `BatchCreateOrdersV2Request`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `BatchCreateOrdersV2Response` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
