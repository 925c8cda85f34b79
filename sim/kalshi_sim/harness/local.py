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
unless `credentials_dir` was given)."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import shutil
import socket
import tempfile
import threading
import time
import uuid
import warnings
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn

from kalshi_py import KalshiAuthenticatedClient
from kalshi_py.fix import FixClient

from ..app import ExchangeApp
from ..asgi import API_PREFIX, WS_PATH
from ..auth import DEFAULT_TOLERANCE_MS, ApiKey, KeyRing, load_public_key
from ..engine import Exchange
from ..engine.margin import MarginExchange
from ..faults import Faults
from ..rules import TIERS
from ..venue import DEFAULT_HEARTBEAT_INTERVAL, Venue
from ..ws.heartbeat import HeartbeatWebSocketProtocol
from .activity import Activity
from .catalogue import populate
from .credentials import Credentials, pooled_private_key_pem
from .files import private_folder, write_new_private_file
from .fix_listener import FixAddress, FixListener
from .margin import MarginHarness
from .serving import QuickServer

__all__ = ["Credentials", "ExposedExchangeWarning", "LocalExchange", "is_loopback"]

STARTUP_TIMEOUT = 10.0


class ExposedExchangeWarning(UserWarning):
    """The local exchange listens on an address other machines can reach."""


def is_loopback(host: str) -> bool:
    """Whether every address `host` names is a loopback address (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    try:
        found = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(found) and all(ipaddress.ip_address(info[4][0]).is_loopback for info in found)


class LocalExchange(MarginHarness):
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
        self._own_credentials_dir = credentials_dir is None
        self._credentials_dir = Path(credentials_dir) if credentials_dir is not None else None
        self._venue: Venue | None = None
        self._app: ExchangeApp | None = None
        self._uvicorn: QuickServer | None = None
        self._thread: threading.Thread | None = None
        self._activity: Activity | None = None
        self._failure: BaseException | None = None
        self._keys_made: dict[str, int] = {}
        self._idle_lock = threading.RLock()
        self._klear_tokens: dict[str, str] = {}
        self._fix_wanted, self._fix_port, self._fix_tls = fix, fix_port, fix_tls
        self._fix: FixListener | None = None

    # lifecycle ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> LocalExchange:
        """Start serving; returns when the port is listening."""
        if self.running:
            return self
        exchange = self.exchange
        if self._credentials_dir is None:
            self._credentials_dir = Path(tempfile.mkdtemp(prefix="kalshi-sim-credentials-"))
        private_folder(self._credentials_dir)
        self._venue = Venue(
            exchange,
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
        if not is_loopback(self.host):
            warnings.warn(
                f"the local exchange listens on {self.host or 'every interface'}, where other machines "
                "can reach it: it serves plain HTTP, and its test keys and accounts are open to them",
                ExposedExchangeWarning,
                stacklevel=2,
            )
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._app,
            log_level="warning",
            lifespan="on",
            access_log=False,
            ws=HeartbeatWebSocketProtocol,
            ws_ping_interval=self.heartbeat_interval,
            ws_ping_timeout=max(self.heartbeat_interval * 3, 1.0),
            ws_per_message_deflate=False,
            timeout_graceful_shutdown=2,
        )
        server = QuickServer(config)
        self._uvicorn = server

        def run() -> None:
            try:
                asyncio.run(server.serve(sockets=[sock]))
            except BaseException as exc:
                self._failure = exc
            finally:
                sock.close()

        self._thread = threading.Thread(target=run, name=f"kalshi-sim-{self.port}", daemon=True)
        self._thread.start()
        waited = threading.Event()
        for _ in range(int(STARTUP_TIMEOUT / 0.005)):
            if server.started or not self._thread.is_alive():
                break
            waited.wait(0.005)
        if not server.started:
            self.stop()
            raise RuntimeError(f"the local exchange did not start: {self._failure!r}")
        self._start_upkeep(self._venue)
        if self._fix is not None:
            try:
                self._fix.start(self.credentials_dir)
                self._start_margin_fix(self._venue, self.credentials_dir, tls=self._fix_tls)
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
        if self._uvicorn is not None:
            self._uvicorn.request_exit()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        if self._app is not None:
            self._app.close()
            self._app = None
        self._uvicorn = None
        if self._own_credentials_dir and self._credentials_dir is not None:
            shutil.rmtree(self._credentials_dir, ignore_errors=True)
            self._credentials_dir = None

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
    def exchange(self) -> Exchange:
        """The engine (`kalshi_sim.engine.Exchange`), with the seeded catalogue unless one was
        given. Call it under `ex.lock` from other threads."""
        if self._exchange is None:
            self._exchange = populate(Exchange(self.seed, clock=self._clock or time.time), self.seed)
        return self._exchange

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

    @property
    def credentials_dir(self) -> Path:
        """Where private keys are written: a folder only its owner can read (made 0700 when new)."""
        if self._credentials_dir is None:
            self._credentials_dir = Path(tempfile.mkdtemp(prefix="kalshi-sim-credentials-"))
        return private_folder(self._credentials_dir)

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
        return self._new_key(self.keys, user_id, key_type, name)

    def _new_key(self, ring: KeyRing, user_id: str, key_type: str, name: str) -> Credentials:
        index = self._keys_made.get(key_type, 0)
        self._keys_made[key_type] = index + 1
        pem, public_key = pooled_private_key_pem(key_type, index)
        api_key_id = str(uuid.uuid4())
        path = self.credentials_dir / f"{api_key_id}.pem"
        write_new_private_file(path, pem)
        ring.add(ApiKey(api_key_id, user_id, public_key, name=name))
        return Credentials(api_key_id=api_key_id, private_key_pem=pem, private_key_path=path, user_id=user_id)

    def client(self, credentials: Credentials | None = None, **kwargs: Any) -> KalshiAuthenticatedClient:
        """A signed client for `credentials`, or for a new account funded with `balance`."""
        if credentials is None:
            credentials = self.create_account(self.balance)
        return KalshiAuthenticatedClient(
            credentials.api_key_id, credentials.private_key_pem, base_url=self.rest_url, **kwargs
        )

    def _engine_lock(self) -> threading.RLock:
        return self._venue.engine_lock if self._venue is not None else self._idle_lock

    def _new_account(self, balance: str | Decimal | None) -> str:
        amount = Decimal(str(balance)) if balance is not None else self.balance
        with self._engine_lock():
            return self.exchange.create_account(balance=amount).user_id

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
