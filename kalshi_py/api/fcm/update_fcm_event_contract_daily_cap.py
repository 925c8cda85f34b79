# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""PUT /fcm/subtraders/event_contract_daily_cap (`UpdateFCMEventContractDailyCap`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- subtrader_id: str
- limit: Decimal | str, >= 0

The body is a `UpdateFCMEventContractDailyCapRequest`: pass it as `body=`, or its fields as
  keyword arguments.

Returns `EmptyResponse` (HTTP 200).
"""

from __future__ import annotations

from decimal import Decimal

from ..._operation import Operation
from ...client import Client
from ...models import EmptyResponse, UpdateFCMEventContractDailyCapRequest
from ...types import UNSET, Response, Unset

OPERATION: Operation[EmptyResponse] = Operation(
    "UpdateFCMEventContractDailyCap",
    "PUT",
    "/fcm/subtraders/event_contract_daily_cap",
    body=UpdateFCMEventContractDailyCapRequest,
    body_fields=(
        "subtrader_id",
        "limit",
    ),
    body_required=True,
    response=EmptyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: UpdateFCMEventContractDailyCapRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    limit: Decimal | str | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: UpdateFCMEventContractDailyCapRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    limit: Decimal | str | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /fcm/subtraders/event_contract_daily_cap (`UpdateFCMEventContractDailyCap`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_id: str
    - limit: Decimal | str, >= 0

    The body is a `UpdateFCMEventContractDailyCapRequest`: pass it as `body=`, or its fields as
      keyword arguments.

    Returns `EmptyResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: UpdateFCMEventContractDailyCapRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    limit: Decimal | str | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: UpdateFCMEventContractDailyCapRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    limit: Decimal | str | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /fcm/subtraders/event_contract_daily_cap (`UpdateFCMEventContractDailyCap`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_id: str
    - limit: Decimal | str, >= 0

    The body is a `UpdateFCMEventContractDailyCapRequest`: pass it as `body=`, or its fields as
      keyword arguments.

    Returns `EmptyResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
