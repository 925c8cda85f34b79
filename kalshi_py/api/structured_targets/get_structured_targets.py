# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /structured_targets (`GetStructuredTargets`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: by `cursor`; the items are in `structured_targets`; page size `page_size`, at most
  2000. `paginate(client=...)` walks every page.

Optional arguments:
- ids: list[str]
- type: str
- competition: str
- page_size: int, >= 1, <= 2000
- cursor: str

Returns `GetStructuredTargetsResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Any

from ..._operation import Operation, Pagination, Param
from ...client import Client
from ...models import GetStructuredTargetsResponse
from ...pagination import Paginator
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetStructuredTargetsResponse] = Operation(
    "GetStructuredTargets",
    "GET",
    "/structured_targets",
    params=(
        Param("ids", "query", "ids"),
        Param("type", "query", "type"),
        Param("competition", "query", "competition"),
        Param("page_size", "query", "page_size", minimum=1, maximum=2000),
        Param("cursor", "query", "cursor"),
    ),
    response=GetStructuredTargetsResponse,
    pagination=Pagination("structured_targets", "page_size", 2000),
)


def sync_detailed(
    *,
    client: Client,
    ids: list[str] | Unset = UNSET,
    type: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetStructuredTargetsResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    ids: list[str] | Unset = UNSET,
    type: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetStructuredTargetsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /structured_targets (`GetStructuredTargets`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `structured_targets`; page size `page_size`, at most
      2000. `paginate(client=...)` walks every page.

    Optional arguments:
    - ids: list[str]
    - type: str
    - competition: str
    - page_size: int, >= 1, <= 2000
    - cursor: str

    Returns `GetStructuredTargetsResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    ids: list[str] | Unset = UNSET,
    type: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[GetStructuredTargetsResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    ids: list[str] | Unset = UNSET,
    type: str | Unset = UNSET,
    competition: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> GetStructuredTargetsResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /structured_targets (`GetStructuredTargets`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: by `cursor`; the items are in `structured_targets`; page size `page_size`, at most
      2000. `paginate(client=...)` walks every page.

    Optional arguments:
    - ids: list[str]
    - type: str
    - competition: str
    - page_size: int, >= 1, <= 2000
    - cursor: str

    Returns `GetStructuredTargetsResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `structured_targets` of every page (`for` or `async for`).

    `.pages()` gives the whole pages.
    """
    return Paginator(OPERATION, client, max_items, params)
