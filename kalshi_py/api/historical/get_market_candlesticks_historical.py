# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /historical/markets/{ticker}/candlesticks (`GetMarketCandlesticksHistorical`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str
- start_ts: int
- end_ts: int
- period_interval: int, one of 1, 60, 1440

Returns `GetMarketCandlesticksHistoricalResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetMarketCandlesticksHistoricalResponse
from ...types import Response

OPERATION: Operation[GetMarketCandlesticksHistoricalResponse] = Operation(
    "GetMarketCandlesticksHistorical",
    "GET",
    "/historical/markets/{ticker}/candlesticks",
    params=(
        Param("ticker", "path", "ticker"),
        Param("start_ts", "query", "start_ts"),
        Param("end_ts", "query", "end_ts"),
        Param("period_interval", "query", "period_interval", choices=(1, 60, 1440)),
    ),
    response=GetMarketCandlesticksHistoricalResponse,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> Response[GetMarketCandlesticksHistoricalResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> GetMarketCandlesticksHistoricalResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /historical/markets/{ticker}/candlesticks (`GetMarketCandlesticksHistorical`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str
    - start_ts: int
    - end_ts: int
    - period_interval: int, one of 1, 60, 1440

    Returns `GetMarketCandlesticksHistoricalResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> Response[GetMarketCandlesticksHistoricalResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> GetMarketCandlesticksHistoricalResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /historical/markets/{ticker}/candlesticks (`GetMarketCandlesticksHistorical`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str
    - start_ts: int
    - end_ts: int
    - period_interval: int, one of 1, 60, 1440

    Returns `GetMarketCandlesticksHistoricalResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
