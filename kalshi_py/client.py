"""`Client` and `AuthenticatedClient`: the connection settings every operation call takes.

They keep kalshi-py 2.0.6.6's constructor and methods (`with_headers`, `with_cookies`,
`with_timeout`, `get_httpx_client`, `set_httpx_client` and their async twins, context managers)
and add what a trading client needs: a default timeout, retries, a rate limiter and clock-skew
correction. Signing with an API key lives in `kalshi_py.auth.KalshiAuthenticatedClient`.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import platform
import ssl
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._async_transport import AsyncTransport
from ._redirects import async_credential_guard, credential_guard
from ._tls import ssl_context
from ._transport import Transport, own_connections_allowed, untouched
from ._version import __version__
from .environments import PRODUCTION, resolve_environment
from .ratelimit import RateLimiter
from .retry import DEFAULT_RETRY, RetryPolicy

if TYPE_CHECKING:
    from ._pipeline import RequestTiming

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOTAL_TIMEOUT",
    "AuthenticatedClient",
    "Client",
]

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)
DEFAULT_TOTAL_TIMEOUT = 30.0
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
ENV_BASE_URL = "KALSHI_BASE_URL"
ENV_ENVIRONMENT = "KALSHI_ENV"
USER_AGENT = f"kalshi-py/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"

C = TypeVar("C", bound="Client")


class _Default:
    def __repr__(self) -> str:
        return "DEFAULT"


_DEFAULT: Any = _Default()


class Client:
    """Settings for calling the API: base URL, headers, timeout, TLS, retries, rate limiting.

    Keyword arguments:

    - `base_url`: the REST base URL, `.../trade-api/v2`, or `environment="demo"` / `"prod"` to
      pick one of Kalshi's environments by name. With neither, `KALSHI_BASE_URL` or `KALSHI_ENV`
      from the environment, else Kalshi production.
    - `cookies`, `headers`: sent with every request.
    - `timeout`: an `httpx.Timeout` or seconds for each phase of one attempt (default 10 s to
      read, write or wait for a connection from the pool, 5 s to connect); `None` waits forever.
    - `total_timeout`: seconds one call may take in all, every attempt, wait between retries and
      rate-limit wait included, reading the body too (default 30 s); `None` for no total bound.
      Past it the call raises `kalshi_py.errors.DeadlineExceeded`. An order write whose outcome
      is in doubt when it passes is still looked up, within as long again.
    - `max_response_bytes`: the largest answer accepted, as received and once decompressed
      (default 32 MiB); a larger one raises `kalshi_py.errors.ResponseTooLarge`. `None` for no cap.
    - `verify_ssl`: `True`, `False`, a CA bundle path or an `ssl.SSLContext`.
    - `follow_redirects`: default False.
    - `httpx_args`: more keyword arguments for the `httpx.Client`/`httpx.AsyncClient`
      (e.g. `event_hooks` for request logging, `transport`, `proxy`, `http2`). With any of them,
      or a client of your own (`set_httpx_client`), every call goes through that httpx client;
      without, calls take kalshi-py's own HTTP/1.1 connections (`kalshi_py._transport`), which
      honour the same headers, cookies, timeouts, TLS settings and limits, and are much faster.
      `KALSHI_PY_TRANSPORT=httpx` in the environment sends every call through httpx as well.
    - `raise_on_unexpected_status`: kept from 2.0.6.6; `sync()`/`asyncio()` now always raise for
      an error status and `*_detailed()` never do, so it no longer changes anything.
    - `max_retries` or `retry` (a `RetryPolicy`): retries of failed requests (default 3).
    - `rate_limiter`: a `RateLimiter` shared by every call through this client, or None (default).
    - `on_request`: a callable given a `RequestTiming` (operation, path, status, seconds, attempt)
      after every attempt, for metrics.
    - `correct_clock_skew`: learn the offset of the local clock from the server's `Date` header
      and sign with corrected timestamps (default True).
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        environment: str | None = None,
        cookies: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        timeout: httpx.Timeout | float | None = _DEFAULT,
        total_timeout: float | None = DEFAULT_TOTAL_TIMEOUT,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        verify_ssl: str | bool | ssl.SSLContext = True,
        follow_redirects: bool = False,
        httpx_args: dict[str, Any] | None = None,
        raise_on_unexpected_status: bool = False,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        correct_clock_skew: bool = True,
        on_request: Callable[[RequestTiming], None] | None = None,
    ) -> None:
        if base_url is not None and environment is not None:
            raise ValueError("give base_url or environment, not both")
        if base_url is None and environment is None:
            base_url = os.environ.get(ENV_BASE_URL) or None
            environment = None if base_url else os.environ.get(ENV_ENVIRONMENT) or None
        if environment is not None:
            base_url = resolve_environment(environment).rest_url
        # True when production was picked only because nothing named a server: errors say so
        self.base_url_defaulted = not base_url
        self._base_url = (base_url or PRODUCTION.rest_url).rstrip("/")
        self._cookies = dict(cookies or {})
        self._headers = dict(headers or {})
        self._timeout = DEFAULT_TIMEOUT if timeout is _DEFAULT else _as_timeout(timeout)
        self.total_timeout = _positive("total_timeout", total_timeout)
        self.max_response_bytes = _positive("max_response_bytes", max_response_bytes)
        self._verify_ssl = verify_ssl
        self._follow_redirects = follow_redirects
        self._httpx_args = dict(httpx_args or {})
        self.raise_on_unexpected_status = raise_on_unexpected_status
        self.retry = _retry_policy(retry or DEFAULT_RETRY, max_retries)
        self.rate_limiter = rate_limiter
        self.correct_clock_skew = correct_clock_skew
        self.on_request = on_request
        self._client: httpx.Client | None = None
        self._async_client: httpx.AsyncClient | None = None
        self._transport: Transport | None = None
        self._async_transport: AsyncTransport | None = None
        self._parent: Client | None = None

    # -- settings -----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    def _copy(self: C, **changes: Any) -> C:
        """A copy with some settings changed and its own (not yet created) httpx clients."""
        new = copy.copy(self)
        for name, value in changes.items():
            setattr(new, name, value)
        new._client = None
        new._async_client = None
        new._transport = None
        new._async_transport = None
        new._parent = None
        return new

    def with_headers(self: C, headers: dict[str, str]) -> C:
        """A new client like this one, with `headers` added."""
        return self._copy(_headers={**self._headers, **headers})

    def with_cookies(self: C, cookies: dict[str, str]) -> C:
        """A new client like this one, with `cookies` added."""
        return self._copy(_cookies={**self._cookies, **cookies})

    def with_timeout(self: C, timeout: httpx.Timeout | float | None) -> C:
        """A new client like this one, with another timeout."""
        return self._copy(_timeout=_as_timeout(timeout))

    def with_options(
        self: C,
        *,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        timeout: httpx.Timeout | float | None = _DEFAULT,
        total_timeout: float | None = _DEFAULT,
        max_response_bytes: int | None = _DEFAULT,
        rate_limiter: RateLimiter | None = _DEFAULT,
    ) -> C:
        """A view of this client with other per-call options that shares its connections.

        `get_markets.sync(client=client.with_options(max_retries=0), ...)` calls once, without
        retries, over the same connection pool; `client.with_options(total_timeout=2)` gives
        calls two seconds in all.
        """
        new = copy.copy(self)
        new.retry = _retry_policy(retry or self.retry, max_retries)
        if timeout is not _DEFAULT:
            new._timeout = _as_timeout(timeout)
        if total_timeout is not _DEFAULT:
            new.total_timeout = _positive("total_timeout", total_timeout)
        if max_response_bytes is not _DEFAULT:
            new.max_response_bytes = _positive("max_response_bytes", max_response_bytes)
        if rate_limiter is not _DEFAULT:
            new.rate_limiter = rate_limiter
        new._client = None
        new._async_client = None
        new._transport = None
        new._async_transport = None
        new._parent = self._parent or self
        return new

    # -- httpx clients ------------------------------------------------------------------------

    def _httpx_auth(self) -> httpx.Auth | None:
        return None

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def _httpx_kwargs(self) -> dict[str, Any]:
        headers = {"User-Agent": USER_AGENT, **self._headers, **self._auth_headers()}
        kwargs: dict[str, Any] = {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": headers,
            "timeout": self._timeout,
            "verify": ssl_context(self._verify_ssl),
            "follow_redirects": self._follow_redirects,
        }
        auth = self._httpx_auth()
        if auth is not None:
            kwargs["auth"] = auth
        kwargs.update(self._httpx_args)
        return kwargs

    def set_httpx_client(self: C, client: httpx.Client) -> C:
        """Use `client` for sync calls. Its own settings (headers, timeout) apply; an
        authenticated client installs its signing on it when it has no auth of its own."""
        auth = self._httpx_auth()
        if auth is not None and client.auth is None:
            client.auth = auth
        self._client = client
        self._transport = None
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The `httpx.Client` used for sync calls, created on first use."""
        if self._client is None and self._parent is not None:
            return self._parent.get_httpx_client()
        if self._client is None:
            self._client = httpx.Client(**_guarded(self._httpx_kwargs(), credential_guard(self._base_url)))
            if self._own_connections_allowed():
                self._transport = Transport(ssl_context(self._verify_ssl))
        return self._client

    def set_async_httpx_client(self: C, async_client: httpx.AsyncClient) -> C:
        """Use `async_client` for async calls (see `set_httpx_client`)."""
        auth = self._httpx_auth()
        if auth is not None and async_client.auth is None:
            async_client.auth = auth
        self._async_client = async_client
        self._async_transport = None
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The `httpx.AsyncClient` used for async calls, created on first use."""
        if self._async_client is None and self._parent is not None:
            return self._parent.get_async_httpx_client()
        if self._async_client is None:
            kwargs = _guarded(self._httpx_kwargs(), async_credential_guard(self._base_url))
            self._async_client = httpx.AsyncClient(**kwargs)
            if self._own_connections_allowed():
                self._async_transport = AsyncTransport(ssl_context(self._verify_ssl))
        return self._async_client

    # -- the path a call takes ------------------------------------------------------------------

    def _own_connections_allowed(self) -> bool:
        """Whether calls may skip `httpx.Client.send` for kalshi-py's own connections: nothing
        asked for what only httpx does (httpx_args, a proxy from the environment)."""
        return not self._httpx_args and own_connections_allowed(self._base_url)

    def _takes_own_path(self, http: httpx.Client | httpx.AsyncClient) -> bool:
        """Whether a call through `http` goes over kalshi-py's own connections."""
        if isinstance(http, httpx.AsyncClient):
            return self._async_transport_for(http) is not None
        return self._sync_transport(http) is not None

    def _sync_transport(self, http: httpx.Client) -> Transport | None:
        """kalshi-py's own connections for a call through `http`, or None to use `http` itself:
        when it is not the client kalshi-py made, or it has been given hooks or auth since."""
        owner = self._parent or self
        transport = owner._transport
        if transport is None or http is not owner._client or not untouched(http, self._httpx_auth()):
            return None
        return transport

    def _async_transport_for(self, http: httpx.AsyncClient) -> AsyncTransport | None:
        """The asyncio twin of `_sync_transport`."""
        owner = self._parent or self
        transport = owner._async_transport
        if transport is None or http is not owner._async_client or not untouched(http, self._httpx_auth()):
            return None
        return transport

    def close(self) -> None:
        """Close the sync connection pool."""
        if self._client is not None:
            self._client.close()
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        """Close the async connection pool."""
        if self._async_client is not None:
            await self._async_client.aclose()
        if self._async_transport is not None:
            await self._async_transport.aclose()

    def __enter__(self: C) -> C:
        if self._parent is None:
            self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        if self._parent is None:
            self.get_httpx_client().__exit__(exc_type, exc_value, traceback)
            if self._transport is not None:
                self._transport.close()

    async def __aenter__(self: C) -> C:
        if self._parent is None:
            await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        if self._parent is None:
            await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)
            if self._async_transport is not None:
                await self._async_transport.aclose()


