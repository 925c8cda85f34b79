# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /exchange/user_data_timestamp (`GetUserDataTimestamp`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Returns `GetUserDataTimestampResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation
from ...client import Client
from ...models import GetUserDataTimestampResponse
from ...types import Response

OPERATION: Operation[GetUserDataTimestampResponse] = Operation(
    "GetUserDataTimestamp",
    "GET",
    "/exchange/user_data_timestamp",
    response=GetUserDataTimestampResponse,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[GetUserDataTimestampResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> GetUserDataTimestampResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /exchange/user_data_timestamp (`GetUserDataTimestamp`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `GetUserDataTimestampResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[GetUserDataTimestampResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> GetUserDataTimestampResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /exchange/user_data_timestamp (`GetUserDataTimestamp`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `GetUserDataTimestampResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
