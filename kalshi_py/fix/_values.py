"""FIX field values: text on the wire, typed values in Python.

Incoming text is read leniently into `str`, `int`, `Decimal`, `bool` and `datetime`; outgoing
values are checked strictly before they are written (`FixValidationError` names the field).
Prices and quantities are `Decimal` and written in fixed-point notation, never with an exponent;
a float is refused. Kalshi's event-contract gateway sends prices in cents unless the session
logged on with `UseDollars(21005)=Y`: `price_reader` and `price_writer` convert the five tags
concerned (6, 31, 44, 132, 133) so that messages always hold dollars.
"""

from __future__ import annotations

import enum
import re
import time
from collections.abc import Callable
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from .._model import shared_decimal
from .errors import FixValidationError
from .fields import FIELD_NAMES

__all__ = [
    "CENTS_PRICE_TAGS",
    "UTCTimestamp",
    "decode_hook",
    "enum_writer",
    "field_label",
    "format_timestamp",
    "parse_timestamp",
    "price_reader",
    "price_writer",
    "read_bool",
    "read_decimal",
    "sending_time",
    "write_bool",
    "write_date",
    "write_decimal",
    "write_enum",
    "write_int",
    "write_str",
    "write_time",
    "write_timestamp",
]

CENTS_PRICE_TAGS = frozenset({6, 31, 44, 132, 133})
"""The price tags Kalshi sends in cents unless the session uses dollars (UseDollars=Y)."""

_HUNDRED = Decimal(100)
_BOOLS = {"Y": True, "N": False}

read_decimal = shared_decimal


def read_cents(text: str) -> Decimal:
    """A price in cents on the wire, in dollars."""
    return shared_decimal(text) / _HUNDRED


def read_bool(text: str) -> bool:
    """`Y` or `N`."""
    return _BOOLS[text]


class UTCTimestamp(datetime):
    """A FIX UTCTimestamp: an aware UTC `datetime` (a subclass, so that the codec can tell it
    from other datetimes when reading messages)."""

    __slots__ = ()

    @classmethod
    def of(cls, value: datetime) -> UTCTimestamp:
        """An aware `datetime` as a UTCTimestamp (a naive one is refused)."""
        if value.tzinfo is None:
            raise FixValidationError("a timestamp must be an aware datetime (with tzinfo), not a naive one")
        utc = value.astimezone(timezone.utc)
        return cls(
            utc.year, utc.month, utc.day, utc.hour, utc.minute, utc.second, utc.microsecond, timezone.utc
        )


_DAYS: dict[str, str] = {}
"""`YYYYMMDD-` -> `YYYY-MM-DDT`, for the days seen (one string per day instead of four slices)."""


def parse_timestamp(text: str) -> UTCTimestamp:
    """A UTCTimestamp (`YYYYMMDD-HH:MM:SS[.sss[sss[sss]]]`) as an aware UTC datetime (digits
    beyond the microsecond are dropped)."""
    day = _DAYS.get(text[:9])
    if day is None:
        if len(text) < 17 or text[8] != "-" or not text[:8].isdigit():
            raise ValueError(f"not a FIX UTCTimestamp: {text!r}")
        day = f"{text[0:4]}-{text[4:6]}-{text[6:8]}T"
        if len(_DAYS) < 4096:
            _DAYS[text[:9]] = day
    clock = text[9:]
    if len(clock) not in (8, 12, 15):  # fromisoformat (3.10) takes 3 or 6 digits of a second
        whole, _, fraction = clock.partition(".")
        clock = f"{whole}.{(fraction + '000000')[:6]}" if fraction else whole
    return _from_iso(day + clock + "+00:00")


_from_iso = UTCTimestamp.fromisoformat


def decode_hook(kind: type, value: Any) -> Any:
    """msgspec's hook for the types it does not read itself: UTCTimestamp."""
    if kind is UTCTimestamp:
        if type(value) is str:
            return parse_timestamp(value)
        if isinstance(value, UTCTimestamp):
            return value
    raise NotImplementedError(f"cannot read {kind.__name__} from {type(value).__name__}")


def format_timestamp(value: datetime) -> str:
    """An aware `datetime` as a UTCTimestamp with milliseconds."""
    utc = value if value.tzinfo is timezone.utc else value.astimezone(timezone.utc)
    return "%04d%02d%02d-%02d:%02d:%02d.%03d" % (  # noqa: UP031 - a third of the time of strftime
        utc.year,
        utc.month,
        utc.day,
        utc.hour,
        utc.minute,
        utc.second,
        utc.microsecond // 1000,
    )


_clock_second = -1
_clock_text = ""


