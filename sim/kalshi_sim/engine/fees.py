"""Kalshi's trading fees, as the exchange charges them (the rates are in `rules.py`).

A fill of `C` contracts at YES price `P` costs `rate * C * P * (1 - P)`, with
`rate = 0.07 * series.fee_multiplier` for takers; makers pay `0.0175 * fee_multiplier`, and only in
series whose `fee_type` is `quadratic_with_maker_fees`. An order's fee is accumulated over its
fills and rounded up to the cent once, so partial fills never cost more than one fill of the same
size.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal
from typing import Literal

from ..rules import MAKER_FEE_RATE, MAKER_FEE_TYPES, TAKER_FEE_RATE

__all__ = [
    "ceil_cent",
    "fee_before_rounding",
    "maker_fee_rate",
    "taker_fee_rate",
    "worst_fee_factor",
]

CENT = Decimal("0.01")
_HALF = Decimal("0.5")
_QUARTER = Decimal("0.25")


def ceil_cent(value: Decimal) -> Decimal:
    """Round a dollar amount up to the next cent."""
    return value.quantize(CENT, rounding=ROUND_CEILING)


def taker_fee_rate(fee_multiplier: Decimal) -> Decimal:
    return TAKER_FEE_RATE * fee_multiplier


def maker_fee_rate(fee_type: str, fee_multiplier: Decimal) -> Decimal:
    if fee_type in MAKER_FEE_TYPES:
        return MAKER_FEE_RATE * fee_multiplier
    return Decimal(0)


def fee_before_rounding(rate: Decimal, count: Decimal, yes_price: Decimal) -> Decimal:
    """`rate * C * P * (1 - P)`: what a fill adds to its order's fee before the rounding up."""
    return rate * count * yes_price * (1 - yes_price)


def worst_fee_factor(side: Literal["bid", "ask"], yes_price: Decimal) -> Decimal:
    """The largest `P * (1 - P)` an order limited at `yes_price` can trade at.

    A bid trades at its limit or lower, an ask at its limit or higher; `P * (1 - P)` peaks at 0.25
    when `P` is 0.5, so the limit itself is the worst price only on the far side of 0.5."""
    if (side == "bid" and yes_price <= _HALF) or (side == "ask" and yes_price >= _HALF):
        return yes_price * (1 - yes_price)
    return _QUARTER
