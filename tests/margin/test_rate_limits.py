"""The margin buckets: a margin client's limiter is set from the margin key's own budget
(`GET /account/limits/perps`), and each margin call draws on the bucket and the tokens Kalshi
states for it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from core.loopback import Answer, Loopback, Seen

from kalshi_py import RateLimiter
from kalshi_py.margin import MarginClient
from kalshi_py.margin.api.account import get_perps_account_api_limits
from kalshi_py.margin.api.orders import cancel_all_margin_orders, cancel_margin_order, create_margin_order
from kalshi_py.margin.api.portfolio import get_margin_balance
from kalshi_py.ratelimit import TierBudget

LIMITS = {
    "usage_tier": "advanced",
    "read": {"refill_rate": 300, "bucket_capacity": 600},
    "write": {"refill_rate": 300, "bucket_capacity": 600},
    "grants": [],
}


class CountingLimiter(RateLimiter):
    """A real limiter that also notes what each call reserved."""

    def __init__(self, budget: TierBudget) -> None:
        super().__init__(budget)
        self.reserved: list[tuple[str, int]] = []

    def reserve(self, bucket: str, cost: int) -> float:
        self.reserved.append((bucket, cost))
        return super().reserve(bucket, cost)


def desk(seen: Seen) -> Answer:
    if seen.path.endswith("/account/limits/perps"):
        return Answer(200, LIMITS)
    if seen.path.endswith("/margin/balance"):
        return Answer(200, {"balances": [], "updated_ts": 0})
    if seen.method == "POST":
        return Answer(201, {"order_id": "mo-1", "fill_count": "0.00", "remaining_count": "1.00"})
    if seen.method == "DELETE" and seen.path.endswith("/margin/orders"):
        return Answer(204, b"")
    return Answer(200, {"order_id": "mo-1", "reduced_by": "1.00"})


def test_the_limiter_comes_from_the_margin_key_budget(rsa_pem: str) -> None:
    with Loopback(desk) as server, MarginClient("margin-key", rsa_pem, server.base_url) as client:
        limiter = RateLimiter.from_account(get_perps_account_api_limits.sync(client=client))
    assert (limiter.budget.read_rate, limiter.budget.write_capacity) == (300, 600)


def test_each_margin_call_draws_its_bucket_and_cost(rsa_pem: str) -> None:
    limiter = CountingLimiter(TierBudget(1000, 2000, 1000, 2000))
    calls: list[tuple[Any, dict[str, Any]]] = [
        (get_margin_balance, {}),
        (get_margin_balance, {"compute_available_balance": True}),
        (
            create_margin_order,
            {
                "ticker": "KXBTCPERP",
                "side": "ask",
                "count": Decimal(1),
                "price": Decimal("64300"),
                "time_in_force": "good_till_canceled",
                "self_trade_prevention_type": "maker",
            },
        ),
        (cancel_margin_order, {"order_id": "mo-1"}),
        (cancel_all_margin_orders, {}),
    ]
    with (
        Loopback(desk) as server,
        MarginClient("margin-key", rsa_pem, server.base_url, rate_limiter=limiter) as client,
    ):
        for operation, args in calls:
            operation.sync(client=client, **args)
    assert limiter.reserved == [("read", 5), ("read", 50), ("write", 10), ("write", 10), ("write", 10)]
