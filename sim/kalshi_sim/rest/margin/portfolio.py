"""The REST handlers of a margin member's own data: balance, positions, fills, risk, fee rates,
funding payments, subaccounts, and the account's API limits on the margin exchange."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Any

from ...engine import ExchangeError
from ...rules import MARGIN_FEE_SCHEDULE, MARGIN_FEE_TIERS
from ...venue import Venue
from ...wire import dollars, json_number
from ..account import api_limits
from ..calls import Call
from ..pages import paged
from .shapes import (
    fill_shape,
    funding_payment_shape,
    position_shape,
    risk_position_shape,
    subaccount_balance_shape,
)

__all__ = [
    "apply_subaccount_transfer",
    "create_subaccount",
    "get_balance",
    "get_enabled",
    "get_fee_tier_rates",
    "get_fee_tiers",
    "get_fills",
    "get_funding_history",
    "get_notional_risk_limit",
    "get_perps_api_limits",
    "get_positions",
    "get_risk",
    "intra_exchange_transfer",
]

ZERO = Decimal(0)
CENT = Decimal("0.01")
NOTIONAL_RISK_LIMIT = Decimal(1_000_000)
"""What `GET /margin/notional_risk_limit` reports; the local exchange does not enforce it."""


def get_enabled(venue: Venue, call: Call) -> Any:
    return {"enabled": call.user_id in venue.margin.accounts}


def get_perps_api_limits(venue: Venue, call: Call) -> Any:
    return api_limits(venue, one_second_reads=True)


def get_balance(venue: Venue, call: Call) -> Any:
    margin = venue.margin
    with_available = bool(call.query.get("compute_available_balance"))
    risks = [margin.risk(call.user_id, p.subaccount) for p in margin.portfolios(call.user_id)]
    return {
        "subaccount_balances": [subaccount_balance_shape(r, with_available=with_available) for r in risks],
        "settled_funds": dollars(sum((r.cash for r in risks), ZERO)),
    }


def get_positions(venue: Venue, call: Call) -> Any:
    margin = venue.margin
    subaccount = call.query.get("subaccount")
    ticker = call.query.get("ticker") or None
    found = []
    for portfolio in margin.portfolios(call.user_id):
        if subaccount is not None and portfolio.subaccount != subaccount:
            continue
        risks = {r.ticker: r for r in margin.risk(call.user_id, portfolio.subaccount).positions}
        for held in portfolio.open_positions():
            if ticker is None or held.ticker == ticker:
                found.append(position_shape(held, risks[held.ticker]))
    return {"positions": found}


def get_risk(venue: Venue, call: Call) -> Any:
    margin = venue.margin
    risks = [margin.risk(call.user_id, p.subaccount) for p in margin.portfolios(call.user_id)]
    notional = sum((r.notional for r in risks), ZERO)
    maintenance = sum((r.maintenance_margin for r in risks), ZERO)
    return {
        "account_leverage": None if not maintenance else json_number(notional / maintenance),
        "total_position_notional": dollars(notional),
        "total_maintenance_margin": dollars(maintenance),
        "positions": [risk_position_shape(p) for r in risks for p in r.positions],
    }


def get_fills(venue: Venue, call: Call) -> Any:
    """The fills of one subaccount: the primary unless `subaccount` says (the spec's default)."""
    q = call.query
    found = venue.margin.fills(
        call.user_id, subaccount=q.get("subaccount", 0), min_ts=q.get("min_ts"), max_ts=q.get("max_ts")
    )
    return paged(call, "fills", found, fill_shape)


def get_notional_risk_limit(venue: Venue, call: Call) -> Any:
    venue.margin.account(call.user_id)
    return {
        "default_notional_value_risk_limit": f"{NOTIONAL_RISK_LIMIT:.4f}",
        "notional_value_risk_limits_by_market_ticker": {},
    }


def get_fee_tiers(venue: Venue, call: Call) -> Any:
    maker, taker = venue.margin.fee_rates(call.user_id)
    tickers = list(venue.margin.markets)
    return {
        "maker_fee_rates": dict.fromkeys(tickers, json_number(maker)),
        "taker_fee_rates": dict.fromkeys(tickers, json_number(taker)),
    }


def get_fee_tier_rates(venue: Venue, call: Call) -> Any:
    venue.margin.account(call.user_id)
    return {
        "fee_tier_rates": [
            {
                "fee_schedule": MARGIN_FEE_SCHEDULE,
                "tier": tier,
                "maker_fee_rate": json_number(maker),
                "taker_fee_rate": json_number(taker),
            }
            for tier, (maker, taker) in enumerate(MARGIN_FEE_TIERS)
        ]
    }


def _day_bounds(text: str, what: str) -> tuple[int, int]:
    """The first and last Unix second of a UTC day written YYYY-MM-DD."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ExchangeError(400, "bad_request", f"{what} must be a date YYYY-MM-DD, got {text!r}") from None
    start = int(datetime(day.year, day.month, day.day, tzinfo=timezone.utc).timestamp())
    return start, start + 86399


def get_funding_history(venue: Venue, call: Call) -> Any:
    q = call.query
    start, _ = _day_bounds(q["start_date"], "start_date")
    _, end = _day_bounds(q["end_date"], "end_date")
    ticker = q.get("ticker") or None
    payments = venue.margin.funding_payments(
        call.user_id, ticker=ticker, subaccount=q.get("subaccount"), start_ts=start, end_ts=end
    )
    return {"funding_history": [funding_payment_shape(p) for p in payments]}


def create_subaccount(venue: Venue, call: Call) -> Any:
    return {"subaccount_number": venue.margin.create_subaccount(call.user_id)}


def apply_subaccount_transfer(venue: Venue, call: Call) -> Any:
    body = call.body
    cents = body["amount_cents"]
    if cents <= 0:
        raise ExchangeError(400, "bad_request", f"amount_cents must be positive, got {cents}")
    venue.margin.transfer(
        call.user_id,
        str(body["client_transfer_id"]),
        int(body["from_subaccount"]),
        int(body["to_subaccount"]),
        Decimal(cents) * CENT,
    )
    return {}


def intra_exchange_transfer(venue: Venue, call: Call) -> Any:
    """Accepted and given an id, as Kalshi does before processing it; the local exchange keeps
    the two exchanges' money apart and does not move it."""
    venue.margin.account(call.user_id)
    return {"transfer_id": str(uuid.uuid4())}
