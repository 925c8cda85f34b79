"""`AccountHarness`: the event-contract accounts of a `LocalExchange`: the engine they live in
(`ex.exchange`, the seeded catalogue unless one was given), accounts opened with money
(`ex.create_account()`), and the API keys they sign with, issued into the credentials folder
(`ex.add_key()`) or registered from a public key (`ex.register_key()`)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from ..auth import ApiKey, KeyRing, load_public_key
from ..engine import Exchange
from ..venue import Venue
from .catalogue import populate
from .credentials import Credentials, KeyIssuer

__all__ = ["AccountHarness"]


class AccountHarness:
    """The event-contract accounts of `LocalExchange` (see there for the attributes it relies on)."""

    seed: int
    balance: Decimal
    keys: KeyRing
    _exchange: Exchange | None
    _clock: Callable[[], float] | None
    _key_issuer: KeyIssuer
    _venue: Venue | None
    _idle_lock: threading.RLock

    @property
    def exchange(self) -> Exchange:
        """The engine (`kalshi_sim.engine.Exchange`), with the seeded catalogue unless one was
        given. Call it under `ex.lock` from other threads."""
        if self._exchange is None:
            self._exchange = populate(Exchange(self.seed, clock=self._clock or time.time), self.seed)
        return self._exchange

    @property
    def credentials_dir(self) -> Path:
        """Where private keys are written: a folder only its owner can read (made 0700 when new)."""
        return self._key_issuer.folder

    def register_key(
        self,
        api_key_id: str,
        public_key_pem: str | bytes,
        user_id: str | None = None,
        balance: str | Decimal | None = None,
    ) -> str:
        """Register an existing public key; a new funded account is made unless `user_id` is given.
        Returns the user id."""
        public_key = load_public_key(public_key_pem)
        if user_id is None:
            user_id = self._new_account(balance)
        self.keys.add(ApiKey(api_key_id, user_id, public_key, name="registered"))
        return user_id

    def create_account(self, balance: str | Decimal = "1000", key_type: str = "rsa") -> Credentials:
        """A new account with `balance` dollars and a fresh API key (RSA, or `key_type="ed25519"`)."""
        user_id = self._new_account(balance)
        return self.add_key(user_id, key_type=key_type)

    def add_key(self, user_id: str, key_type: str = "rsa", name: str = "local") -> Credentials:
        """A new API key for an existing account."""
        return self._key_issuer.issue(self.keys, user_id, key_type, name)

    def _engine_lock(self) -> threading.RLock:
        """The lock around engine calls: the server's while it runs, else the exchange's own."""
        return self._venue.engine_lock if self._venue is not None else self._idle_lock

    def _new_account(self, balance: str | Decimal | None) -> str:
        amount = Decimal(str(balance)) if balance is not None else self.balance
        with self._engine_lock():
            return self.exchange.create_account(balance=amount).user_id
