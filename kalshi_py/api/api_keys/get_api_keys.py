# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /api_keys (`GetApiKeys`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- fcm_subtrader_id: str

Returns `GetApiKeysResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetApiKeysResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetApiKeysResponse] = Operation(
    "GetApiKeys",
    "GET",
    "/api_keys",
    params=(Param("fcm_subtrader_id", "query", "fcm_subtrader_id"),),
    response=GetApiKeysResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GetApiKeysResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GetApiKeysResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /api_keys (`GetApiKeys`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - fcm_subtrader_id: str

    Returns `GetApiKeysResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> Response[GetApiKeysResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    fcm_subtrader_id: str | Unset = UNSET,
) -> GetApiKeysResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /api_keys (`GetApiKeys`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - fcm_subtrader_id: str

    Returns `GetApiKeysResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
