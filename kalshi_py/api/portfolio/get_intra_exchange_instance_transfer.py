# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""GET /portfolio/intra_exchange_instance_transfers/{transfer_id}
  (`GetIntraExchangeInstanceTransfer`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- transfer_id: str

Returns `GetIntraExchangeInstanceTransferResponse` (HTTP 200).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import GetIntraExchangeInstanceTransferResponse
from ...types import Response

OPERATION: Operation[GetIntraExchangeInstanceTransferResponse] = Operation(
    "GetIntraExchangeInstanceTransfer",
    "GET",
    "/portfolio/intra_exchange_instance_transfers/{transfer_id}",
    params=(Param("transfer_id", "path", "transfer_id"),),
    response=GetIntraExchangeInstanceTransferResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    transfer_id: str,
) -> Response[GetIntraExchangeInstanceTransferResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    transfer_id: str,
) -> GetIntraExchangeInstanceTransferResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/intra_exchange_instance_transfers/{transfer_id}
      (`GetIntraExchangeInstanceTransfer`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - transfer_id: str

    Returns `GetIntraExchangeInstanceTransferResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    transfer_id: str,
) -> Response[GetIntraExchangeInstanceTransferResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    transfer_id: str,
) -> GetIntraExchangeInstanceTransferResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    GET /portfolio/intra_exchange_instance_transfers/{transfer_id}
      (`GetIntraExchangeInstanceTransfer`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - transfer_id: str

    Returns `GetIntraExchangeInstanceTransferResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
