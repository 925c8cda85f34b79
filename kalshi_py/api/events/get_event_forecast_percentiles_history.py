# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history: `GetEventForecastPercentilesHistory`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetEventForecastPercentilesHistoryResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetEventForecastPercentilesHistoryResponse] = Operation(
    "GetEventForecastPercentilesHistory",
    "GET",
    "/series/{series_ticker}/events/{ticker}/forecast_percentile_history",
    params=(
        Param("ticker", "path", "ticker"),
        Param("series_ticker", "path", "series_ticker"),
        Param("percentiles", "query", "percentiles"),
        Param("start_ts", "query", "start_ts"),
        Param("end_ts", "query", "end_ts"),
        Param("period_interval", "query", "period_interval"),
    ),
    response=GetEventForecastPercentilesHistoryResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
    series_ticker: str,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> Response[GetEventForecastPercentilesHistoryResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    series_ticker: str,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> GetEventForecastPercentilesHistoryResponse:
    """Send the request and return the decoded `GetEventForecastPercentilesHistoryResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    series_ticker: str,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> Response[GetEventForecastPercentilesHistoryResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    series_ticker: str,
    percentiles: list[int],
    start_ts: int,
    end_ts: int,
    period_interval: int,
) -> GetEventForecastPercentilesHistoryResponse:
    """Send the request and return the decoded `GetEventForecastPercentilesHistoryResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
