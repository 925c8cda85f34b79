# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/accept (`AcceptRFQQuote`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- rfq_id: str
- quote_id: str
- accepted_side: one of "yes", "no"

The body is a `AcceptQuoteRequest`: pass it as `body=`, or its fields as keyword arguments.

Returns nothing (HTTP 204).
"""

from __future__ import annotations

from typing import Literal

from ..._operation import Operation, Param
from ...client import Client
from ...models import AcceptQuoteRequest
from ...types import UNSET, Response, Unset

OPERATION: Operation[None] = Operation(
    "AcceptRFQQuote",
    "PUT",
    "/communications/rfqs/{rfq_id}/quotes/{quote_id}/accept",
    params=(
        Param("rfq_id", "path", "rfq_id"),
        Param("quote_id", "path", "quote_id"),
    ),
    body=AcceptQuoteRequest,
    body_fields=("accepted_side",),
    body_required=True,
    auth=True,
    bucket="write",
)


def sync_detailed(
    *,
    client: Client,
    rfq_id: str,
    quote_id: str,
    body: AcceptQuoteRequest | Unset = UNSET,
    accepted_side: Literal["yes", "no"] | Unset = UNSET,
) -> Response[None]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    rfq_id: str,
    quote_id: str,
    body: AcceptQuoteRequest | Unset = UNSET,
    accepted_side: Literal["yes", "no"] | Unset = UNSET,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/accept (`AcceptRFQQuote`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - rfq_id: str
    - quote_id: str
    - accepted_side: one of "yes", "no"

    The body is a `AcceptQuoteRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns nothing (HTTP 204).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    rfq_id: str,
    quote_id: str,
    body: AcceptQuoteRequest | Unset = UNSET,
    accepted_side: Literal["yes", "no"] | Unset = UNSET,
) -> Response[None]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    rfq_id: str,
    quote_id: str,
    body: AcceptQuoteRequest | Unset = UNSET,
    accepted_side: Literal["yes", "no"] | Unset = UNSET,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /communications/rfqs/{rfq_id}/quotes/{quote_id}/accept (`AcceptRFQQuote`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - rfq_id: str
    - quote_id: str
    - accepted_side: one of "yes", "no"

    The body is a `AcceptQuoteRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns nothing (HTTP 204).
    """
    return await OPERATION.asyncio(client, locals())
