# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /fcm/subtraders (`CreateFCMSubtrader`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- subtrader_suffix: str, matches '^[a-z0-9]{1,16}$'

The body is a `CreateFCMSubtraderRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `CreateFCMSubtraderResponse` (HTTP 201).
"""

from __future__ import annotations

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import CreateFCMSubtraderRequest, CreateFCMSubtraderResponse

OPERATION: Operation[CreateFCMSubtraderResponse] = Operation(
    "CreateFCMSubtrader",
    "POST",
    "/fcm/subtraders",
    body=CreateFCMSubtraderRequest,
    body_fields=("subtrader_suffix",),
    body_required=True,
    response=CreateFCMSubtraderResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: CreateFCMSubtraderRequest | Unset = UNSET,
    subtrader_suffix: str | Unset = UNSET,
) -> Response[CreateFCMSubtraderResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateFCMSubtraderRequest | Unset = UNSET,
    subtrader_suffix: str | Unset = UNSET,
) -> CreateFCMSubtraderResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /fcm/subtraders (`CreateFCMSubtrader`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_suffix: str, matches '^[a-z0-9]{1,16}$'

    The body is a `CreateFCMSubtraderRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `CreateFCMSubtraderResponse` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateFCMSubtraderRequest | Unset = UNSET,
    subtrader_suffix: str | Unset = UNSET,
) -> Response[CreateFCMSubtraderResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateFCMSubtraderRequest | Unset = UNSET,
    subtrader_suffix: str | Unset = UNSET,
) -> CreateFCMSubtraderResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /fcm/subtraders (`CreateFCMSubtrader`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_suffix: str, matches '^[a-z0-9]{1,16}$'

    The body is a `CreateFCMSubtraderRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `CreateFCMSubtraderResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
