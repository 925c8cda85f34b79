# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/markets/{ticker}/candlesticks (`GetMarginMarketCandlesticks`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- ticker: str
- start_ts: int
- end_ts: int
- period_interval: int, one of 1, 60, 1440

Optional arguments:
- include_latest_before_start: bool

Returns `GetMarginMarketCandlesticksResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import GetMarginMarketCandlesticksResponse

OPERATION: Operation[GetMarginMarketCandlesticksResponse] = Operation(
    "GetMarginMarketCandlesticks",
    "GET",
    "/margin/markets/{ticker}/candlesticks",
    params=(
        Param("ticker", "path", "ticker"),
        Param("start_ts", "query", "start_ts"),
        Param("end_ts", "query", "end_ts"),
        Param("period_interval", "query", "period_interval", choices=(1, 60, 1440)),
        Param("include_latest_before_start", "query", "include_latest_before_start"),
    ),
    response=GetMarginMarketCandlesticksResponse,
)


def sync_detailed(
    *,
    client: Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = UNSET,
) -> Response[GetMarginMarketCandlesticksResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = UNSET,
) -> GetMarginMarketCandlesticksResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/markets/{ticker}/candlesticks (`GetMarginMarketCandlesticks`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str
    - start_ts: int
    - end_ts: int
    - period_interval: int, one of 1, 60, 1440

    Optional arguments:
    - include_latest_before_start: bool

    Returns `GetMarginMarketCandlesticksResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = UNSET,
) -> Response[GetMarginMarketCandlesticksResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ticker: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = UNSET,
) -> GetMarginMarketCandlesticksResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/markets/{ticker}/candlesticks (`GetMarginMarketCandlesticks`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - ticker: str
    - start_ts: int
    - end_ts: int
    - period_interval: int, one of 1, 60, 1440

    Optional arguments:
    - include_latest_before_start: bool

    Returns `GetMarginMarketCandlesticksResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
