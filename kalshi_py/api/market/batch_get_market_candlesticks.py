# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /markets/candlesticks (`BatchGetMarketCandlesticks`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- market_tickers: str
- start_ts: int
- end_ts: int
- period_interval: int, >= 1

Optional arguments:
- include_latest_before_start: bool

Returns `BatchGetMarketCandlesticksResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import BatchGetMarketCandlesticksResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[BatchGetMarketCandlesticksResponse] = Operation(
    "BatchGetMarketCandlesticks",
    "GET",
    "/markets/candlesticks",
    params=(
        Param("market_tickers", "query", "market_tickers"),
        Param("start_ts", "query", "start_ts"),
        Param("end_ts", "query", "end_ts"),
        Param("period_interval", "query", "period_interval", minimum=1),
        Param("include_latest_before_start", "query", "include_latest_before_start"),
    ),
    response=BatchGetMarketCandlesticksResponse,
)


def sync_detailed(
    *,
    client: Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = UNSET,
) -> Response[BatchGetMarketCandlesticksResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = UNSET,
) -> BatchGetMarketCandlesticksResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /markets/candlesticks (`BatchGetMarketCandlesticks`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - market_tickers: str
    - start_ts: int
    - end_ts: int
    - period_interval: int, >= 1

    Optional arguments:
    - include_latest_before_start: bool

    Returns `BatchGetMarketCandlesticksResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = UNSET,
) -> Response[BatchGetMarketCandlesticksResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    market_tickers: str,
    start_ts: int,
    end_ts: int,
    period_interval: int,
    include_latest_before_start: bool | Unset = UNSET,
) -> BatchGetMarketCandlesticksResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /markets/candlesticks (`BatchGetMarketCandlesticks`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - market_tickers: str
    - start_ts: int
    - end_ts: int
    - period_interval: int, >= 1

    Optional arguments:
    - include_latest_before_start: bool

    Returns `BatchGetMarketCandlesticksResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
