"""Running a bot safely: a dead-man's switch, canceling everything, a P&L ledger, metrics.

- `DeadMan` / `AsyncDeadMan`: the bot's orders in an order group of their own, all canceled
  when the bot stops calling `alive()`, on SIGTERM/SIGINT, at exit, when a watched feed goes
  stale, or on `trip()`; a heartbeat file for `kalshi deadman`, which does the same from another
  process when the bot is killed or hangs.
- `cancel_resting_orders`: cancel every resting order (of a subaccount or of all), and say what
  was canceled (`kalshi panic`).
- `Ledger`: positions, average cost, realized and unrealized P&L, fees and settlement payouts from
  fills and settlements (REST, WebSocket or recorded), reconciled against the exchange's
  positions and balance (`kalshi pnl`).
- `Metrics`: counters and gauges of requests, retries, 429s, rate-limiter waits, WebSocket gaps,
  resyncs, stale feeds, book audits, message age and dead-man trips, readable in Python and
  served to Prometheus by `kalshi_py.safety.prometheus` (the `kalshi-py[prometheus]` extra).

Feed health and the book audit are in `kalshi_py.ws` (`FeedMonitor`).
"""

from __future__ import annotations

from ._entries import LedgerFill, LedgerSettlement
from ._switch import Trip
from .cancels import Cancellation, cancel_resting_orders
from .deadman import AsyncDeadMan, DeadMan, DeadManTripped
from .heartbeat import Heartbeat, HeartbeatError, HeartbeatWatch, read_heartbeat
from .ledger import Difference, Ledger, LedgerEntry, Position
from .metrics import Counter, Gauge, Metrics

__all__ = [
    "AsyncDeadMan",
    "Cancellation",
    "Counter",
    "DeadMan",
    "DeadManTripped",
    "Difference",
    "Gauge",
    "Heartbeat",
    "HeartbeatError",
    "HeartbeatWatch",
    "Ledger",
    "LedgerEntry",
    "LedgerFill",
    "LedgerSettlement",
    "Metrics",
    "Position",
    "Trip",
    "cancel_resting_orders",
    "read_heartbeat",
]
