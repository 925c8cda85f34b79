# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /portfolio/margin/subaccounts/transfer (`ApplyMarginSubaccountTransfer`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- client_transfer_id: str
- from_subaccount: int
- to_subaccount: int
- amount_cents: int

The body is a `ApplySubaccountTransferRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns `ApplySubaccountTransferResponse` (HTTP 200).
"""

from __future__ import annotations

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import ApplySubaccountTransferRequest, ApplySubaccountTransferResponse

OPERATION: Operation[ApplySubaccountTransferResponse] = Operation(
    "ApplyMarginSubaccountTransfer",
    "POST",
    "/portfolio/margin/subaccounts/transfer",
    body=ApplySubaccountTransferRequest,
    body_fields=(
        "client_transfer_id",
        "from_subaccount",
        "to_subaccount",
        "amount_cents",
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
) -> ApplySubaccountTransferResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/margin/subaccounts/transfer (`ApplyMarginSubaccountTransfer`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - client_transfer_id: str
    - from_subaccount: int
    - to_subaccount: int
    - amount_cents: int

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
) -> ApplySubaccountTransferResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/margin/subaccounts/transfer (`ApplyMarginSubaccountTransfer`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - client_transfer_id: str
    - from_subaccount: int
    - to_subaccount: int
    - amount_cents: int

    The body is a `ApplySubaccountTransferRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns `ApplySubaccountTransferResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
