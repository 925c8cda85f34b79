# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /series/{series_ticker}/markets/{ticker}/candlesticks (`GetMarketCandlesticks`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- series_ticker: str
- ticker: str
- start_ts: int
- end_ts: int
- period_interval: int, one of 1, 60, 1440

Optional arguments:
- include_latest_before_start: bool

Returns `GetMarketCandlesticksResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetMarketCandlesticksResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMarketCandlesticksResponse] = Operation(
    "GetMarketCandlesticks",
    "GET",
    "/series/{series_ticker}/markets/{ticker}/candlesticks",
    params=(
        Param("series_ticker", "path", "series_ticker"),
        Param("ticker", "path", "ticker"),
        Param("start_ts", "query", "start_ts"),
        Param("end_ts", "query", "end_ts"),
        Param("period_interval", "query", "period_interval", choices=(1, 60, 1440)),
        Param("include_latest_before_start", "query", "include_latest_before_start"),
    ),
    response=GetMarketCandlesticksResponse,
)


def sync_detailed(
    *,
    client: Client,
    series_ticker: str,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = UNSET,
) -> Response[GetMarketCandlesticksResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    series_ticker: str,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = UNSET,
) -> GetMarketCandlesticksResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /series/{series_ticker}/markets/{ticker}/candlesticks (`GetMarketCandlesticks`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - series_ticker: str
    - ticker: str
    - start_ts: int
    - end_ts: int
    - period_interval: int, one of 1, 60, 1440

    Optional arguments:
    - include_latest_before_start: bool

    Returns `GetMarketCandlesticksResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    series_ticker: str,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = UNSET,
) -> Response[GetMarketCandlesticksResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    series_ticker: str,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = UNSET,
) -> GetMarketCandlesticksResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /series/{series_ticker}/markets/{ticker}/candlesticks (`GetMarketCandlesticks`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - series_ticker: str
    - ticker: str
    - start_ts: int
    - end_ts: int
    - period_interval: int, one of 1, 60, 1440

    Optional arguments:
    - include_latest_before_start: bool

    Returns `GetMarketCandlesticksResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
