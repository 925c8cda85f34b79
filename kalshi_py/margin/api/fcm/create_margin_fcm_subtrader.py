# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /margin/fcm/subtraders (`CreateMarginFCMSubtrader`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- subtrader_suffix: str, matches '^[a-z0-9]{1,16}$'

The body is a `CreateMarginFCMSubtraderRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `CreateMarginFCMSubtraderResponse` (HTTP 201).
"""

from __future__ import annotations

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import CreateMarginFCMSubtraderRequest, CreateMarginFCMSubtraderResponse

OPERATION: Operation[CreateMarginFCMSubtraderResponse] = Operation(
    "CreateMarginFCMSubtrader",
    "POST",
    "/margin/fcm/subtraders",
    body=CreateMarginFCMSubtraderRequest,
    body_fields=("subtrader_suffix",),
    body_required=True,
    response=CreateMarginFCMSubtraderResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: CreateMarginFCMSubtraderRequest | Unset = UNSET,
    subtrader_suffix: str | Unset = UNSET,
) -> Response[CreateMarginFCMSubtraderResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateMarginFCMSubtraderRequest | Unset = UNSET,
    subtrader_suffix: str | Unset = UNSET,
) -> CreateMarginFCMSubtraderResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/fcm/subtraders (`CreateMarginFCMSubtrader`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_suffix: str, matches '^[a-z0-9]{1,16}$'

    The body is a `CreateMarginFCMSubtraderRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `CreateMarginFCMSubtraderResponse` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateMarginFCMSubtraderRequest | Unset = UNSET,
    subtrader_suffix: str | Unset = UNSET,
) -> Response[CreateMarginFCMSubtraderResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateMarginFCMSubtraderRequest | Unset = UNSET,
    subtrader_suffix: str | Unset = UNSET,
) -> CreateMarginFCMSubtraderResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/fcm/subtraders (`CreateMarginFCMSubtrader`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_suffix: str, matches '^[a-z0-9]{1,16}$'

    The body is a `CreateMarginFCMSubtraderRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `CreateMarginFCMSubtraderResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
