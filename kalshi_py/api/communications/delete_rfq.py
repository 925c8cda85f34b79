# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""DELETE /communications/rfqs/{rfq_id} (`DeleteRFQ`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- rfq_id: str

Returns nothing (HTTP 204).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...types import Response

OPERATION: Operation[None] = Operation(
    "DeleteRFQ",
    "DELETE",
    "/communications/rfqs/{rfq_id}",
    params=(Param("rfq_id", "path", "rfq_id"),),
    auth=True,
    bucket="write",
)


def sync_detailed(
    *,
    client: Client,
    rfq_id: str,
) -> Response[None]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    rfq_id: str,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /communications/rfqs/{rfq_id} (`DeleteRFQ`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - rfq_id: str

    Returns nothing (HTTP 204).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    rfq_id: str,
) -> Response[None]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    rfq_id: str,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /communications/rfqs/{rfq_id} (`DeleteRFQ`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - rfq_id: str

    Returns nothing (HTTP 204).
    """
    return await OPERATION.asyncio(client, locals())
