# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/funding_rates/estimate (`GetMarginFundingRateEstimate`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str

Returns `GetMarginFundingRateEstimateResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import Response
from ...models import GetMarginFundingRateEstimateResponse

OPERATION: Operation[GetMarginFundingRateEstimateResponse] = Operation(
    "GetMarginFundingRateEstimate",
    "GET",
    "/margin/funding_rates/estimate",
    params=(Param("ticker", "query", "ticker"),),
    response=GetMarginFundingRateEstimateResponse,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
) -> Response[GetMarginFundingRateEstimateResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
) -> GetMarginFundingRateEstimateResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/funding_rates/estimate (`GetMarginFundingRateEstimate`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Returns `GetMarginFundingRateEstimateResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
) -> Response[GetMarginFundingRateEstimateResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
) -> GetMarginFundingRateEstimateResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/funding_rates/estimate (`GetMarginFundingRateEstimate`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str

    Returns `GetMarginFundingRateEstimateResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
