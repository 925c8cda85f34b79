"""Reading the numbers a request carries: decimals of a sane size (never floats), contract counts,
Unix times, and time windows. Every refusal is an `ExchangeError` naming the field."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal, InvalidOperation

from ..rules import COUNT_STEP
from .errors import ExchangeError

__all__ = ["in_window", "parse_count", "parse_unix_seconds", "shown", "to_decimal"]

ZERO = Decimal(0)

MAX_INTEGER_DIGITS = 15
"""Digits a decimal input may have before the point: sums of such amounts stay exact in 28 digits."""
MAX_DECIMAL_PLACES = 12
"""Places a decimal input may have after the point (trailing zeros aside)."""


def shown(value: object, limit: int = 40) -> str:
    """`value` as an error message quotes it, cut to `limit` characters."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


def _too_finely_divided(number: Decimal) -> bool:
    """Whether a finite `number` has more than `MAX_DECIMAL_PLACES` places after the point,
    trailing zeros not counted (those written are a bound, checked first)."""
    _, digits, exponent = number.as_tuple()
    assert isinstance(exponent, int)
    if -exponent <= MAX_DECIMAL_PLACES:
        return False
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return any(digits) and -exponent - trailing > MAX_DECIMAL_PLACES


def to_decimal(value: object, what: str, code: str = "invalid_order") -> Decimal:
    """Read a Decimal, str or int as a finite Decimal of a sane size; floats are refused (they are
    not exact), and so are numbers too large or too finely divided to compute with exactly."""
    if isinstance(value, bool) or not isinstance(value, (Decimal, str, int)):
        raise ExchangeError(400, code, f"{what} must be a decimal string, got {type(value).__name__}")
    try:
        number = Decimal(value)
    except (InvalidOperation, ValueError):
        raise ExchangeError(400, code, f"{what} is not a number: {shown(value)}") from None
    if not number.is_finite():
        raise ExchangeError(400, code, f"{what} must be finite, got {shown(value)}")
    if number and number.adjusted() >= MAX_INTEGER_DIGITS:
        limit = f"at most {MAX_INTEGER_DIGITS} digits before the point"
        raise ExchangeError(400, code, f"{what} is out of range: {limit}, got {shown(value)}")
    if _too_finely_divided(number):
        raise ExchangeError(
            400, code, f"{what} has more than {MAX_DECIMAL_PLACES} decimal places: {shown(value)}"
        )
    return number


def parse_count(value: object, what: str = "count", *, allow_zero: bool = False) -> Decimal:
    """A contract count: at least 0.01 (or 0 when allowed), at most 2 decimals."""
    number = to_decimal(value, what, "invalid_order_size")
    if number != number.quantize(COUNT_STEP, rounding=ROUND_DOWN):
        raise ExchangeError(400, "invalid_order_size", f"{what} has more than 2 decimals: {shown(value)}")
    if number < (ZERO if allow_zero else COUNT_STEP):
        low = "0" if allow_zero else "0.01"
        raise ExchangeError(400, "invalid_order_size", f"{what} must be at least {low}, got {shown(value)}")
    return number.quantize(COUNT_STEP)


LAST_UNIX_SECOND = 253402300799
"""9999-12-31T23:59:59Z: the last moment an RFC 3339 timestamp can name."""


def parse_unix_seconds(value: object, what: str, code: str = "invalid_order") -> int:
    """A Unix time in seconds that RFC 3339 can spell (1970 to 9999)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= LAST_UNIX_SECOND:
        wanted = f"a Unix time in seconds from 0 to {LAST_UNIX_SECOND}"
        raise ExchangeError(400, code, f"{what} must be {wanted}, got {shown(value)}")
    return value


def in_window(ts: float, min_ts: int | None, max_ts: int | None) -> bool:
    """Whether `ts` lies within the optional bounds `min_ts`..`max_ts` (seconds, inclusive)."""
    return (min_ts is None or ts >= min_ts) and (max_ts is None or ts <= max_ts)
