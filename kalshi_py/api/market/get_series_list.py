# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /series (`GetSeriesList`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- category: str
- tags: str
- include_product_metadata: bool
- include_volume: bool
- min_updated_ts: int

Returns `GetSeriesListResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetSeriesListResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetSeriesListResponse] = Operation(
    "GetSeriesList",
    "GET",
    "/series",
    params=(
        Param("category", "query", "category"),
        Param("tags", "query", "tags"),
        Param("include_product_metadata", "query", "include_product_metadata"),
        Param("include_volume", "query", "include_volume"),
        Param("min_updated_ts", "query", "min_updated_ts"),
    ),
    response=GetSeriesListResponse,
)


def sync_detailed(
    *,
    client: Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = UNSET,
    include_volume: bool | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetSeriesListResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = UNSET,
    include_volume: bool | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetSeriesListResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /series (`GetSeriesList`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - category: str
    - tags: str
    - include_product_metadata: bool
    - include_volume: bool
    - min_updated_ts: int

    Returns `GetSeriesListResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = UNSET,
    include_volume: bool | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetSeriesListResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    category: str | Unset = UNSET,
    tags: str | Unset = UNSET,
    include_product_metadata: bool | Unset = UNSET,
    include_volume: bool | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetSeriesListResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /series (`GetSeriesList`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - category: str
    - tags: str
    - include_product_metadata: bool
    - include_volume: bool
    - min_updated_ts: int

    Returns `GetSeriesListResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
