# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""DELETE /margin/orders (`CancelAllMarginOrders`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- subaccount: int, >= 0

Returns nothing (HTTP 204).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset

OPERATION: Operation[None] = Operation(
    "CancelAllMarginOrders",
    "DELETE",
    "/margin/orders",
    params=(Param("subaccount", "query", "subaccount", minimum=0),),
    auth=True,
    bucket="write",
)


def sync_detailed(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> Response[None]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /margin/orders (`CancelAllMarginOrders`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - subaccount: int, >= 0

    Returns nothing (HTTP 204).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> Response[None]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    subaccount: int | Unset = UNSET,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /margin/orders (`CancelAllMarginOrders`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - subaccount: int, >= 0

    Returns nothing (HTTP 204).
    """
    return await OPERATION.asyncio(client, locals())
