# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/subaccounts/transfer: `ApplySubaccountTransfer`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import ApplySubaccountTransferRequest, ApplySubaccountTransferResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[ApplySubaccountTransferResponse] = Operation(
    "ApplySubaccountTransfer",
    "POST",
    "/portfolio/subaccounts/transfer",
    body=ApplySubaccountTransferRequest,
    body_fields=("client_transfer_id", "from_subaccount", "to_subaccount", "amount_cents", "exchange_index", ),
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `ApplySubaccountTransferResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
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
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
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
    """Send the request and return the decoded `ApplySubaccountTransferResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
