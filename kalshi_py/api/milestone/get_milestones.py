# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /milestones (`GetMilestones`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `milestones`; page size `limit`, at most 500.
  `paginate(client=...)` walks every page.

Required arguments:
- limit: int, >= 1, <= 500

Optional arguments:
- minimum_start_date: str
- category: str
- competition: str
- source_id: str
- type: str
- related_event_ticker: str
- cursor: str
- min_updated_ts: int

Returns `GetMilestonesResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetMilestonesResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetMilestonesResponse] = Operation(
    "GetMilestones",
    "GET",
    "/milestones",
    params=(
        Param("limit", "query", "limit", minimum=1, maximum=500),
        Param("minimum_start_date", "query", "minimum_start_date"),
        Param("category", "query", "category"),
        Param("competition", "query", "competition"),
        Param("source_id", "query", "source_id"),
        Param("type", "query", "type"),
        Param("related_event_ticker", "query", "related_event_ticker"),
        Param("cursor", "query", "cursor"),
        Param("min_updated_ts", "query", "min_updated_ts"),
    ),
    response=GetMilestonesResponse,
    pagination=Pagination("milestones", "limit", 500),
)


def sync_detailed(
    *,
    client: Client,
    limit: int,
    minimum_start_date: str | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetMilestonesResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    limit: int,
    minimum_start_date: str | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetMilestonesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /milestones (`GetMilestones`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `milestones`; page size `limit`, at most 500.
      `paginate(client=...)` walks every page.

    Required arguments:
    - limit: int, >= 1, <= 500

    Optional arguments:
    - minimum_start_date: str
    - category: str
    - competition: str
    - source_id: str
    - type: str
    - related_event_ticker: str
    - cursor: str
    - min_updated_ts: int

    Returns `GetMilestonesResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    limit: int,
    minimum_start_date: str | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> Response[GetMilestonesResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    limit: int,
    minimum_start_date: str | Unset = UNSET,
    category: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    source_id: str | Unset = UNSET,
    type: str | Unset = UNSET,
    related_event_ticker: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    min_updated_ts: int | Unset = UNSET,
) -> GetMilestonesResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /milestones (`GetMilestones`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `milestones`; page size `limit`, at most 500.
      `paginate(client=...)` walks every page.

    Required arguments:
    - limit: int, >= 1, <= 500

    Optional arguments:
    - minimum_start_date: str
    - category: str
    - competition: str
    - source_id: str
    - type: str
    - related_event_ticker: str
    - cursor: str
    - min_updated_ts: int

    Returns `GetMilestonesResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `milestones` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
