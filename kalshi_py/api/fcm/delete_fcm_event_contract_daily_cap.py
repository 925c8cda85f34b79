# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""DELETE /fcm/subtraders/event_contract_daily_cap (`DeleteFCMEventContractDailyCap`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- subtrader_id: str

Returns `EmptyResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import EmptyResponse
from ...types import Response

OPERATION: Operation[EmptyResponse] = Operation(
    "DeleteFCMEventContractDailyCap",
    "DELETE",
    "/fcm/subtraders/event_contract_daily_cap",
    params=(Param("subtrader_id", "query", "subtrader_id"),),
    response=EmptyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    subtrader_id: str,
) -> Response[EmptyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    subtrader_id: str,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /fcm/subtraders/event_contract_daily_cap (`DeleteFCMEventContractDailyCap`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_id: str

    Returns `EmptyResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    subtrader_id: str,
) -> Response[EmptyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    subtrader_id: str,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /fcm/subtraders/event_contract_daily_cap (`DeleteFCMEventContractDailyCap`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_id: str

    Returns `EmptyResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
