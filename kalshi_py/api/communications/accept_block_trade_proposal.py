# generated from openapi.yaml 3.34.0 by tools/codegen — do not edit
"""POST /communications/block-trade-proposals/{block_trade_proposal_id}/accept: `AcceptBlockTradeProposal`."""

from __future__ import annotations


from ..._pipeline import Operation, Param
from ...client import Client
from ...models import AcceptBlockTradeProposalRequest
from ...types import UNSET, Response, Unset

OPERATION: Operation[None] = Operation(
    "AcceptBlockTradeProposal",
    "POST",
    "/communications/block-trade-proposals/{block_trade_proposal_id}/accept",
    params=(
        Param("block_trade_proposal_id", "path", "block_trade_proposal_id"),
    ),
    body=AcceptBlockTradeProposalRequest,
    body_fields=("subtrader_id", "subaccount", ),
    auth=True,
)


def sync_detailed(
    *,
    client: Client,
    block_trade_proposal_id: str,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[None]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return OPERATION.sync_detailed(client, locals())


def sync(
    *,
    client: Client,
    block_trade_proposal_id: str,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> None:
    """Send the request and return None; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return OPERATION.sync(client, locals())


async def asyncio_detailed(
    *,
    client: Client,
    block_trade_proposal_id: str,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> Response[None]:
    """Send the request and return the whole `Response`; never raises for an HTTP status."""
    return await OPERATION.asyncio_detailed(client, locals())


async def asyncio(
    *,
    client: Client,
    block_trade_proposal_id: str,
    body: AcceptBlockTradeProposalRequest | Unset = UNSET,
    subtrader_id: str | Unset = UNSET,
    subaccount: int | Unset = UNSET,
) -> None:
    """Send the request and return None; raises `kalshi_py.errors.UnexpectedStatus` subclasses."""
    return await OPERATION.asyncio(client, locals())
