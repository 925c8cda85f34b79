"""`LocalExchange`: a local Kalshi exchange served over loopback from a background thread.

    with LocalExchange(seed=1) as ex:
        client = ex.client()            # a funded account's signed client
        ex.rest_url, ex.ws_url          # http://127.0.0.1:PORT/trade-api/v2, ws://.../trade-api/ws/v2
        ex.faults.error_rate = 0.2      # inject faults while it runs

It also works as `async with LocalExchange() as ex:` and with explicit `start()` / `stop()`.
The exchange listens on 127.0.0.1 on a free port unless told otherwise. Accounts made with
`create_account()` get their own RSA (or Ed25519) key whose private key is written, mode 0600,
under a temporary credentials folder that `stop()` removes (unless `credentials_dir` was given).
Keys are drawn from a per-process pool, so exchanges started one after another (a test suite)
do not pay for RSA key generation each time; within one exchange no two keys are the same.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import ipaddress
import os
import random
import shutil
import socket
import tempfile
import threading
import uuid
import warnings
from collections import deque
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

import uvicorn
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from ..auth import KalshiAuthenticatedClient
from ._files import private_folder, write_new_private_file
from .auth import DEFAULT_TOLERANCE_MS, ApiKey, KeyRing, PublicKey, load_public_key
from .faults import TIERS, Faults
from .server import API_PREFIX, DEFAULT_HEARTBEAT_INTERVAL, WS_PATH, HeartbeatWebSocketProtocol, SimServer

__all__ = [
    "Credentials",
    "ExposedExchangeWarning",
    "LocalExchange",
    "generate_private_key_pem",
    "is_loopback",
]

STARTUP_TIMEOUT = 10.0


@dataclass(frozen=True)
class Credentials:
    """An account's API key on the local exchange. The private key never shows in the repr."""

    api_key_id: str
    private_key_pem: str = field(repr=False)
    private_key_path: Path
    user_id: str


_KEY_POOL: dict[str, list[tuple[str, PublicKey]]] = {"rsa": [], "ed25519": []}
_KEY_POOL_LOCK = threading.Lock()


def pooled_private_key_pem(key_type: str, index: int) -> tuple[str, PublicKey]:
    """The `index`-th key of a per-process pool: RSA key generation is slow, so the local
    exchanges of one process reuse keys; within one exchange every account's key is distinct."""
    if key_type not in _KEY_POOL:
        raise ValueError(f"unknown key_type {key_type!r}: expected 'rsa' or 'ed25519'")
    with _KEY_POOL_LOCK:
        pool = _KEY_POOL[key_type]
        while len(pool) <= index:
            pool.append(generate_private_key_pem(key_type))
        return pool[index]


def generate_private_key_pem(key_type: str = "rsa") -> tuple[str, PublicKey]:
    """A new private key as PEM (PKCS#1 for RSA, PKCS#8 for Ed25519, as Kalshi hands them out)
    and its public key."""
    if key_type == "rsa":
        rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = rsa_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
        return pem.decode("ascii"), rsa_key.public_key()
    if key_type == "ed25519":
        ed_key = ed25519.Ed25519PrivateKey.generate()
        pem = ed_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return pem.decode("ascii"), ed_key.public_key()
    raise ValueError(f"unknown key_type {key_type!r}: expected 'rsa' or 'ed25519'")


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


