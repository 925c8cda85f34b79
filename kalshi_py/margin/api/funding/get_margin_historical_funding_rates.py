# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/funding_rates/historical (`GetMarginHistoricalFundingRates`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- ticker: str
- start_ts: int
- end_ts: int

Returns `GetMarginHistoricalFundingRatesResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import GetMarginHistoricalFundingRatesResponse

OPERATION: Operation[GetMarginHistoricalFundingRatesResponse] = Operation(
    "GetMarginHistoricalFundingRates",
    "GET",
    "/margin/funding_rates/historical",
    params=(
        Param("ticker", "query", "ticker"),
        Param("start_ts", "query", "start_ts"),
        Param("end_ts", "query", "end_ts"),
    ),
    response=GetMarginHistoricalFundingRatesResponse,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Response[GetMarginHistoricalFundingRatesResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> GetMarginHistoricalFundingRatesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/funding_rates/historical (`GetMarginHistoricalFundingRates`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - ticker: str
    - start_ts: int
    - end_ts: int

    Returns `GetMarginHistoricalFundingRatesResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> Response[GetMarginHistoricalFundingRatesResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str | Unset = UNSET,
    start_ts: int | Unset = UNSET,
    end_ts: int | Unset = UNSET,
) -> GetMarginHistoricalFundingRatesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/funding_rates/historical (`GetMarginHistoricalFundingRates`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - ticker: str
    - start_ts: int
    - end_ts: int

    Returns `GetMarginHistoricalFundingRatesResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
