"""What every typed FIX message shares: the header fields, unknown tags, repeating groups.

The generated `messages` module defines one `Message` subclass per MsgType of Kalshi's
dictionary and one `Group` subclass per repeating group. The header fields below are filled in
by the codec on messages received and by the session on messages sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

import msgspec

from .errors import FixDecodeError, FixValidationError

__all__ = ["Group", "GroupSpec", "Message", "UnknownMessage", "check_entries", "masked_repr", "read_group"]


class Message(msgspec.Struct, kw_only=True, gc=False, forbid_unknown_fields=True):
    """A FIX message. The header fields are set by the session (when sending) and the codec
    (when receiving); `unknown_fields` holds tags the dictionary does not define for this
    message, as `(tag, value)` pairs in wire order. Every field is renamed to its tag, so that
    msgspec reads a message from `{tag: value, ...}` in one call; unknown tags make that call
    fail, and the codec then takes the path that keeps them."""

    MSG_TYPE: ClassVar[str] = ""

    msg_seq_num: int = msgspec.field(default=0, name="34")
    """MsgSeqNum(34)."""
    sending_time: str = msgspec.field(default="", name="52")
    """SendingTime(52), as sent (`YYYYMMDD-HH:MM:SS.sss`, UTC)."""
    sender_comp_id: str = msgspec.field(default="", name="49")
    """SenderCompID(49)."""
    target_comp_id: str = msgspec.field(default="", name="56")
    """TargetCompID(56)."""
    poss_dup_flag: bool = msgspec.field(default=False, name="43")
    """PossDupFlag(43): a retransmission of a message already sent with this MsgSeqNum."""
    poss_resend: bool = msgspec.field(default=False, name="97")
    """PossResend(97): possibly sent before under another MsgSeqNum."""
    orig_sending_time: str | None = msgspec.field(default=None, name="122")
    """OrigSendingTime(122) of a retransmission."""
    unknown_fields: tuple[tuple[int, str], ...] = ()
    """Tags this message carried that the dictionary does not define for it."""


class Group(msgspec.Struct, kw_only=True, gc=False):
    """One entry of a repeating group."""


class UnknownMessage(Message, kw_only=True, gc=False):
    """A message whose MsgType the dictionary does not define, with all its fields."""

    msg_type: str
    fields: tuple[tuple[int, str], ...] = ()


def masked_repr(message: msgspec.Struct, secrets: tuple[str, ...]) -> str:
    """The repr of a message with its secret fields (a Logon signature) masked."""
    parts = []
    for name in message.__struct_fields__:
        value = getattr(message, name)
        shown = "'***'" if name in secrets and value is not None else repr(value)
        parts.append(f"{name}={shown}")
    return f"{type(message).__name__}({', '.join(parts)})"


def check_entries(entries: object, entry: type[Group], count_tag: int) -> list[Any]:
    """The entries of a group about to be written, checked: a list of `entry` instances (a
    required group may be empty: its NumInGroup is then 0)."""
    from ._values import field_label

    if not isinstance(entries, list) or not all(type(e) is entry for e in entries):
        raise FixValidationError(f"{field_label(count_tag)} must be a list of {entry.__name__}")
    return entries


FieldReader = Callable[[str], Any]


@dataclass(frozen=True)
class GroupSpec:
    """How to read one repeating group: its entry class, the tag that opens each entry, the
    readers of its fields (`tag -> (attribute, reader)`) and its nested groups
    (`count tag -> (attribute, spec)`)."""

    name: str
    entry: type[Group]
    first: str
    fields: dict[str, tuple[str, FieldReader]]
    groups: dict[str, tuple[str, GroupSpec]] = field(default_factory=dict)


def read_group(flat: list[str], count_tag: str, spec: GroupSpec) -> list[Any]:
    """The entries of the group counted by `count_tag` (its first occurrence in `flat`)."""
    tags = flat[0::2]
    try:
        index = tags.index(count_tag)
    except ValueError:
        return []
    entries, _ = _read_entries(flat, index, spec)
    return entries


def _read_entries(flat: list[str], index: int, spec: GroupSpec) -> tuple[list[Any], int]:
    count_text = flat[2 * index + 1]
    if not count_text.isdigit():
        raise FixDecodeError(
            f"{spec.name}: NumInGroup is not a number: {count_text!r}", reason=6, ref_tag=int(flat[2 * index])
        )
    count = int(count_text)
    position = index + 1
    pairs = len(flat) // 2
    entries: list[Any] = []
    while len(entries) < count and position < pairs and flat[2 * position] == spec.first:
        values: dict[str, Any] = {}
        opening = True
        while position < pairs:
            tag = flat[2 * position]
            if tag == spec.first and not opening:
                break
            opening = False
            nested = spec.groups.get(tag)
            if nested is not None:
                values[nested[0]], position = _read_entries(flat, position, nested[1])
                continue
            reader = spec.fields.get(tag)
            if reader is None:
                break
            attribute, read = reader
            try:
                values[attribute] = read(flat[2 * position + 1])
            except (ValueError, ArithmeticError, KeyError):
                raise FixDecodeError(
                    f"{spec.name}: field {tag} has an incorrect value {flat[2 * position + 1]!r}",
                    reason=6,
                    ref_tag=int(tag),
                ) from None
            position += 1
        try:
            entries.append(spec.entry(**values))
        except TypeError as exc:
            raise FixDecodeError(f"{spec.name}: an entry lacks a required field ({exc})", reason=1) from None
    if len(entries) != count:
        raise FixDecodeError(
            f"{spec.name}: NumInGroup says {count} entries, {len(entries)} found",
            reason=16,
            ref_tag=int(flat[2 * index]),
        )
    return entries, position
