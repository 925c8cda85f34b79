"""The REST handlers of the account itself: its API usage limits, what each endpoint costs, and
its API keys."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from ..auth import ApiKey, generate_private_key_pem, load_public_key
from ..engine import ExchangeError
from ..rules import DEFAULT_COST, TIERS
from ..venue import Venue
from .calls import Call, endpoint_costs
from .responses import bad_request

__all__ = [
    "api_limits",
    "create_api_key",
    "delete_api_key",
    "generate_api_key",
    "get_account_api_limits",
    "get_account_endpoint_costs",
    "get_api_keys",
]


def api_limits(venue: Venue, *, one_second_reads: bool = False) -> dict[str, Any]:
    """The GetAccountApiLimitsResponse of the venue's tier; `one_second_reads` for the Perps
    lane, whose read buckets hold one second of budget."""
    tier = venue.usage_tier
    budget = TIERS[tier]
    read_capacity = budget.read_rate if one_second_reads else budget.read_capacity
    return {
        "usage_tier": tier,
        "read": {"refill_rate": budget.read_rate, "bucket_capacity": read_capacity},
        "write": {"refill_rate": budget.write_rate, "bucket_capacity": budget.write_capacity},
        "grants": [],
    }


def get_account_api_limits(venue: Venue, call: Call) -> Any:
    return api_limits(venue)


def get_account_endpoint_costs(venue: Venue, call: Call) -> Any:
    return {"default_cost": DEFAULT_COST, "endpoint_costs": endpoint_costs()}


def _api_key_answer(api_key: ApiKey) -> dict[str, Any]:
    return {"api_key_id": api_key.api_key_id, "name": api_key.name, "scopes": list(api_key.scopes)}


def get_api_keys(venue: Venue, call: Call) -> Any:
    return {"api_keys": [_api_key_answer(k) for k in venue.keys.for_user(call.user_id)]}


def _scopes(body: Mapping[str, Any]) -> tuple[str, ...]:
    scopes = body.get("scopes")
    return tuple(scopes) if scopes else ("read", "write")


def create_api_key(venue: Venue, call: Call) -> Any:
    try:
        public_key = load_public_key(call.body["public_key"])
    except ValueError as exc:
        raise bad_request(str(exc)) from None
    api_key = venue.keys.add(
        ApiKey(str(uuid.uuid4()), call.user_id, public_key, call.body["name"], _scopes(call.body))
    )
    return {"api_key_id": api_key.api_key_id}


def generate_api_key(venue: Venue, call: Call) -> Any:
    key_type = call.body.get("key_type") or "rsa"
    pem, public_key = generate_private_key_pem(key_type)
    api_key = venue.keys.add(
        ApiKey(str(uuid.uuid4()), call.user_id, public_key, call.body["name"], _scopes(call.body))
    )
    return {"api_key_id": api_key.api_key_id, "key_type": key_type, "private_key": pem}


def delete_api_key(venue: Venue, call: Call) -> Any:
    key_id = call.path_params["api_key"]
    found = venue.keys.get(key_id)
    if found is None or found.user_id != call.user_id:
        raise ExchangeError(404, "not_found", "API key not found", key_id)
    venue.keys.remove(key_id)
    return None
