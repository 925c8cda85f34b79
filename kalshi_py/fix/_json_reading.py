"""The fast way of reading a frame: its fields rendered as one JSON object, read by msgspec.

A frame is checked (BeginString, BodyLength, CheckSum) and its fields turned into JSON with a few
C-level byte replacements (`tag=value SOH` -> `"tag":"value",`), repeating groups into arrays of
objects; one msgspec call then reads the typed message, converting every value in C (the
UTCTimestamps excepted, read by `decode_hook`). No Python object is made per field that the
message does not keep.

Anything this cannot read exactly returns None, and the codec reads the frame field by field,
which says precisely what is wrong: a frame that is not correct, quotes, backslashes or control
characters in values, '=' in a value, a tag the message does not define, a value of the wrong
type, nested groups, a group whose count disagrees with its entries, a length-prefixed data
field, a header field missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

import msgspec

from ._framing import checksum
from ._message import GroupSpec, Message
from ._values import decode_hook, read_bool
from .fields import FIELD_KINDS
from .messages import FIELD_TAGS, GROUPS, MESSAGES

__all__ = ["read_frame"]

_DATA_KINDS = frozenset({"data", "length"})
_PREFIX = b"8=FIXT.1.1\x019="
_PREFIX_LENGTH = len(_PREFIX)
_HEADER_FLAGS = frozenset({"43", "97"})  # PossDupFlag, PossResend: Y on retransmissions only


class _Group(NamedTuple):
    count_tag: bytes
    first: bytes  # "<first tag>=" of an entry
    between: bytes  # what separates two entries once rendered
    fields: re.Pattern[bytes]  # the fields of the group, from the one after its count


class _Plan(NamedTuple):
    decoder: msgspec.json.Decoder[Any]
    groups: dict[bytes, _Group]  # by count tag
    flags: bool  # whether it has Y/N fields
    find_group: Callable[..., re.Match[bytes] | None] | None  # the next NumInGroup field


_PLANS: dict[bytes, _Plan | None] = {}


def _group(count_tag: str, spec: GroupSpec) -> _Group:
    members = b"|".join(tag.encode() for tag in spec.fields)
    first = spec.first.encode()
    return _Group(
        count_tag.encode(),
        first + b"=",
        b'","' + first + b'":"',
        re.compile(b"(?:(?:" + members + b")=[^\x01=]*\x01)*"),
    )


def _plan(msg_type: bytes) -> _Plan | None:
    """How to read a MsgType, None when it is always read field by field (unknown types, types
    with length-prefixed data or nested groups)."""
    text = msg_type.decode("ascii", "replace")
    message = MESSAGES.get(text)
    if message is None or any(FIELD_KINDS.get(int(tag)) in _DATA_KINDS for tag in FIELD_TAGS[text]):
        return None
    specs = GROUPS.get(text, {})
    if any(spec.groups for spec in specs.values()):
        return None
    decoder = msgspec.json.Decoder(message, strict=False, dec_hook=decode_hook)
    flags = any(FIELD_KINDS.get(int(tag)) == "bool" for tag in FIELD_TAGS[text] - _HEADER_FLAGS)
    flags = flags or any(reader is read_bool for spec in specs.values() for _, reader in spec.fields.values())
    if not specs:
        return _Plan(decoder, {}, flags, None)
    groups = {group.count_tag: group for group in map(_group, specs, specs.values())}
    counts = re.compile(b"\x01(" + "|".join(specs).encode() + b")=([^\x01]*)")
    return _Plan(decoder, groups, flags, counts.search)


def read_frame(frame: bytes) -> Message | None:
    """The typed message of a complete, correct frame, or None when the frame must be read (or
    refused) field by field."""
    soh = frame.find(b"\x01", _PREFIX_LENGTH)
    digits = frame[_PREFIX_LENGTH:soh]
    if not digits.isdigit() or not frame.startswith(_PREFIX):
        return None
    end = soh + 1 + int(digits)
    if len(frame) != end + 7 or not frame.startswith(b"\x0110=", end - 1) or frame[-1] != 1:
        return None
    sent = frame[end + 3 : end + 6]
    if not sent.isdigit() or int(sent) != checksum(frame[:end]) or not frame.startswith(b"35=", soh + 1):
        return None
    type_end = frame.find(b"\x01", soh + 4)
    msg_type = frame[soh + 4 : type_end]
    plan = _PLANS.get(msg_type)
    if plan is None:
        if msg_type in _PLANS or len(_PLANS) >= 256:
            return None
        plan = _PLANS[msg_type] = _plan(msg_type)
        if plan is None:
            return None
    body = frame[type_end:end]  # SOH field SOH ... field SOH
    if b'"' in body or b"\\" in body:  # either would change the meaning of the JSON
        return None
    found = None if plan.find_group is None else plan.find_group(body)
    if found is None:
        rendered = b'{"%b"}' % body[1:-1].replace(b"=", b'":"').replace(b"\x01", b'","')
    else:
        grouped = _render_with_groups(body, found, plan)
        if grouped is None:
            return None
        rendered = grouped
    if plan.flags:
        rendered = rendered.replace(b'":"Y"', b'":true').replace(b'":"N"', b'":false')
    try:
        message: Message = plan.decoder.decode(rendered)
    except (msgspec.ValidationError, msgspec.DecodeError, ValueError):
        return None
    if message.msg_seq_num > 0 and message.sending_time and message.sender_comp_id and message.target_comp_id:
        return message
    return None


def _render_with_groups(body: bytes, found: re.Match[bytes] | None, plan: _Plan) -> bytes | None:
    """The JSON object of the fields in `body` (SOH field SOH ... field SOH), the repeating groups
    (the first `found`) each an array of objects; None when a group is not exactly what its
    count says."""
    assert plan.find_group is not None
    arrays = b""
    while found is not None:
        tag, count = found.group(1, 2)
        if b'"%b"' % tag in arrays:
            return None  # the same group twice: read field by field, which takes the first
        cut = _render_group(body, found.end(), count, plan.groups[tag])
        if cut is None:
            return None
        array, after = cut
        arrays += b',"' + tag + b'":[' + array + b"]"
        body = body[: found.start() + 1] + body[after:]
        found = plan.find_group(body, found.start())
    return b'{"%b"%b}' % (body[1:-1].replace(b"=", b'":"').replace(b"\x01", b'","'), arrays)


def _render_group(body: bytes, start: int, count: bytes, group: _Group) -> tuple[bytes, int] | None:
    """The entries of a group whose count field ends at `start` (at its SOH), as JSON objects, and
    where the group ends; None when they are not exactly what the count says."""
    found = group.fields.match(body, start + 1)
    if found is None or not count.isdigit():
        return None
    entries = found.group()
    if not entries:
        return (b"", found.end()) if int(count) == 0 else None
    if not entries.startswith(group.first) or entries.count(b"\x01" + group.first) + 1 != int(count):
        return None
    objects = b'{"' + entries[:-1].replace(b"=", b'":"').replace(b"\x01", b'","') + b'"}'
    return objects.replace(group.between, b'"},{"' + group.between[3:]), found.end()
