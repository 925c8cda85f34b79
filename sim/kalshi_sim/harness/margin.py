"""`MarginHarness`: what `LocalExchange` offers of the margin (Perps) exchange: its engine with the
seeded perpetual markets (`perps.py`), members with margin API keys, the URLs where it answers,
Klear tokens, the margin FIX gateway (`ex.margin_fix`, its own listener), and the handles a test
moves it by (mark prices, funding rates and periods)."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from kalshi_py.fix import FixClient

from ..asgi import API_PREFIX, KLEAR_PREFIX, MARGIN_WS_PATH
from ..auth import KeyRing
from ..engine.margin import FundingRate, Liquidation, MarginExchange
from ..fix import MARGIN_SESSION_TYPES, TARGET_COMP_IDS, MarginFixFront
from ..venue import Venue
from .credentials import Credentials, KeyIssuer
from .fix_listener import FixAddress, FixListener
from .perps import PerpActivity, Upkeep, populate

__all__ = ["MARGIN_TARGET_COMP_IDS", "PERP_ACTIVITY_CAP", "UPKEEP_INTERVAL", "MarginHarness"]

MARGIN_TARGET_COMP_IDS = {kind.value: TARGET_COMP_IDS[kind.value] for kind in MARGIN_SESSION_TYPES}
"""The margin gateway's TargetCompIDs by session type."""

UPKEEP_INTERVAL = 1.0
"""Seconds between the margin exchange's timed upkeep (due funding paid)."""


PERP_ACTIVITY_CAP = 50.0
"""Steps a second of the margin exchange's background flow, at most."""


class MarginHarness:
    """The margin half of `LocalExchange` (see there for the attributes it relies on)."""

    seed: int
    host: str
    port: int
    margin_keys: KeyRing
    _margin: MarginExchange | None
    _clock: Callable[[], float] | None
    _klear_tokens: dict[str, str]
    _key_issuer: KeyIssuer
    _upkeep: Upkeep | None = None
    _perp_activity: PerpActivity | None = None
    _margin_fix: FixListener | None = None

    def _engine_lock(self) -> threading.RLock:
        raise NotImplementedError

    def _start_upkeep(self, venue: Venue) -> None:
        self._upkeep = Upkeep(venue, UPKEEP_INTERVAL)
        self._upkeep.start()

    def _stop_upkeep(self) -> None:
        if self._upkeep is not None:
            self._upkeep.stop()
            self._upkeep = None

    def _start_margin_fix(self, venue: Venue, credentials_dir: Path, *, tls: bool) -> None:
        """Listen for margin FIX on a free port of `host` (the venue's loop must be running)."""
        self._margin_fix = FixListener(
            venue, self.host, tls=tls, gateway=MarginFixFront, target_comp_ids=MARGIN_TARGET_COMP_IDS
        )
        self._margin_fix.start(credentials_dir)

    def _stop_margin_fix(self) -> None:
        if self._margin_fix is not None:
            self._margin_fix.stop()
            self._margin_fix = None

    @property
    def margin_fix(self) -> FixAddress:
        """Where the margin FIX gateway listens (apart from `ex.fix`; margin keys only):
        `host`, `port`, `target_comp_ids` (KalshiNR, KalshiRT, KalshiDC, KalshiMD)."""
        if self._margin_fix is None or self._margin_fix.address is None:
            raise RuntimeError("the local exchange is not listening for FIX (started with fix=True?)")
        return self._margin_fix.address

    def margin_fix_session(
        self, credentials: Credentials, session_type: str = "order_entry", **options: Any
    ) -> FixClient:
        """A `kalshi_py.fix.connect_margin` session on the margin gateway for the margin key of
        `credentials` (margin books, bid/ask sides), not yet connected:
        `async with ex.margin_fix_session(credentials) as session:`."""
        return self.margin_fix.session(credentials, session_type, **options)

    def _start_perp_activity(self, venue: Venue, rate: float) -> None:
        """The margin exchange's flow: marks moving, house quotes following, at the event-contract
        rate up to `PERP_ACTIVITY_CAP` steps a second (a step on a few perpetuals costs as much as
        an order; at the full rate of a busy exchange they would take the whole engine)."""
        self._perp_activity = PerpActivity(venue, min(rate, PERP_ACTIVITY_CAP), seed=self.seed)
        self._perp_activity.start()

    def _stop_perp_activity(self) -> None:
        if self._perp_activity is not None:
            self._perp_activity.stop()
            self._perp_activity = None

    @property
    def margin(self) -> MarginExchange:
        """The margin engine (`kalshi_sim.engine.margin.MarginExchange`), with the seeded
        perpetual markets unless one was given. Call it under `ex.lock` from other threads."""
        if self._margin is None:
            self._margin = populate(MarginExchange(self.seed, clock=self._clock or time.time), self.seed)
        return self._margin

    @property
    def margin_rest_url(self) -> str:
        """Kalshi's margin REST API: the same prefix as the event contracts' (most margin
        operations are under `/margin`); margin keys sign it."""
        return f"http://{self.host}:{self.port}{API_PREFIX}"

    @property
    def margin_ws_url(self) -> str:
        return f"ws://{self.host}:{self.port}{MARGIN_WS_PATH}"

    @property
    def klear_url(self) -> str:
        return f"http://{self.host}:{self.port}{KLEAR_PREFIX}"

    def create_margin_account(
        self,
        balance: str | Decimal = "1000",
        key_type: str = "rsa",
        *,
        user_id: str | None = None,
        fee_tier: int = 0,
    ) -> Credentials:
        """A margin member with `balance` dollars in its primary subaccount and a fresh margin API
        key. Give `user_id` to make the margin account of an existing user (its keys stay apart:
        Kalshi's margin keys are not event-contract keys)."""
        with self._engine_lock():
            member = self.margin.create_account(Decimal(str(balance)), user_id=user_id, fee_tier=fee_tier)
            uid = member.user_id
        return self.add_margin_key(uid, key_type=key_type)

    def add_margin_key(self, user_id: str, key_type: str = "rsa", name: str = "local") -> Credentials:
        """A new margin API key for an existing margin member."""
        return self._key_issuer.issue(self.margin_keys, user_id, key_type, name)

    def create_klear_token(self, user_id: str | None = None) -> tuple[str, str]:
        """A Klear access token: (admin user id, token), sent as
        `Authorization: Bearer <admin_user_id>:<token>`."""
        admin = user_id or str(uuid.uuid4())
        token = uuid.uuid4().hex
        self._klear_tokens[token] = admin
        return admin, token

    def set_mark_price(self, ticker: str, price: str | Decimal) -> list[Liquidation]:
        """Move a perpetual market's mark price; returns the liquidations that followed."""
        with self._engine_lock():
            return self.margin.set_mark_price(ticker, price)

    def set_funding_rate(self, ticker: str, rate: str | Decimal | None) -> None:
        """Pin the funding rate of a perpetual market's coming periods (None: its premium again)."""
        with self._engine_lock():
            self.margin.set_funding_rate(ticker, rate)

    def run_funding(self) -> list[FundingRate]:
        """Pay the funding periods the margin exchange's clock has passed; returns them."""
        with self._engine_lock():
            return self.margin.run_funding()
