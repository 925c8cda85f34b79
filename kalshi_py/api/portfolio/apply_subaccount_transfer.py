# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/subaccounts/transfer (`ApplySubaccountTransfer`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- client_transfer_id: str
- from_subaccount: int
- to_subaccount: int
- amount_cents: int

Optional arguments:
- exchange_index: int

The body is a `ApplySubaccountTransferRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `ApplySubaccountTransferResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation
from ...client import Client
from ...models import ApplySubaccountTransferRequest, ApplySubaccountTransferResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[ApplySubaccountTransferResponse] = Operation(
    "ApplySubaccountTransfer",
    "POST",
    "/portfolio/subaccounts/transfer",
    body=ApplySubaccountTransferRequest,
    body_fields=(
        "client_transfer_id",
        "from_subaccount",
        "to_subaccount",
        "amount_cents",
        "exchange_index",
    ),
    body_required=True,
    response=ApplySubaccountTransferResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: ApplySubaccountTransferRequest | Unset = UNSET,
    client_transfer_id: str | Unset = UNSET,
    from_subaccount: int | Unset = UNSET,
    to_subaccount: int | Unset = UNSET,
    amount_cents: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ApplySubaccountTransferResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: ApplySubaccountTransferRequest | Unset = UNSET,
    client_transfer_id: str | Unset = UNSET,
    from_subaccount: int | Unset = UNSET,
    to_subaccount: int | Unset = UNSET,
    amount_cents: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ApplySubaccountTransferResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/subaccounts/transfer (`ApplySubaccountTransfer`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - client_transfer_id: str
    - from_subaccount: int
    - to_subaccount: int
    - amount_cents: int

    Optional arguments:
    - exchange_index: int

    The body is a `ApplySubaccountTransferRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `ApplySubaccountTransferResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: ApplySubaccountTransferRequest | Unset = UNSET,
    client_transfer_id: str | Unset = UNSET,
    from_subaccount: int | Unset = UNSET,
    to_subaccount: int | Unset = UNSET,
    amount_cents: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> Response[ApplySubaccountTransferResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: ApplySubaccountTransferRequest | Unset = UNSET,
    client_transfer_id: str | Unset = UNSET,
    from_subaccount: int | Unset = UNSET,
    to_subaccount: int | Unset = UNSET,
    amount_cents: int | Unset = UNSET,
    exchange_index: int | Unset = UNSET,
) -> ApplySubaccountTransferResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/subaccounts/transfer (`ApplySubaccountTransfer`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - client_transfer_id: str
    - from_subaccount: int
    - to_subaccount: int
    - amount_cents: int

    Optional arguments:
    - exchange_index: int

    The body is a `ApplySubaccountTransferRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `ApplySubaccountTransferResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
