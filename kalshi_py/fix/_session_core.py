"""The state every FIX session keeps, and how it sends (see `session` for the whole)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..auth import KalshiAuth
from ._codec import encode_body, encode_header
from ._framing import frame
from ._message import Message, UnknownMessage
from ._values import sending_time
from .errors import FixError, SessionClosed
from .events import Disconnect, Event, Notice
from .logon import logon_signature
from .messages import Logon, Logout, Reject
from .store import SentMessage, SessionStore

__all__ = ["Authenticator", "ResendFilter", "SessionConfig", "SessionCore"]

Authenticator = Callable[[Logon], "SessionStore | str"]
"""The acceptor's check of a Logon: the session's store when accepted, the reason when refused."""
ResendFilter = Callable[[SentMessage], bool]
"""Whether an application message asked for again is sent again (else it is gap-filled)."""


@dataclass
class SessionConfig:
    """How one session behaves."""

    sender_comp_id: str
    """This side's CompID (an acceptor given "" takes the TargetCompID of the Logon it accepts:
    one listener for several session types)."""
    target_comp_id: str = ""
    """The counterparty's CompID (an acceptor learns it from the Logon)."""
    heartbeat_interval: int = 30
    reset_on_logon: bool = False
    """Log on with ResetSeqNumFlag(141)=Y, both sequence numbers back to 1."""
    retransmission: bool = True
    """Whether the counterparty answers ResendRequest; if not, a gap ends the session."""
    logon_fields: dict[str, Any] = field(default_factory=dict)
    """Further Logon attributes (`use_dollars=True`, `cancel_orders_on_disconnect=True`, ...)."""
    logon_timeout: float = 10.0
    logout_timeout: float = 5.0
    cents: bool = False
    """Whether prices travel in cents (a Logon without UseDollars=Y on the event-contract API)."""
    max_queued: int = 100_000
    """Messages held back behind a gap before the session gives up."""


