# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /search/tags_by_categories: `GetTagsForSeriesCategories`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetTagsForSeriesCategoriesResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetTagsForSeriesCategoriesResponse] = Operation(
    "GetTagsForSeriesCategories",
    "GET",
    "/search/tags_by_categories",
    response=GetTagsForSeriesCategoriesResponse,
)


def sync_detailed(
    *,
    client: Client,
) -> Response[GetTagsForSeriesCategoriesResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
) -> GetTagsForSeriesCategoriesResponse:
    """Send the request and return the decoded `GetTagsForSeriesCategoriesResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
) -> Response[GetTagsForSeriesCategoriesResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
) -> GetTagsForSeriesCategoriesResponse:
    """Send the request and return the decoded `GetTagsForSeriesCategoriesResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
