"""Klear: Kalshi's clearing member API, for institutions that clear their margin activity with
Kalshi directly (settlement obligations, funding payments, settlement balance, subtrader groups,
FCM API keys).

    from kalshi_py.klear import create_client
    from kalshi_py.klear.api.obligations import get_active_margin_obligations

    client = create_client()   # KALSHI_KLEAR_ADMIN_USER_ID + KALSHI_KLEAR_ACCESS_TOKEN
    for obligation in get_active_margin_obligations.sync(client=client).obligations:
        print(obligation.id, centicents_to_dollars(obligation.amount_centicents))

- `kalshi_py.klear.api.<tag>.<operation>`: every operation of Kalshi's Klear spec, with the four
  call styles; `kalshi_py.klear.models` its models.
- Money is exact integer centicents, as Klear sends it; `centicents_to_dollars` and friends
  convert exactly to and from `Decimal`.

Errors are those of `kalshi_py.errors`.
"""

from __future__ import annotations

from ..environments import KLEAR_DEMO_URL, KLEAR_PRODUCTION_URL
from .client import KlearClient, create_client
from .money import centicents_to_dollars, centicount_to_count, count_to_centicount, dollars_to_centicents

__all__ = [
    "KLEAR_DEMO_URL",
    "KLEAR_PRODUCTION_URL",
    "KlearClient",
    "centicents_to_dollars",
    "centicount_to_count",
    "count_to_centicount",
    "create_client",
    "dollars_to_centicents",
]
