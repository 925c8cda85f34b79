"""Typed FIX messages to and from frames.

`encode` checks a message and writes its frame; `decode` checks a frame (see `_framing`) and reads
its message. Most messages are read in one msgspec call on a JSON rendering of their text; a
message with repeating groups, unknown tags, quotes or '=' in values, prices in cents, or anything
wrong is read field by field, and a message that cannot be read raises `FixDecodeError` naming
the SessionRejectReason and the tag at fault.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import msgspec

from ._framing import frame, frame_text, open_frame, read_fields, split_fields, split_fields_exactly
from ._json_reading import read_frame
from ._message import Message, UnknownMessage
from ._values import parse_timestamp, read_bool, read_cents, write_cents, write_decimal
from .errors import FixDecodeError, FixValidationError
from .messages import (
    FIELD_KINDS,
    FIELD_TAGS,
    KNOWN_TAGS,
    READERS,
    REQUIRED_TAGS,
    WRITERS,
)

__all__ = ["decode", "decode_fields", "encode", "encode_body", "encode_header"]

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

    Most messages are read in one msgspec call (see `_json_reading`); anything else, prices in
    cents included, is read field by field, which also says what is wrong with a bad frame."""
    if not cents:
        decoded = read_frame(message)
        if decoded is not None:
            return decoded
    text = frame_text(message)
    if text is None:
        fields, flat = read_fields(open_frame(message))
    else:
        split = split_fields(text)
        fields, flat = split if split is not None else split_fields_exactly(text.encode("ascii"))
    return decode_fields(fields, flat, cents=cents)


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