class AuthenticatedClient(Client):
    """A client that sends a bearer token (kalshi-py 2.0.6.6's token client).

    Kalshi accepts OAuth access tokens on a few partner endpoints; API keys go through
    `kalshi_py.auth.KalshiAuthenticatedClient` instead.
    """

    def __init__(
        self,
        base_url: str | None = None,
        token: str = "",
        prefix: str = "Bearer",
        auth_header_name: str = "Authorization",
        **kwargs: Any,
    ) -> None:
        super().__init__(base_url, **kwargs)
        self.token = token
        self.prefix = prefix
        self.auth_header_name = auth_header_name

    def _auth_headers(self) -> dict[str, str]:
        if not self.token:
            return {}
        return {self.auth_header_name: f"{self.prefix} {self.token}" if self.prefix else self.token}


def _retry_policy(policy: RetryPolicy, max_retries: int | None) -> RetryPolicy:
    return policy if max_retries is None else dataclasses.replace(policy, max_retries=max_retries)


def _guarded(kwargs: dict[str, Any], guard: Callable[[httpx.Request], Any]) -> dict[str, Any]:
    """httpx client arguments with `guard` as the last request hook: when httpx itself follows a
    redirect to another host (a user's own `get_httpx_client().get(...)`), it strips credentials."""
    hooks = dict(kwargs.get("event_hooks") or {})
    hooks["request"] = [*hooks.get("request", ()), guard]
    return {**kwargs, "event_hooks": hooks}


def _positive(name: str, value: Any) -> Any:
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0):
        raise ValueError(f"{name} must be a positive number or None, got {value!r}")
    return value


def _as_timeout(timeout: httpx.Timeout | float | None) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)
