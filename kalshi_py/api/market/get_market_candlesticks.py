# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /series/{series_ticker}/markets/{ticker}/candlesticks: `GetMarketCandlesticks`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
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
        Param("period_interval", "query", "period_interval"),
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `GetMarketCandlesticksResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `GetMarketCandlesticksResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
