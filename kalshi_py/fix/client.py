"""What every FIX session type shares: the connection, the store, and the stream of messages.

`FixClient` is not used directly: `OrderEntrySession`, `DropCopySession`, `MarketDataSession`,
`RFQSession` and `PostTradeSession` build on it (or `kalshi_py.fix.connect` picks one). The
streams (`messages()` and those of the session types) hold what arrived since `connect`, up to
`max_queue` items each (10,000, as the WebSocket's queue); a consumer that falls further behind
(or a stream nobody reads) loses the oldest, counted in `dropped` and noted once in `notices` each
time it falls behind. So a session used only to place orders keeps at most `max_queue` of its
reports in each stream, however long it runs.
"""

from __future__ import annotations

import asyncio
import os
import ssl
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from ..auth import KalshiAuth, KalshiAuthenticatedClient
from . import messages as M
from ._connection import Connection, tls_context
from ._margin import margin_problem
from ._message import Message
from ._requests import await_answer
from .errors import BusinessMessageRejected, FixError, FixValidationError, SessionClosed, SessionRejected
from .events import ConnectionEvent, Disconnect, LoggedOn, Notice, Received, Reconnecting, SessionEnded
from .session import ResendFilter, Session, SessionConfig
from .session_types import (
    ENVIRONMENTS,
    MARGIN_SESSION_TYPES,
    SESSION_TYPES,
    FixEnvironment,
    SessionType,
    SessionTypeSpec,
    session_type,
)
from .store import FileStore, MemoryStore, SessionStore

if TYPE_CHECKING:
    from .sync import SyncFixClient

__all__ = ["FixClient"]

_END = object()


