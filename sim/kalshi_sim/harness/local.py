"""`LocalExchange`: a local Kalshi exchange served over loopback from a background thread.

    with LocalExchange(seed=1) as ex:
        client = ex.client()            # a funded account's signed client
        ex.rest_url, ex.ws_url          # http://127.0.0.1:PORT/trade-api/v2, ws://.../trade-api/ws/v2
        ex.fix.host, ex.fix.port        # FIX, every session type (`ex.fix_session(...)`)
        ex.faults.error_rate = 0.2      # inject faults while it runs

Perps beside event contracts, same port: `ex.margin` (the engine), `ex.create_margin_account()`
(a member with its own margin key), `ex.margin_rest_url` / `ex.margin_ws_url`, `ex.set_mark_price()`
and `ex.run_funding()`; Klear at `ex.klear_url` with `ex.create_klear_token()`.

Also `async with LocalExchange() as ex:`, or `start()` / `stop()`. It listens on 127.0.0.1 on a
free port unless told otherwise (elsewhere is warned about). `create_account()` gives an account
its own RSA (or Ed25519) key, written 0600 in a folder only its owner reads (removed by `stop()`
unless `credentials_dir` was given).

Its parts beside this module: `accounts.py` (the engine, its accounts and their keys),
`margin.py` (the margin exchange), `serving.py` (the thread serving REST and WebSocket),
`fix_listener.py` (FIX), `activity.py` (house order flow)."""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable
from decimal import Decimal
from types import TracebackType
from typing import Any

from kalshi_py import KalshiAuthenticatedClient
from kalshi_py.fix import FixClient

from ..app import ExchangeApp
from ..asgi import API_PREFIX, WS_PATH
from ..auth import DEFAULT_TOLERANCE_MS, KeyRing
from ..engine import Exchange
from ..engine.margin import MarginExchange
from ..faults import Faults
from ..rules import TIERS
from ..venue import DEFAULT_HEARTBEAT_INTERVAL, Venue
from .accounts import AccountHarness
from .activity import Activity
from .credentials import Credentials, KeyIssuer
from .fix_listener import FixAddress, FixListener
from .margin import MarginHarness
from .serving import ExposedExchangeWarning, ServingThread, is_loopback

__all__ = ["Credentials", "ExposedExchangeWarning", "LocalExchange", "is_loopback"]


