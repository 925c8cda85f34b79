# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""PUT /margin/fcm/subtraders/risk_controls (`UpdateFCMSubtraderRiskControls`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- subtrader_id: str
- im_cap: Decimal | str, >= 0

Optional arguments:
- market_ticker: str
- asset_class: one of "Crypto", "Equities", "Metals", "FX", "Energy", "Indices", "Rates",
  "Compute", "GPU"

The body is a `UpdateFCMSubtraderRiskControlsRequest`: pass it as `body=`, or its fields as
  keyword arguments.

Returns `EmptyResponse` (HTTP 200).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import EmptyResponse, UpdateFCMSubtraderRiskControlsRequest

OPERATION: Operation[EmptyResponse] = Operation(
    "UpdateFCMSubtraderRiskControls",
    "PUT",
    "/margin/fcm/subtraders/risk_controls",
    body=UpdateFCMSubtraderRiskControlsRequest,
    body_fields=(
        "subtrader_id",
        "market_ticker",
        "asset_class",
        "im_cap",
    ),
    body_required=True,
    response=EmptyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: UpdateFCMSubtraderRiskControlsRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    asset_class: Literal["Crypto", "Equities", "Metals", "FX", "Energy", "Indices", "Rates", "Compute", "GPU"]
    | Unset = UNSET,
    im_cap: Decimal | str | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: UpdateFCMSubtraderRiskControlsRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    asset_class: Literal["Crypto", "Equities", "Metals", "FX", "Energy", "Indices", "Rates", "Compute", "GPU"]
    | Unset = UNSET,
    im_cap: Decimal | str | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /margin/fcm/subtraders/risk_controls (`UpdateFCMSubtraderRiskControls`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_id: str
    - im_cap: Decimal | str, >= 0

    Optional arguments:
    - market_ticker: str
    - asset_class: one of "Crypto", "Equities", "Metals", "FX", "Energy", "Indices", "Rates",
      "Compute", "GPU"

    The body is a `UpdateFCMSubtraderRiskControlsRequest`: pass it as `body=`, or its fields as
      keyword arguments.

    Returns `EmptyResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: UpdateFCMSubtraderRiskControlsRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    asset_class: Literal["Crypto", "Equities", "Metals", "FX", "Energy", "Indices", "Rates", "Compute", "GPU"]
    | Unset = UNSET,
    im_cap: Decimal | str | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: UpdateFCMSubtraderRiskControlsRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    asset_class: Literal["Crypto", "Equities", "Metals", "FX", "Energy", "Indices", "Rates", "Compute", "GPU"]
    | Unset = UNSET,
    im_cap: Decimal | str | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /margin/fcm/subtraders/risk_controls (`UpdateFCMSubtraderRiskControls`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_id: str
    - im_cap: Decimal | str, >= 0

    Optional arguments:
    - market_ticker: str
    - asset_class: one of "Crypto", "Equities", "Metals", "FX", "Energy", "Indices", "Rates",
      "Compute", "GPU"

    The body is a `UpdateFCMSubtraderRiskControlsRequest`: pass it as `body=`, or its fields as
      keyword arguments.

    Returns `EmptyResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
