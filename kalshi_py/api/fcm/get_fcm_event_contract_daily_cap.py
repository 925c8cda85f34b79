# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /fcm/subtraders/event_contract_daily_cap (`GetFCMEventContractDailyCap`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- subtrader_id: str

Returns `GetFCMEventContractDailyCapResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetFCMEventContractDailyCapResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetFCMEventContractDailyCapResponse] = Operation(
    "GetFCMEventContractDailyCap",
    "GET",
    "/fcm/subtraders/event_contract_daily_cap",
    params=(Param("subtrader_id", "query", "subtrader_id"),),
    response=GetFCMEventContractDailyCapResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    subtrader_id: str | Unset = UNSET,
) -> Response[GetFCMEventContractDailyCapResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    subtrader_id: str | Unset = UNSET,
) -> GetFCMEventContractDailyCapResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /fcm/subtraders/event_contract_daily_cap (`GetFCMEventContractDailyCap`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - subtrader_id: str

    Returns `GetFCMEventContractDailyCapResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    subtrader_id: str | Unset = UNSET,
) -> Response[GetFCMEventContractDailyCapResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    subtrader_id: str | Unset = UNSET,
) -> GetFCMEventContractDailyCapResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /fcm/subtraders/event_contract_daily_cap (`GetFCMEventContractDailyCap`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - subtrader_id: str

    Returns `GetFCMEventContractDailyCapResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
