"""When a failed request is tried again, and how long to wait first.

A failure is one of three kinds:

- **not applied**: the request never reached the exchange (connect error, connect or pool
  timeout) or was refused before it was processed (429). Retrying is always safe.
- **ambiguous**: the request may have been applied (read timeout, connection dropped while
  waiting for the answer, 500/502/503/504). Retried only for operations that cannot apply twice:
  reads, `PUT`/`DELETE`, and order writes that carry a `client_order_id` or set an absolute
  state (create, batch create, amend, decrease with `reduce_to`).
- **final**: any other status or error. Never retried.

Waits grow exponentially from `backoff_base` up to `backoff_cap`, with full jitter. A
`Retry-After` header (seconds or an HTTP date), which Kalshi does not send today, is honoured
when present, capped at `max_retry_after`.
"""

from __future__ import annotations

import email.utils
import random
import time
from dataclasses import dataclass, field
from enum import Enum

import httpx

__all__ = [
    "DEFAULT_RETRY",
    "FailureKind",
    "RetryPolicy",
    "classify_failure",
    "parse_retry_after",
    "reconnect_delay",
]

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


class FailureKind(Enum):
    NOT_APPLIED = "not applied"
    AMBIGUOUS = "ambiguous"
    FINAL = "final"


_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_FINAL_ERRORS = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.ProxyError)


def classify_failure(status: int | None, error: BaseException | None) -> FailureKind:
    """The kind of failure of one attempt that got `status` or raised `error`."""
    if error is not None:
        if isinstance(error, _FINAL_ERRORS):
            return FailureKind.FINAL
        if isinstance(error, _NOT_SENT_ERRORS):
            return FailureKind.NOT_APPLIED
        if isinstance(error, httpx.TransportError):
            return FailureKind.AMBIGUOUS
        return FailureKind.FINAL
    if status == 429:
        return FailureKind.NOT_APPLIED
    if status in RETRY_STATUSES:
        return FailureKind.AMBIGUOUS
    return FailureKind.FINAL


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header value, or None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    return max(0.0, seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times to retry, and how long to wait between attempts.

    `max_retries=0` turns retrying off. The wait before retry `n` (from 1) is drawn uniformly
    from `[0, min(backoff_cap, backoff_base * 2 ** (n - 1))]` ("full jitter"); with
    `jitter=False` it is the upper bound itself.
    """

    max_retries: int = 3
    backoff_base: float = 0.25
    backoff_cap: float = 8.0
    jitter: bool = True
    max_retry_after: float = 60.0
    _random: random.Random = field(default_factory=random.Random, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {self.max_retries}")
        if self.backoff_base < 0 or self.backoff_cap < 0:
            raise ValueError("backoff_base and backoff_cap must not be negative")

    def should_retry(self, retries_done: int, kind: FailureKind, retry_safe: bool) -> bool:
        """Whether to try again after `retries_done` retries and a failure of `kind`."""
        if retries_done >= self.max_retries or kind is FailureKind.FINAL:
            return False
        return kind is FailureKind.NOT_APPLIED or retry_safe

    def delay(self, retry_number: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry `retry_number` (1 for the first retry)."""
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        ceiling = min(self.backoff_cap, self.backoff_base * (2 ** (retry_number - 1)))
        return self._random.uniform(0, ceiling) if self.jitter else ceiling


DEFAULT_RETRY = RetryPolicy()


def reconnect_delay(attempt: int, initial: float, maximum: float, jitter: random.Random) -> float:
    """Seconds to wait before reconnect attempt `attempt + 1` of a streaming connection (WebSocket,
    FIX): exponential from `initial`, capped at `maximum`, uniform in the upper half of that."""
    ceiling: float = min(maximum, initial * (2 ** min(attempt, 30)))
    return ceiling / 2 + jitter.uniform(0, ceiling / 2)
