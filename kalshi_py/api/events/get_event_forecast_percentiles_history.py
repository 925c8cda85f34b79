# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history
  (`GetEventForecastPercentilesHistory`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str
- series_ticker: str
- percentiles: list[int], >= 0, <= 9999
- start_ts: int
- end_ts: int
- period_interval: int, one of 0, 1, 60, 1440

Returns `GetEventForecastPercentilesHistoryResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetEventForecastPercentilesHistoryResponse
from ...types import Response

OPERATION: Operation[GetEventForecastPercentilesHistoryResponse] = Operation(
    "GetEventForecastPercentilesHistory",
    "GET",
    "/series/{series_ticker}/events/{ticker}/forecast_percentile_history",
    params=(
        Param("ticker", "path", "ticker"),
        Param("series_ticker", "path", "series_ticker"),
        Param("percentiles", "query", "percentiles", minimum=0, maximum=9999),
        Param("start_ts", "query", "start_ts"),
        Param("end_ts", "query", "end_ts"),
        Param("period_interval", "query", "period_interval", choices=(0, 1, 60, 1440)),
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
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history
      (`GetEventForecastPercentilesHistory`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str
    - series_ticker: str
    - percentiles: list[int], >= 0, <= 9999
    - start_ts: int
    - end_ts: int
    - period_interval: int, one of 0, 1, 60, 1440

    Returns `GetEventForecastPercentilesHistoryResponse` (HTTP 200).
    """
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
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /series/{series_ticker}/events/{ticker}/forecast_percentile_history
      (`GetEventForecastPercentilesHistory`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str
    - series_ticker: str
    - percentiles: list[int], >= 0, <= 9999
    - start_ts: int
    - end_ts: int
    - period_interval: int, one of 0, 1, 60, 1440

    Returns `GetEventForecastPercentilesHistoryResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
