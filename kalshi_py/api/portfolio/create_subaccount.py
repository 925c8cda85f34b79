# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/subaccounts (`CreateSubaccount`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- exchange_index: int

The body is a `CreateSubaccountRequest`: pass it as `body=`, or its fields as keyword arguments.

Returns `CreateSubaccountResponse` (HTTP 201).
"""

from __future__ import annotations

from ..._operation import Operation
from ...client import Client
from ...models import CreateSubaccountRequest, CreateSubaccountResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateSubaccountResponse] = Operation(
    "CreateSubaccount",
    "POST",
    "/portfolio/subaccounts",
    body=CreateSubaccountRequest,
    body_fields=("exchange_index",),
    response=CreateSubaccountResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: CreateSubaccountRequest | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[CreateSubaccountResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateSubaccountRequest | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> CreateSubaccountResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/subaccounts (`CreateSubaccount`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - exchange_index: int

    The body is a `CreateSubaccountRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `CreateSubaccountResponse` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateSubaccountRequest | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[CreateSubaccountResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateSubaccountRequest | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> CreateSubaccountResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/subaccounts (`CreateSubaccount`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - exchange_index: int

    The body is a `CreateSubaccountRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `CreateSubaccountResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
