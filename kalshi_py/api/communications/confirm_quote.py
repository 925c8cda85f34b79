# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""PUT /communications/quotes/{quote_id}/confirm: `ConfirmQuote`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import EmptyResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[None] = Operation(
    "ConfirmQuote",
    "PUT",
    "/communications/quotes/{quote_id}/confirm",
    params=(
        Param("quote_id", "path", "quote_id"),
    ),
    body=EmptyResponse,
    body_fields=(),
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    quote_id: str,
    body: EmptyResponse | Unset = UNSET,
) -> Response[None]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    quote_id: str,
    body: EmptyResponse | Unset = UNSET,
) -> None:
    """Send the request and return None; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    quote_id: str,
    body: EmptyResponse | Unset = UNSET,
) -> Response[None]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    quote_id: str,
    body: EmptyResponse | Unset = UNSET,
) -> None:
    """Send the request and return None; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
