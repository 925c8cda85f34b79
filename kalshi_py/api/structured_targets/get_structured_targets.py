# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /structured_targets: `GetStructuredTargets`."""

from __future__ import annotations

from typing import Any

from ..._pipeline import Operation, Pagination, Param
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
        Param("page_size", "query", "page_size"),
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `GetStructuredTargetsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `GetStructuredTargetsResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())


def paginate(*, client: Client, max_items: int | None = None, **params: Any) -> Paginator:
    """Iterate the `structured_targets` of every page (`for` or `async for`); `.pages()` gives whole pages."""
    return Paginator(OPERATION, client, max_items, params)
