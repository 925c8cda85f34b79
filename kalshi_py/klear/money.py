"""Klear's units: money in centicents (1 USD = 10,000 centicents) and positions in centicounts
(1 contract = 100 centicounts), as exact integers.

The Klear models keep the integers the API sends, named by their unit (`amount_centicents`,
`quantity_centicount`), so nothing is rounded on the way in. These functions convert them to
the `Decimal` dollars and contracts the rest of kalshi-py uses, and back, exactly: a value
that is not a whole number of centicents (or centicounts) is refused, never rounded.
"""

from __future__ import annotations

from decimal import Decimal

from .._model import parse_fixed
from ..errors import RequestValidationError

__all__ = [
    "CENTICENTS_PER_DOLLAR",
    "CENTICOUNTS_PER_CONTRACT",
    "centicents_to_dollars",
    "centicount_to_count",
    "count_to_centicount",
    "dollars_to_centicents",
]

CENTICENTS_PER_DOLLAR = 10_000
CENTICOUNTS_PER_CONTRACT = 100


def _integer(value: int, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RequestValidationError(f"{where}: expected an integer, got {type(value).__name__}")
    return value


def _scaled(value: Decimal | str | int, scale: int, unit: str, where: str) -> int:
    number = parse_fixed(value, where) * scale
    if number != number.to_integral_value():
        raise RequestValidationError(f"{where}: {value} is not a whole number of {unit}")
    return int(number)


def centicents_to_dollars(centicents: int) -> Decimal:
    """`12345` -> `Decimal("1.2345")`."""
    return Decimal(_integer(centicents, "centicents")).scaleb(-4)


def dollars_to_centicents(dollars: Decimal | str | int) -> int:
    """`Decimal("1.2345")` -> `12345`; a float or a fraction of a centicent is refused."""
    return _scaled(dollars, CENTICENTS_PER_DOLLAR, "centicents", "dollars")


def centicount_to_count(centicount: int) -> Decimal:
    """`250` -> `Decimal("2.50")` contracts."""
    return Decimal(_integer(centicount, "centicount")).scaleb(-2)


def count_to_centicount(count: Decimal | str | int) -> int:
    """`Decimal("2.5")` -> `250`; a float or a fraction of a centicount is refused."""
    return _scaled(count, CENTICOUNTS_PER_CONTRACT, "centicounts", "count")
