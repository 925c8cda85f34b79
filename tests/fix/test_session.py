"""The session core with plain data: two sessions back to back in memory, clocks moved by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from fix.pair import KEY_ID, Pair, decoded
from kalshi_py.fix import _framing as framing
from kalshi_py.fix import messages
from kalshi_py.fix._message import UnknownMessage
from kalshi_py.fix.errors import FixConnectionError, LogonRefused, SequenceError, SessionClosed
from kalshi_py.fix.events import Disconnect, LoggedOn, Received
from kalshi_py.fix.logon import signed_text
from kalshi_py.fix.session import Session, SessionConfig
from kalshi_py.fix.store import FileStore, MemoryStore, SentMessage


def _report(n: int) -> messages.ExecutionReport:
    return messages.ExecutionReport(
        order_id=f"o{n}",
        cl_ord_id=f"c{n}",
        exec_id=f"e{n}",
        exec_type="0",
        ord_status="0",
        side="1",
        symbol="KXFED-26DEC-T4.00",
        leaves_qty=Decimal("1"),
        cum_qty=Decimal("0"),
        avg_px=Decimal("0"),
        order_qty=Decimal("1"),
    )


def _order(n: int) -> messages.NewOrderSingle:
    return messages.NewOrderSingle(
        cl_ord_id=f"c{n}",
        order_qty=Decimal("1"),
        ord_type="2",
        price=Decimal("0.35"),
        side="1",
        symbol="KXFED-26DEC-T4.00",
    )


def _received(side_events: list[object]) -> list[object]:
    return [e.message for e in side_events if isinstance(e, Received)]


def _disconnects(side_events: list[object]) -> list[Disconnect]:
    return [e for e in side_events if isinstance(e, Disconnect)]


@pytest.fixture
def pair(rsa_key: rsa.RSAPrivateKey) -> Pair:
    pair = Pair(rsa_key)
    pair.connect()
    return pair


# --- Logon ------------------------------------------------------------------------------------------


def test_logon_is_signed_as_documented_and_accepted(pair: Pair, rsa_key: rsa.RSAPrivateKey) -> None:
    logon = pair.client.sent()[0]
    assert isinstance(logon, messages.Logon)
    assert (logon.msg_seq_num, logon.sender_comp_id, logon.target_comp_id) == (1, KEY_ID, "KalshiRT")
    assert (logon.encrypt_method, logon.heart_bt_int, logon.default_appl_ver_id) == (0, 30, "9")
    assert logon.use_dollars is True
    length_first = b"\x0195=344\x0196=" in pair.client.wire[0]  # (the frame holds the signature: not shown)
    assert length_first, (
        "RawDataLength(95)=344 (a 2048-bit key's signature) must come just before RawData(96)"
    )
    text = f"{logon.sending_time}\x01A\x011\x01{KEY_ID}\x01KalshiRT"
    assert signed_text(logon.sending_time, 1, KEY_ID, "KalshiRT") == text
    assert isinstance(pair.client.events[0], LoggedOn)
    assert isinstance(pair.server.events[0], LoggedOn)
    assert pair.client.session.active
    assert pair.server.session.active
    assert (pair.client.session.store.next_sender_seq, pair.client.session.store.next_target_seq) == (2, 2)  # type: ignore[union-attr]


def test_a_refused_logon_ends_with_the_reason(rsa_key: rsa.RSAPrivateKey) -> None:
    pair = Pair(rsa_key)
    pair.refuse = "unknown API key"
    pair.connect()
    (ended,) = _disconnects(pair.client.events)
    assert isinstance(ended.error, LogonRefused)
    assert ended.error.text == "unknown API key"
    logout = pair.server.sent()[0]
    assert isinstance(logout, messages.Logout)
    assert logout.text == "unknown API key"


def test_a_bad_signature_is_refused(rsa_key: rsa.RSAPrivateKey) -> None:
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pair = Pair(rsa_key)
    pair.auth = type(pair.auth)(KEY_ID, other)
    pair.connect()
    (ended,) = _disconnects(pair.client.events)
    assert isinstance(ended.error, LogonRefused)
    assert "does not verify" in (ended.error.text or "")


def test_a_stale_sending_time_and_a_wrong_target_are_refused(rsa_key: rsa.RSAPrivateKey) -> None:
    stale = Pair(rsa_key)
    stale.client.session._wall_clock = lambda: stale.clock.wall() - 31
    stale.connect()
    assert "SendingTime(52)" in (_disconnects(stale.client.events)[0].error.text or "")  # type: ignore[union-attr]
    wrong = Pair(rsa_key)
    wrong.client.session.config.target_comp_id = "KalshiXX"
    wrong.connect()
    assert "wrong TargetCompID(56) KalshiXX" in str(_disconnects(wrong.client.events)[0].error)


def test_no_answer_to_a_logon_times_out(rsa_key: rsa.RSAPrivateKey) -> None:
    pair = Pair(rsa_key)
    pair.client.session.connection_made()
    pair.client.session.data_to_send()  # lost
    pair.clock.advance(10)
    (ended,) = _disconnects(pair.client.session.on_timer())
    assert isinstance(ended.error, FixConnectionError)


def test_nothing_is_sent_before_logon() -> None:
    with pytest.raises(ValueError, match="store and the API key"):
        Session(SessionConfig(sender_comp_id="x"), MemoryStore())


# --- heartbeats -------------------------------------------------------------------------------------


def test_heartbeats_and_test_requests(pair: Pair) -> None:
    pair.tick(30)
    assert isinstance(pair.client.sent()[-1], messages.Heartbeat)
    # the server hears nothing for HeartBtInt and a bit: it asks, the client answers
    pair.clock.advance(37)
    pair.server.events += pair.server.session.on_timer()
    pair.pump()
    request = [m for m in pair.server.sent() if isinstance(m, messages.TestRequest)][-1]
    assert isinstance(request, messages.TestRequest)
    answer = pair.client.sent()[-1]
    assert isinstance(answer, messages.Heartbeat)
    assert answer.test_req_id == request.test_req_id
    assert pair.server.session.active


def test_delayed_heartbeats_hold_back_test_request_answers_until_the_delay_ends(pair: Pair) -> None:
    pair.server.session.delay_heartbeats(50)  # the exchange falls quiet (a fault switch)
    pair.tick(30)
    pair.tick(7)  # the client has heard nothing for 37 s and asks
    request = [m for m in pair.client.sent() if isinstance(m, messages.TestRequest)][-1]
    assert not any(isinstance(m, messages.Heartbeat) for m in pair.server.sent())
    pair.tick(14)  # 51 s: the delay is over, the held answer goes out, in time
    answers = [m for m in pair.server.sent() if isinstance(m, messages.Heartbeat)]
    assert [m.test_req_id for m in answers][:1] == [request.test_req_id]
    assert pair.client.session.active
    assert _disconnects(pair.client.events) == []


def test_heartbeats_delayed_past_the_test_request_window_drop_the_connection(pair: Pair) -> None:
    pair.server.session.delay_heartbeats(120)
    pair.tick(30)  # the client's heartbeat goes; the exchange's is held
    pair.tick(7)  # the client has heard nothing for 37 s: a TestRequest, never answered
    pair.tick(31)
    (ended,) = _disconnects(pair.client.events)
    assert isinstance(ended.error, FixConnectionError)


def test_an_unanswered_test_request_drops_the_connection(pair: Pair) -> None:
    pair.client.session.data_to_send = lambda: b""  # type: ignore[method-assign]  # the client falls silent
    pair.tick(37)
    assert any(isinstance(m, messages.TestRequest) for m in pair.server.sent())
    pair.tick(31)
    (ended,) = _disconnects(pair.server.events)
    assert isinstance(ended.error, FixConnectionError)


# --- sequence numbers -------------------------------------------------------------------------------


def test_a_gap_is_healed_by_resend_and_held_messages_follow_in_order(pair: Pair) -> None:
    pair.drop = {3}
    for n in range(4):
        pair.server.session.send(_report(n))
    pair.pump()
    reports = _received(pair.client.events)
    assert [r.exec_id for r in reports] == ["e0", "e1", "e2", "e3"]  # type: ignore[attr-defined]
    resend = [m for m in pair.client.sent() if isinstance(m, messages.ResendRequest)]
    assert [(r.begin_seq_no, r.end_seq_no) for r in resend] == [(3, 0)]
    again = [m for m in pair.server.sent() if m.poss_dup_flag]
    assert [type(m).__name__ for m in again] == ["ExecutionReport", "ExecutionReport", "ExecutionReport"]
    assert all(m.orig_sending_time for m in again)
    assert pair.client.session.store.next_target_seq == 6  # type: ignore[union-attr]


def test_admin_messages_are_gap_filled_and_orders_are_not_resent_by_default(pair: Pair) -> None:
    pair.client.session.send(_order(1))
    pair.tick(30)  # a heartbeat from each side
    pair.client.session.send(_order(2))
    pair.pump()
    pair.client.events.clear()
    pair.server.session._send_admin(messages.ResendRequest(begin_seq_no=1, end_seq_no=0))
    pair.pump()
    fills = [m for m in pair.client.sent() if isinstance(m, messages.SequenceReset)]
    assert [(f.msg_seq_num, f.new_seq_no, f.gap_fill_flag, f.poss_dup_flag) for f in fills] == [
        (1, 5, True, True)
    ]
    assert not [m for m in pair.client.sent() if isinstance(m, messages.NewOrderSingle) and m.poss_dup_flag]


def test_resend_filter_lets_chosen_orders_go_again(rsa_key: rsa.RSAPrivateKey) -> None:
    pair = Pair(rsa_key, resend_filter=lambda sent: "11=c2\x01" in sent.body)
    pair.connect()
    pair.client.session.send(_order(1))
    pair.client.session.send(_order(2))
    pair.pump()
    pair.server.session._send_admin(messages.ResendRequest(begin_seq_no=2, end_seq_no=3))
    pair.pump()
    again = [m for m in pair.client.sent() if m.poss_dup_flag]
    assert [type(m).__name__ for m in again] == ["SequenceReset", "NewOrderSingle"]
    assert again[1].msg_seq_num == 3
    assert again[1].cl_ord_id == "c2"
    assert [r.cl_ord_id for r in _received(pair.server.events)] == ["c1", "c2"]  # type: ignore[attr-defined]


def test_a_poss_dup_duplicate_is_ignored(pair: Pair) -> None:
    pair.server.session.send(_report(1))
    pair.pump()
    fields = framing.open_frame(pair.server.wire[-1]).decode()
    duplicate = fields.replace("\x0152=", "\x0143=Y\x01122=20260101-00:00:00.000\x0152=")
    pair.client.events += pair.client.session.receive_data(framing.frame(duplicate))
    assert len(_received(pair.client.events)) == 1
    assert pair.client.session.active


def test_a_lower_number_without_poss_dup_ends_the_session(pair: Pair) -> None:
    pair.server.session.send(_report(1))
    pair.pump()
    pair.client.events += pair.client.session.receive_data(pair.server.wire[-1])
    (ended,) = _disconnects(pair.client.events)
    assert isinstance(ended.error, SequenceError)
    assert "MsgSeqNum too low, expecting 3 but received 2" in ended.reason
    assert isinstance(decoded(pair.client.session.data_to_send())[-1], messages.Logout)


def test_without_retransmission_a_gap_ends_the_session(rsa_key: rsa.RSAPrivateKey) -> None:
    pair = Pair(rsa_key, target="KalshiNR", retransmission=False, reset=True)
    pair.connect()
    pair.drop = {2}
    pair.server.session.send(_report(1))
    pair.server.session.send(_report(2))
    pair.pump()
    (ended,) = _disconnects(pair.client.events)
    assert isinstance(ended.error, SequenceError)
    assert "does not retransmit" in ended.reason


def test_sequence_reset_moves_the_expected_number_up_never_down(pair: Pair) -> None:
    pair.server.session._send_admin(messages.SequenceReset(new_seq_no=10))
    pair.pump()
    assert pair.client.session.store.next_target_seq == 10  # type: ignore[union-attr]
    pair.server.session.store.set_next_sender_seq(10)  # type: ignore[union-attr]
    pair.server.session._send_admin(messages.SequenceReset(new_seq_no=5))
    pair.pump()
    reject = pair.client.sent()[-1]
    assert isinstance(reject, messages.Reject)
    assert (reject.ref_seq_num, reject.session_reject_reason, reject.ref_tag_id) == (10, 5, 36)


def test_reset_on_logon_starts_both_sides_at_one(rsa_key: rsa.RSAPrivateKey) -> None:
    client, server = MemoryStore(), MemoryStore()
    client.set_next_sender_seq(50)
    client.set_next_target_seq(70)
    server.set_next_sender_seq(70)
    server.set_next_target_seq(50)
    pair = Pair(
        rsa_key, target="KalshiNR", retransmission=False, reset=True, client_store=client, server_store=server
    )
    pair.connect()
    logon = pair.client.sent()[0]
    assert (logon.msg_seq_num, logon.reset_seq_num_flag) == (1, True)  # type: ignore[attr-defined]
    assert pair.server.sent()[0].msg_seq_num == 1
    assert (client.next_sender_seq, client.next_target_seq, server.next_sender_seq) == (2, 2, 2)


# --- rejects and unknowns ---------------------------------------------------------------------------


def test_an_unreadable_message_is_rejected_and_counted(pair: Pair) -> None:
    bad = (
        "35=8|34=2|49=KalshiRT|56="
        + KEY_ID
        + "|52=20260225-06:00:00.000|37=o|11=c|17=e|150=0|39=0|54=1|55=T|151=x|14=0|6=0|38=1|"
    )
    pair.client.events += pair.client.session.receive_data(framing.frame(bad.replace("|", "\x01")))
    reject = decoded(pair.client.session.data_to_send())[-1]
    assert isinstance(reject, messages.Reject)
    assert (reject.ref_seq_num, reject.session_reject_reason, reject.ref_tag_id, reject.ref_msg_type) == (
        2,
        6,
        151,
        "8",
    )
    assert pair.client.session.store.next_target_seq == 3  # type: ignore[union-attr]
    assert pair.client.session.active


def test_an_unknown_message_type_gets_a_business_reject_and_is_delivered(pair: Pair) -> None:
    pair.server.session.send(UnknownMessage(msg_type="UZ9", fields=((58, "new"),)))
    pair.pump()
    (unknown,) = _received(pair.client.events)
    assert isinstance(unknown, UnknownMessage)
    reject = pair.client.sent()[-1]
    assert isinstance(reject, messages.BusinessMessageReject)
    assert (reject.ref_msg_type, reject.business_reject_reason, reject.ref_seq_num) == ("UZ9", 3, 2)


def test_a_session_reject_reaches_the_application(pair: Pair) -> None:
    pair.server.session._reject(2, 5, "Incorrect value", 44, "D")
    pair.pump()
    (reject,) = _received(pair.client.events)
    assert isinstance(reject, messages.Reject)
    assert (reject.ref_tag_id, reject.text) == (44, "Incorrect value")


def test_garbage_and_garbled_frames_are_skipped(pair: Pair) -> None:
    pair.server.session.send(_report(1))
    good = pair.server.session.data_to_send()
    garbled = good[:-4] + b"000\x01"
    events = pair.client.session.receive_data(b"noise" + garbled + good)
    assert [type(e).__name__ for e in events] == ["Notice", "Notice", "Received"]
    assert pair.client.session.active


# --- logout and restart -----------------------------------------------------------------------------


def test_an_orderly_logout(pair: Pair) -> None:
    pair.client.session.logout("done for the day")
    pair.pump()
    (client_end,) = _disconnects(pair.client.events)
    (server_end,) = _disconnects(pair.server.events)
    assert client_end.error is None
    assert server_end.error is None
    assert "done for the day" in server_end.reason
    with pytest.raises(SessionClosed):
        pair.client.session.send(_order(1))


def test_a_restarted_process_resumes_its_numbers_and_heals_what_it_missed(
    rsa_key: rsa.RSAPrivateKey, tmp_path: Path
) -> None:
    server_store = MemoryStore()
    first = Pair(rsa_key, client_store=FileStore(tmp_path, KEY_ID, "KalshiRT"), server_store=server_store)
    first.connect()
    first.client.session.send(_order(1))
    first.server.session.send(_report(1))
    first.pump()
    first.server.session.send(_report(2))  # sent while the client process dies: never read
    first.server.session.data_to_send()
    first.client.session.store.close()  # type: ignore[union-attr]
    # a new process: new objects, the same directory
    store = FileStore(tmp_path, KEY_ID, "KalshiRT")
    assert (store.next_sender_seq, store.next_target_seq) == (3, 3)
    second = Pair(rsa_key, client_store=store, server_store=server_store)
    second.connect()
    logon = second.client.sent()[0]
    assert (logon.msg_seq_num, logon.reset_seq_num_flag) == (3, None)  # type: ignore[attr-defined]
    signed = bool(logon.raw_data)  # type: ignore[attr-defined]
    on_disk = logon.raw_data in store.path.read_text(errors="replace")  # type: ignore[attr-defined]
    assert signed, "the Logon carries no signature"
    assert not on_disk, "the Logon signature was written to the store"
    reports = _received(second.client.events)
    assert [r.exec_id for r in reports] == ["e2"]  # type: ignore[attr-defined]
    assert reports[0].poss_dup_flag
    assert store.next_target_seq == server_store.next_sender_seq
    store.close()


def test_messages_kept_for_an_absent_counterparty_come_by_resend_after_its_logon(
    rsa_key: rsa.RSAPrivateKey,
) -> None:
    server_store = MemoryStore()
    first = Pair(rsa_key, server_store=server_store)
    first.connect()
    first.server.session.send(_report(1))
    first.pump()
    first.server.events += first.server.session.connection_lost()
    assert first.server.session.keep(_report(2)) == 3  # the client is away: numbered, kept, not written
    assert first.server.session.keep(_report(3)) == 4
    assert first.server.session.data_to_send() == b""
    second = Pair(rsa_key, client_store=first.client.session.store, server_store=server_store)
    second.connect()
    reports = _received(second.client.events)
    assert [(r.exec_id, r.poss_dup_flag) for r in reports] == [("e2", True), ("e3", True)]  # type: ignore[attr-defined]
    assert second.client.session.store.next_target_seq == server_store.next_sender_seq  # type: ignore[union-attr]


def test_keeping_needs_a_store() -> None:
    session = Session(SessionConfig(sender_comp_id=""), initiator=False, authenticate=lambda logon: "no")
    with pytest.raises(SessionClosed):
        session.keep(_report(1))


def test_a_record_cut_short_by_a_crash_is_dropped(tmp_path: Path) -> None:
    store = FileStore(tmp_path, "a", "b")
    store.set_next_target_seq(7)
    sent = SentMessage(1, "t", "D", "11=x\x01")
    store.record_sent(sent)
    store.close()
    with open(store.path, "ab") as handle:
        handle.write(b"S 2 t D 40\n11=partial")
    again = FileStore(tmp_path, "a", "b")
    assert (again.next_sender_seq, again.next_target_seq) == (2, 7)
    assert again.sent(1, 0) == [sent]
    again.set_next_target_seq(8)
    again.close()
    last = FileStore(tmp_path, "a", "b")
    assert last.next_target_seq == 8
    last.close()
