"""The FIX codec: frames, checksum, fields, repeating groups, typed messages both ways."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import msgspec
import pytest
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from fix.samples import body_of, sample_message
from kalshi_py.fix import _codec as codec
from kalshi_py.fix import _framing as framing
from kalshi_py.fix import enums, messages
from kalshi_py.fix._message import UnknownMessage
from kalshi_py.fix._values import format_timestamp, parse_timestamp
from kalshi_py.fix.errors import FixDecodeError, FixFrameError, FixValidationError

REPORT = {"37": "o", "11": "c", "17": "e", "150": "0", "39": "0", "54": "1", "55": "T"}
REPORT |= {"151": "1", "14": "0", "6": "0", "38": "1"}
HEADER = {"sender_comp_id": "KalshiNR", "target_comp_id": "key-1", "msg_seq_num": 42}
SENT = "20260304-15:16:17.123"


def _frame(message: messages.Message, **kwargs: object) -> bytes:
    return codec.encode(message, sending_time=SENT, **{**HEADER, **kwargs})  # type: ignore[arg-type]


def _wire(fields: str) -> bytes:
    """A correct frame around `fields` written with '|' for SOH."""
    return framing.frame(fields.replace("|", "\x01"))


def _report_wire(changes: dict[str, str] | None = None, extra: str = "", drop: str = "") -> bytes:
    """An ExecutionReport frame from `REPORT` with `changes`, `extra` fields ('|' for SOH) appended
    and the tag `drop` left out."""
    fields = {tag: value for tag, value in {**REPORT, **(changes or {})}.items() if tag != drop}
    return _wire(f"35=8|34=7|49=a|56=b|52={SENT}|" + "".join(f"{k}={v}|" for k, v in fields.items()) + extra)


def _report(**changes: object) -> messages.ExecutionReport:
    report = messages.ExecutionReport(
        order_id="ord-1",
        cl_ord_id="cl-1",
        exec_id="ex-1",
        exec_type=enums.ExecType.TRADE,
        ord_status=enums.OrdStatus.PARTIALLY_FILLED,
        side=enums.Side.BUY_YES,
        symbol="KXFED-26DEC-T4.00",
        leaves_qty=Decimal("5"),
        cum_qty=Decimal("5"),
        avg_px=Decimal("0.35"),
        order_qty=Decimal("10"),
        last_px=Decimal("0.35"),
        last_qty=Decimal("5"),
        aggressor_indicator=True,
    )
    return msgspec.structs.replace(report, **changes)


# --- round trips ------------------------------------------------------------------------------------


@pytest.mark.parametrize("msg_type", sorted(messages.MESSAGES))
def test_every_message_round_trips(msg_type: str) -> None:
    message = sample_message(messages.MESSAGES[msg_type])
    decoded = codec.decode(_frame(message))
    assert type(decoded) is type(message)
    assert body_of(decoded) == body_of(message)
    assert (decoded.msg_seq_num, decoded.sending_time) == (42, SENT)
    assert (decoded.sender_comp_id, decoded.target_comp_id) == ("KalshiNR", "key-1")
    assert decoded.unknown_fields == ()


@pytest.mark.parametrize("msg_type", sorted(messages.MESSAGES))
def test_both_reading_paths_agree(msg_type: str) -> None:
    frame = _frame(sample_message(messages.MESSAGES[msg_type], index=1, groups=1))
    fast = codec.decode(frame)
    fields, flat = framing.read_fields(framing.open_frame(frame))
    slow = codec.decode_fields(fields, flat)
    assert fast == slow


def test_wire_text_of_a_new_order_single() -> None:
    order = messages.NewOrderSingle(
        cl_ord_id="c1",
        order_qty=Decimal("10"),
        ord_type=enums.OrdType.LIMIT,
        price=Decimal("0.35"),
        side=enums.Side.BUY_YES,
        symbol="KXFED-26DEC-T4.00",
        time_in_force=enums.TimeInForce.GTC,
    )
    frame = _frame(order)
    body = "35=D|49=KalshiNR|56=key-1|34=42|52=20260304-15:16:17.123|"
    body += "11=c1|38=10|40=2|44=0.35|54=1|55=KXFED-26DEC-T4.00|59=1|"
    assert frame == b"8=FIXT.1.1\x019=%d\x01%b10=%03d\x01" % (
        len(body),
        body.replace("|", "\x01").encode(),
        sum(b"8=FIXT.1.1\x019=%d\x01%b" % (len(body), body.replace("|", "\x01").encode())) % 256,
    )


def test_prices_in_cents_are_dollars_in_messages() -> None:
    order = sample_message(messages.NewOrderSingle)
    order = msgspec.structs.replace(order, price=Decimal("0.0123"))
    frame = _frame(order, cents=True)
    assert b"\x0144=1.23\x01" in frame
    assert codec.decode(frame, cents=True).price == Decimal("0.0123")
    whole = _frame(msgspec.structs.replace(order, price=Decimal("0.35")), cents=True)
    assert b"\x0144=35\x01" in whole
    report = codec.decode(_report_wire({"6": "35"}, extra="31=35|"), cents=True)
    assert (report.avg_px, report.last_px) == (Decimal("0.35"), Decimal("0.35"))
    assert report.order_qty == Decimal("1")


def test_nested_groups_are_written_in_dictionary_order() -> None:
    report = sample_message(messages.MarketSettlementReport, groups=2)
    text = _frame(report).replace(b"\x01", b"|").decode()
    group = text[text.index("20108=") :]
    tags = [field.split("=")[0] for field in group.split("|") if "=" in field]
    entry = ["20109", "20110", "704", "705", "1703", "1704", "1705", "1704", "1705", "136"]
    entry += ["137", "138", "139", "891"] * 2
    assert tags[:2] == ["20108", "20109"]
    assert tags[1 : 1 + len(entry)] == entry
    decoded = codec.decode(_frame(report))
    assert isinstance(decoded, messages.MarketSettlementReport)
    assert len(decoded.market_settlement_party_ids) == 2
    assert len(decoded.market_settlement_party_ids[1].misc_fees) == 2


# --- checksum and frames ----------------------------------------------------------------------------


@settings(max_examples=200)
@given(st.binary(max_size=3000))
def test_checksum_is_the_byte_sum_modulo_256(data: bytes) -> None:
    assert framing.checksum(data) == sum(data) % 256
    assert framing.checksum(bytearray(data)) == sum(data) % 256


@pytest.mark.parametrize(
    ("mutate", "tag"),
    [
        (lambda f: f.replace(b"\x0155=", b"\x0155=X", 1), 9),
        (lambda f: f[:-4] + (b"%03d\x01" % ((int(f[-4:-1]) + 1) % 256)), 10),
        (lambda f: f.replace(b"8=FIXT.1.1", b"8=FIX.4.4"), 8),
        (lambda f: f.replace(b"\x019=", b"\x019=1", 1), 9),
        (lambda f: f.replace(b"\x0110=", b"\x0111="), 9),
    ],
)
def test_garbled_frames_are_refused(mutate, tag: int) -> None:  # type: ignore[no-untyped-def]
    frame = _frame(_report())
    with pytest.raises(FixFrameError) as caught:
        codec.decode(mutate(frame))
    assert caught.value.ref_tag == tag


def test_frames_are_found_in_a_stream_fed_byte_by_byte() -> None:
    frames = [_frame(_report(exec_id=f"e{n}"), msg_seq_num=n) for n in range(1, 4)]
    stream = b"".join(frames)
    buffer = bytearray()
    found = []
    for byte in stream:
        buffer.append(byte)
        end = framing.frame_end(buffer)
        if end:
            found.append(bytes(buffer[:end]))
            del buffer[:end]
    assert found == frames
    assert [codec.decode(f).msg_seq_num for f in found] == [1, 2, 3]


def test_garbage_in_a_stream_is_refused_and_skipped() -> None:
    good = _frame(_report())
    stream = b"junk!" + good
    with pytest.raises(FixFrameError):
        framing.frame_end(stream)
    start = framing.resync_point(stream, 0)
    assert framing.frame_end(stream, start) == len(stream)
    with pytest.raises(FixFrameError, match="BodyLength"):
        framing.frame_end(b"8=FIXT.1.1\x019=12x4\x01")
    with pytest.raises(FixFrameError, match="exceeds"):
        framing.frame_end(b"8=FIXT.1.1\x019=99999999\x01")


# --- lenient reading --------------------------------------------------------------------------------


def test_unknown_tags_are_kept_and_the_rest_is_read() -> None:
    report = codec.decode(_report_wire(extra="9999=new|21099=x|"))
    assert isinstance(report, messages.ExecutionReport)
    assert report.unknown_fields == ((9999, "new"), (21099, "x"))
    assert (report.order_id, report.leaves_qty, report.msg_seq_num) == ("o", Decimal("1"), 7)


def test_a_new_enum_value_is_kept_as_it_came() -> None:
    report = codec.decode(_report_wire({"150": "Z", "39": "Q"}, extra="103=77|"))
    assert isinstance(report, messages.ExecutionReport)
    assert (report.exec_type, report.ord_status, report.ord_rej_reason) == ("Z", "Q", 77)
    assert report.side == enums.Side.BUY_YES


def test_an_unknown_message_type_is_an_unknown_message() -> None:
    message = codec.decode(_wire("35=UZZ|34=9|49=a|56=b|52=" + SENT + "|58=hello|20001=1|"))
    assert isinstance(message, UnknownMessage)
    assert message.msg_type == "UZZ"
    assert message.msg_seq_num == 9
    assert message.fields[-2:] == ((58, "hello"), (20001, "1"))
    assert codec.encode_body(message).endswith("58=hello\x0120001=1\x01")


@pytest.mark.parametrize("text", ['a "quoted" = text', "back\\slash", "Y", "N", "tab\there", "naïve"])
def test_awkward_text_values_are_read_exactly(text: str) -> None:
    report = _report(text=text, cl_ord_id=text if "\t" not in text else "c")
    decoded = codec.decode(_frame(report))
    assert isinstance(decoded, messages.ExecutionReport)
    assert decoded.text == text
    assert decoded.cl_ord_id == report.cl_ord_id


def test_quotes_and_equals_in_a_value_cannot_add_fields() -> None:
    """A value shaped like more fields is read as the value it is, not as the fields it mimics."""
    for text in ('a","11":"evil', 'a","11=evil', "a\\u0022,\\u002211=evil"):
        report = codec.decode(_report_wire(extra=f"58={text}|"))
        assert isinstance(report, messages.ExecutionReport)
        assert (report.text, report.cl_ord_id) == (text, "c")


def test_a_group_after_the_fields_it_precedes_on_the_wire_is_read() -> None:
    fee = "136=2|137=0.01|138=USD|139=4|891=0|137=0.02|138=USD|139=4|891=0|"
    for extra in (fee + "880=t1|", "880=t1|" + fee, fee + "453=1|448=party|452=24|"):
        report = codec.decode(_report_wire(extra=extra))
        assert isinstance(report, messages.ExecutionReport)
        assert [f.misc_fee_amt for f in report.misc_fees] == [Decimal("0.01"), Decimal("0.02")]
        fields, flat = framing.read_fields(framing.open_frame(_report_wire(extra=extra)))
        assert codec.decode_fields(fields, flat) == report


def test_length_prefixed_data_may_hold_soh_and_equals() -> None:
    text = "35=A|34=1|49=a|56=b|52=" + SENT + "|98=0|108=30|95=6|96=ab|c=d|1137=9|"
    logon = codec.decode(_wire(text))
    assert isinstance(logon, messages.Logon)
    assert logon.raw_data == "ab\x01c=d"
    assert logon.heart_bt_int == 30


def test_timestamps_of_every_precision() -> None:
    cases = [
        ("20260304-15:16:17", 0),
        ("20260304-15:16:17.5", 500000),
        ("20260304-15:16:17.123456789", 123456),
    ]
    for text, micro in cases:
        report = codec.decode(_report_wire(extra=f"60={text}|"))
        assert isinstance(report, messages.ExecutionReport)
        assert report.transact_time == datetime(2026, 3, 4, 15, 16, 17, micro, tzinfo=timezone.utc)


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(
        min_value=datetime(1970, 1, 2),
        max_value=datetime(2200, 1, 1),
        timezones=st.timezones(),
        allow_imaginary=False,
    )
)
def test_a_timestamp_is_written_in_utc_to_the_millisecond(moment: datetime) -> None:
    utc = moment.astimezone(timezone.utc)
    expected = utc.strftime("%Y%m%d-%H:%M:%S.") + f"{utc.microsecond // 1000:03d}"
    assert format_timestamp(moment) == expected
    assert parse_timestamp(expected) == utc.replace(microsecond=utc.microsecond // 1000 * 1000)


# --- errors naming the problem ----------------------------------------------------------------------


def test_a_missing_required_tag_is_named() -> None:
    with pytest.raises(FixDecodeError) as caught:
        codec.decode(_report_wire(drop="37"))
    assert (caught.value.reason, caught.value.ref_tag, caught.value.msg_seq_num) == (1, 37, 7)
    assert caught.value.msg_type == "8"


@pytest.mark.parametrize(
    ("field", "value"), [("151", "lots"), ("1057", "maybe"), ("60", "yesterday"), ("103", "x")]
)
def test_a_value_in_the_wrong_format_is_named(field: str, value: str) -> None:
    with pytest.raises(FixDecodeError) as caught:
        codec.decode(_report_wire({field: value}))
    assert (caught.value.reason, caught.value.ref_tag) == (6, int(field))


def test_a_missing_header_field_is_named() -> None:
    with pytest.raises(FixDecodeError) as caught:
        codec.decode(_wire("35=0|49=a|56=b|52=" + SENT + "|"))
    assert (caught.value.reason, caught.value.ref_tag) == (1, 34)


def test_group_count_that_disagrees_with_the_entries() -> None:
    with pytest.raises(FixDecodeError) as caught:
        codec.decode(_report_wire(extra="136=2|137=0.01|138=USD|139=4|891=0|"))
    assert (caught.value.reason, caught.value.ref_tag) == (16, 136)


def test_a_group_sent_twice_is_read_as_its_first_occurrence() -> None:
    fee = "136=1|137=0.01|138=USD|139=4|891=0|"
    frame = _report_wire(extra=fee + "880=t1|" + fee.replace("0.01", "0.02"))
    report = codec.decode(frame)
    assert isinstance(report, messages.ExecutionReport)
    assert [f.misc_fee_amt for f in report.misc_fees] == [Decimal("0.01")]
    fields, flat = framing.read_fields(framing.open_frame(frame))
    assert codec.decode_fields(fields, flat) == report


def test_invalid_tags_are_refused() -> None:
    with pytest.raises(FixDecodeError) as caught:
        codec.decode(_wire("35=0|34=1|49=a|56=b|52=" + SENT + "|x1=2|"))
    assert caught.value.reason == 0


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        ({"cl_ord_id": None}, "ClOrdID(11) is required"),
        ({"order_qty": 1.5}, "OrderQty(38) must be a Decimal, not a float"),
        ({"price": Decimal("NaN")}, "Price(44) must be a finite number"),
        ({"side": "3"}, "Side(54) must be one of 1, 2"),
        ({"symbol": "A\x01B"}, "Symbol(55) contains the field delimiter"),
        ({"symbol": ""}, "Symbol(55) is empty"),
        ({"expire_time": datetime(2026, 1, 1)}, "ExpireTime(126) must be an aware datetime"),
        ({"alloc_account": "3"}, "AllocAccount(79) must be an int"),
        ({"party_ids": [messages.MiscFee()]}, "NoPartyIDs(453) must be a list of PartyID"),
    ],
)
def test_invalid_outgoing_messages_are_refused_before_sending(
    changes: dict[str, object], fragment: str
) -> None:
    order = msgspec.structs.replace(sample_message(messages.NewOrderSingle), **changes)
    with pytest.raises(FixValidationError, match=fragment.replace("(", r"\(").replace(")", r"\)")):
        _frame(order)


def test_exponent_notation_is_written_in_fixed_point() -> None:
    order = msgspec.structs.replace(
        sample_message(messages.NewOrderSingle), order_qty=Decimal("1E+2"), price=Decimal("5E-1")
    )
    frame = _frame(order)
    assert b"\x0138=100\x01" in frame
    assert b"\x0144=0.5\x01" in frame


def test_the_logon_signature_never_shows_in_a_repr() -> None:
    logon = messages.Logon(
        encrypt_method=0, heart_bt_int=30, default_appl_ver_id="9", raw_data="c2lnbmF0dXJl"
    )
    assert "c2lnbmF0dXJl" not in repr(logon)
    assert "raw_data='***'" in repr(logon)


def test_generated_files_say_they_are_generated() -> None:
    for name in ("enums.py", "fields.py", "messages.py"):
        first = (ROOT / "kalshi_py" / "fix" / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# generated from fix-dictionary.json")
        assert first.endswith("do not edit")
