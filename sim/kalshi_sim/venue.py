"""`Venue`: the one engine and what every protocol front onto it shares: the API keys, the
faults, the lock around every engine call, and the event loop the fronts serve on.

A front (REST, WebSocket, FIX) is handed the venue, never the engine alone: it
authenticates with `venue.authenticate`, calls the engine under `venue.engine_lock`, and asks
`venue.faults` what to inject.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Mapping

from .auth import ApiKey, KeyRing
from .engine import Exchange
from .faults import Faults
from .rules import TIERS

__all__ = ["DEFAULT_HEARTBEAT_INTERVAL", "Venue"]

DEFAULT_HEARTBEAT_INTERVAL = 10.0


class Venue:
    """An exchange open for business: its engine, keys and faults, for the fronts to share."""

    def __init__(
        self,
        exchange: Exchange,
        *,
        keys: KeyRing | None = None,
        faults: Faults | None = None,
        tier: str = "basic",
        heartbeat_interval: float = DEFAULT_HEARTBEAT_INTERVAL,
    ) -> None:
        if tier not in TIERS:
            raise ValueError(f"unknown tier {tier!r}; known tiers: {', '.join(TIERS)}")
        self.exchange = exchange
        self.keys = keys if keys is not None else KeyRing()
        self.faults = faults if faults is not None else Faults()
        self.tier = tier
        self.heartbeat_interval = heartbeat_interval
        self.engine_lock = threading.RLock()
        """Held around every engine call: the engine is not thread-safe."""
        self.loop: asyncio.AbstractEventLoop | None = None
        self.loop_thread_id: int | None = None

    def bind_loop(self, loop: asyncio.AbstractEventLoop) -> None:
        """Tell the venue which loop (and thread) the fronts serve on."""
        self.loop = loop
        self.loop_thread_id = threading.get_ident()

    def on_loop_thread(self) -> bool:
        return threading.get_ident() == self.loop_thread_id

    def run_locked_on_loop(self, callback: Callable[[], None]) -> None:
        """Call `callback` on the loop holding the engine lock, as soon as the lock is free
        (another thread driving the engine holds it meanwhile: try again a millisecond later).
        Call this on the loop's thread."""
        lock = self.engine_lock
        if not lock.acquire(blocking=False):
            if self.loop is not None:
                self.loop.call_later(0.001, self.run_locked_on_loop, callback)
            return
        try:
            callback()
        finally:
            lock.release()

    def authenticate(self, headers: Mapping[str, str], method: str, path: str) -> ApiKey:
        """The API key that signed this request; `AuthenticationError` saying why not."""
        return self.keys.verify(headers, method, path)

    @property
    def usage_tier(self) -> str:
        """The tier `GET /account/limits` reports: the faults' when they enforce rate limits."""
        return self.faults.tier if self.faults.rate_limit else self.tier
