# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /series/{series_ticker}/events/{ticker}/candlesticks: `GetMarketCandlesticksByEvent`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetEventCandlesticksResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetEventCandlesticksResponse] = Operation(
    "GetMarketCandlesticksByEvent",
    "GET",
    "/series/{series_ticker}/events/{ticker}/candlesticks",
    params=(
        Param("ticker", "path", "ticker"),
        Param("series_ticker", "path", "series_ticker"),
        Param("start_ts", "query", "start_ts"),
        Param("end_ts", "query", "end_ts"),
        Param("period_interval", "query", "period_interval"),
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `GetEventCandlesticksResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `GetEventCandlesticksResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
