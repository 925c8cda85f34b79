# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""PUT /communications/quotes/{quote_id}/accept: `AcceptQuote`."""

from __future__ import annotations

from typing import Literal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import AcceptQuoteRequest
from ...types import UNSET, Response, Unset

OPERATION: Operation[None] = Operation(
    "AcceptQuote",
    "PUT",
    "/communications/quotes/{quote_id}/accept",
    params=(
        Param("quote_id", "path", "quote_id"),
    ),
    body=AcceptQuoteRequest,
    body_fields=("accepted_side", ),
    body_required=True,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    quote_id: str,
    body: AcceptQuoteRequest | Unset = UNSET,
    accepted_side: Literal['yes', 'no'] | Unset = UNSET,
) -> Response[None]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    quote_id: str,
    body: AcceptQuoteRequest | Unset = UNSET,
    accepted_side: Literal['yes', 'no'] | Unset = UNSET,
) -> None:
    """Send the request and return None; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    quote_id: str,
    body: AcceptQuoteRequest | Unset = UNSET,
    accepted_side: Literal['yes', 'no'] | Unset = UNSET,
) -> Response[None]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    quote_id: str,
    body: AcceptQuoteRequest | Unset = UNSET,
    accepted_side: Literal['yes', 'no'] | Unset = UNSET,
) -> None:
    """Send the request and return None; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
