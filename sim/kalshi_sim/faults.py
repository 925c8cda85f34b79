"""Fault injection for the local exchange: latency, 5xx answers, dropped connections, rate limits.

`Faults` is set at start (`LocalExchange(faults=Faults(error_rate=0.1))`) and changed while the
exchange runs (`ex.faults.error_rate = 0.5`); it is safe to change from any thread. Every
decision draws from one random generator seeded with `seed`, so a run is repeatable.

What each knob does to a REST request, in the order applied:

1. `latency` seconds of delay before anything else.
2. The rate limiter (below) answers 429 `{"error": "too many requests"}` when the request's cost
   does not fit in the account's token bucket.
3. `error_rate`: the share of requests answered 503 or 500 *before* the request is applied.
4. `drop_before_apply_rate`: the share of writes whose connection is dropped with no answer and
   which are *not* applied.
5. `drop_after_apply_rate`: the share of writes that *are* applied, after which the connection is
   dropped with no answer: the client sees a protocol or read error and cannot tell whether its
   order went in.

On the WebSocket: `ws_disconnect()` drops every connection at once, and `ws_skip_seq_rate` is the
share of sequenced messages after which one `seq` number is skipped. Two faults that `seq` cannot
reveal: `ws_silence()` makes every open connection go silent (it stays open and answers pings and
commands, but sends no more channel messages; new connections are not affected), and
`ws_wrong_delta_rate` is the share of `orderbook_delta` messages whose `delta_fp` is one contract
too large (the book of a client that applies it drifts from the exchange's).

On FIX: `fix_disconnect()` drops every FIX connection at once (no Logout); `fix_skip_seq_rate` is
the share of application messages after which the gateway leaves one MsgSeqNum unused (a gap the
client heals with a ResendRequest where the session retransmits, by reconnecting elsewhere);
`fix_duplicate_rate` the share sent a second time with PossDupFlag=Y (which the client must
ignore); `fix_skip_next(n)` and `fix_duplicate_next(n)` do the same to the next n messages, at
once; `fix_delay_heartbeats(seconds)` makes every live FIX session hold back its Heartbeats,
TestRequest answers included, for that long.

Rate limiting follows Kalshi's token buckets (the budgets are the exchange's own, in `rules.py`):
separate read and write buckets per account, refilled at the tier's tokens per second; a request
costs 10 tokens, a cancel 2, a batch the sum of its items, and a batch that does not fit is
rejected whole. It is **off by default**, so tests and
bots are not throttled by accident; it is on when `rate_limit` is True, and `LocalExchange(tier=...)`
given explicitly turns it on for that tier.

`stats` counts what was injected, so a test can assert that a fault really happened.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .rules import TIERS

__all__ = ["FaultStats", "Faults", "RateLimiter"]


@dataclass
class FaultStats:
    """How many faults of each kind were injected."""

    delayed: int = 0
    errors_5xx: int = 0
    drops_before_apply: int = 0
    drops_after_apply: int = 0
    rate_limited: int = 0
    ws_disconnects: int = 0
    ws_skipped_seq: int = 0
    ws_silences: int = 0
    ws_wrong_deltas: int = 0
    fix_disconnects: int = 0
    fix_skipped_seq: int = 0
    fix_duplicates: int = 0
    fix_heartbeat_delays: int = 0


class _Bucket:
    __slots__ = ("capacity", "rate", "stamp", "tokens")

    def __init__(self, rate: float, capacity: float, now: float) -> None:
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.stamp = now

    def take(self, cost: float, now: float) -> bool:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if cost > self.tokens:
            return False
        self.tokens -= cost
        return True


class RateLimiter:
    """Read and write token buckets per account for one tier."""

    def __init__(self, tier: str = "basic", clock: Callable[[], float] = time.monotonic) -> None:
        if tier not in TIERS:
            raise ValueError(f"unknown tier {tier!r}; known tiers: {', '.join(TIERS)}")
        self.tier = tier
        self.budget = TIERS[tier]
        self._clock = clock
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self._lock = threading.Lock()

    def allow(self, account: str, kind: str, cost: int) -> bool:
        """Take `cost` tokens from `account`'s `kind` ("read" or "write") bucket if they are there."""
        now = self._clock()
        with self._lock:
            bucket = self._buckets.get((account, kind))
            if bucket is None:
                if kind == "write":
                    bucket = _Bucket(self.budget.write_rate, self.budget.write_capacity, now)
                else:
                    bucket = _Bucket(self.budget.read_rate, self.budget.read_capacity, now)
                self._buckets[(account, kind)] = bucket
            return bucket.take(cost, now)


