# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /communications/rfqs/{rfq_id} (`GetRFQ`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- rfq_id: str

Returns `GetRFQResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetRFQResponse
from ...types import Response

OPERATION: Operation[GetRFQResponse] = Operation(
    "GetRFQ",
    "GET",
    "/communications/rfqs/{rfq_id}",
    params=(Param("rfq_id", "path", "rfq_id"),),
    response=GetRFQResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    rfq_id: str,
) -> Response[GetRFQResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    rfq_id: str,
) -> GetRFQResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /communications/rfqs/{rfq_id} (`GetRFQ`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - rfq_id: str

    Returns `GetRFQResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    rfq_id: str,
) -> Response[GetRFQResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    rfq_id: str,
) -> GetRFQResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /communications/rfqs/{rfq_id} (`GetRFQ`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - rfq_id: str

    Returns `GetRFQResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
