# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /historical/markets/{ticker}/candlesticks: `GetMarketCandlesticksHistorical`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetMarketCandlesticksHistoricalResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMarketCandlesticksHistoricalResponse] = Operation(
    "GetMarketCandlesticksHistorical",
    "GET",
    "/historical/markets/{ticker}/candlesticks",
    params=(
        Param("ticker", "path", "ticker"),
        Param("start_ts", "query", "start_ts"),
        Param("end_ts", "query", "end_ts"),
        Param("period_interval", "query", "period_interval"),
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> GetMarketCandlesticksHistoricalResponse:
    """Send the request and return the decoded `GetMarketCandlesticksHistoricalResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> Response[GetMarketCandlesticksHistoricalResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> GetMarketCandlesticksHistoricalResponse:
    """Send the request and return the decoded `GetMarketCandlesticksHistoricalResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