class _Uvicorn(uvicorn.Server):
    """uvicorn's server, told to stop by an event rather than by its fixed 0.1 s polling, so a
    local exchange stops in milliseconds (test suites start and stop hundreds)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def main_loop(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        while not await self.on_tick(0):
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 1.0)

    def request_exit(self) -> None:
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(wake.set)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        loop = asyncio.get_running_loop()
        for server in self.servers:
            server.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        deadline = loop.time() + float(self.config.timeout_graceful_shutdown or 2)
        while (self.server_state.connections or self.server_state.tasks) and loop.time() < deadline:
            await asyncio.sleep(0.005)
        for task in list(self.server_state.tasks):
            task.cancel()
        for connection in list(self.server_state.connections):
            transport = getattr(connection, "transport", None)
            if transport is not None:
                transport.abort()
        if not self.force_exit:
            await self.lifespan.shutdown()


class LocalExchange:
    """A local Kalshi exchange (engine, REST, WebSocket) running in a background thread.

    - `seed`: the engine's and the faults' random seed (same seed, same run).
    - `balance`: the default opening balance in dollars of accounts made by `create_account()`.
    - `faults`: a `Faults` to start with (changeable later through `ex.faults`).
    - `activity`: orders per second placed by house accounts on active markets; None for none.
    - `tier`: the API usage tier reported by `GET /account/limits`; given explicitly, it also turns
      on rate limiting with that tier's budgets (see `kalshi_py.sim.faults`).
    - `host`, `port`: where to listen (default 127.0.0.1 and a free port, read back into `port`).
    - `heartbeat_interval`: seconds between the WebSocket `heartbeat` pings (Kalshi: 10).
    - `auth_tolerance_ms`: how far a request's timestamp may be from the clock (default 30 s).
    - `credentials_dir`: where private keys are written (kept at stop); default a temp folder.
    - `exchange`: an engine to serve instead of a new `Exchange(seed=seed)` with its catalogue.

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
        exchange: Any = None,
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
        self._exchange = exchange
        self._own_credentials_dir = credentials_dir is None
        self._credentials_dir = Path(credentials_dir) if credentials_dir is not None else None
        self._server: SimServer | None = None
        self._uvicorn: _Uvicorn | None = None
        self._thread: threading.Thread | None = None
        self._activity: Any = None
        self._failure: BaseException | None = None
        self._keys_made: dict[str, int] = {}

    # lifecycle ----------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> LocalExchange:
        """Start serving; returns when the port is listening."""
        if self.running:
            return self
        if self._exchange is None:
            from .engine import Exchange

            self._exchange = Exchange(seed=self.seed)
        if self._credentials_dir is None:
            self._credentials_dir = Path(tempfile.mkdtemp(prefix="kalshi-sim-credentials-"))
        private_folder(self._credentials_dir)
        self._server = SimServer(
            self._exchange,
            keys=self.keys,
            faults=self.faults,
            tier=self.tier,
            heartbeat_interval=self.heartbeat_interval,
        )
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
            self._server,
            log_level="warning",
            lifespan="on",
            access_log=False,
            ws=HeartbeatWebSocketProtocol,
            ws_ping_interval=self.heartbeat_interval,
            ws_ping_timeout=max(self.heartbeat_interval * 3, 1.0),
            ws_per_message_deflate=False,
            timeout_graceful_shutdown=2,
        )
        server = _Uvicorn(config)
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
        if self.activity_rate:
            self.start_activity(self.activity_rate)
        return self

    def stop(self) -> None:
        """Stop serving, close connections and remove the temporary credentials folder."""
        self.stop_activity()
        if self._uvicorn is not None:
            self._uvicorn.request_exit()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        if self._server is not None:
            self._server.close()
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
    def exchange(self) -> Any:
        """The engine (`kalshi_py.sim.engine.Exchange`). Call it under `ex.lock` from other threads."""
        if self._exchange is None:
            from .engine import Exchange

            self._exchange = Exchange(seed=self.seed)
        return self._exchange

    @property
    def server(self) -> SimServer:
        if self._server is None:
            raise RuntimeError("the local exchange is not started")
        return self._server

    @property
    def lock(self) -> threading.RLock:
        """The lock the server holds around every engine call; hold it to use the engine directly."""
        return self.server.engine_lock

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
        index = self._keys_made.get(key_type, 0)
        self._keys_made[key_type] = index + 1
        pem, public_key = pooled_private_key_pem(key_type, index)
        api_key_id = str(uuid.uuid4())
        path = self.credentials_dir / f"{api_key_id}.pem"
        write_new_private_file(path, pem)
        self.keys.add(ApiKey(api_key_id, user_id, public_key, name=name))
        return Credentials(api_key_id=api_key_id, private_key_pem=pem, private_key_path=path, user_id=user_id)

    def client(self, credentials: Credentials | None = None, **kwargs: Any) -> KalshiAuthenticatedClient:
        """A signed client for `credentials`, or for a new account funded with `balance`."""
        if credentials is None:
            credentials = self.create_account(self.balance)
        return KalshiAuthenticatedClient(
            credentials.api_key_id, credentials.private_key_pem, base_url=self.rest_url, **kwargs
        )

    def _new_account(self, balance: str | Decimal | None) -> str:
        amount = Decimal(str(balance)) if balance is not None else self.balance
        with self._engine_lock():
            return open_account(self.exchange, amount)

    def _engine_lock(self) -> threading.RLock:
        return self._server.engine_lock if self._server is not None else _NO_SERVER_LOCK

    # activity -----------------------------------------------------------------------------------

    def start_activity(self, rate: float) -> None:
        """Start house order flow at `rate` orders per second (stops any already running)."""
        self.stop_activity()
        self._activity = Activity(self.server, rate, seed=self.seed)
        self._activity.start()

    def stop_activity(self) -> None:
        if self._activity is not None:
            self._activity.stop()
            self._activity = None


