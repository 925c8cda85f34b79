# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /account/api_usage_level/upgrade (`UpgradeAccountApiUsageLevel`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Returns nothing (HTTP 201).
"""

from __future__ import annotations

from ..._operation import Operation
from ...client import Client
from ...types import Response

OPERATION: Operation[None] = Operation(
    "UpgradeAccountApiUsageLevel",
    "POST",
    "/account/api_usage_level/upgrade",
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[None]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /account/api_usage_level/upgrade (`UpgradeAccountApiUsageLevel`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns nothing (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[None]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /account/api_usage_level/upgrade (`UpgradeAccountApiUsageLevel`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns nothing (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
