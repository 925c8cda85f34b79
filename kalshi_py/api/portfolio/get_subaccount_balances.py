# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/subaccounts/balances (`GetSubaccountBalances`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Returns `GetSubaccountBalancesResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation
from ...client import Client
from ...models import GetSubaccountBalancesResponse
from ...types import Response

OPERATION: Operation[GetSubaccountBalancesResponse] = Operation(
    "GetSubaccountBalances",
    "GET",
    "/portfolio/subaccounts/balances",
    response=GetSubaccountBalancesResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[GetSubaccountBalancesResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> GetSubaccountBalancesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/subaccounts/balances (`GetSubaccountBalances`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `GetSubaccountBalancesResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[GetSubaccountBalancesResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> GetSubaccountBalancesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/subaccounts/balances (`GetSubaccountBalances`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `GetSubaccountBalancesResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