_NO_SERVER_LOCK = threading.RLock()


def open_account(exchange: Any, balance: Decimal) -> str:
    """Open a funded account on the engine; its user id."""
    account = exchange.create_account(balance=balance)
    user_id = getattr(account, "user_id", account)
    return str(user_id)


class Activity:
    """Background order flow from the exchange's house accounts: `rate` orders per second, placed
    near each active market's last price on the server's loop, with old orders canceled so books
    stay a bounded size."""

    MAX_RESTING_PER_MARKET = 40

    def __init__(self, server: SimServer, rate: float, seed: int = 0) -> None:
        if rate <= 0:
            raise ValueError(f"activity rate must be positive, got {rate}")
        self.server = server
        self.rate = rate
        self.random = random.Random(seed)  # noqa: S311 (repeatable order flow, not secrets)
        self.placed = 0
        self._stopped = threading.Event()
        self._future: concurrent.futures.Future[None] | None = None
        self._placed: dict[tuple[str, str], deque[str]] = {}

    def start(self) -> None:
        loop = self.server.loop
        if loop is None:
            raise RuntimeError("the server is not running")
        self._future = asyncio.run_coroutine_threadsafe(self._run(), loop)

    def stop(self) -> None:
        self._stopped.set()
        if self._future is not None:
            self._future.cancel()
            with contextlib.suppress(concurrent.futures.CancelledError, concurrent.futures.TimeoutError):
                self._future.result(timeout=5)
            self._future = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        started = loop.time()
        while not self._stopped.is_set():
            due = int((loop.time() - started) * self.rate) - self.placed
            if due > 0:
                with self.server.engine_lock:
                    for _ in range(min(due, 1000)):
                        self.step()
            await asyncio.sleep(min(1.0 / self.rate, 0.05))

    def _houses(self) -> list[str]:
        exchange = self.server.exchange
        if not exchange.house_accounts:
            for index in range(2):
                account = exchange.create_account("1000000000", user_id=f"house-activity-{index}")
                exchange.house_accounts.append(account.user_id)
        return list(exchange.house_accounts)

    def step(self) -> None:
        """Place one order (and cancel an old one when the market's book is full)."""
        self.placed += 1
        exchange = self.server.exchange
        markets = [m for m in exchange.markets.values() if m.status == "active"]
        if not markets:
            return
        rng = self.random
        market = rng.choice(markets)
        house = rng.choice(self._houses())
        centre = (
            market.last_price if Decimal("0.05") <= market.last_price <= Decimal("0.95") else Decimal("0.5")
        )
        price = min(max(centre + Decimal(rng.randint(-6, 6)) / 100, Decimal("0.01")), Decimal("0.99"))
        side = rng.choice(("bid", "ask"))
        placed = self._placed.setdefault((house, market.ticker), deque())
        if len(placed) >= self.MAX_RESTING_PER_MARKET:
            with contextlib.suppress(Exception):
                exchange.cancel_order(house, placed.popleft())
        with contextlib.suppress(Exception):
            result = exchange.create_order(
                house,
                ticker=market.ticker,
                side=side,
                count=f"{rng.randint(1, 20)}.00",
                price=f"{price:.2f}",
                time_in_force="good_till_canceled",
                self_trade_prevention_type="maker",
            )
            if result.order.is_resting:
                placed.append(result.order.order_id)
