# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/target_balance_allocation (`GetTargetBalanceAllocation`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Returns `GetTargetBalanceAllocationResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation
from ...client import Client
from ...models import GetTargetBalanceAllocationResponse
from ...types import Response

OPERATION: Operation[GetTargetBalanceAllocationResponse] = Operation(
    "GetTargetBalanceAllocation",
    "GET",
    "/portfolio/target_balance_allocation",
    response=GetTargetBalanceAllocationResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[GetTargetBalanceAllocationResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> GetTargetBalanceAllocationResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/target_balance_allocation (`GetTargetBalanceAllocation`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `GetTargetBalanceAllocationResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[GetTargetBalanceAllocationResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> GetTargetBalanceAllocationResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/target_balance_allocation (`GetTargetBalanceAllocation`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `GetTargetBalanceAllocationResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
