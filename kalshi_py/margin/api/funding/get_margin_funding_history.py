# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""GET /margin/funding_history (`GetMarginFundingHistory`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- start_date: str
- end_date: str

Optional arguments:
- ticker: str
- subaccount: int, >= 0

Returns `GetMarginFundingHistoryResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import GetMarginFundingHistoryResponse

OPERATION: Operation[GetMarginFundingHistoryResponse] = Operation(
    "GetMarginFundingHistory",
    "GET",
    "/margin/funding_history",
    params=(
        Param("ticker", "query", "ticker"),
        Param("start_date", "query", "start_date"),
        Param("end_date", "query", "end_date"),
        Param("subaccount", "query", "subaccount", minimum=0),
    ),
    response=GetMarginFundingHistoryResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    start_date: str,
    end_date: str,
    ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetMarginFundingHistoryResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    start_date: str,
    end_date: str,
    ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetMarginFundingHistoryResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/funding_history (`GetMarginFundingHistory`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - start_date: str
    - end_date: str

    Optional arguments:
    - ticker: str
    - subaccount: int, >= 0

    Returns `GetMarginFundingHistoryResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    start_date: str,
    end_date: str,
    ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[GetMarginFundingHistoryResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    start_date: str,
    end_date: str,
    ticker: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> GetMarginFundingHistoryResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /margin/funding_history (`GetMarginFundingHistory`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - start_date: str
    - end_date: str

    Optional arguments:
    - ticker: str
    - subaccount: int, >= 0

    Returns `GetMarginFundingHistoryResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
