# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""PUT /margin/fcm/notional_risk_limit (`UpdateFCMNotionalRiskLimit`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- notional_value_risk_limit: Decimal | str, >= 0

The body is a `UpdateFCMNotionalRiskLimitRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `EmptyResponse` (HTTP 200).
"""

from __future__ import annotations

from decimal import Decimal

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import EmptyResponse, UpdateFCMNotionalRiskLimitRequest

OPERATION: Operation[EmptyResponse] = Operation(
    "UpdateFCMNotionalRiskLimit",
    "PUT",
    "/margin/fcm/notional_risk_limit",
    body=UpdateFCMNotionalRiskLimitRequest,
    body_fields=("notional_value_risk_limit",),
    body_required=True,
    response=EmptyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: UpdateFCMNotionalRiskLimitRequest | Unset = UNSET,
    notional_value_risk_limit: Decimal | str | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: UpdateFCMNotionalRiskLimitRequest | Unset = UNSET,
    notional_value_risk_limit: Decimal | str | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /margin/fcm/notional_risk_limit (`UpdateFCMNotionalRiskLimit`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - notional_value_risk_limit: Decimal | str, >= 0

    The body is a `UpdateFCMNotionalRiskLimitRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `EmptyResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: UpdateFCMNotionalRiskLimitRequest | Unset = UNSET,
    notional_value_risk_limit: Decimal | str | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: UpdateFCMNotionalRiskLimitRequest | Unset = UNSET,
    notional_value_risk_limit: Decimal | str | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /margin/fcm/notional_risk_limit (`UpdateFCMNotionalRiskLimit`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - notional_value_risk_limit: Decimal | str, >= 0

    The body is a `UpdateFCMNotionalRiskLimitRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `EmptyResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
