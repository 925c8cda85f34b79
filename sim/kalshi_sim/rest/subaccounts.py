"""The REST handlers of a member's subaccounts: creating one, transfers between them and their
list, every subaccount's balance, and the netting setting."""

from __future__ import annotations

from typing import Any

from ..venue import Venue
from .calls import Call
from .pages import paged
from .shapes import subaccount_balance_shape, subaccount_transfer_shape

__all__ = [
    "apply_subaccount_transfer",
    "create_subaccount",
    "get_subaccount_balances",
    "get_subaccount_netting",
    "get_subaccount_transfers",
    "update_subaccount_netting",
]


def create_subaccount(venue: Venue, call: Call) -> Any:
    return {"subaccount_number": venue.exchange.create_subaccount(call.user_id)}


def apply_subaccount_transfer(venue: Venue, call: Call) -> Any:
    body = call.body
    venue.exchange.apply_subaccount_transfer(
        call.user_id,
        str(body["client_transfer_id"]),
        body["from_subaccount"],
        body["to_subaccount"],
        body["amount_cents"],
    )
    return {}


def get_subaccount_balances(venue: Venue, call: Call) -> Any:
    held = venue.exchange.subaccount_balances(call.user_id)
    return {"subaccount_balances": [subaccount_balance_shape(h) for h in held]}


def get_subaccount_transfers(venue: Venue, call: Call) -> Any:
    return paged(
        call, "transfers", venue.exchange.subaccount_transfers(call.user_id), subaccount_transfer_shape
    )


def update_subaccount_netting(venue: Venue, call: Call) -> Any:
    venue.exchange.update_subaccount_netting(
        call.user_id, call.body["subaccount_number"], call.body["enabled"]
    )
    return None


def get_subaccount_netting(venue: Venue, call: Call) -> Any:
    held = venue.exchange.subaccount_balances(call.user_id)
    return {
        "netting_configs": [
            {"subaccount_number": h.number, "enabled": h.netting, "exchange_index": 0} for h in held
        ]
    }