class LocalExchange(AccountHarness, MarginHarness):
    """A local Kalshi exchange (engine, REST, WebSocket) running in a background thread.

    - `seed`: the engine's and the faults' random seed (same seed, same run).
    - `balance`: the default opening balance in dollars of accounts made by `create_account()`.
    - `faults`: a `Faults` to start with (changeable later through `ex.faults`).
    - `activity`: orders per second by house accounts on active markets (perpetuals: at most 50).
    - `tier`: the API usage tier reported by `GET /account/limits`; given explicitly, it also turns
      on rate limiting with that tier's budgets (see `kalshi_sim.faults`).
    - `host`, `port`: where to listen (default 127.0.0.1 and a free port, read back into `port`).
    - `heartbeat_interval`: seconds between the WebSocket `heartbeat` pings (Kalshi: 10).
    - `auth_tolerance_ms`: how far a request's timestamp may be from the clock (default 30 s).
    - `credentials_dir`: where private keys are written (kept at stop); default a temp folder.
    - `exchange`: an engine to serve instead of a new `Exchange(seed=seed)` with its catalogue.
    - `margin`: a margin engine to serve instead of a new `MarginExchange(seed=seed)` with its
      perpetual markets.
    - `clock`: the engines' clock (default `time.time`); a test that steps it steps funding.
    - `fix`: also listen for FIX (default True) on `fix_port` (default a free one) of `host`, in
      plain TCP, or TLS with a certificate made at start when `fix_tls`; `ex.fix` says where,
      `ex.margin_fix` where the margin FIX gateway listens (a free port).

    The engine is not thread-safe: the server calls it on its own thread under `ex.lock`, so a
    test that drives `ex.exchange` directly holds `with ex.lock:` while it does.
    """

    def __init__(
        self,
        seed: int = 1,
        balance: str | Decimal = "1000",
        faults: Faults | None = None,
        activity: float | None = None,
        tier: str | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        heartbeat_interval: float = DEFAULT_HEARTBEAT_INTERVAL,
        auth_tolerance_ms: int = DEFAULT_TOLERANCE_MS,
        credentials_dir: str | os.PathLike[str] | None = None,
        exchange: Exchange | None = None,
        margin: MarginExchange | None = None,
        clock: Callable[[], float] | None = None,
        fix: bool = True,
        fix_port: int = 0,
        fix_tls: bool = False,
    ) -> None:
        if tier is not None and tier not in TIERS:
            raise ValueError(f"unknown tier {tier!r}; known tiers: {', '.join(TIERS)}")
        self.seed = seed
        self.balance = Decimal(str(balance))
        self.faults = faults if faults is not None else Faults(seed=seed)
        if tier is not None:
            self.faults.tier = tier
            self.faults.rate_limit = True
        self.tier = tier or self.faults.tier
        self.activity_rate = activity
        self.host = host
        self.port = port
        self.heartbeat_interval = heartbeat_interval
        self.keys = KeyRing(auth_tolerance_ms)
        self.margin_keys = KeyRing(auth_tolerance_ms)
        self._exchange = exchange
        self._margin = margin
        self._clock = clock
        self._key_issuer = KeyIssuer(credentials_dir)
        self._venue: Venue | None = None
        self._app: ExchangeApp | None = None
        self._serving: ServingThread | None = None
        self._activity: Activity | None = None
        self._idle_lock = threading.RLock()
        self._klear_tokens: dict[str, str] = {}
        self._fix_wanted, self._fix_port, self._fix_tls = fix, fix_port, fix_tls
        self._fix: FixListener | None = None

    # lifecycle ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._serving is not None and self._serving.running

    def start(self) -> LocalExchange:
        """Start serving; returns when the port is listening."""
        if self.running:
            return self
        credentials_dir = self.credentials_dir
        self._venue = Venue(
            self.exchange,
            keys=self.keys,
            faults=self.faults,
            tier=self.tier,
            heartbeat_interval=self.heartbeat_interval,
            margin=self.margin,
            margin_keys=self.margin_keys,
        )
        self._venue.klear_tokens = self._klear_tokens
        self._app = self._make_app(self._venue)
        if self._fix_wanted:
            self._fix = FixListener(self._venue, self.host, self._fix_port, tls=self._fix_tls)
        self._serving = ServingThread(
            self._app, self.host, self.port, heartbeat_interval=self.heartbeat_interval
        )
        try:
            self.port = self._serving.start()
        except BaseException:
            self.stop()
            raise
        self._start_upkeep(self._venue)
        if self._fix is not None:
            try:
                self._fix.start(credentials_dir)
                self._start_margin_fix(self._venue, credentials_dir, tls=self._fix_tls)
            except BaseException:
                self.stop()
                raise
        if self.activity_rate:
            self.start_activity(self.activity_rate)
        return self

    def _make_app(self, venue: Venue) -> ExchangeApp:
        """The ASGI application served (a replay serves its own)."""
        return ExchangeApp(venue)

    def stop(self) -> None:
        """Stop serving, close connections and remove the temporary credentials folder."""
        self.stop_activity()
        self._stop_upkeep()
        self._stop_margin_fix()
        if self._fix is not None:
            self._fix.stop()
            self._fix = None
        if self._serving is not None:
            self._serving.stop()
            self._serving = None
        if self._app is not None:
            self._app.close()
            self._app = None
        self._key_issuer.remove_folder()

    def __enter__(self) -> LocalExchange:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    async def __aenter__(self) -> LocalExchange:
        await asyncio.to_thread(self.start)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await asyncio.to_thread(self.stop)

    # what tests use -----------------------------------------------------------------------------

    @property
    def rest_url(self) -> str:
        return f"http://{self.host}:{self.port}{API_PREFIX}"

    @property
    def ws_url(self) -> str:
        return f"ws://{self.host}:{self.port}{WS_PATH}"

    @property
    def fix(self) -> FixAddress:
        """Where the exchange listens for FIX: `host`, `port`, `target_comp_ids` by session
        type, and with TLS the certificate (`ssl_context()` trusts it)."""
        if self._fix is None or self._fix.address is None:
            raise RuntimeError("the local exchange is not listening for FIX (started with fix=True?)")
        return self._fix.address

    def fix_session(
        self, credentials: Credentials, session_type: str = "order_entry", **options: Any
    ) -> FixClient:
        """A `kalshi_py.fix` session of `session_type` on this exchange for the key of
        `credentials` (one session per key: give each its own, `ex.add_key(user_id)`), not yet
        connected: `async with ex.fix_session(credentials) as session:`."""
        return self.fix.session(credentials, session_type, **options)

    @property
    def venue(self) -> Venue:
        """What the fronts share: the engine, keys, faults and lock."""
        if self._venue is None:
            raise RuntimeError("the local exchange is not started")
        return self._venue

    @property
    def lock(self) -> threading.RLock:
        """The lock the server holds around every engine call; hold it to use the engine directly."""
        return self.venue.engine_lock

    def client(self, credentials: Credentials | None = None, **kwargs: Any) -> KalshiAuthenticatedClient:
        """A signed client for `credentials`, or for a new account funded with `balance`."""
        if credentials is None:
            credentials = self.create_account(self.balance)
        return KalshiAuthenticatedClient(
            credentials.api_key_id, credentials.private_key_pem, base_url=self.rest_url, **kwargs
        )

    # activity -----------------------------------------------------------------------------------

    def start_activity(self, rate: float) -> None:
        """Start house order flow at `rate` orders per second, and as many steps of the margin
        exchange's flow (marks moving, house quotes following); stops any already running."""
        self.stop_activity()
        self._activity = Activity(self.venue, rate, seed=self.seed)
        self._activity.start()
        self._start_perp_activity(self.venue, rate)

    def stop_activity(self) -> None:
        if self._activity is not None:
            self._activity.stop()
            self._activity = None
        self._stop_perp_activity()
