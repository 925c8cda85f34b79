"""The numbers a request carries: a decimal of a sane size, refused with the field's name otherwise."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kalshi_sim.engine.errors import ExchangeError
from kalshi_sim.engine.inputs import MAX_DECIMAL_PLACES, to_decimal


def places(text: str) -> int:
    """Places after the point of a plain decimal text, trailing zeros not counted."""
    fraction = text.partition(".")[2].rstrip("0")
    return len(fraction)


@given(
    st.integers(min_value=0, max_value=10**14),
    st.text(alphabet="0123456789", max_size=20),
    st.integers(min_value=0, max_value=6),
)
def test_a_number_is_refused_exactly_when_it_has_more_places_than_allowed(
    whole: int, fraction: str, zeros: int
) -> None:
    text = f"{whole}.{fraction}{'0' * zeros}" if fraction or zeros else str(whole)
    if places(text) > MAX_DECIMAL_PLACES:
        with pytest.raises(ExchangeError, match="price has more than 12 decimal places"):
            to_decimal(text, "price")
    else:
        assert to_decimal(text, "price") == Decimal(text)


def test_trailing_zeros_beyond_the_limit_are_not_places() -> None:
    assert to_decimal("0.5" + "0" * 30, "price") == Decimal("0.5")
    assert to_decimal("0." + "0" * 30, "count") == 0
    with pytest.raises(ExchangeError, match="count has more than 12 decimal places"):
        to_decimal("0." + "0" * 12 + "1", "count")
