# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /structured_targets/{structured_target_id}: `GetStructuredTarget`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetStructuredTargetResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetStructuredTargetResponse] = Operation(
    "GetStructuredTarget",
    "GET",
    "/structured_targets/{structured_target_id}",
    params=(
        Param("structured_target_id", "path", "structured_target_id"),
    ),
    response=GetStructuredTargetResponse,
)


def sync_detailed(
    *,
    client: Client,
    structured_target_id: str,
) -> Response[GetStructuredTargetResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    structured_target_id: str,
) -> GetStructuredTargetResponse:
    """Send the request and return the decoded `GetStructuredTargetResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    structured_target_id: str,
) -> Response[GetStructuredTargetResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    structured_target_id: str,
) -> GetStructuredTargetResponse:
    """Send the request and return the decoded `GetStructuredTargetResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
