"""Sample FIX messages for tests: every field of a message class filled with a valid value."""

from __future__ import annotations

import typing
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

import msgspec

from kalshi_py.fix import enums, messages
from kalshi_py.fix._message import Group, Message
from kalshi_py.fix._values import UTCTimestamp

STAMP = datetime(2026, 3, 4, 15, 16, 17, 123000, tzinfo=timezone.utc)


def _value(tag: int, annotation: Any, index: int) -> Any:
    name = messages.FIELD_NAMES.get(tag, "")
    enum = getattr(enums, name, None)
    if enum is not None:
        members = list(enum)
        return members[index % len(members)].value
    kind = messages.FIELD_KINDS[tag]
    if kind in ("decimal", "price"):
        return Decimal("0.3500") if kind == "price" else Decimal(f"{index + 1}.25")
    if kind in ("int", "length", "count"):
        return index + 3
    if kind == "bool":
        return index % 2 == 0
    if kind == "timestamp":
        return STAMP
    if kind == "date":
        return "20260304"
    if kind == "time":
        return "15:16:17.123"
    return f"{name.lower() or 'value'}-{index}"


def _group_entry(annotation: Any) -> type[Group]:
    (entry,) = typing.get_args(annotation)
    assert issubclass(entry, Group)
    return entry


def sample_entry(entry: type[Group], index: int = 0) -> Group:
    values: dict[str, Any] = {}
    hints = typing.get_type_hints(entry)
    for field in msgspec.structs.fields(entry):
        annotation = hints[field.name]
        if typing.get_origin(annotation) is list:
            sub = _group_entry(annotation)
            values[field.name] = [sample_entry(sub, index), sample_entry(sub, index + 1)]
        else:
            values[field.name] = _value(int(field.encode_name), annotation, index)
    return entry(**values)


def sample_message(cls: type[Message], *, index: int = 0, groups: int = 2) -> Message:
    """`cls` with every field of its own set (header fields left at their defaults)."""
    values: dict[str, Any] = {}
    hints = typing.get_type_hints(cls)
    own = set(cls.__struct_fields__) - set(Message.__struct_fields__)
    for field in msgspec.structs.fields(cls):
        if field.name not in own:
            continue
        annotation = hints[field.name]
        if typing.get_origin(annotation) is list:
            entry = _group_entry(annotation)
            values[field.name] = [sample_entry(entry, index + n) for n in range(groups)]
        else:
            values[field.name] = _value(int(field.encode_name), annotation, index)
    return cls(**values)


def body_of(message: Message) -> dict[str, Any]:
    """The message's own fields (not the header), for comparing a message with its round trip."""
    own = set(type(message).__struct_fields__) - set(Message.__struct_fields__)
    return {name: getattr(message, name) for name in sorted(own)}


def as_utc(value: datetime) -> UTCTimestamp:
    return UTCTimestamp.fromisoformat(value.astimezone(timezone.utc).isoformat())
