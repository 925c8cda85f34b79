# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /communications/quotes/{quote_id} (`GetQuote`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- quote_id: str

Returns `GetQuoteResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetQuoteResponse
from ...types import Response

OPERATION: Operation[GetQuoteResponse] = Operation(
    "GetQuote",
    "GET",
    "/communications/quotes/{quote_id}",
    params=(Param("quote_id", "path", "quote_id"),),
    response=GetQuoteResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    quote_id: str,
) -> Response[GetQuoteResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    quote_id: str,
) -> GetQuoteResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /communications/quotes/{quote_id} (`GetQuote`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - quote_id: str

    Returns `GetQuoteResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    quote_id: str,
) -> Response[GetQuoteResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    quote_id: str,
) -> GetQuoteResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /communications/quotes/{quote_id} (`GetQuote`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - quote_id: str

    Returns `GetQuoteResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
