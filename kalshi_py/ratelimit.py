"""A client-side rate limiter that mirrors Kalshi's token buckets, so calls wait instead of earning 429s.

Kalshi meters every request in tokens against two buckets, **read** and **write**, refilled at
the usage tier's budget per second. A request costs 10 tokens unless `GET /account/endpoint_costs`
says otherwise (a cancel costs 2); a batch costs the sum of its items and must fit in the bucket
whole. Write covers order create, amend, cancel and decrease, order groups, the RFQ quote flow and
block-trade accepts; everything else is read.

`RateLimiter` keeps the same buckets on the client side, a little under the tier's budget
(`safety`), with the burst capacity of the server's bucket halved so that requests bunched up by
the network still fit the exchange's bucket. It is thread-safe and shared by every thread and task
that uses the client; a request reserves its tokens and sleeps until they are covered.

    limiter = RateLimiter.for_tier("advanced")
    client = create_client(rate_limiter=limiter)      # or rate_limiter=None to switch it off

    limits = get_account_api_limits.sync(client=client)          # the key's own budget
    costs = get_account_endpoint_costs.sync(client=client)
    client.rate_limiter = RateLimiter.from_account(limits, costs)

Which bucket an operation draws on and what it costs by default are facts of the operation,
written into `kalshi_py.api` by the generator; the limiter knows no operation.
"""

from __future__ import annotations

import json
import threading
import time
import types
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .environments import API_PATH

__all__ = ["CANCEL_COST", "DEFAULT_COST", "TIERS", "RateLimiter", "TierBudget", "TokenBucket"]

DEFAULT_COST = 10
CANCEL_COST = 2


@dataclass(frozen=True)
class TierBudget:
    """Tokens per second and bucket capacity of the read and write buckets of one usage tier."""

    read_rate: int
    read_capacity: int
    write_rate: int
    write_capacity: int


def _tier(read: int, write: int, read_burst: int, write_burst: int) -> TierBudget:
    return TierBudget(read, read * read_burst, write, write * write_burst)


# Read buckets of Basic and Advanced, and write buckets above Basic, hold two seconds of budget.
TIERS: Mapping[str, TierBudget] = {
    "basic": _tier(200, 100, 2, 1),
    "advanced": _tier(300, 300, 2, 2),
    "expert": _tier(600, 600, 1, 2),
    "premier": _tier(1000, 1000, 1, 2),
    "paragon": _tier(2000, 2000, 1, 2),
    "prime": _tier(4000, 4000, 1, 2),
    "prestige": _tier(10000, 8000, 1, 2),
}


