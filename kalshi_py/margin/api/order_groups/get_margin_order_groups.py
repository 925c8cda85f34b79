# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/order_groups (`GetMarginOrderGroups`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- subaccount: int, >= 0

Returns `GetOrderGroupsResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import GetOrderGroupsResponse

OPERATION: Operation[GetOrderGroupsResponse] = Operation(
    "GetMarginOrderGroups",
    "GET",
    "/margin/order_groups",
    params=(Param("subaccount", "query", "subaccount", minimum=0),),
    response=GetOrderGroupsResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderGroupsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/order_groups (`GetMarginOrderGroups`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - subaccount: int, >= 0

    Returns `GetOrderGroupsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> Response[GetOrderGroupsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> GetOrderGroupsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/order_groups (`GetMarginOrderGroups`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - subaccount: int, >= 0

    Returns `GetOrderGroupsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
