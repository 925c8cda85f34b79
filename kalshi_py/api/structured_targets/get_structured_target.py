# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /structured_targets/{structured_target_id} (`GetStructuredTarget`).

Auth: none; any client works.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- structured_target_id: str

Returns `GetStructuredTargetResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetStructuredTargetResponse
from ...types import Response

OPERATION: Operation[GetStructuredTargetResponse] = Operation(
    "GetStructuredTarget",
    "GET",
    "/structured_targets/{structured_target_id}",
    params=(Param("structured_target_id", "path", "structured_target_id"),),
    response=GetStructuredTargetResponse,
)


def sync_detailed(
    *,
    client: Client,
    structured_target_id: str,
) -> Response[GetStructuredTargetResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    structured_target_id: str,
) -> GetStructuredTargetResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /structured_targets/{structured_target_id} (`GetStructuredTarget`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - structured_target_id: str

    Returns `GetStructuredTargetResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    structured_target_id: str,
) -> Response[GetStructuredTargetResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    structured_target_id: str,
) -> GetStructuredTargetResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /structured_targets/{structured_target_id} (`GetStructuredTarget`).

    Auth: none; any client works.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - structured_target_id: str

    Returns `GetStructuredTargetResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
