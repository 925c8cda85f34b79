# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/balance (`GetMarginBalance`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 5 tokens (50 with `compute_available_balance=True`) (`GET
  /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- compute_available_balance: bool

Returns `GetMarginBalanceResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import GetMarginBalanceResponse

OPERATION: Operation[GetMarginBalanceResponse] = Operation(
    "GetMarginBalance",
    "GET",
    "/margin/balance",
    params=(Param("compute_available_balance", "query", "compute_available_balance"),),
    response=GetMarginBalanceResponse,
    auth=True,
    unit_cost=5,
    costlier_when=("compute_available_balance", True, 50),
)


def sync_detailed(
    *,
    client: Client,
    compute_available_balance: bool | Unset = UNSET,
) -> Response[GetMarginBalanceResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    compute_available_balance: bool | Unset = UNSET,
) -> GetMarginBalanceResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/balance (`GetMarginBalance`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 5 tokens (50 with `compute_available_balance=True`) (`GET
      /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - compute_available_balance: bool

    Returns `GetMarginBalanceResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    compute_available_balance: bool | Unset = UNSET,
) -> Response[GetMarginBalanceResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    compute_available_balance: bool | Unset = UNSET,
) -> GetMarginBalanceResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/balance (`GetMarginBalance`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 5 tokens (50 with `compute_available_balance=True`) (`GET
      /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - compute_available_balance: bool

    Returns `GetMarginBalanceResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
