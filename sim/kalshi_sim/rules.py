"""Kalshi's rules, as the local exchange enforces them: rate-limit budgets, fees and price grids,
and the parameters of the margin (Perps) venue.

This is the exchange's own copy, taken from Kalshi's documentation and specs (`API-NOTES.md`,
`openapi.yaml`, `perps_openapi.yaml`), never from kalshi-py: the exchange is what a client's
tables are tested against, so a wrong table in the client shows up as a 429 the client did not
expect. Kalshi does not publish its margin risk parameters or fee schedule; the margin values
below are the local exchange's own, of the shape Kalshi's margin API reports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

__all__ = [
    "BATCH_CANCEL_ITEM_COST",
    "CANCEL_COST",
    "COUNT_STEP",
    "DEFAULT_COST",
    "FUNDING_INTERVAL_SECONDS",
    "FUNDING_RATE_CAP",
    "FUNDING_RATE_STEP",
    "LIQUIDATION_MARGIN_RATIO",
    "LIQUIDATION_PRICE_BAND",
    "MAKER_FEE_RATE",
    "MAKER_FEE_TYPES",
    "MARGIN_BALANCE_COST",
    "MARGIN_BALANCE_WITH_AVAILABLE_COST",
    "MARGIN_FEE_SCHEDULE",
    "MARGIN_FEE_TIERS",
    "MARGIN_MARKET_STATUSES",
    "MARGIN_MONEY_STEP",
    "MARGIN_REDUCE_ONLY_TIME_IN_FORCE",
    "MARKET_STATUSES",
    "MAX_SUBACCOUNT",
    "ORDER_GROUP_WINDOW_SECONDS",
    "PRICE_LEVEL_STRUCTURES",
    "QUEUE_ENTRY_MARGIN_RATIO",
    "SELF_TRADE_PREVENTION",
    "TAKER_FEE_RATE",
    "TIERS",
    "TIME_IN_FORCE",
    "TierBudget",
]

# ---- rate limits (API-NOTES section 6: the token buckets since 2026-04-23) -------------------

DEFAULT_COST = 10
"""Tokens a request costs."""
CANCEL_COST = 2
"""Tokens a cancel costs."""
BATCH_CANCEL_ITEM_COST = CANCEL_COST
"""Tokens each item of a batch cancel costs (a batch of creates costs DEFAULT_COST per item)."""


@dataclass(frozen=True)
class TierBudget:
    """Tokens per second and bucket capacity of the read and write buckets of one usage tier."""

    read_rate: int
    read_capacity: int
    write_rate: int
    write_capacity: int


def _budget(read: int, write: int, *, read_seconds: int, write_seconds: int) -> TierBudget:
    return TierBudget(read, read * read_seconds, write, write * write_seconds)


# Read buckets of Basic and Advanced and write buckets above Basic hold two seconds of budget;
# the others one second.
TIERS: Mapping[str, TierBudget] = {
    "basic": _budget(200, 100, read_seconds=2, write_seconds=1),
    "advanced": _budget(300, 300, read_seconds=2, write_seconds=2),
    "expert": _budget(600, 600, read_seconds=1, write_seconds=2),
    "premier": _budget(1000, 1000, read_seconds=1, write_seconds=2),
    "paragon": _budget(2000, 2000, read_seconds=1, write_seconds=2),
    "prime": _budget(4000, 4000, read_seconds=1, write_seconds=2),
    "prestige": _budget(10000, 8000, read_seconds=1, write_seconds=2),
}

# ---- fees (Kalshi's fee schedule; Series.fee_type and fee_multiplier in openapi.yaml) --------

TAKER_FEE_RATE = Decimal("0.07")
"""A taker pays `rate * C * P * (1 - P)` for C contracts at YES price P, times the series' multiplier."""
MAKER_FEE_RATE = Decimal("0.0175")
"""What a maker pays instead, in the series whose fee type charges makers."""
MAKER_FEE_TYPES = frozenset({"quadratic_with_maker_fees"})