def sending_time(now: float | None = None) -> str:
    """`now` (seconds since the epoch, the system clock when None) as a SendingTime with
    milliseconds; the text of the second is computed once per second."""
    global _clock_second, _clock_text  # noqa: PLW0603 - a one-entry cache, read on every message sent
    stamp = time.time() if now is None else now
    second = int(stamp)
    if second != _clock_second:
        _clock_text = time.strftime("%Y%m%d-%H:%M:%S", time.gmtime(second))
        _clock_second = second
    return f"{_clock_text}.{int((stamp - second) * 1000):03d}"


# --- writing: strict ------------------------------------------------------------------------------


def field_label(tag: int) -> str:
    """`ClOrdID(11)`: a tag with its FIX name."""
    return f"{FIELD_NAMES.get(tag, 'tag')}({tag})"


def _wrong_type(value: object, tag: int, expected: str) -> FixValidationError:
    field = field_label(tag)
    if value is None:
        return FixValidationError(f"{field} is required")
    return FixValidationError(f"{field} must be {expected}, got {type(value).__name__}")


def write_str(value: object, tag: int) -> str:
    if type(value) is str and "\x01" not in value and value:
        return value
    if isinstance(value, str):
        if not value:
            raise FixValidationError(f"{field_label(tag)} is empty")
        if "\x01" in value:
            raise FixValidationError(f"{field_label(tag)} contains the field delimiter SOH (0x01)")
        return str(value)
    raise _wrong_type(value, tag, "a str")


def write_int(value: object, tag: int) -> str:
    if type(value) is int:
        return str(value)
    raise _wrong_type(value, tag, "an int")


def write_decimal(value: object, tag: int) -> str:
    """A `Decimal` (or int) in fixed-point notation; floats, NaN and infinities are refused."""
    if type(value) is Decimal:
        text = str(value)
        if "E" in text or not text[-1].isdigit():
            if not value.is_finite():
                raise FixValidationError(f"{field_label(tag)} must be a finite number, got {value}")
            text = format(value, "f")
        return text
    if type(value) is int:
        return str(value)
    if isinstance(value, float):
        raise FixValidationError(
            f"{field_label(tag)} must be a Decimal, not a float (a float cannot hold {value!r} exactly)"
        )
    raise _wrong_type(value, tag, "a Decimal")


def write_cents(value: object, tag: int) -> str:
    """A price in dollars written as cents."""
    cents = Decimal(write_decimal(value, tag)) * _HUNDRED
    if cents == cents.to_integral_value():
        return str(int(cents))
    return format(cents.normalize(), "f")


def write_bool(value: object, tag: int) -> str:
    if value is True:
        return "Y"
    if value is False:
        return "N"
    raise _wrong_type(value, tag, "True or False")


_DATE = re.compile(r"\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{3})?")


def write_date(value: object, tag: int) -> str:
    """A UTCDateOnly or LocalMktDate: `YYYYMMDD`."""
    text = write_str(value, tag)
    if _DATE.fullmatch(text) is None:
        raise FixValidationError(f"{field_label(tag)} must be a date YYYYMMDD, got {text!r}")
    return text


def write_time(value: object, tag: int) -> str:
    """A UTCTimeOnly: `HH:MM:SS[.sss]`."""
    text = write_str(value, tag)
    if _TIME.fullmatch(text) is None:
        raise FixValidationError(f"{field_label(tag)} must be a time HH:MM:SS[.sss], got {text!r}")
    return text


def write_timestamp(value: object, tag: int) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise FixValidationError(
                f"{field_label(tag)} must be an aware datetime (with tzinfo), not a naive one"
            )
        return format_timestamp(value)
    raise _wrong_type(value, tag, "a datetime")


def price_reader(cents: bool) -> Callable[[str], Decimal]:
    """How the session reads the cents-or-dollars price tags."""
    return read_cents if cents else shared_decimal


def price_writer(cents: bool) -> Callable[[object, int], str]:
    """How the session writes the cents-or-dollars price tags."""
    return write_cents if cents else write_decimal


def write_enum(table: dict[object, str], value: object, tag: int) -> str:
    """The wire value of an enumerated field; values the dictionary does not list are refused."""
    try:
        return table[value]
    except (KeyError, TypeError):
        if value is None:
            raise FixValidationError(f"{field_label(tag)} is required") from None
        allowed = ", ".join(sorted(set(table.values())))
        raise FixValidationError(f"{field_label(tag)} must be one of {allowed}, got {value!r}") from None


def enum_writer(members: type[enum.Enum]) -> dict[object, str]:
    """Member or wire value -> wire text, for writing an enumerated field."""
    return {m: str(m.value) for m in members}
