# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /communications/quotes: `CreateQuote`."""

from __future__ import annotations

from decimal import Decimal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import CreateQuoteRequest, CreateQuoteResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateQuoteResponse] = Operation(
    "CreateQuote",
    "POST",
    "/communications/quotes",
    body=CreateQuoteRequest,
    body_fields=("rfq_id", "yes_bid", "no_bid", "rest_remainder", "post_only", "subaccount", ),
    body_required=True,
    response=CreateQuoteResponse,
    auth=True,
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `CreateQuoteResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `CreateQuoteResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
