"""Two session cores wired back to back in memory, with clocks the test moves by hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa

from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import _codec as codec
from kalshi_py.fix import _framing as framing
from kalshi_py.fix._message import Message
from kalshi_py.fix.events import Event
from kalshi_py.fix.logon import verify_logon
from kalshi_py.fix.messages import Logon
from kalshi_py.fix.session import Session, SessionConfig
from kalshi_py.fix.store import MemoryStore, SessionStore

KEY_ID = "3f2a9c1e-1111-2222-3333-444455556666"
WALL = 1_772_000_000.0  # 2026-02-25, in seconds since the epoch


@dataclass
class Clock:
    """A monotonic clock and a wall clock that move together, only when told to."""

    now: float = 1000.0

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return WALL + self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def split(data: bytes) -> list[bytes]:
    frames = []
    while data:
        end = framing.frame_end(data)
        frames.append(data[:end])
        data = data[end:]
    return frames


def decoded(data: bytes) -> list[Message]:
    return [codec.decode(raw) for raw in split(data)]


@dataclass
class Side:
    session: Session
    events: list[Event] = field(default_factory=list)
    wire: list[bytes] = field(default_factory=list)
    """Every frame this side sent, in order."""

    def sent(self) -> list[Message]:
        return [codec.decode(raw) for raw in self.wire]


class Pair:
    """An initiator and an acceptor session; `pump` moves bytes until both are quiet. `drop`
    and `rewrite` let a test lose or alter frames on the way."""

    def __init__(
        self,
        key: rsa.RSAPrivateKey,
        *,
        target: str = "KalshiRT",
        retransmission: bool = True,
        reset: bool = False,
        client_store: SessionStore | None = None,
        server_store: SessionStore | None = None,
        clock: Clock | None = None,
        logon_fields: dict[str, Any] | None = None,
        resend_filter: Any = None,
    ) -> None:
        self.clock = clock or Clock()
        self.auth = KalshiAuth(KEY_ID, key)
        self.server_store = server_store or MemoryStore()
        self.refuse: str | None = None
        client_config = SessionConfig(
            sender_comp_id=KEY_ID,
            target_comp_id=target,
            heartbeat_interval=30,
            reset_on_logon=reset,
            retransmission=retransmission,
            logon_fields={"use_dollars": True, **(logon_fields or {})},
        )
        self.client = Side(
            Session(
                client_config,
                client_store or MemoryStore(),
                auth=self.auth,
                resend_filter=resend_filter,
                clock=self.clock.monotonic,
                wall_clock=self.clock.wall,
            )
        )
        server_config = SessionConfig(sender_comp_id=target, retransmission=retransmission)
        self.server = Side(
            Session(
                server_config,
                initiator=False,
                authenticate=self._authenticate,
                clock=self.clock.monotonic,
                wall_clock=self.clock.wall,
            )
        )
        self.drop: set[int] = set()
        """MsgSeqNums the server sends that never reach the client (first time only)."""

    def _authenticate(self, logon: Logon) -> SessionStore | str:
        if self.refuse is not None:
            return self.refuse
        problem = verify_logon(self.auth.private_key.public_key(), logon, now=self.clock.wall())  # type: ignore[arg-type]
        return problem if problem is not None else self.server_store

    def connect(self) -> None:
        self.server.session.connection_made()
        self.client.session.connection_made()
        self.pump()

    def pump(self) -> None:
        for _ in range(100):
            moved = self._move(self.client, self.server, set()) | self._move(
                self.server, self.client, self.drop
            )
            if not moved:
                return
        raise AssertionError("the sessions keep talking")

    def _move(self, source: Side, target: Side, drop: set[int]) -> bool:
        data = source.session.data_to_send()
        if not data:
            return False
        for raw in split(data):
            source.wire.append(raw)
            seq = codec.decode(raw).msg_seq_num
            if seq in drop and b"\x0143=Y" not in raw:
                continue
            target.events += target.session.receive_data(raw)
        return True

    def tick(self, seconds: float) -> None:
        """Move the clocks and run both sessions' timers."""
        self.clock.advance(seconds)
        for side in (self.client, self.server):
            if side.session.next_timer() is not None:
                side.events += side.session.on_timer()
        self.pump()
