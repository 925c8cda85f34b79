# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /portfolio/intra_exchange_instance_transfer: `IntraExchangeInstanceTransfer`."""

from __future__ import annotations

from typing import Literal

from ..._pipeline import Operation, Param
from ...client import Client
from ...models import IntraExchangeInstanceTransferRequest, IntraExchangeInstanceTransferResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[IntraExchangeInstanceTransferResponse] = Operation(
    "IntraExchangeInstanceTransfer",
    "POST",
    "/portfolio/intra_exchange_instance_transfer",
    body=IntraExchangeInstanceTransferRequest,
    body_fields=("client_transfer_id", "source", "destination", "amount", "source_exchange_shard", "destination_exchange_shard", "source_subaccount", "destination_subaccount", ),
    body_required=True,
    response=IntraExchangeInstanceTransferResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: IntraExchangeInstanceTransferRequest | Unset = UNSET,
    client_transfer_id: str | Unset = UNSET,
    source: Literal['event_contract', 'margined'] | Unset = UNSET,
    destination: Literal['event_contract', 'margined'] | Unset = UNSET,
    amount: int | Unset = UNSET,
    source_exchange_shard: int | Unset = UNSET,
    destination_exchange_shard: int | Unset = UNSET,
    source_subaccount: int | Unset = UNSET,
    destination_subaccount: int | Unset = UNSET,
) -> Response[IntraExchangeInstanceTransferResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: IntraExchangeInstanceTransferRequest | Unset = UNSET,
    client_transfer_id: str | Unset = UNSET,
    source: Literal['event_contract', 'margined'] | Unset = UNSET,
    destination: Literal['event_contract', 'margined'] | Unset = UNSET,
    amount: int | Unset = UNSET,
    source_exchange_shard: int | Unset = UNSET,
    destination_exchange_shard: int | Unset = UNSET,
    source_subaccount: int | Unset = UNSET,
    destination_subaccount: int | Unset = UNSET,
) -> IntraExchangeInstanceTransferResponse:
    """Send the request and return the decoded `IntraExchangeInstanceTransferResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: IntraExchangeInstanceTransferRequest | Unset = UNSET,
    client_transfer_id: str | Unset = UNSET,
    source: Literal['event_contract', 'margined'] | Unset = UNSET,
    destination: Literal['event_contract', 'margined'] | Unset = UNSET,
    amount: int | Unset = UNSET,
    source_exchange_shard: int | Unset = UNSET,
    destination_exchange_shard: int | Unset = UNSET,
    source_subaccount: int | Unset = UNSET,
    destination_subaccount: int | Unset = UNSET,
) -> Response[IntraExchangeInstanceTransferResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: IntraExchangeInstanceTransferRequest | Unset = UNSET,
    client_transfer_id: str | Unset = UNSET,
    source: Literal['event_contract', 'margined'] | Unset = UNSET,
    destination: Literal['event_contract', 'margined'] | Unset = UNSET,
    amount: int | Unset = UNSET,
    source_exchange_shard: int | Unset = UNSET,
    destination_exchange_shard: int | Unset = UNSET,
    source_subaccount: int | Unset = UNSET,
    destination_subaccount: int | Unset = UNSET,
) -> IntraExchangeInstanceTransferResponse:
    """Send the request and return the decoded `IntraExchangeInstanceTransferResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
