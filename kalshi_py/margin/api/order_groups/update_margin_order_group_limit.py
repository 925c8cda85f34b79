# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""PUT /margin/order_groups/{order_group_id}/limit (`UpdateMarginOrderGroupLimit`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- order_group_id: str

Optional arguments:
- subaccount: int, >= 0
- contracts_limit: int, >= 1
- contracts_limit_fp: Decimal | str | None, >= 0

The body is a `UpdateOrderGroupLimitRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `EmptyResponse` (HTTP 200).
"""

from __future__ import annotations

from decimal import Decimal

from ...._operation import Operation, Param
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import EmptyResponse, UpdateOrderGroupLimitRequest

OPERATION: Operation[EmptyResponse] = Operation(
    "UpdateMarginOrderGroupLimit",
    "PUT",
    "/margin/order_groups/{order_group_id}/limit",
    params=(
        Param("order_group_id", "path", "order_group_id"),
        Param("subaccount", "query", "subaccount", minimum=0),
    ),
    body=UpdateOrderGroupLimitRequest,
    body_fields=(
        "contracts_limit",
        "contracts_limit_fp",
    ),
    body_required=True,
    response=EmptyResponse,
    auth=True,
    bucket="write",
)


def sync_detailed(
    *,
    client: Client,
    order_group_id: str,
    body: UpdateOrderGroupLimitRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | Unset | None = UNSET,
) -> Response[EmptyResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    order_group_id: str,
    body: UpdateOrderGroupLimitRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | Unset | None = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /margin/order_groups/{order_group_id}/limit (`UpdateMarginOrderGroupLimit`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - order_group_id: str

    Optional arguments:
    - subaccount: int, >= 0
    - contracts_limit: int, >= 1
    - contracts_limit_fp: Decimal | str | None, >= 0

    The body is a `UpdateOrderGroupLimitRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `EmptyResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    order_group_id: str,
    body: UpdateOrderGroupLimitRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | Unset | None = UNSET,
) -> Response[EmptyResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    order_group_id: str,
    body: UpdateOrderGroupLimitRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | Unset | None = UNSET,
) -> EmptyResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /margin/order_groups/{order_group_id}/limit (`UpdateMarginOrderGroupLimit`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - order_group_id: str

    Optional arguments:
    - subaccount: int, >= 0
    - contracts_limit: int, >= 1
    - contracts_limit_fp: Decimal | str | None, >= 0

    The body is a `UpdateOrderGroupLimitRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `EmptyResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
