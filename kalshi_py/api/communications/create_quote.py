# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /communications/quotes (`CreateQuote`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- rfq_id: str
- yes_bid: Decimal | str, >= 0, <= 1
- no_bid: Decimal | str, >= 0, <= 1
- rest_remainder: bool

Optional arguments:
- post_only: bool
- subaccount: int

The body is a `CreateQuoteRequest`: pass it as `body=`, or its fields as keyword arguments.

Returns `CreateQuoteResponse` (HTTP 201).
"""

from __future__ import annotations

from decimal import Decimal

from ..._operation import Operation
from ...client import Client
from ...models import CreateQuoteRequest, CreateQuoteResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateQuoteResponse] = Operation(
    "CreateQuote",
    "POST",
    "/communications/quotes",
    body=CreateQuoteRequest,
    body_fields=(
        "rfq_id",
        "yes_bid",
        "no_bid",
        "rest_remainder",
        "post_only",
        "subaccount",
    ),
    body_required=True,
    response=CreateQuoteResponse,
    auth=True,
    bucket="write",
)


def sync_detailed(
    *,
    client: Client,
    body: CreateQuoteRequest | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
    yes_bid: Decimal | str | Unset = UNSET,
    no_bid: Decimal | str | Unset = UNSET,
    rest_remainder: bool | Unset = UNSET,
    post_only: bool | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[CreateQuoteResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateQuoteRequest | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
    yes_bid: Decimal | str | Unset = UNSET,
    no_bid: Decimal | str | Unset = UNSET,
    rest_remainder: bool | Unset = UNSET,
    post_only: bool | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> CreateQuoteResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /communications/quotes (`CreateQuote`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - rfq_id: str
    - yes_bid: Decimal | str, >= 0, <= 1
    - no_bid: Decimal | str, >= 0, <= 1
    - rest_remainder: bool

    Optional arguments:
    - post_only: bool
    - subaccount: int

    The body is a `CreateQuoteRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `CreateQuoteResponse` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateQuoteRequest | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
    yes_bid: Decimal | str | Unset = UNSET,
    no_bid: Decimal | str | Unset = UNSET,
    rest_remainder: bool | Unset = UNSET,
    post_only: bool | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[CreateQuoteResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateQuoteRequest | Unset = UNSET,
    rfq_id: str | Unset = UNSET,
    yes_bid: Decimal | str | Unset = UNSET,
    no_bid: Decimal | str | Unset = UNSET,
    rest_remainder: bool | Unset = UNSET,
    post_only: bool | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> CreateQuoteResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /communications/quotes (`CreateQuote`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - rfq_id: str
    - yes_bid: Decimal | str, >= 0, <= 1
    - no_bid: Decimal | str, >= 0, <= 1
    - rest_remainder: bool

    Optional arguments:
    - post_only: bool
    - subaccount: int

    The body is a `CreateQuoteRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `CreateQuoteResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
