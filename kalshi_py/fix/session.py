"""The FIX session core, without I/O, for both roles: the initiator (a client) and the acceptor
(an exchange gateway).

Feed it what the connection delivers (`receive_data`), call `on_timer` by `next_timer()`, and
write what `data_to_send()` returns; it answers with events (`LoggedOn`, `Received`, `Notice`,
`Disconnect`). It keeps the rules of FIXT.1.1 as Kalshi applies them:

- Logon: the initiator signs it (`logon`), with ResetSeqNumFlag=Y where the session type requires
  it; the acceptor hands it to `authenticate`, which refuses it with a reason (sent back in a
  Logout) or accepts it with the session's store.
- MsgSeqNum: exactly one more than the last, kept in the store after every message. Higher means
  a gap: where the counterparty retransmits, a ResendRequest is sent and later messages wait until
  the gap is filled; elsewhere the session ends (reconnect with a reset). Lower without
  PossDupFlag=Y ends the session; a PossDup duplicate is ignored.
- ResendRequest received: messages kept in the store are sent again with PossDupFlag=Y and
  OrigSendingTime when `resend_filter` allows it (application messages only); every other
  number is covered by SequenceReset-GapFill.
- Heartbeats when nothing was sent for HeartBtInt seconds; a TestRequest when nothing arrived
  for a little longer; the connection is dropped when that goes unanswered.
- Reject for a message that cannot be read; BusinessMessageReject for an unknown MsgType;
  Logout answered with Logout.
"""

from __future__ import annotations

from ._codec import decode as decode_frame
from ._codec import encode_body, encode_header
from ._framing import frame, frame_end, resync_point
from ._message import Message, UnknownMessage
from ._recovery import Recovery
from ._session_core import Authenticator, ResendFilter, SessionConfig
from ._values import sending_time
from .errors import (
    FixConnectionError,
    FixDecodeError,
    FixError,
    FixFrameError,
    LogonRefused,
    SequenceError,
)
from .events import Disconnect, Event, LoggedOn, Notice, Received
from .messages import (
    ADMIN_MSG_TYPES,
    BusinessMessageReject,
    Heartbeat,
    Logon,
    Logout,
    ResendRequest,
    SequenceReset,
    TestRequest,
)

__all__ = ["Authenticator", "ResendFilter", "Session", "SessionConfig"]


