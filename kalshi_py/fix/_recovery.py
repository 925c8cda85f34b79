"""Sequence gaps and retransmission, both ways (see `session` for the whole)."""

from __future__ import annotations

from ._codec import encode_body, encode_header
from ._framing import frame
from ._message import Message
from ._session_core import SessionCore
from ._values import sending_time
from .errors import SequenceError
from .events import Event, Notice
from .messages import ADMIN_MSG_TYPES, Heartbeat, ResendRequest, SequenceReset
from .store import SentMessage

__all__ = ["Recovery"]


class Recovery(SessionCore):
    """Gaps detected and healed (ResendRequest sent, later messages held back), ResendRequests
    answered (messages sent again or gap-filled), SequenceReset applied."""

    def _drain(self) -> list[Event]:
        """Process messages held back behind a gap that is now filled."""
        events: list[Event] = []
        store = self._store()
        while self.state == "active" and store.next_target_seq in self._queued:
            message = self._queued.pop(store.next_target_seq)
            store.set_next_target_seq(message.msg_seq_num + 1)
            events += self._dispatch(message)
        if self._resend_pending and not self._queued:
            self._resend_pending = False
            events.append(Notice(f"gap filled, next expected MsgSeqNum {store.next_target_seq}"))
        return events

    def _gap(self, expected: int, seq: int, message: Message | None = None) -> list[Event]:
        if not self.config.retransmission:
            text = f"MsgSeqNum gap: expected {expected}, received {seq}, and this session does not retransmit"
            return self._fatal(text, SequenceError(text))
        if message is not None:
            if len(self._queued) >= self.config.max_queued:
                text = f"more than {self.config.max_queued} messages held back behind a gap"
                return self._fatal(text, SequenceError(text))
            self._queued[seq] = message
        if self._resend_pending:
            return []
        self._resend_pending = True
        self._send_admin(ResendRequest(begin_seq_no=expected, end_seq_no=0))
        return [
            Notice(f"MsgSeqNum gap: expected {expected}, received {seq}; sent ResendRequest {expected}-0")
        ]

    def _sequence_reset(self, message: SequenceReset) -> list[Event]:
        store = self._store()
        if message.new_seq_no < store.next_target_seq:
            return [
                self._reject(
                    message.msg_seq_num,
                    5,
                    f"SequenceReset to {message.new_seq_no} would lower the expected {store.next_target_seq}",
                    36,
                    "4",
                )
            ]
        store.set_next_target_seq(message.new_seq_no)
        self._queued = {seq: m for seq, m in self._queued.items() if seq >= message.new_seq_no}
        return [Notice(f"SequenceReset: next expected MsgSeqNum {message.new_seq_no}"), *self._drain()]

    def _answer_resend(self, request: ResendRequest) -> list[Event]:
        if request.begin_seq_no is None or request.end_seq_no is None:
            tag = 7 if request.begin_seq_no is None else 16
            text = "ResendRequest needs BeginSeqNo(7) and EndSeqNo(16)"
            return [self._reject(request.msg_seq_num, 1, text, tag, "2")]
        store = self._store()
        last = store.next_sender_seq - 1
        end = last if request.end_seq_no == 0 or request.end_seq_no > last else request.end_seq_no
        begin = max(request.begin_seq_no, 1)
        if begin > end:
            asked = f"{request.begin_seq_no}-{request.end_seq_no}"
            return [Notice(f"ResendRequest {asked}: nothing sent in that range")]
        kept = {m.msg_seq_num: m for m in store.sent(begin, end)}
        resent = 0
        gap_start: int | None = None
        for seq in range(begin, end + 1):
            sent = kept.get(seq)
            if (
                sent is not None
                and sent.body
                and sent.msg_type not in ADMIN_MSG_TYPES
                and self._resend_filter(sent)
            ):
                if gap_start is not None:
                    self._gap_fill(gap_start, seq)
                    gap_start = None
                self._retransmit(sent)
                resent += 1
            elif gap_start is None:
                gap_start = seq
        if gap_start is not None:
            self._gap_fill(gap_start, end + 1)
        return [Notice(f"ResendRequest {begin}-{end}: {resent} message(s) sent again, the rest gap-filled")]

    def _retransmit(self, sent: SentMessage) -> None:
        stamp = sending_time(self._wall_clock())
        config = self.config
        head = encode_header(
            sent.msg_type,
            config.sender_comp_id,
            config.target_comp_id,
            sent.msg_seq_num,
            stamp,
            poss_dup_flag=True,
            orig_sending_time=sent.sending_time,
        )
        self._out += frame(head + sent.body)
        self._last_sent = self._clock()

    def _gap_fill(self, seq: int, new_seq: int) -> None:
        stamp = sending_time(self._wall_clock())
        config = self.config
        head = encode_header(
            "4",
            config.sender_comp_id,
            config.target_comp_id,
            seq,
            stamp,
            poss_dup_flag=True,
            orig_sending_time=stamp,
        )
        self._out += frame(head + encode_body(SequenceReset(gap_fill_flag=True, new_seq_no=new_seq)))
        self._last_sent = self._clock()

    # --- fault switches (an acceptor testing its counterparties) ----------------------------------

    def skip_sequence_numbers(self, count: int) -> None:
        """Leave the next `count` MsgSeqNums unused: the counterparty sees a gap."""
        store = self._store()
        store.set_next_sender_seq(store.next_sender_seq + count)

    def send_duplicate(self, seq: int) -> bool:
        """Send message `seq` again with PossDupFlag=Y: the counterparty must ignore it. False when
        the store no longer holds it (or it was a session-level message)."""
        for sent in self._store().sent(seq, seq):
            if sent.body:
                self._retransmit(sent)
                return True
        return False

    def delay_heartbeats(self, seconds: float) -> None:
        """Send no Heartbeat for `seconds` from now, not even in answer to a TestRequest: those
        answers are held back and sent when the delay ends (later than the counterparty may
        wait, if `seconds` is longer than the heartbeat interval)."""
        self._heartbeats_held_until = self._clock() + seconds

    def _heartbeat(self, test_req_id: str | None = None) -> None:
        """Send a Heartbeat (answering `test_req_id`), or hold it back while heartbeats are delayed."""
        if self._clock() < self._heartbeats_held_until:
            if test_req_id is not None:
                self._held_heartbeats.append(test_req_id)
            return
        self._send_admin(Heartbeat(test_req_id=test_req_id))

    def _release_heartbeats(self) -> None:
        """Send the answers held back by `delay_heartbeats` once the delay is over."""
        if self._held_heartbeats and self._clock() >= self._heartbeats_held_until:
            held, self._held_heartbeats = self._held_heartbeats, []
            for test_req_id in held:
                self._send_admin(Heartbeat(test_req_id=test_req_id))
