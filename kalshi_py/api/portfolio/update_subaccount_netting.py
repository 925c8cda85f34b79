# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""PUT /portfolio/subaccounts/netting (`UpdateSubaccountNetting`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- subaccount_number: int
- enabled: bool

The body is a `UpdateSubaccountNettingRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns nothing (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation
from ...client import Client
from ...models import UpdateSubaccountNettingRequest
from ...types import UNSET, Response, Unset

OPERATION: Operation[None] = Operation(
    "UpdateSubaccountNetting",
    "PUT",
    "/portfolio/subaccounts/netting",
    body=UpdateSubaccountNettingRequest,
    body_fields=(
        "subaccount_number",
        "enabled",
    ),
    body_required=True,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: UpdateSubaccountNettingRequest | Unset = UNSET,
    subaccount_number: int | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> Response[None]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: UpdateSubaccountNettingRequest | Unset = UNSET,
    subaccount_number: int | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /portfolio/subaccounts/netting (`UpdateSubaccountNetting`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subaccount_number: int
    - enabled: bool

    The body is a `UpdateSubaccountNettingRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns nothing (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: UpdateSubaccountNettingRequest | Unset = UNSET,
    subaccount_number: int | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> Response[None]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: UpdateSubaccountNettingRequest | Unset = UNSET,
    subaccount_number: int | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    PUT /portfolio/subaccounts/netting (`UpdateSubaccountNetting`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - subaccount_number: int
    - enabled: bool

    The body is a `UpdateSubaccountNettingRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns nothing (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
