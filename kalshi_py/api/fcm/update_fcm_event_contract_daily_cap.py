# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""PUT /fcm/subtraders/event_contract_daily_cap: `UpdateFCMEventContractDailyCap`."""

from __future__ import annotations

from decimal import Decimal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import EmptyResponse, UpdateFCMEventContractDailyCapRequest
from ...types import UNSET, Response, Unset

OPERATION: Operation[EmptyResponse] = Operation(
    "UpdateFCMEventContractDailyCap",
    "PUT",
    "/fcm/subtraders/event_contract_daily_cap",
    body=UpdateFCMEventContractDailyCapRequest,
    body_fields=("subtrader_id", "limit", ),
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: UpdateFCMEventContractDailyCapRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    limit: Decimal | str | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return the decoded `EmptyResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: UpdateFCMEventContractDailyCapRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    limit: Decimal | str | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: UpdateFCMEventContractDailyCapRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    limit: Decimal | str | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return the decoded `EmptyResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