class FixClient:
    """One FIX session of one session type, reconnecting until closed.

    `auth` is the FIX API key (a `KalshiAuth`, or a `KalshiAuthenticatedClient` whose key is
    used); its id is the SenderCompID. `environment` ("prod" or "demo"; "margin-prod" or
    "margin-demo" for the margin gateways, see `kalshi_py.fix.connect_margin`) picks Kalshi's host,
    `host`/`port` override it (a local exchange); `tls=False` connects in plain TCP. `store` keeps
    the sequence numbers: a directory (a `FileStore` there, so that a restarted process resumes),
    a `SessionStore`, or None (in memory). `logon` adds Logon flags by attribute name
    (`cancel_orders_on_disconnect=True`, ...); `UseDollars=Y` is always sent, so prices are
    dollars.
    """

    session_types: ClassVar[tuple[SessionType, ...]] = ()
    streams: ClassVar[tuple[str, ...]] = ("messages",)
    """The names of the streams this session type offers (each one a bounded queue)."""

    def __init__(
        self,
        auth: KalshiAuth | KalshiAuthenticatedClient,
        *,
        session_type: SessionType | str | None = None,
        environment: FixEnvironment | str = "prod",
        host: str | None = None,
        port: int | None = None,
        tls: bool | ssl.SSLContext = True,
        store: SessionStore | str | os.PathLike[str] | None = None,
        heartbeat_interval: int = 30,
        logon: dict[str, Any] | None = None,
        reset_on_logon: bool | None = None,
        reconnect: bool = True,
        max_reconnect_attempts: int | None = None,
        backoff_initial: float = 0.5,
        backoff_max: float = 30.0,
        connect_timeout: float = 10.0,
        max_queue: int = 10_000,
    ) -> None:
        key = auth.auth if isinstance(auth, KalshiAuthenticatedClient) else auth
        if not isinstance(key, KalshiAuth):
            raise TypeError(
                f"auth must be a KalshiAuth or a KalshiAuthenticatedClient, got {type(auth).__name__}"
            )
        self.spec: SessionTypeSpec = session_type_for(type(self), session_type)
        env = ENVIRONMENTS.get(environment, environment) if isinstance(environment, str) else environment
        if not isinstance(env, FixEnvironment):
            known = ", ".join(repr(name) for name in ENVIRONMENTS)
            raise ValueError(f"unknown FIX environment {environment!r}: expected one of {known}")
        self.margin = env.margin
        """Whether this is a session of Kalshi's margin (Perps) gateways."""
        if self.margin and self.spec.session_type not in MARGIN_SESSION_TYPES:
            offered = ", ".join(s.value for s in SESSION_TYPES if s in MARGIN_SESSION_TYPES)
            raise ValueError(
                f"Kalshi's margin FIX gateways offer {offered}, not {self.spec.session_type.value}"
            )
        if heartbeat_interval < (3 if self.margin else 4):
            minimum = "at least 3" if self.margin else "more than 3"
            raise ValueError(f"heartbeat_interval must be {minimum} seconds (Kalshi's minimum)")
        if self.margin and logon:
            self.check_outgoing(M.Logon(encrypt_method=0, heart_bt_int=30, default_appl_ver_id="9", **logon))
        default_host, default_port = env.address(self.spec)
        sender = key.access_key_id
        if not isinstance(store, (str, os.PathLike)):
            session_store: SessionStore = store if store is not None else MemoryStore()
        else:
            session_store = FileStore(store, sender, self.spec.target_comp_id)
        config = SessionConfig(
            sender_comp_id=sender,
            target_comp_id=self.spec.target_comp_id,
            heartbeat_interval=heartbeat_interval,
            reset_on_logon=self.spec.reset_on_logon if reset_on_logon is None else reset_on_logon,
            retransmission=self.spec.retransmission,
            logon_fields={**(logon or {}), "use_dollars": True},
        )
        self.session = Session(config, session_store, auth=key, resend_filter=self._resend_filter())
        context = tls if isinstance(tls, ssl.SSLContext) else (tls_context() if tls else None)
        self.connection = Connection(
            self.session,
            host or default_host,
            port or default_port,
            ssl_context=context,
            on_event=self._on_event,
            reconnect=reconnect,
            max_reconnect_attempts=max_reconnect_attempts,
            backoff_initial=backoff_initial,
            backoff_max=backoff_max,
            connect_timeout=connect_timeout,
        )
        self.max_queue = max_queue
        self._queues: dict[str, asyncio.Queue[Any]] = {}
        self.notices: list[str] = []
        """Session-level happenings (gaps healed, duplicates ignored, reconnects), latest last."""
        self.dropped: dict[str, int] = {}
        """Items each stream lost to a consumer that fell `max_queue` behind (or never read it)."""
        self._behind: set[str] = set()  # streams dropping since their consumer last caught up
        self.ended: FixError | None = None
        self._waiters: list[_Waiter] = []

    def __repr__(self) -> str:
        where = f"{self.connection.host}:{self.connection.port}"
        return f"{type(self).__name__}({self.spec.target_comp_id} at {where})"

    # --- lifecycle --------------------------------------------------------------------------------

    @classmethod
    def sync(cls, *args: Any, **kwargs: Any) -> SyncFixClient:
        """A blocking client for scripts and notebooks (same arguments), its event loop running in
        a background thread: `with OrderEntrySession.sync(auth) as session: session.place(...)`."""
        from .sync import SyncFixClient

        return SyncFixClient(cls, *args, **kwargs)

    async def __aenter__(self) -> Any:
        try:
            await self.connect()
        except BaseException:
            await self.close()
            raise
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def connect(self) -> None:
        """Connect and log on (raises `LogonRefused` or `FixConnectionError`)."""
        self._queues = {name: asyncio.Queue(self.max_queue) for name in self.streams}
        await self.connection.open()

    async def close(self, text: str | None = None) -> None:
        """Log out and close; what is still waiting fails with `SessionClosed`."""
        await self.connection.close(text)
        if self.session.store is not None:
            self.session.store.close()

    @property
    def connected(self) -> bool:
        """Logged on right now."""
        return self.connection.connected

    @property
    def store(self) -> SessionStore:
        assert self.session.store is not None
        return self.session.store

    # --- messages ---------------------------------------------------------------------------------

    def send(self, message: Message) -> int:
        """Send any application message of Kalshi's dictionary as it is; returns its MsgSeqNum."""
        self.check_outgoing(message)
        return self.connection.send(message)

    def check_outgoing(self, message: Message) -> None:
        """Raise `FixValidationError` when the counterparty does not take `message`: on the
        margin gateways, a MsgType or a field the margin pages do not document."""
        if self.margin:
            problem = margin_problem(message)
            if problem is not None:
                raise FixValidationError(problem)

    def messages(self) -> AsyncIterator[Message]:
        """Every application message received, in order, until the session ends."""
        return self._stream("messages")

    async def _stream(self, name: str) -> AsyncIterator[Any]:
        queue = self._queues.get(name)
        if queue is None:
            raise SessionClosed("connect first")
        while True:
            item = await queue.get()
            if item is _END:
                queue.put_nowait(_END)
                return
            if queue.empty():
                self._behind.discard(name)
            yield item

    def _publish(self, name: str, item: Any) -> None:
        """Put `item` on the stream `name`, dropping its oldest item when it is full (counted in
        `dropped`, and noted once each time the stream's consumer falls behind)."""
        queue = self._queues.get(name)
        if queue is None:
            return
        if queue.full():
            queue.get_nowait()
            self.dropped[name] = self.dropped.get(name, 0) + 1
            if name not in self._behind:
                self._behind.add(name)
                self.notices.append(
                    f"the {name} stream fell {queue.maxsize} items behind: its oldest are dropped "
                    "until it is read up (counted in `dropped`)"
                )
        queue.put_nowait(item)

    async def ask(
        self, message: Message, answers: Callable[[Message], bool], timeout: float = 30.0
    ) -> Message:
        """Send `message` and return the first message received for which `answers` is true.
        A Reject or BusinessMessageReject naming the message's MsgSeqNum raises
        `SessionRejected` / `BusinessMessageRejected`; nothing in `timeout` seconds raises
        `TimeoutError`; the session ending raises `SessionClosed`. A caller cancelled leaves
        nothing waiting: an answer coming later is only a message of `messages()`."""
        future: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        waiter = _Waiter(answers, future)
        self._waiters.append(waiter)
        try:
            waiter.msg_seq_num = self.send(message)
            why = f"no answer to {type(message).__name__} within {timeout} s"
            return await await_answer(future, timeout, _time_out, future, why)
        finally:
            if waiter in self._waiters:
                self._waiters.remove(waiter)

    def _answer_waiters(self, message: Message) -> None:
        for waiter in list(self._waiters):
            error = refusal(message, waiter.msg_seq_num)
            if error is not None or waiter.answers(message):
                self._waiters.remove(waiter)
                if not waiter.future.done():
                    if error is not None:
                        waiter.future.set_exception(error)
                    else:
                        waiter.future.set_result(message)

    # --- what the subclasses refine ---------------------------------------------------------------

    def _resend_filter(self) -> ResendFilter | None:
        """Which application messages go out again when the counterparty asks (default: none,
        gap-filled)."""
        return None

    def _on_message(self, message: Message) -> None:
        """An application message received; the default queues it for `messages()`."""
        self._publish("messages", message)

    def _on_logged_on(self, first: bool) -> None:
        """Logged on (again, when not `first`)."""

    def _on_disconnected(self) -> None:
        """The connection is gone (a reconnect may follow)."""

    def _on_ended(self, error: FixError | None) -> None:
        """The session ended for good."""

    def _on_event(self, event: ConnectionEvent) -> None:
        if isinstance(event, Received):
            self._answer_waiters(event.message)
            self._on_message(event.message)
        elif isinstance(event, LoggedOn):
            self._on_logged_on(self.connection.connections == 0)
        elif isinstance(event, Disconnect):
            self.notices.append(f"disconnected: {event.reason}")
            self._on_disconnected()
        elif isinstance(event, Notice):
            self.notices.append(event.text)
        elif isinstance(event, Reconnecting):
            self.notices.append(
                f"reconnecting in {event.delay:.1f} s (attempt {event.attempt}): {event.reason}"
            )
        elif isinstance(event, SessionEnded):
            self.ended = event.error
            for waiter in self._waiters:
                if not waiter.future.done():
                    waiter.future.set_exception(
                        SessionClosed(f"the FIX session ended: {event.error or 'closed'}")
                    )
            self._on_ended(event.error)
            for name in self._queues:
                self._publish(name, _END)


