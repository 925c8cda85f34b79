# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/intra_exchange_instance_transfers/{transfer_id}: `GetIntraExchangeInstanceTransfer`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import GetIntraExchangeInstanceTransferResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[GetIntraExchangeInstanceTransferResponse] = Operation(
    "GetIntraExchangeInstanceTransfer",
    "GET",
    "/portfolio/intra_exchange_instance_transfers/{transfer_id}",
    params=(
        Param("transfer_id", "path", "transfer_id"),
    ),
    response=GetIntraExchangeInstanceTransferResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    transfer_id: str,
) -> Response[GetIntraExchangeInstanceTransferResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    transfer_id: str,
) -> GetIntraExchangeInstanceTransferResponse:
    """Send the request and return the decoded `GetIntraExchangeInstanceTransferResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    transfer_id: str,
) -> Response[GetIntraExchangeInstanceTransferResponse]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    transfer_id: str,
) -> GetIntraExchangeInstanceTransferResponse:
    """Send the request and return the decoded `GetIntraExchangeInstanceTransferResponse`; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