# ---- prices and counts (API-NOTES section 8; Market.price_ranges in openapi.yaml) ------------

COUNT_STEP = Decimal("0.01")
"""Contracts trade in hundredths; the smallest order is one step."""
PRICE_LEVEL_STRUCTURES: Mapping[str, tuple[tuple[Decimal, Decimal, Decimal], ...]] = {
    "linear_cent": ((Decimal("0"), Decimal("1"), Decimal("0.01")),),
    "deci_cent": ((Decimal("0"), Decimal("1"), Decimal("0.001")),),
    "tapered_deci_cent": (
        (Decimal("0"), Decimal("0.1"), Decimal("0.001")),
        (Decimal("0.1"), Decimal("0.9"), Decimal("0.01")),
        (Decimal("0.9"), Decimal("1"), Decimal("0.001")),
    ),
}
"""The price grids by `price_level_structure`: bands of (start, end, step) in dollars."""

# ---- orders and markets (openapi.yaml) --------------------------------------------------------

TIME_IN_FORCE = ("good_till_canceled", "immediate_or_cancel", "fill_or_kill")
SELF_TRADE_PREVENTION = ("taker_at_cross", "maker")
MAX_SUBACCOUNT = 63
ORDER_GROUP_WINDOW_SECONDS = 15
"""An order group triggers when its orders matched `contracts_limit` within this rolling window."""
MARKET_STATUSES = (
    "initialized",
    "inactive",
    "active",
    "closed",
    "determined",
    "disputed",
    "amended",
    "finalized",
)


# ---- margin (Perps): perpetual futures on the margin exchange (perps_openapi.yaml) -------------

MARGIN_MARKET_STATUSES = ("inactive", "active", "closed")
MARGIN_REDUCE_ONLY_TIME_IN_FORCE = ("immediate_or_cancel", "fill_or_kill")
"""A reduce-only margin order must not rest."""
MARGIN_BALANCE_COST = 5
"""Tokens `GET /margin/balance` costs; every other margin request costs DEFAULT_COST."""
MARGIN_BALANCE_WITH_AVAILABLE_COST = 50
"""Tokens it costs with `compute_available_balance=true`."""
MARGIN_MONEY_STEP = Decimal("0.000001")
"""Fees and funding payments are whole millionths of a dollar, the finest FixedPointDollars."""

LIQUIDATION_MARGIN_RATIO = Decimal(1)
"""A subaccount is liquidated when its equity divided by its maintenance margin falls below this."""
QUEUE_ENTRY_MARGIN_RATIO = Decimal("1.25")
"""Reported as the ratio at which a position would enter Kalshi's liquidation queue (no queue here)."""
LIQUIDATION_PRICE_BAND = Decimal("0.10")
"""A liquidation order takes the book no further than this fraction beyond the mark price."""

FUNDING_INTERVAL_SECONDS = 3600
"""Funding is paid at every whole hour (Unix time a multiple of the interval)."""
FUNDING_RATE_CAP = Decimal("0.0075")
"""A period's funding rate lies within +-0.75%."""
FUNDING_RATE_STEP = Decimal("0.00000001")
"""Funding rates are whole hundred-millionths."""

MARGIN_FEE_SCHEDULE = "kalshi_prime"
MARGIN_FEE_TIERS: tuple[tuple[Decimal, Decimal], ...] = (
    (Decimal("0.0005"), Decimal("0.0012")),
    (Decimal("0.0004"), Decimal("0.0010")),
    (Decimal("0.0002"), Decimal("0.0008")),
    (Decimal("0"), Decimal("0.0006")),
)
"""(maker, taker) fee rates by tier, as fractions of the notional traded; a fill of C contracts at
price P pays `rate * C * P`, rounded up to MARGIN_MONEY_STEP."""
