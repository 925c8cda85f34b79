"""`Venue`: the engines and what every protocol front onto them shares: the API keys, the
faults, the lock around every engine call, and the event loop the fronts serve on.

A venue holds Kalshi's two exchanges: event contracts (`exchange`) and margin, or Perps
(`margin`). Each has its own API keys, as Kalshi's do: a key of one is unknown to the other
(`keys`, `margin_keys`); a member of both has the same user id in each. Klear, the clearing
members' API, takes bearer tokens (`klear_tokens`).

A front (REST, WebSocket, FIX) is handed the venue, never an engine alone: it authenticates with
`venue.authenticate` (or `authenticate_margin`), calls the engines under `venue.engine_lock`, and
asks `venue.faults` what to inject.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Mapping

from .auth import HEADER_KEY, ApiKey, KeyRing
from .engine import Exchange
from .engine.margin import MarginExchange
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
        margin: MarginExchange | None = None,
        margin_keys: KeyRing | None = None,
    ) -> None:
        if tier not in TIERS:
            raise ValueError(f"unknown tier {tier!r}; known tiers: {', '.join(TIERS)}")
        self.exchange = exchange
        self.margin = margin if margin is not None else MarginExchange(exchange.seed)
        self.keys = keys if keys is not None else KeyRing()
        self.margin_keys = margin_keys if margin_keys is not None else KeyRing(self.keys.tolerance_ms)
        self.klear_tokens: dict[str, str] = {}
        """Klear access tokens: token -> the admin user id it acts for."""
        self.faults = faults if faults is not None else Faults()
        self.tier = tier
        self.heartbeat_interval = heartbeat_interval
        self.engine_lock = threading.RLock()
        """Held around every engine call (either exchange): the engines are not thread-safe."""
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
        """The event-contract API key that signed this request; `AuthenticationError` saying why not."""
        return self.keys.verify(headers, method, path)

    def names_margin_key(self, headers: Mapping[str, str]) -> bool:
        """Whether a request says it is signed with a margin key (signature not checked)."""
        return self.margin_keys.get(headers.get(HEADER_KEY, "")) is not None

    def authenticate_margin(self, headers: Mapping[str, str], method: str, path: str) -> ApiKey:
        """The margin API key that signed this request; `AuthenticationError` saying why not."""
        return self.margin_keys.verify(headers, method, path)

    @property
    def usage_tier(self) -> str:
        """The tier `GET /account/limits` reports: the faults' when they enforce rate limits."""
        return self.faults.tier if self.faults.rate_limit else self.tier
