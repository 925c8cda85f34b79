# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /communications/rfqs (`CreateRFQ`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- market_ticker: str
- rest_remainder: bool

Optional arguments:
- contracts: int
- contracts_fp: Decimal | str | None, >= 0
- target_cost_centi_cents: int
- target_cost_dollars: Decimal | str, >= 0
- target_cost_excludes_fees: bool
- obscure_creator_id: bool
- replace_existing: bool
- subtrader_id: str
- subaccount: int

The body is a `CreateRFQRequest`: pass it as `body=`, or its fields as keyword arguments.

Returns `CreateRFQResponse` (HTTP 201).
"""

from __future__ import annotations

from decimal import Decimal

from ..._operation import Operation
from ...client import Client
from ...models import CreateRFQRequest, CreateRFQResponse
from ...types import UNSET, Response, Unset

OPERATION: Operation[CreateRFQResponse] = Operation(
    "CreateRFQ",
    "POST",
    "/communications/rfqs",
    body=CreateRFQRequest,
    body_fields=(
        "market_ticker",
        "contracts",
        "contracts_fp",
        "target_cost_centi_cents",
        "target_cost_dollars",
        "target_cost_excludes_fees",
        "obscure_creator_id",
        "rest_remainder",
        "replace_existing",
        "subtrader_id",
        "subaccount",
    ),
    body_required=True,
    response=CreateRFQResponse,
    auth=True,
    bucket="write",
)


def sync_detailed(
    *,
    client: Client,
    body: CreateRFQRequest | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    contracts: int | Unset = UNSET,
    contracts_fp: Decimal | str | Unset | None = UNSET,
    target_cost_centi_cents: int | Unset = UNSET,
    target_cost_dollars: Decimal | str | Unset = UNSET,
    target_cost_excludes_fees: bool | Unset = UNSET,
    obscure_creator_id: bool | Unset = UNSET,
    rest_remainder: bool | Unset = UNSET,
    replace_existing: bool | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[CreateRFQResponse]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    body: CreateRFQRequest | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    contracts: int | Unset = UNSET,
    contracts_fp: Decimal | str | Unset | None = UNSET,
    target_cost_centi_cents: int | Unset = UNSET,
    target_cost_dollars: Decimal | str | Unset = UNSET,
    target_cost_excludes_fees: bool | Unset = UNSET,
    obscure_creator_id: bool | Unset = UNSET,
    rest_remainder: bool | Unset = UNSET,
    replace_existing: bool | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> CreateRFQResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /communications/rfqs (`CreateRFQ`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - market_ticker: str
    - rest_remainder: bool

    Optional arguments:
    - contracts: int
    - contracts_fp: Decimal | str | None, >= 0
    - target_cost_centi_cents: int
    - target_cost_dollars: Decimal | str, >= 0
    - target_cost_excludes_fees: bool
    - obscure_creator_id: bool
    - replace_existing: bool
    - subtrader_id: str
    - subaccount: int

    The body is a `CreateRFQRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `CreateRFQResponse` (HTTP 201).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    body: CreateRFQRequest | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    contracts: int | Unset = UNSET,
    contracts_fp: Decimal | str | Unset | None = UNSET,
    target_cost_centi_cents: int | Unset = UNSET,
    target_cost_dollars: Decimal | str | Unset = UNSET,
    target_cost_excludes_fees: bool | Unset = UNSET,
    obscure_creator_id: bool | Unset = UNSET,
    rest_remainder: bool | Unset = UNSET,
    replace_existing: bool | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[CreateRFQResponse]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    body: CreateRFQRequest | Unset = UNSET,
    market_ticker: str | Unset = UNSET,
    contracts: int | Unset = UNSET,
    contracts_fp: Decimal | str | Unset | None = UNSET,
    target_cost_centi_cents: int | Unset = UNSET,
    target_cost_dollars: Decimal | str | Unset = UNSET,
    target_cost_excludes_fees: bool | Unset = UNSET,
    obscure_creator_id: bool | Unset = UNSET,
    rest_remainder: bool | Unset = UNSET,
    replace_existing: bool | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> CreateRFQResponse:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /communications/rfqs (`CreateRFQ`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - market_ticker: str
    - rest_remainder: bool

    Optional arguments:
    - contracts: int
    - contracts_fp: Decimal | str | None, >= 0
    - target_cost_centi_cents: int
    - target_cost_dollars: Decimal | str, >= 0
    - target_cost_excludes_fees: bool
    - obscure_creator_id: bool
    - replace_existing: bool
    - subtrader_id: str
    - subaccount: int

    The body is a `CreateRFQRequest`: pass it as `body=`, or its fields as keyword arguments.

    Returns `CreateRFQResponse` (HTTP 201).
    """
    return await OPERATION.asyncio(client, locals())
