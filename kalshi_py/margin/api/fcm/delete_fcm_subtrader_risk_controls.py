# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""DELETE /margin/fcm/subtraders/risk_controls (`DeleteFCMSubtraderRiskControls`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- subtrader_id: str

Optional arguments:
- market_ticker: str
- asset_class: str, one of "Crypto", "Equities", "Metals", "FX", "Energy", "Indices",
  "Rates", "Compute", "GPU"

Returns `EmptyResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import EmptyResponse

OPERATION: Operation[EmptyResponse] = Operation(
    "DeleteFCMSubtraderRiskControls",
    "DELETE",
    "/margin/fcm/subtraders/risk_controls",
    params=(
        Param("subtrader_id", "query", "subtrader_id"),
        Param("market_ticker", "query", "market_ticker"),
        Param(
            "asset_class",
            "query",
            "asset_class",
            choices=("Crypto", "Equities", "Metals", "FX", "Energy", "Indices", "Rates", "Compute", "GPU"),
        ),
    ),
    response=EmptyResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    subtrader_id: str,
    market_ticker: str | Unset = UNSET,
    asset_class: str | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    subtrader_id: str,
    market_ticker: str | Unset = UNSET,
    asset_class: str | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /margin/fcm/subtraders/risk_controls (`DeleteFCMSubtraderRiskControls`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_id: str

    Optional arguments:
    - market_ticker: str
    - asset_class: str, one of "Crypto", "Equities", "Metals", "FX", "Energy", "Indices",
      "Rates", "Compute", "GPU"

    Returns `EmptyResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    subtrader_id: str,
    market_ticker: str | Unset = UNSET,
    asset_class: str | Unset = UNSET,
) -> Response[EmptyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    subtrader_id: str,
    market_ticker: str | Unset = UNSET,
    asset_class: str | Unset = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    DELETE /margin/fcm/subtraders/risk_controls (`DeleteFCMSubtraderRiskControls`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subtrader_id: str

    Optional arguments:
    - market_ticker: str
    - asset_class: str, one of "Crypto", "Equities", "Metals", "FX", "Energy", "Indices",
      "Rates", "Compute", "GPU"

    Returns `EmptyResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