class Session(Recovery):
    """One FIX session over one connection at a time (see the module docstring)."""

    # --- the connection -----------------------------------------------------------------------------

    def connection_made(self) -> None:
        """A new connection: an initiator sends its Logon, an acceptor waits for one."""
        self._buffer.clear()
        self._out.clear()
        self._queued.clear()
        self._resend_pending = False
        self._test_request = None
        self._held_heartbeats = []
        self._heartbeats_held_until = 0.0
        self._last_received = self._last_sent = self._clock()
        self._deadline = self._clock() + self.config.logon_timeout
        if not self.initiator:
            self.state = "awaiting_logon"
            return
        store = self._store()
        if self.config.reset_on_logon:
            store.reset()
        self.state = "logon_sent"
        self._send_logon(reset=self.config.reset_on_logon)

    def connection_lost(self) -> list[Event]:
        was = self.state
        self.state = "idle"
        if was in ("idle", "closed"):
            return []
        return [Disconnect("the connection was lost", FixConnectionError("the connection was lost"))]

    def next_timer(self) -> float | None:
        """When `on_timer` must be called next (the `clock`'s time), None when idle."""
        if self.state in ("idle", "closed"):
            return None
        if self.state in ("logon_sent", "awaiting_logon", "logout_sent"):
            return self._deadline
        interval = self.config.heartbeat_interval
        watch = self._test_deadline if self._test_request else self._last_received + interval * 1.2 + 1
        beat = max(self._last_sent + interval, self._heartbeats_held_until)
        if self._held_heartbeats:
            beat = min(beat, self._heartbeats_held_until)
        return min(beat, watch)

    def on_timer(self) -> list[Event]:
        """Heartbeats, TestRequests, and the timeouts of Logon, Logout and the counterparty."""
        now = self._clock()
        if self.state in ("logon_sent", "awaiting_logon") and now >= self._deadline:
            return self._close(
                "no Logon within the logon timeout", FixConnectionError("no Logon answer in time")
            )
        if self.state == "logout_sent" and now >= self._deadline:
            return self._close("no answer to our Logout in time", None)
        if self.state != "active":
            return []
        interval = self.config.heartbeat_interval
        if self._test_request is not None and now >= self._test_deadline:
            return self._close(
                "the counterparty did not answer a TestRequest",
                FixConnectionError(
                    f"no message for {now - self._last_received:.1f} s and no answer to a TestRequest"
                ),
            )
        if self._test_request is None and now - self._last_received >= interval * 1.2 + 1:
            self._test_request = f"TEST-{next(self._test_ids)}"
            self._test_deadline = now + interval
            self._send_admin(TestRequest(test_req_id=self._test_request))
        self._release_heartbeats()
        if now - self._last_sent >= interval:
            self._heartbeat()
        return []

    # --- sending ----------------------------------------------------------------------------------

    # --- receiving --------------------------------------------------------------------------------

    def receive_data(self, data: bytes) -> list[Event]:
        """Process what the connection delivered; returns the events, in order."""
        self._buffer += data
        events: list[Event] = []
        start = 0
        while self.state not in ("idle", "closed"):
            try:
                end = frame_end(self._buffer, start)
            except FixFrameError as exc:
                skip = resync_point(self._buffer, start)
                events.append(Notice(f"skipped {skip - start} bytes that are no FIX frame: {exc}"))
                start = skip
                continue
            if not end:
                break
            raw = bytes(self._buffer[start:end])
            start = end
            self._last_received = self._clock()
            self._test_request = None  # anything received shows the counterparty is there
            events += self._receive_frame(raw)
        del self._buffer[:start]
        return events

    def _receive_frame(self, raw: bytes) -> list[Event]:
        try:
            message = decode_frame(raw, cents=self.config.cents)
        except FixFrameError as exc:
            return [Notice(f"ignored a garbled frame: {exc}")]
        except FixDecodeError as exc:
            return self._undecodable(exc)
        return self._receive(message)

    def _undecodable(self, exc: FixDecodeError) -> list[Event]:
        seq = exc.msg_seq_num
        if seq is None:
            return self._fatal(f"a message without a readable MsgSeqNum(34): {exc}", SequenceError(str(exc)))
        if self.state in ("logon_sent", "awaiting_logon"):
            return self._close(f"unreadable Logon answer: {exc}", FixError(str(exc)))
        expected = self._store().next_target_seq
        if seq < expected:
            return [Notice(f"ignored unreadable message {seq} (already received): {exc}")]
        if seq > expected:  # rejected now; its number comes again with the gap's retransmission
            events = self._gap(expected, seq)
            if self.state == "closed":
                return events
            return [*events, self._reject(seq, exc.reason, str(exc), exc.ref_tag, exc.msg_type)]
        self._store().set_next_target_seq(seq + 1)
        return [self._reject(seq, exc.reason, str(exc), exc.ref_tag, exc.msg_type), *self._drain()]

    def _receive(self, message: Message) -> list[Event]:
        if self.state in ("awaiting_logon", "logon_sent"):
            return self._receive_logon(message)
        config = self.config
        if message.sender_comp_id != config.target_comp_id or message.target_comp_id != config.sender_comp_id:
            text = (
                f"CompID problem: expected SenderCompID {config.target_comp_id} and TargetCompID "
                f"{config.sender_comp_id}, got {message.sender_comp_id} and {message.target_comp_id}"
            )
            self._reject(message.msg_seq_num, 9, text)
            return self._fatal(text, SequenceError(text))
        if isinstance(message, SequenceReset) and not message.gap_fill_flag:
            return self._sequence_reset(message)
        expected = self._store().next_target_seq
        seq = message.msg_seq_num
        if seq > expected:
            events: list[Event] = []
            if isinstance(message, ResendRequest):  # answered now, so that two gaps cannot deadlock
                return self._answer_resend(message) + self._gap(expected, seq)
            if isinstance(message, Logout):
                return self._dispatch(message)
            return self._gap(expected, seq, message)
        if seq < expected:
            if message.poss_dup_flag:
                return [Notice(f"ignored duplicate message {seq} (PossDupFlag=Y, expected {expected})")]
            text = f"MsgSeqNum too low, expecting {expected} but received {seq}"
            return self._fatal(text, SequenceError(text))
        self._store().set_next_target_seq(seq + 1)
        events = self._dispatch(message)
        return events + self._drain()

    def _dispatch(self, message: Message) -> list[Event]:
        """A message in sequence (its number already counted)."""
        if isinstance(message, Heartbeat):
            return []
        if isinstance(message, TestRequest):
            self._heartbeat(message.test_req_id)
            return []
        if isinstance(message, ResendRequest):
            return self._answer_resend(message)
        if isinstance(message, SequenceReset):  # a gap fill, in sequence
            return self._sequence_reset(message)
        if isinstance(message, Logout):
            if self.state == "logout_sent":
                return self._close(f"logged out: {message.text or 'Logout answered'}", None)
            self._send_admin(Logout(text="Logout acknowledged"))
            return self._close(f"the counterparty logged out: {message.text or 'no reason given'}", None)
        if isinstance(message, Logon):
            return [
                self._reject(
                    message.msg_seq_num, 5, "Logon received on a session already logged on", None, "A"
                )
            ]
        if isinstance(message, UnknownMessage) and message.msg_type not in ADMIN_MSG_TYPES:
            self._send_admin(
                BusinessMessageReject(
                    ref_seq_num=message.msg_seq_num,
                    ref_msg_type=message.msg_type,
                    business_reject_reason=3,
                    text=f"unsupported MsgType {message.msg_type}",
                )
            )
        return [Received(message)]

    # --- Logon ------------------------------------------------------------------------------------

    def _receive_logon(self, message: Message) -> list[Event]:
        if isinstance(message, Logout) and self.initiator:
            text = message.text or "no reason given"
            return self._close(
                f"Logon refused: {text}",
                LogonRefused(f"the counterparty refused the Logon: {text}", text=text),
            )
        if not isinstance(message, Logon):
            return self._close(
                f"expected a Logon, got MsgType {type(message).__name__}",
                FixError("the first message was not a Logon"),
            )
        if self.initiator:
            return self._logon_answered(message)
        return self._logon_received(message)

    def _logon_answered(self, logon: Logon) -> list[Event]:
        config = self.config
        if logon.sender_comp_id != config.target_comp_id or logon.target_comp_id != config.sender_comp_id:
            return self._close(
                "the Logon answer carries the wrong CompIDs",
                LogonRefused("Logon answered with the wrong CompIDs"),
            )
        return self._logged_on(logon)

    def _logon_received(self, logon: Logon) -> list[Event]:
        assert self._authenticate is not None
        config = self.config
        if config.sender_comp_id and logon.target_comp_id != config.sender_comp_id:
            return self._refuse(
                logon, f"wrong TargetCompID(56) {logon.target_comp_id}: this is {config.sender_comp_id}"
            )
        verdict = self._authenticate(logon)
        if isinstance(verdict, str):
            return self._refuse(logon, verdict)
        self.store = verdict
        config.sender_comp_id = config.sender_comp_id or logon.target_comp_id
        config.target_comp_id = logon.sender_comp_id
        config.heartbeat_interval = logon.heart_bt_int
        config.cents = not logon.use_dollars
        if logon.reset_seq_num_flag:
            verdict.reset()
        self._send_logon(reset=bool(logon.reset_seq_num_flag))
        return self._logged_on(logon)

    def _refuse(self, logon: Logon, text: str) -> list[Event]:
        sender = self.config.sender_comp_id or logon.target_comp_id
        head = encode_header("5", sender, logon.sender_comp_id, 1, sending_time(self._wall_clock()))
        self._out += frame(head + encode_body(Logout(text=text)))
        return self._close(f"refused a Logon: {text}", LogonRefused(text, text=text))

    def _logged_on(self, logon: Logon) -> list[Event]:
        store = self._store()
        self.state = "active"
        expected = store.next_target_seq
        events: list[Event] = [LoggedOn(logon)]
        if logon.msg_seq_num < expected:
            text = f"MsgSeqNum too low, expecting {expected} but received {logon.msg_seq_num}"
            return self._fatal(text, SequenceError(text))
        if logon.msg_seq_num > expected:
            return events + self._gap(expected, logon.msg_seq_num)
        store.set_next_target_seq(logon.msg_seq_num + 1)
        return events

    # --- answering a ResendRequest ----------------------------------------------------------------