class TokenBucket:
    """A token bucket that takes reservations: tokens may go below zero, and a reservation's
    wait is the time until the bucket is back at zero."""

    def __init__(self, rate: float, capacity: float, clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0 or capacity <= 0:
            raise ValueError("a token bucket needs a positive rate and capacity")
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._tokens = capacity
        self._updated = clock()
        self._lock = threading.Lock()

    def reserve(self, cost: float) -> float:
        """Take `cost` tokens and return how many seconds to wait before sending."""
        if cost > self.capacity:
            raise ValueError(f"a request costing {cost:g} tokens can never fit a bucket of {self.capacity:g}")
        with self._lock:
            now = self._clock()
            self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
            self._updated = now
            self._tokens -= cost
            return 0.0 if self._tokens >= 0 else -self._tokens / self.rate


class RateLimiter:
    """Read and write token buckets for one API key, with per-endpoint costs."""

    def __init__(
        self,
        budget: TierBudget,
        *,
        safety: float = 0.9,
        endpoint_costs: Mapping[tuple[str, str], int] | None = None,
        default_cost: int = DEFAULT_COST,
        clock: Callable[[], float] = time.monotonic,
        on_wait: Callable[[str, float], None] | None = None,
    ) -> None:
        if not 0 < safety <= 1:
            raise ValueError("safety must be in (0, 1]")
        self.budget = budget
        self.safety = safety
        self.default_cost = default_cost
        self.endpoint_costs = dict(endpoint_costs or {})
        self.server_capacity = {"read": budget.read_capacity, "write": budget.write_capacity}
        self.buckets = {
            "read": self._bucket(budget.read_rate, budget.read_capacity, clock),
            "write": self._bucket(budget.write_rate, budget.write_capacity, clock),
        }
        self.on_wait = on_wait
        """Called with the bucket and the seconds a call must wait, whenever it must (for metrics)."""

    def _bucket(self, rate: int, capacity: int, clock: Callable[[], float]) -> TokenBucket:
        # Half the server's burst, but never less than one second of budget.
        return TokenBucket(rate * self.safety, max(capacity / 2, rate) * self.safety, clock)

    @classmethod
    def for_tier(cls, tier: str, **kwargs: Any) -> RateLimiter:
        """A limiter for a usage tier by name: basic, advanced, expert, premier, paragon, prime, prestige."""
        try:
            budget = TIERS[tier.strip().lower()]
        except KeyError:
            raise ValueError(f"unknown usage tier {tier!r}: expected one of {', '.join(TIERS)}") from None
        return cls(budget, **kwargs)

    @classmethod
    def from_account(cls, limits: Any, costs: Any | None = None, **kwargs: Any) -> RateLimiter:
        """A limiter from `GET /account/limits` (and optionally `GET /account/endpoint_costs`)."""
        budget = TierBudget(
            limits.read.refill_rate,
            limits.read.bucket_capacity,
            limits.write.refill_rate,
            limits.write.bucket_capacity,
        )
        endpoint_costs: dict[tuple[str, str], int] = {}
        default_cost = DEFAULT_COST
        if costs is not None:
            default_cost = costs.default_cost
            endpoint_costs = {(c.method.upper(), _route(c.path)): c.cost for c in costs.endpoint_costs}
        return cls(budget, endpoint_costs=endpoint_costs, default_cost=default_cost, **kwargs)

    @classmethod
    def from_client(cls, client: Any, **kwargs: Any) -> RateLimiter:
        """Deprecated: `from_account` with the answers of `get_account_api_limits` and
        `get_account_endpoint_costs`. Asks `GET /account/limits` and `/account/endpoint_costs`
        through the client's own signed httpx client."""
        warnings.warn(
            "RateLimiter.from_client is deprecated: use RateLimiter.from_account("
            "get_account_api_limits.sync(client=client), get_account_endpoint_costs.sync(client=client))",
            DeprecationWarning,
            stacklevel=2,
        )
        http = client.get_httpx_client()
        answers = []
        for path in ("/account/limits", "/account/endpoint_costs"):
            response = http.get(path)
            response.raise_for_status()
            answers.append(json.loads(response.content, object_hook=lambda d: types.SimpleNamespace(**d)))
        return cls.from_account(*answers, **kwargs)

    def cost(self, method: str, path: str, items: int = 1, unit_cost: int | None = None) -> int:
        """The tokens one call costs: per item of a batch, what `GET /account/endpoint_costs` said
        for its route, else `unit_cost` (the operation's own, a cancel's 2), else the default."""
        unit = self.endpoint_costs.get((method.upper(), _route(path)))
        if unit is None:
            unit = unit_cost if unit_cost is not None else self.default_cost
        return unit * max(1, items)

    def check_fits(self, bucket: str, cost: int) -> None:
        """Raise when a call can never pass Kalshi's bucket (a batch too large for the tier)."""
        if cost > self.server_capacity[bucket]:
            raise ValueError(
                f"it costs {cost} tokens, more than the {bucket} bucket of this usage tier holds "
                f"({self.server_capacity[bucket]}); Kalshi would reject it whole: split the batch"
            )

    def reserve(self, bucket: str, cost: int) -> float:
        """Reserve the tokens for a call on `bucket` ("read" or "write"); the seconds to wait
        before sending it."""
        tokens = self.buckets[bucket]
        wait = tokens.reserve(min(cost, tokens.capacity))
        if wait > 0 and self.on_wait is not None:
            self.on_wait(bucket, wait)
        return wait


def _route(path: str) -> str:
    path = path.split("?", 1)[0].removeprefix(API_PATH)
    return path.rstrip("/") or "/"