@dataclass(eq=False)
class _Waiter:
    answers: Callable[[Message], bool]
    future: asyncio.Future[Message]
    msg_seq_num: int = -1


def _time_out(future: asyncio.Future[Message], why: str) -> None:
    if not future.done():
        future.set_exception(asyncio.TimeoutError(why))


def refusal(message: Message, msg_seq_num: int) -> FixError | None:
    """The error a Reject or BusinessMessageReject of message `msg_seq_num` stands for, else None."""
    if isinstance(message, M.Reject) and message.ref_seq_num == msg_seq_num:
        why = f"{message.text or 'no reason given'} (SessionRejectReason {message.session_reject_reason})"
        return SessionRejected(f"message {msg_seq_num} rejected: {why}", message)
    if isinstance(message, M.BusinessMessageReject) and message.ref_seq_num == msg_seq_num:
        why = f"{message.text or 'no reason given'} (BusinessRejectReason {message.business_reject_reason})"
        return BusinessMessageRejected(f"message {msg_seq_num} refused: {why}", message)
    return None


def session_type_for(cls: type[FixClient], value: SessionType | str | None) -> SessionTypeSpec:
    """The session type of a client class (the first it allows unless `value` names another)."""
    if not cls.session_types:
        raise TypeError(
            f"{cls.__name__} is not a session type; use OrderEntrySession, MarketDataSession, ..."
        )
    spec = session_type(value if value is not None else cls.session_types[0])
    if spec.session_type not in cls.session_types:
        allowed = ", ".join(s.value for s in cls.session_types)
        raise ValueError(f"{cls.__name__} speaks {allowed}, not {spec.session_type.value}")
    return spec
