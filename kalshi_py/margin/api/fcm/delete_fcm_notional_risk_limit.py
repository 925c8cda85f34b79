# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""DELETE /margin/fcm/notional_risk_limit (`DeleteFCMNotionalRiskLimit`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Returns `EmptyResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation
from ....client import Client
from ....types import Response
from ...models import EmptyResponse

OPERATION: Operation[EmptyResponse] = Operation(
    "DeleteFCMNotionalRiskLimit",
    "DELETE",
    "/margin/fcm/notional_risk_limit",
    response=EmptyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[EmptyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /margin/fcm/notional_risk_limit (`DeleteFCMNotionalRiskLimit`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `EmptyResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[EmptyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /margin/fcm/notional_risk_limit (`DeleteFCMNotionalRiskLimit`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Returns `EmptyResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
