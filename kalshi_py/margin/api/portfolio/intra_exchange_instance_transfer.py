# generated from perps_openapi.yaml 0.0.1 by tools/codegen — do not edit
"""POST /portfolio/intra_exchange_instance_transfer (`IntraExchangeInstanceTransfer`).

Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
  `kalshi_py.margin.create_client()`.
Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- source: one of "event_contract", "margined"
- destination: one of "event_contract", "margined"
- amount: int

Optional arguments:
- source_exchange_shard: int, >= 0, <= 100
- destination_exchange_shard: int, >= 0, <= 100

The body is a `IntraExchangeInstanceTransferRequest`: pass it as `body=`, or its fields as
  keyword arguments.

Returns `IntraExchangeInstanceTransferResponse` (HTTP 200).
"""

from __future__ import annotations

from typing import Literal

from ...._operation import Operation
from ....client import Client
from ....types import UNSET, Response, Unset
from ...models import IntraExchangeInstanceTransferRequest, IntraExchangeInstanceTransferResponse

OPERATION: Operation[IntraExchangeInstanceTransferResponse] = Operation(
    "IntraExchangeInstanceTransfer",
    "POST",
    "/portfolio/intra_exchange_instance_transfer",
    body=IntraExchangeInstanceTransferRequest,
    body_fields=(
        "source",
        "destination",
        "amount",
        "source_exchange_shard",
        "destination_exchange_shard",
    ),
    body_required=True,
    response=IntraExchangeInstanceTransferResponse,
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    body: IntraExchangeInstanceTransferRequest | Unset = UNSET,
    source: Literal["event_contract", "margined"] | Unset = UNSET,
    destination: Literal["event_contract", "margined"] | Unset = UNSET,
    amount: int | Unset = UNSET,
    source_exchange_shard: int | Unset = UNSET,
    destination_exchange_shard: int | Unset = UNSET,
) -> Response[IntraExchangeInstanceTransferResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: IntraExchangeInstanceTransferRequest | Unset = UNSET,
    source: Literal["event_contract", "margined"] | Unset = UNSET,
    destination: Literal["event_contract", "margined"] | Unset = UNSET,
    amount: int | Unset = UNSET,
    source_exchange_shard: int | Unset = UNSET,
    destination_exchange_shard: int | Unset = UNSET,
) -> IntraExchangeInstanceTransferResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/intra_exchange_instance_transfer (`IntraExchangeInstanceTransfer`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - source: one of "event_contract", "margined"
    - destination: one of "event_contract", "margined"
    - amount: int

    Optional arguments:
    - source_exchange_shard: int, >= 0, <= 100
    - destination_exchange_shard: int, >= 0, <= 100

    The body is a `IntraExchangeInstanceTransferRequest`: pass it as `body=`, or its fields as
      keyword arguments.

    Returns `IntraExchangeInstanceTransferResponse` (HTTP 200).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: IntraExchangeInstanceTransferRequest | Unset = UNSET,
    source: Literal["event_contract", "margined"] | Unset = UNSET,
    destination: Literal["event_contract", "margined"] | Unset = UNSET,
    amount: int | Unset = UNSET,
    source_exchange_shard: int | Unset = UNSET,
    destination_exchange_shard: int | Unset = UNSET,
) -> Response[IntraExchangeInstanceTransferResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: IntraExchangeInstanceTransferRequest | Unset = UNSET,
    source: Literal["event_contract", "margined"] | Unset = UNSET,
    destination: Literal["event_contract", "margined"] | Unset = UNSET,
    amount: int | Unset = UNSET,
    source_exchange_shard: int | Unset = UNSET,
    destination_exchange_shard: int | Unset = UNSET,
) -> IntraExchangeInstanceTransferResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /portfolio/intra_exchange_instance_transfer (`IntraExchangeInstanceTransfer`).

    Auth: signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from
      `kalshi_py.margin.create_client()`.
    Rate limit: the read bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - source: one of "event_contract", "margined"
    - destination: one of "event_contract", "margined"
    - amount: int

    Optional arguments:
    - source_exchange_shard: int, >= 0, <= 100
    - destination_exchange_shard: int, >= 0, <= 100

    The body is a `IntraExchangeInstanceTransferRequest`: pass it as `body=`, or its fields as
      keyword arguments.

    Returns `IntraExchangeInstanceTransferResponse` (HTTP 200).
    """
    return await OPERATION.asyncio(client, locals())
