# generated from klear_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /margin/estimate_maintenance_margin (`EstimatePortfolioMaintenanceMargin`).

Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
  from `kalshi_py.klear.create_client()`.
Rate limit: none stated by Kalshi.
Pagination: none.

Required arguments:
- asset_class: one of "Crypto"
- positions: list[EstimatePortfolioMaintenanceMarginPosition]

Optional arguments:
- date: str
- clearing_type: one of "FCM", "SelfClearing"

The body is a `EstimatePortfolioMaintenanceMarginRequest`: pass it as `body=`, or its fields as
  keyword arguments.

Returns `EstimatePortfolioMaintenanceMarginResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Literal

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import (
    EstimatePortfolioMaintenanceMarginPosition,
    EstimatePortfolioMaintenanceMarginRequest,
    EstimatePortfolioMaintenanceMarginResponse,
)

OPERATION: Operation[EstimatePortfolioMaintenanceMarginResponse] = Operation(
    "EstimatePortfolioMaintenanceMargin",
    "POST",
    "/margin/estimate_maintenance_margin",
    body=EstimatePortfolioMaintenanceMarginRequest,
    body_fields=(
        "asset_class",
        "date",
        "clearing_type",
        "positions",
    ),
    body_required=True,
    response=EstimatePortfolioMaintenanceMarginResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: EstimatePortfolioMaintenanceMarginRequest | Unset = UNSET,
    asset_class: Literal["Crypto"] | Unset = UNSET,
    date: str | Unset = UNSET,
    clearing_type: Literal["FCM", "SelfClearing"] | Unset = UNSET,
    positions: list[EstimatePortfolioMaintenanceMarginPosition] | Unset = UNSET,
) -> Response[EstimatePortfolioMaintenanceMarginResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: EstimatePortfolioMaintenanceMarginRequest | Unset = UNSET,
    asset_class: Literal["Crypto"] | Unset = UNSET,
    date: str | Unset = UNSET,
    clearing_type: Literal["FCM", "SelfClearing"] | Unset = UNSET,
    positions: list[EstimatePortfolioMaintenanceMarginPosition] | Unset = UNSET,
) -> EstimatePortfolioMaintenanceMarginResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/estimate_maintenance_margin (`EstimatePortfolioMaintenanceMargin`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - asset_class: one of "Crypto"
    - positions: list[EstimatePortfolioMaintenanceMarginPosition]

    Optional arguments:
    - date: str
    - clearing_type: one of "FCM", "SelfClearing"

    The body is a `EstimatePortfolioMaintenanceMarginRequest`: pass it as `body=`, or its fields as
      keyword arguments.

    Returns `EstimatePortfolioMaintenanceMarginResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: EstimatePortfolioMaintenanceMarginRequest | Unset = UNSET,
    asset_class: Literal["Crypto"] | Unset = UNSET,
    date: str | Unset = UNSET,
    clearing_type: Literal["FCM", "SelfClearing"] | Unset = UNSET,
    positions: list[EstimatePortfolioMaintenanceMarginPosition] | Unset = UNSET,
) -> Response[EstimatePortfolioMaintenanceMarginResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: EstimatePortfolioMaintenanceMarginRequest | Unset = UNSET,
    asset_class: Literal["Crypto"] | Unset = UNSET,
    date: str | Unset = UNSET,
    clearing_type: Literal["FCM", "SelfClearing"] | Unset = UNSET,
    positions: list[EstimatePortfolioMaintenanceMarginPosition] | Unset = UNSET,
) -> EstimatePortfolioMaintenanceMarginResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/estimate_maintenance_margin (`EstimatePortfolioMaintenanceMargin`).

    Auth: a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client
      from `kalshi_py.klear.create_client()`.
    Rate limit: none stated by Kalshi.
    Pagination: none.

    Required arguments:
    - asset_class: one of "Crypto"
    - positions: list[EstimatePortfolioMaintenanceMarginPosition]

    Optional arguments:
    - date: str
    - clearing_type: one of "FCM", "SelfClearing"

    The body is a `EstimatePortfolioMaintenanceMarginRequest`: pass it as `body=`, or its fields as
      keyword arguments.

    Returns `EstimatePortfolioMaintenanceMarginResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
