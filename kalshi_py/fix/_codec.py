"""The FIX tag=value wire format: frames, fields, BodyLength and CheckSum.

A frame is `8=FIXT.1.1 SOH 9=<BodyLength> SOH <fields> 10=<CheckSum> SOH`, where BodyLength counts
the bytes from the field after BodyLength up to and including the SOH before CheckSum, and
CheckSum is the sum of every byte before `10=` modulo 256, written with three digits.

`frame_end` finds where a frame ends in a stream buffer; `open_frame` checks BeginString,
BodyLength and CheckSum and returns the fields; `read_fields` splits them into a dict (tag text to
value text, the last occurrence of a tag winning) plus the flat list `[tag, value, tag, value, ...]`
in wire order, which repeating groups are read from. Length-prefixed data fields (RawData(96)
after RawDataLength(95), and the like) may hold any byte, SOH included.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, NamedTuple
from zlib import adler32

import msgspec

from ._message import Message, UnknownMessage
from ._values import decode_hook, parse_timestamp, read_bool, read_cents, write_cents, write_decimal
from .errors import FixDecodeError, FixFrameError, FixValidationError
from .messages import (
    FIELD_KINDS,
    FIELD_TAGS,
    GROUP_TAGS,
    KNOWN_TAGS,
    MESSAGES,
    READERS,
    REQUIRED_TAGS,
    WRITERS,
)

__all__ = [
    "BEGIN_STRING",
    "MAX_BODY_LENGTH",
    "checksum",
    "decode",
    "decode_fields",
    "encode",
    "encode_body",
    "encode_header",
    "frame",
    "frame_end",
    "open_frame",
    "read_fields",
    "resync_point",
]

BEGIN_STRING = "FIXT.1.1"
MAX_BODY_LENGTH = 1 << 20
"""The largest BodyLength accepted (1 MiB); a longer one is taken for a garbled frame."""

_PREFIX = b"8=FIXT.1.1\x019="
_PREFIX_LENGTH = len(_PREFIX)
_TRAILER_LENGTH = 7  # 10=NNN SOH
_DATA_TAGS = {"95": "96", "93": "89", "212": "213", "354": "355"}  # length tag -> its data tag


def checksum(data: bytes | bytearray | memoryview) -> int:
    """The FIX CheckSum of `data`: the sum of its bytes modulo 256.

    Adler-32's low half is 1 + the byte sum modulo 65521, which is the exact sum for up to 256
    bytes; summing such chunks in C is far faster than `sum(data)`."""
    size = len(data)
    if size <= 256:
        return ((adler32(data) & 0xFFFF) - 1) & 0xFF
    if size <= 512:
        return ((adler32(data[:256]) & 0xFFFF) + (adler32(data[256:]) & 0xFFFF) - 2) & 0xFF
    view = memoryview(data)
    total = 0
    for start in range(0, size, 256):
        total += (adler32(view[start : start + 256]) & 0xFFFF) - 1
    return total & 0xFF


def frame(fields: str) -> bytes:
    """A complete frame around `fields` (`35=...` up to and including its last SOH)."""
    body = fields.encode("utf-8", "surrogateescape")
    head = b"8=FIXT.1.1\x019=%d\x01%b" % (len(body), body)
    return head + b"10=%03d\x01" % checksum(head)


def frame_end(buffer: bytes | bytearray, start: int = 0) -> int:
    """Where the frame that begins at `buffer[start]` ends (exclusive), or 0 while it is still
    incomplete. Raises `FixFrameError` when the bytes at `start` cannot begin a frame."""
    available = len(buffer) - start
    if available < _PREFIX_LENGTH:
        if _PREFIX.startswith(bytes(buffer[start:])):
            return 0
        raise FixFrameError("the stream does not begin with 8=FIXT.1.1|9=", reason=6)
    if buffer[start : start + _PREFIX_LENGTH] != _PREFIX:
        raise FixFrameError(
            f"expected a frame beginning 8=FIXT.1.1|9=, got {bytes(buffer[start : start + 16])!r}",
            reason=6,
            ref_tag=8,
        )
    digits_at = start + _PREFIX_LENGTH
    soh = buffer.find(b"\x01", digits_at, digits_at + 9)
    if soh < 0:
        if available > _PREFIX_LENGTH + 8:
            raise FixFrameError("BodyLength(9) is not a number of at most 8 digits", reason=6, ref_tag=9)
        return 0
    digits = bytes(buffer[digits_at:soh])
    if not digits.isdigit():
        raise FixFrameError(f"BodyLength(9) is not a number: {digits!r}", reason=6, ref_tag=9)
    length = int(digits)
    if length > MAX_BODY_LENGTH:
        raise FixFrameError(f"BodyLength(9) {length} exceeds {MAX_BODY_LENGTH}", reason=6, ref_tag=9)
    end = soh + 1 + length + _TRAILER_LENGTH
    return end if len(buffer) >= end else 0


def resync_point(buffer: bytes | bytearray, start: int) -> int:
    """Where the next frame may begin after garbage at `start` (the length of `buffer` if
    nowhere yet)."""
    found = buffer.find(b"8=FIXT.1.1\x01", start + 1)
    return len(buffer) if found < 0 else found


def open_frame(message: bytes) -> bytes:
    """The fields of a complete frame (from after BodyLength up to and including the SOH before
    CheckSum), once BeginString, BodyLength and CheckSum are checked."""
    if not message.startswith(_PREFIX):
        raise FixFrameError(
            "BeginString(8) must be FIXT.1.1 and be followed by BodyLength(9)", reason=6, ref_tag=8
        )
    soh = message.find(b"\x01", _PREFIX_LENGTH)
    digits = message[_PREFIX_LENGTH:soh]
    if soh < 0 or not digits.isdigit():
        raise FixFrameError(f"BodyLength(9) is not a number: {digits!r}", reason=6, ref_tag=9)
    start = soh + 1
    end = start + int(digits)
    if message[end : end + 3] != b"10=" or len(message) != end + _TRAILER_LENGTH or message[-1] != 1:
        raise FixFrameError(
            f"BodyLength(9)={int(digits)} does not end where CheckSum(10) begins "
            f"(frame of {len(message)} bytes)",
            reason=6,
            ref_tag=9,
        )
    if message[end - 1] != 1:
        raise FixFrameError("the field before CheckSum(10) is not terminated by SOH", reason=6, ref_tag=10)
    sent = message[end + 3 : end + 6]
    expected = checksum(memoryview(message)[:end])
    if not sent.isdigit() or int(sent) != expected:
        raise FixFrameError(
            f"CheckSum(10) is {sent.decode(errors='replace')}, expected {expected:03d}", reason=6, ref_tag=10
        )
    return message[start:end]


def read_fields(body: bytes) -> tuple[dict[str, Any], list[str]]:
    """`({tag: value}, [tag, value, tag, value, ...])` of the fields of a frame."""
    text = body.decode("utf-8", "surrogateescape")
    return _split(text) or _read_fields_exactly(body)


def _split(text: str) -> tuple[dict[str, Any], list[str]] | None:
    """Fields whose values hold no '=' in two C calls; None when some do (or are malformed)."""
    if "95=" in text or "93=" in text:
        return None  # length-prefixed data (RawData, Signature) may hold SOH and '='
    flat = text.replace("\x01", "=").split("=")
    if len(flat) != 2 * text.count("\x01") + 1 or "\x01=" in text or text.startswith("="):
        return None
    flat.pop()  # after the last SOH
    return dict(zip(flat[0::2], flat[1::2], strict=False)), flat


def _frame_text(message: bytes) -> str | None:
    """The fields of a complete ASCII frame as text, once BeginString, BodyLength and CheckSum
    are checked; None for a frame that is not plain ASCII or not correct (`open_frame` then
    reads it, or says what is wrong)."""
    text = message.decode("utf-8", "surrogateescape")
    if len(text) != len(message) or not text.startswith("8=FIXT.1.1\x019="):
        return None
    soh = text.find("\x01", _PREFIX_LENGTH)
    digits = text[_PREFIX_LENGTH:soh]
    if soh < 0 or not digits.isdigit():
        return None
    end = soh + 1 + int(digits)
    sent = text[end + 3 : end + 6]
    if (
        text[end - 1 : end + 3] != "\x0110="
        or len(text) != end + _TRAILER_LENGTH
        or text[-1] != "\x01"
        or not sent.isdigit()
        or int(sent) != checksum(message[:end])
    ):
        return None
    return text[soh + 1 : end]


def _read_fields_exactly(body: bytes) -> tuple[dict[str, Any], list[str]]:
    """Field by field: for values holding '=' and length-prefixed data holding any byte."""
    flat: list[str] = []
    position, size = 0, len(body)
    data_tag: str | None = None
    data_length = 0
    while position < size:
        equals = body.find(b"=", position)
        end_of_field = body.find(b"\x01", position)
        if equals < 0 or (0 <= end_of_field < equals):
            raise FixDecodeError(f"a field without '=' at byte {position}", reason=6)
        tag = body[position:equals].decode("ascii", "replace")
        if not tag.isdigit() or tag.startswith("0"):
            raise FixDecodeError(f"invalid tag {tag!r} at byte {position}", reason=0)
        if tag == data_tag:
            end = equals + 1 + data_length
            if body[end : end + 1] != b"\x01":
                raise FixDecodeError(
                    f"data field {tag} is not {data_length} bytes long as its length field says",
                    reason=6,
                    ref_tag=int(tag),
                )
        else:
            end = body.find(b"\x01", equals + 1)
            if end < 0:
                raise FixDecodeError(f"field {tag} is not terminated by SOH", reason=6, ref_tag=int(tag))
        value = body[equals + 1 : end].decode("utf-8", "surrogateescape")
        data_tag = _DATA_TAGS.get(tag)
        if data_tag is not None:
            if not value.isdigit():
                raise FixDecodeError(
                    f"length field {tag} is not a number: {value!r}", reason=6, ref_tag=int(tag)
                )
            data_length = int(value)
        flat.append(tag)
        flat.append(value)
        position = end + 1
    return dict(zip(flat[0::2], flat[1::2], strict=False)), flat


# --- typed messages ---------------------------------------------------------------------------------

_HEADER_REQUIRED = ((34, "MsgSeqNum"), (49, "SenderCompID"), (56, "TargetCompID"), (52, "SendingTime"))


def encode_body(message: Message, *, cents: bool = False) -> str:
    """The fields of `message` after the header, checked (`FixValidationError` names the field at
    fault). With `cents`, the cents-or-dollars price tags are written in cents."""
    if type(message) is UnknownMessage:
        return "".join(f"{tag}={value}\x01" for tag, value in message.fields)
    writer = WRITERS.get(type(message))
    if writer is None:
        raise FixValidationError(f"{type(message).__name__} is not a message of Kalshi's FIX dictionary")
    return writer(message, write_cents if cents else write_decimal)


def encode_header(
    msg_type: str,
    sender_comp_id: str,
    target_comp_id: str,
    msg_seq_num: int,
    sending_time: str,
    *,
    poss_dup_flag: bool = False,
    orig_sending_time: str | None = None,
) -> str:
    """The standard header after BodyLength: MsgType, CompIDs, MsgSeqNum, SendingTime and, for a
    retransmission, PossDupFlag and OrigSendingTime."""
    text = (
        f"35={msg_type}\x0149={sender_comp_id}\x0156={target_comp_id}"
        f"\x0134={msg_seq_num}\x0152={sending_time}\x01"
    )
    if poss_dup_flag:
        text += "43=Y\x01"
    if orig_sending_time is not None:
        text += f"122={orig_sending_time}\x01"
    return text


def encode(
    message: Message,
    *,
    sender_comp_id: str,
    target_comp_id: str,
    msg_seq_num: int,
    sending_time: str,
    cents: bool = False,
) -> bytes:
    """A complete frame of `message` (header fields given here, not taken from the message)."""
    msg_type = message.msg_type if type(message) is UnknownMessage else message.MSG_TYPE
    body = encode_body(message, cents=cents)
    head = encode_header(msg_type, sender_comp_id, target_comp_id, msg_seq_num, sending_time)
    return frame(head + body)


def decode(message: bytes, *, cents: bool = False) -> Message:
    """The typed message of a complete frame. Raises `FixFrameError` for a wrong BeginString,
    BodyLength or CheckSum and `FixDecodeError` (with the SessionRejectReason, the tag at fault and
    the MsgSeqNum when readable) for fields that cannot be read. A MsgType the dictionary does not
    define decodes to `UnknownMessage`; tags it does not define for the message are kept in
    `unknown_fields`.

    Most messages are read in one msgspec call on a JSON rendering of their text; those with
    repeating groups, unknown tags, quotes or '=' in values, prices in cents, or anything wrong
    are read field by field."""
    text = _frame_text(message)
    if text is not None and not cents and "95=" not in text and "93=" not in text:
        decoded = _decode_json(text)
        if (
            decoded is not None
            and decoded.msg_seq_num > 0
            and decoded.sending_time
            and decoded.sender_comp_id
            and decoded.target_comp_id
        ):
            return decoded
    if text is None:
        fields, flat = read_fields(open_frame(message))
    else:
        split = _split(text)
        fields, flat = split if split is not None else _read_fields_exactly(text.encode("ascii"))
    return decode_fields(fields, flat, cents=cents)


class _JsonPlan(NamedTuple):
    decoder: msgspec.json.Decoder[Any]
    group_markers: tuple[str, ...]
    has_flags: bool


_JSON_PLANS: dict[str, _JsonPlan] = {}


def _decode_json(text: str) -> Message | None:
    """The message read in one msgspec call, or None when it must be read field by field."""
    soh = text.find("\x01")
    msg_type = text[3:soh]
    plan = _JSON_PLANS.get(msg_type)
    if plan is None:
        if msg_type not in MESSAGES or not text.startswith("35="):
            return None
        markers = tuple(f"\x01{tag}=" for tag in GROUP_TAGS.get(msg_type, ()))
        flags = any(FIELD_KINDS.get(int(tag)) == "bool" for tag in FIELD_TAGS[msg_type])
        decoder = msgspec.json.Decoder(MESSAGES[msg_type], strict=False, dec_hook=decode_hook)
        plan = _JSON_PLANS[msg_type] = _JsonPlan(decoder, markers, flags)
    if '"' in text or "\\" in text:
        return None
    for marker in plan.group_markers:
        if marker in text:
            return None
    rendered = '{"' + text[soh + 1 : -1].replace("=", '":"').replace("\x01", '","') + '"}'
    if plan.has_flags:
        rendered = rendered.replace('":"Y"', '":true').replace('":"N"', '":false')
    try:
        decoded: Message = plan.decoder.decode(rendered)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    return decoded


def decode_fields(fields: dict[str, Any], flat: list[str], *, cents: bool = False) -> Message:
    """The typed message of fields already split (see `decode`)."""
    msg_type = fields.get("35")
    if msg_type is None or flat[0] != "35":
        raise FixDecodeError("MsgType(35) must be the first field after BodyLength(9)", reason=1, ref_tag=35)
    reader = READERS.get(msg_type)
    if reader is None:
        try:
            return UnknownMessage(
                msg_type=msg_type,
                fields=_pairs(flat, None, msg_type),
                msg_seq_num=int(fields["34"]),
                sending_time=fields["52"],
                sender_comp_id=fields["49"],
                target_comp_id=fields["56"],
                poss_dup_flag=fields.get("43") == "Y",
            )
        except (KeyError, ValueError):
            raise _diagnose(msg_type, fields) from None
    if "34" not in fields or "49" not in fields or "56" not in fields or "52" not in fields:
        raise _diagnose(msg_type, fields)
    declared = FIELD_TAGS[msg_type]
    unknown: set[str] = set()
    if not declared.issuperset(fields):
        extra = fields.keys() - declared
        unknown = extra - KNOWN_TAGS[msg_type]
        checked = dict(fields)
        for tag in extra:
            del fields[tag]
    else:
        checked = fields
    try:
        for flag in ("43", "97"):
            value = fields.get(flag)
            if value is not None:
                fields[flag] = read_bool(value)
        decoded = reader(fields, flat, read_cents if cents else None)
    except FixDecodeError as exc:
        exc.msg_type = msg_type
        exc.msg_seq_num = _seq_of(checked)
        raise
    except (msgspec.ValidationError, KeyError, ValueError, TypeError, ArithmeticError):
        raise _diagnose(msg_type, checked) from None
    if unknown:
        decoded.unknown_fields = _pairs(flat, unknown, msg_type)
    return decoded


def _pairs(flat: list[str], only: set[str] | None, msg_type: str) -> tuple[tuple[int, str], ...]:
    """`(tag, value)` pairs of `flat` (of the tags in `only`), tags checked to be numbers."""
    pairs = []
    for index in range(0, len(flat), 2):
        tag = flat[index]
        if only is None or tag in only:
            if not tag.isdigit() or tag.startswith("0"):
                raise FixDecodeError(f"invalid tag {tag!r}", reason=0, msg_type=msg_type)
            pairs.append((int(tag), flat[index + 1]))
    return tuple(pairs)


def _seq_of(fields: dict[str, Any]) -> int | None:
    text = fields.get("34", "")
    return int(text) if text.isdigit() else None


_CHECKS: dict[str, Callable[[str], Any]] = {
    "int": int,
    "count": int,
    "length": int,
    "decimal": Decimal,
    "price": Decimal,
    "bool": read_bool,
    "timestamp": parse_timestamp,
}


def _diagnose(msg_type: str, fields: dict[str, Any]) -> FixDecodeError:
    """The error that explains why the message could not be read."""
    seq = _seq_of(fields)

    def error(text: str, reason: int, tag: int | None) -> FixDecodeError:
        return FixDecodeError(text, reason=reason, ref_tag=tag, msg_type=msg_type, msg_seq_num=seq)

    for tag, name in _HEADER_REQUIRED:
        if str(tag) not in fields:
            return error(f"{name}({tag}) is missing", 1, tag)
    if seq is None:
        return error(f"MsgSeqNum(34) is not a number: {fields['34']!r}", 6, 34)
    for tag in REQUIRED_TAGS.get(msg_type, ()):
        if str(tag) not in fields:
            return error(f"required tag {tag} is missing from MsgType {msg_type}", 1, tag)
    for text, value in fields.items():
        if not text.isdigit():
            return error(f"invalid tag {text!r}", 0, None)
        check = _CHECKS.get(FIELD_KINDS.get(int(text), "str"))
        if check is None or not isinstance(value, str):
            continue
        try:
            parsed = check(value)
        except (ValueError, KeyError, ArithmeticError):
            return error(f"tag {text} has a value in the wrong format: {value!r}", 6, int(text))
        if isinstance(parsed, Decimal) and not parsed.is_finite():
            return error(f"tag {text} is not a finite number: {value!r}", 6, int(text))
    return error(f"MsgType {msg_type} could not be read", 99, None)
