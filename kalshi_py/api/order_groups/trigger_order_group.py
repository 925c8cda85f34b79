# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""PUT /portfolio/order_groups/{order_group_id}/trigger (`TriggerOrderGroup`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- order_group_id: str

Optional arguments:
- subaccount: int, >= 0
- exchange_index: int

The body is a `EmptyResponse`: pass it as `body=`, or its fields as keyword arguments.

Returns `EmptyResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import EmptyResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[EmptyResponse] = Operation(
    "TriggerOrderGroup",
    "PUT",
    "/portfolio/order_groups/{order_group_id}/trigger",
    params=(
        Param("order_group_id", "path", "order_group_id"),
        Param("subaccount", "query", "subaccount", minimum=0),
        Param("exchange_index", "query", "exchange_index"),
    ),
    body=EmptyResponse,
    body_fields=(),
    response=EmptyResponse,
    auth=True,
    bucket="write",
)


def sync_detailed(
    *,
    client: Client,
    order_group_id: str,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_group_id: str,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /portfolio/order_groups/{order_group_id}/trigger (`TriggerOrderGroup`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - order_group_id: str

    Optional arguments:
    - subaccount: int, >= 0
    - exchange_index: int

    The body is a `EmptyResponse`: pass it as `body=`, or its fields as keyword arguments.

    Returns `EmptyResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_group_id: str,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_group_id: str,
    body: EmptyResponse | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /portfolio/order_groups/{order_group_id}/trigger (`TriggerOrderGroup`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - order_group_id: str

    Optional arguments:
    - subaccount: int, >= 0
    - exchange_index: int

    The body is a `EmptyResponse`: pass it as `body=`, or its fields as keyword arguments.

    Returns `EmptyResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
