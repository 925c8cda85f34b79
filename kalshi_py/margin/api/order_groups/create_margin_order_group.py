# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /margin/order_groups/create (`CreateMarginOrderGroup`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Optional arguments:
- subaccount: int, >= 0
- contracts_limit: int, >= 1
- contracts_limit_fp: Decimal | str | None, >= 0
- exchange_index: int

The body is a `CreateOrderGroupRequest`: pass it as `body=`, or its fields as keyword arguments.

Returns `CreateOrderGroupResponse` (HTTP 201).
"""

from __future__ import annotations

from decimal import Decimal

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import CreateOrderGroupRequest, CreateOrderGroupResponse

OPERATION: Operation[CreateOrderGroupResponse] = Operation(
    "CreateMarginOrderGroup",
    "POST",
    "/margin/order_groups/create",
    body=CreateOrderGroupRequest,
    body_fields=(
        "subaccount",
        "contracts_limit",
        "contracts_limit_fp",
        "exchange_index",
    ),
    body_required=True,
    response=CreateOrderGroupResponse,
    auth=True,
    bucket="write",
)


def sync_detailed(
    *,
    client: Client,
    body: CreateOrderGroupRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | Unset | None = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[CreateOrderGroupResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateOrderGroupRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | Unset | None = UNSET,
    exchange_index: int | Unset = UNSET,
) -> CreateOrderGroupResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/order_groups/create (`CreateMarginOrderGroup`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - subaccount: int, >= 0
    - contracts_limit: int, >= 1
    - contracts_limit_fp: Decimal | str | None, >= 0
    - exchange_index: int

    The body is a `CreateOrderGroupRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `CreateOrderGroupResponse` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateOrderGroupRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | Unset | None = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[CreateOrderGroupResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateOrderGroupRequest | Unset = UNSET,
    subaccount: int | Unset = UNSET,
    contracts_limit: int | Unset = UNSET,
    contracts_limit_fp: Decimal | str | Unset | None = UNSET,
    exchange_index: int | Unset = UNSET,
) -> CreateOrderGroupResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /margin/order_groups/create (`CreateMarginOrderGroup`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Optional arguments:
    - subaccount: int, >= 0
    - contracts_limit: int, >= 1
    - contracts_limit_fp: Decimal | str | None, >= 0
    - exchange_index: int

    The body is a `CreateOrderGroupRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `CreateOrderGroupResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
