# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /portfolio/margin/subaccounts (`CreateMarginSubaccount`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Returns `CreateSubaccountResponse` (HTTP 201).
"""

from __future__ import annotations

from ...._operation import Operation
from ....client import Client
from ....types import Response
from ...models import CreateSubaccountResponse

OPERATION: Operation[CreateSubaccountResponse] = Operation(
    "CreateMarginSubaccount",
    "POST",
    "/portfolio/margin/subaccounts",
    response=CreateSubaccountResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[CreateSubaccountResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> CreateSubaccountResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/margin/subaccounts (`CreateMarginSubaccount`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `CreateSubaccountResponse` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[CreateSubaccountResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> CreateSubaccountResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/margin/subaccounts (`CreateMarginSubaccount`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `CreateSubaccountResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
