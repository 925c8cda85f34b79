# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""DELETE /margin/order_groups/{order_group_id} (`DeleteMarginOrderGroup`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- order_group_id: str

Optional arguments:
- subaccount: int, >= 0

Returns `EmptyResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import EmptyResponse

OPERATION: Operation[EmptyResponse] = Operation(
    "DeleteMarginOrderGroup",
    "DELETE",
    "/margin/order_groups/{order_group_id}",
    params=(
        Param("order_group_id", "path", "order_group_id"),
        Param("subaccount", "query", "subaccount", minimum=0),
    ),
    response=EmptyResponse,
    auth=True,
    bucket="write",
)


def sync_detailed(
    *,
    client: Client,
    order_group_id: str,
    subaccount: int | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_group_id: str,
    subaccount: int | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /margin/order_groups/{order_group_id} (`DeleteMarginOrderGroup`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - order_group_id: str

    Optional arguments:
    - subaccount: int, >= 0

    Returns `EmptyResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_group_id: str,
    subaccount: int | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_group_id: str,
    subaccount: int | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /margin/order_groups/{order_group_id} (`DeleteMarginOrderGroup`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - order_group_id: str

    Optional arguments:
    - subaccount: int, >= 0

    Returns `EmptyResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
