# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""DELETE /api_keys/{api_key} (`DeleteApiKey`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- api_key: str

Returns nothing (HTTP 204).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...types import Response

OPERATION: Operation[None] = Operation(
    "DeleteApiKey",
    "DELETE",
    "/api_keys/{api_key}",
    params=(Param("api_key", "path", "api_key"),),
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    api_key: str,
) -> Response[None]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    api_key: str,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /api_keys/{api_key} (`DeleteApiKey`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - api_key: str

    Returns nothing (HTTP 204).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    api_key: str,
) -> Response[None]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    api_key: str,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /api_keys/{api_key} (`DeleteApiKey`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - api_key: str

    Returns nothing (HTTP 204).
    """
    return await OPERATION.asyncio(client, locals())
