# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /communications/block-trade-proposals/{block_trade_proposal_id}/accept
  (`AcceptBlockTradeProposal`).

Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
Pagination: none.

Required arguments:
- block_trade_proposal_id: str

Optional arguments:
- subtrader_id: str
- subaccount: int, >= 0, <= 63

The body is a `AcceptBlockTradeProposalRequest`: pass it as `body=`, or its fields as keyword
  arguments.

Returns nothing (HTTP 204).
"""

from __future__ import annotations

from ..._operation import Operation, Param
from ...client import Client
from ...models import AcceptBlockTradeProposalRequest
from ...types import UNSET, Response, Unset

OPERATION: Operation[None] = Operation(
    "AcceptBlockTradeProposal",
    "POST",
    "/communications/block-trade-proposals/{block_trade_proposal_id}/accept",
    params=(Param("block_trade_proposal_id", "path", "block_trade_proposal_id"),),
    body=AcceptBlockTradeProposalRequest,
    body_fields=(
        "subtrader_id",
        "subaccount",
    ),
    auth=True,
    bucket="write",
)


def sync_detailed(
    *,
    client: Client,
    block_trade_proposal_id: str,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[None]:
    """Like `sync`, but return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    block_trade_proposal_id: str,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /communications/block-trade-proposals/{block_trade_proposal_id}/accept
      (`AcceptBlockTradeProposal`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - block_trade_proposal_id: str

    Optional arguments:
    - subtrader_id: str
    - subaccount: int, >= 0, <= 63

    The body is a `AcceptBlockTradeProposalRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns nothing (HTTP 204).
    """
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    block_trade_proposal_id: str,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[None]:
    """Like `asyncio`, but return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    block_trade_proposal_id: str,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> None:
    """Send the request and return its answer; raise a `kalshi_py.errors` error on any failure.

    POST /communications/block-trade-proposals/{block_trade_proposal_id}/accept
      (`AcceptBlockTradeProposal`).

    Auth: signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`.
    Rate limit: the write bucket, 10 tokens (`GET /account/endpoint_costs` has the key's own costs).
    Pagination: none.

    Required arguments:
    - block_trade_proposal_id: str

    Optional arguments:
    - subtrader_id: str
    - subaccount: int, >= 0, <= 63

    The body is a `AcceptBlockTradeProposalRequest`: pass it as `body=`, or its fields as keyword
      arguments.

    Returns nothing (HTTP 204).
    """
    return await OPERATION.asyncio(client, locals())
