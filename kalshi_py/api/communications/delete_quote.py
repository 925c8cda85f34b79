# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""DELETE /communications/quotes/{quote_id}: `DeleteQuote`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...types import UNSET, Response, Unset

OPERATION: Operation[None] = Operation(
    "DeleteQuote",
    "DELETE",
    "/communications/quotes/{quote_id}",
    params=(
        Param("quote_id", "path", "quote_id"),
    ),
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    quote_id: str,
) -> Response[None]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    quote_id: str,
) -> None:
    """Send the request and return None; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    quote_id: str,
) -> Response[None]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    quote_id: str,
) -> None:
    """Send the request and return None; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