@dataclass
class Faults:
    """The faults the local exchange injects; see the module docstring."""

    latency: float = 0.0
    error_rate: float = 0.0
    drop_before_apply_rate: float = 0.0
    drop_after_apply_rate: float = 0.0
    ws_skip_seq_rate: float = 0.0
    ws_wrong_delta_rate: float = 0.0
    fix_skip_seq_rate: float = 0.0
    fix_duplicate_rate: float = 0.0
    rate_limit: bool = False
    tier: str = "basic"
    seed: int = 0
    stats: FaultStats = field(default_factory=FaultStats)
    # what the rate limiter's buckets refill by; tests may stop it to count a burst exactly
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._random = random.Random(self.seed)  # noqa: S311 (repeatable faults, not secrets)
        self._limiter: RateLimiter | None = None
        self._ws_disconnect_hooks: list[Callable[[], None]] = []
        self._ws_silence_hooks: list[Callable[[], None]] = []
        self._fix_hooks: list[Callable[[str, float], None]] = []
        self._fix_next = {"fix_skipped_seq": 0, "fix_duplicates": 0}

    def _chance(self, rate: float) -> bool:
        if rate <= 0:
            return False
        with self._lock:
            return self._random.random() < rate

    def reset(self) -> None:
        """Switch every fault off and zero the counters (the seed's sequence carries on)."""
        self.latency = 0.0
        self.error_rate = 0.0
        self.drop_before_apply_rate = 0.0
        self.drop_after_apply_rate = 0.0
        self.ws_skip_seq_rate = 0.0
        self.ws_wrong_delta_rate = 0.0
        self.fix_skip_seq_rate = 0.0
        self.fix_duplicate_rate = 0.0
        self.rate_limit = False
        with self._lock:
            self._fix_next = dict.fromkeys(self._fix_next, 0)
            self.stats = FaultStats()
            self._limiter = None

    def inject_error(self) -> int | None:
        """503 or 500 when this request should fail before being applied, else None."""
        if not self._chance(self.error_rate):
            return None
        with self._lock:
            self.stats.errors_5xx += 1
            return 503 if self._random.random() < 0.5 else 500

    def drop_before_apply(self) -> bool:
        if not self._chance(self.drop_before_apply_rate):
            return False
        with self._lock:
            self.stats.drops_before_apply += 1
        return True

    def drop_after_apply(self) -> bool:
        if not self._chance(self.drop_after_apply_rate):
            return False
        with self._lock:
            self.stats.drops_after_apply += 1
        return True

    def skip_seq(self) -> bool:
        if not self._chance(self.ws_skip_seq_rate):
            return False
        with self._lock:
            self.stats.ws_skipped_seq += 1
        return True

    def wrong_delta(self) -> bool:
        """Whether this `orderbook_delta` should carry a wrong size."""
        if not self._chance(self.ws_wrong_delta_rate):
            return False
        with self._lock:
            self.stats.ws_wrong_deltas += 1
        return True

    def note_delay(self) -> None:
        with self._lock:
            self.stats.delayed += 1

    def _now(self) -> float:
        return self.clock()  # read at each call: a clock set later applies at once

    def limiter(self) -> RateLimiter:
        """The token buckets for the current tier (made again when the tier changes)."""
        with self._lock:
            if self._limiter is None or self._limiter.tier != self.tier:
                self._limiter = RateLimiter(self.tier, clock=self._now)
            return self._limiter

    def allow(self, account: str, kind: str, cost: int) -> bool:
        """False (and counted) when rate limiting is on and the request does not fit."""
        if not self.rate_limit:
            return True
        if self.limiter().allow(account, kind, cost):
            return True
        with self._lock:
            self.stats.rate_limited += 1
        return False

    def on_ws_disconnect(self, hook: Callable[[], None]) -> None:
        """Register what `ws_disconnect()` calls (the server does this)."""
        with self._lock:
            self._ws_disconnect_hooks.append(hook)

    def ws_disconnect(self) -> None:
        """Drop every WebSocket connection now, with no close frame."""
        with self._lock:
            hooks = list(self._ws_disconnect_hooks)
            self.stats.ws_disconnects += 1
        for hook in hooks:
            hook()

    def on_ws_silence(self, hook: Callable[[], None]) -> None:
        """Register what `ws_silence()` calls (the server does this)."""
        with self._lock:
            self._ws_silence_hooks.append(hook)

    def ws_silence(self) -> None:
        """Make every open WebSocket connection silent: it stays open, answers pings and commands,
        and sends no more channel messages."""
        with self._lock:
            hooks = list(self._ws_silence_hooks)
            self.stats.ws_silences += 1
        for hook in hooks:
            hook()

    # --- FIX ----------------------------------------------------------------------------------------

    def fix_skip_next(self, count: int = 1) -> None:
        """Leave a MsgSeqNum unused after each of the next `count` FIX application messages."""
        with self._lock:
            self._fix_next["fix_skipped_seq"] += count

    def fix_duplicate_next(self, count: int = 1) -> None:
        """Send each of the next `count` FIX application messages twice, the second with PossDupFlag=Y."""
        with self._lock:
            self._fix_next["fix_duplicates"] += count

    def skip_fix_seq(self) -> bool:
        """Whether to leave a MsgSeqNum unused after this FIX message (counted)."""
        return self._counted_chance(self.fix_skip_seq_rate, "fix_skipped_seq")

    def duplicate_fix(self) -> bool:
        """Whether to send this FIX message again with PossDupFlag=Y (counted)."""
        return self._counted_chance(self.fix_duplicate_rate, "fix_duplicates")

    def _counted_chance(self, rate: float, counter: str) -> bool:
        with self._lock:
            chosen = self._fix_next[counter] > 0
            if chosen:
                self._fix_next[counter] -= 1
        if not chosen and not self._chance(rate):
            return False
        with self._lock:
            setattr(self.stats, counter, getattr(self.stats, counter) + 1)
        return True

    def on_fix_fault(self, hook: Callable[[str, float], None]) -> None:
        """Register what `fix_disconnect()` and `fix_delay_heartbeats()` call (the FIX gateway
        does this): `hook("disconnect", 0)` or `hook("delay_heartbeats", seconds)`."""
        with self._lock:
            self._fix_hooks.append(hook)

    def fix_disconnect(self) -> None:
        """Drop every FIX connection now, with no Logout."""
        self._fix_fault("disconnect", 0.0, "fix_disconnects")

    def fix_delay_heartbeats(self, seconds: float) -> None:
        """Make every live FIX session send no Heartbeat, not even to answer a TestRequest, for
        `seconds` from now."""
        if seconds < 0:
            raise ValueError(f"a heartbeat delay cannot be negative, got {seconds}")
        self._fix_fault("delay_heartbeats", seconds, "fix_heartbeat_delays")

    def _fix_fault(self, action: str, seconds: float, counter: str) -> None:
        with self._lock:
            hooks = list(self._fix_hooks)
            setattr(self.stats, counter, getattr(self.stats, counter) + 1)
        for hook in hooks:
            hook(action, seconds)