class SessionCore:
    """Configuration, store, output buffer and the ways of sending."""

    def __init__(
        self,
        config: SessionConfig,
        store: SessionStore | None = None,
        *,
        initiator: bool = True,
        auth: KalshiAuth | None = None,
        authenticate: Authenticator | None = None,
        resend_filter: ResendFilter | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if initiator and (store is None or auth is None):
            raise ValueError("an initiating session needs a store and the API key (auth) to sign its Logon")
        if not initiator and authenticate is None:
            raise ValueError("an accepting session needs an authenticate callback to check Logons")
        self.config = config
        self.store = store
        self.initiator = initiator
        self.state = "idle"
        self._auth = auth
        self._authenticate = authenticate
        self._resend_filter = resend_filter or (lambda sent: not initiator)
        self._clock = clock
        self._wall_clock = wall_clock
        self._buffer = bytearray()
        self._out = bytearray()
        self._queued: dict[int, Message] = {}
        self._resend_pending = False
        self._test_request: str | None = None
        self._test_deadline = 0.0
        self._deadline = 0.0  # for a Logon or Logout answer
        self._last_received = self._last_sent = clock()
        self._test_ids = itertools.count(1)
        self._heartbeats_held_until = 0.0  # a fault switch: see `Recovery.delay_heartbeats`
        self._held_heartbeats: list[str | None] = []

    def __repr__(self) -> str:
        return (
            f"Session({self.config.sender_comp_id!r} -> {self.config.target_comp_id!r}, "
            f"state={self.state!r}, initiator={self.initiator})"
        )

    def now(self) -> float:
        """The session's clock (for timers)."""
        return self._clock()

    @property
    def active(self) -> bool:
        """Logged on, application messages may be sent."""
        return self.state == "active"

    def _store(self) -> SessionStore:
        if self.store is None:
            raise SessionClosed("the session has no store before its Logon is accepted")
        return self.store

    def _record(self, message: Message, *, store_body: bool = True) -> tuple[int, bytes]:
        """Give `message` the next MsgSeqNum and keep it in the store; its MsgSeqNum and frame."""
        store = self._store()
        seq = store.next_sender_seq
        body = encode_body(message, cents=self.config.cents)
        stamp = sending_time(self._wall_clock())
        msg_type = message.msg_type if isinstance(message, UnknownMessage) else message.MSG_TYPE
        head = encode_header(msg_type, self.config.sender_comp_id, self.config.target_comp_id, seq, stamp)
        store.record_sent(SentMessage(seq, stamp, msg_type, body if store_body else ""))
        return seq, frame(head + body)

    def _send(self, message: Message, *, store_body: bool = True) -> int:
        seq, data = self._record(message, store_body=store_body)
        self._out += data
        self._last_sent = self._clock()
        return seq

    def _send_admin(self, message: Message) -> int:
        return self._send(message, store_body=False)

    def _send_logon(self, *, reset: bool) -> None:
        store = self._store()
        seq = store.next_sender_seq
        stamp = sending_time(self._wall_clock())
        fields: dict[str, Any] = {"encrypt_method": 0, "heart_bt_int": self.config.heartbeat_interval}
        fields["default_appl_ver_id"] = "9"
        if reset:
            fields["reset_seq_num_flag"] = True
        if self.initiator:
            assert self._auth is not None
            fields |= self.config.logon_fields
            fields["raw_data"] = logon_signature(
                self._auth, stamp, seq, self.config.sender_comp_id, self.config.target_comp_id
            )
        body = encode_body(Logon(**fields))
        head = encode_header("A", self.config.sender_comp_id, self.config.target_comp_id, seq, stamp)
        store.record_sent(SentMessage(seq, stamp, "A", ""))
        self._out += frame(head + body)
        self._last_sent = self._clock()

    def _close(self, reason: str, error: FixError | None) -> list[Event]:
        self.state = "closed"
        return [Disconnect(reason, error)]

    def _fatal(self, text: str, error: FixError) -> list[Event]:
        """Logout with `text`, then end the session."""
        if self.store is not None and self.state not in ("idle", "closed"):
            self._send_admin(Logout(text=text))
        return self._close(text, error)

    def _reject(
        self,
        ref_seq: int,
        reason: int,
        text: str,
        ref_tag: int | None = None,
        ref_msg_type: str | None = None,
    ) -> Notice:
        self._send_admin(
            Reject(
                ref_seq_num=ref_seq,
                session_reject_reason=reason,
                text=text[:200],
                ref_tag_id=ref_tag,
                ref_msg_type=ref_msg_type,
            )
        )
        return Notice(f"rejected message {ref_seq}: {text}")

    def _dispatch(self, message: Message) -> list[Event]:
        """Handle a message received in sequence (see `Session`)."""
        raise NotImplementedError

    def send(self, message: Message) -> int:
        """Send an application message; returns its MsgSeqNum. Raises `SessionClosed` unless
        logged on, `FixValidationError` (nothing sent) for an invalid message."""
        if self.state != "active":
            raise SessionClosed(f"the FIX session is not logged on (state {self.state})")
        return self._send(message)

    def keep(self, message: Message) -> int:
        """Give an application message the next MsgSeqNum and keep it in the store without
        writing it, for a counterparty that is away: where it retransmits, it asks for the message
        after its next Logon and gets it then. Returns its MsgSeqNum; raises `SessionClosed` when
        the session never had a store (no Logon was accepted)."""
        seq, _ = self._record(message)
        return seq

    def logout(self, text: str | None = None) -> None:
        """Begin an orderly Logout; `Disconnect` follows the counterparty's answer (or a timeout)."""
        if self.state not in ("active", "logon_sent"):
            return
        self._send_admin(Logout(text=text))
        self.state = "logout_sent"
        self._deadline = self._clock() + self.config.logout_timeout

    def data_to_send(self) -> bytes:
        """What to write to the connection now."""
        data = bytes(self._out)
        self._out.clear()
        return data
