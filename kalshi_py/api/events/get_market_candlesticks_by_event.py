# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /series/{series_ticker}/events/{ticker}/candlesticks (`GetMarketCandlesticksByEvent`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str
- series_ticker: str
- start_ts: int
- end_ts: int
- period_interval: int, one of 1, 60, 1440

Returns `GetEventCandlesticksResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetEventCandlesticksResponse
from ...types import Response

OPERATION: Operation[GetEventCandlesticksResponse] = Operation(
    "GetMarketCandlesticksByEvent",
    "GET",
    "/series/{series_ticker}/events/{ticker}/candlesticks",
    params=(
        Param("ticker", "path", "ticker"),
        Param("series_ticker", "path", "series_ticker"),
        Param("start_ts", "query", "start_ts"),
        Param("end_ts", "query", "end_ts"),
        Param("period_interval", "query", "period_interval", choices=(1, 60, 1440)),
    ),
    response=GetEventCandlesticksResponse,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
    series_ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> Response[GetEventCandlesticksResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    series_ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> GetEventCandlesticksResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /series/{series_ticker}/events/{ticker}/candlesticks (`GetMarketCandlesticksByEvent`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str
    - series_ticker: str
    - start_ts: int
    - end_ts: int
    - period_interval: int, one of 1, 60, 1440

    Returns `GetEventCandlesticksResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    series_ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> Response[GetEventCandlesticksResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    series_ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> GetEventCandlesticksResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /series/{series_ticker}/events/{ticker}/candlesticks (`GetMarketCandlesticksByEvent`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str
    - series_ticker: str
    - start_ts: int
    - end_ts: int
    - period_interval: int, one of 1, 60, 1440

    Returns `GetEventCandlesticksResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
