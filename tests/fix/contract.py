"""A check of FIX frames against Kalshi's published definitions, written apart from the codec.

It reads `fix-dictionary.json` (the tag tables of Kalshi's FIX pages) and, for the session
messages the pages do not table (Heartbeat, TestRequest, SequenceReset, OrderCancelReject) and
for group structure and enum names, Kalshi's XML dictionary. A frame passes when:

- BeginString, BodyLength, MsgType come first and CheckSum last, with the right values;
- the standard header (49, 56, 34, 52) is there;
- every tag the pages require is there (a message documented in several tables, per direction
  or per action, must satisfy one of them; a group member only when its group has entries;
  the Logon's "Required Fields" are the initiator's, the acceptor's answer follows the XML);
- every tag is defined for its message (or is a header/trailer tag);
- every value has its documented type (prices in dollars, UseDollars=Y) and enum value;
- every NumInGroup counts the entries that follow.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache

from conftest import require_shared

HEADER = {8, 9, 35, 49, 56, 34, 52, 43, 97, 122, 50, 57, 115, 128, 142, 143, 1128, 1129}
TRAILER = {10, 89, 93}
DOLLAR_PRICES = {6, 31, 44, 132, 133}
FORMATS = {
    "int": re.compile(r"-?\d+"),
    "decimal": re.compile(r"-?\d+(\.\d+)?"),
    "bool": re.compile(r"[YN]"),
    "char": re.compile(r"."),
    "timestamp": re.compile(r"\d{8}-\d{2}:\d{2}:\d{2}(\.\d{3}|\.\d{6}|\.\d{9})?"),
    "date": re.compile(r"\d{8}"),
    "time": re.compile(r"\d{2}:\d{2}:\d{2}(\.\d{3})?"),
    "str": re.compile(r".+", re.S),
}
KINDS = {
    "Integer": "int", "Int": "int", "INT": "int", "SEQNUM": "int", "LENGTH": "int", "NUMINGROUP": "int",
    "Decimal": "decimal", "Price": "decimal", "Quantity": "decimal", "PRICE": "decimal",
    "QTY": "decimal", "AMT": "decimal", "DECIMAL": "decimal", "Boolean": "bool", "BOOLEAN": "bool",
    "Char": "char", "CHAR": "char", "UTCTimestamp": "timestamp", "UTCTIMESTAMP": "timestamp",
    "UTC Date": "date", "LOCALMKTDATE": "date", "UTC Time": "time",
}  # fmt: skip


@dataclass
class Definition:
    name: str
    tags: set[int] = field(default_factory=set)
    tables: list[set[int]] = field(default_factory=list)
    """Required tags of each flagged table (one must be satisfied)."""
    always: set[int] = field(default_factory=set)
    groups: dict[int, list[int]] = field(default_factory=dict)
    """NumInGroup tag -> member tags in order."""


@dataclass
class Dictionary:
    messages: dict[str, Definition]
    kinds: dict[int, str]
    enums: dict[int, set[str]]


@cache
def dictionary(product: str = "event_contract") -> Dictionary:
    """Kalshi's definitions for one product's gateway: "event_contract" or "margin"."""
    folder = require_shared() / "fix"
    document = json.loads((folder / "fix-dictionary.json").read_text(encoding="utf-8"))
    spec, code_sets = document[product], document["code_sets"][product]
    root = ET.fromstring((folder / "official" / "kalshi-fix-dictionary.xml").read_text(encoding="utf-8"))
    xml_fields = {f.attrib["name"]: f for f in _children(root, "fields")}
    kinds: dict[int, str] = {}
    enums: dict[int, set[str]] = {}
    for node in xml_fields.values():
        tag = int(node.attrib["number"])
        kinds[tag] = KINDS.get(node.attrib["type"], "str")
        values = {v.attrib["enum"] for v in node.findall("value")}
        if values:
            enums[tag] = values
    for row in spec["tags"]:
        tag = int(row["tag"])
        if row.get("type") in KINDS and tag not in DOLLAR_PRICES:
            kinds[tag] = KINDS[row["type"]]
        codes = {str(k) for k in row.get("enums") or {}} | {
            str(c["code"]) for c in code_sets.get(str(tag), [])
        }
        if (
            codes
            and not row["name"].startswith("No")  # a NumInGroup: its "enums" are prose
            and all(re.fullmatch(r"[0-9A-Za-z]{1,3}", c) for c in codes)
            and kinds.get(tag) in ("int", "char", "str")
        ):
            enums[tag] = enums.get(tag, set()) | codes
    messages: dict[str, Definition] = {}
    for message in spec["messages"]:
        definition = messages[message["msgtype"]] = Definition(message["name"])
        tables: dict[str, dict[int, str | None]] = {}
        for row in message["fields"]:
            definition.tags.add(int(row["tag"]))
            tables.setdefault(row["context"], {})[int(row["tag"])] = row.get("required")
        for context, table in tables.items():
            if context.endswith("Required Fields"):
                definition.always |= set(table)
            elif any(table.values()):
                definition.tables.append({t for t, flag in table.items() if flag in ("Y", "Yes")})
            members: list[int] | None = None
            for tag in table:  # a NumInGroup row opens a group of the rows after it
                if members is not None:
                    members.append(tag)
                if any(r["tag"] == tag and r["name"].startswith("No") for r in message["fields"]):
                    members = definition.groups.setdefault(tag, [])
    paged = {m["msgtype"] for m in spec["messages"]}
    for node in _children(root, "messages"):
        definition = messages.setdefault(node.attrib["msgtype"], Definition(node.attrib["name"]))
        definition.groups = {}  # the XML's structure, not the rule of thumb used for the pages' tables
        _xml_members(node, definition, xml_fields, from_pages=node.attrib["msgtype"] in paged)
    return Dictionary(messages, kinds, enums)


def _children(root: ET.Element, name: str) -> list[ET.Element]:
    node = root.find(name)
    assert node is not None, name
    return list(node)


def _xml_members(
    node: ET.Element, definition: Definition, fields: dict[str, ET.Element], *, from_pages: bool
) -> list[int]:
    tags = []
    for child in node:
        tag = int(fields[child.attrib["name"]].attrib["number"])
        tags.append(tag)
        definition.tags.add(tag)
        if child.tag == "group":
            definition.groups[tag] = _xml_members(child, definition, fields, from_pages=from_pages)
        elif not from_pages and child.attrib.get("required") == "Y" and node.tag == "message":
            definition.always.add(tag)
    return tags


def _fields(frame: bytes) -> list[tuple[int, str]]:
    fields: list[tuple[int, str]] = []
    position, length = 0, None
    while position < len(frame):
        equals = frame.index(b"=", position)
        tag = int(frame[position:equals])
        end = equals + 1 + length if tag in (96, 89) and length is not None else frame.index(b"\x01", equals)
        value = frame[equals + 1 : end].decode("utf-8", "surrogateescape")
        length = int(value) if tag in (95, 93) else None
        fields.append((tag, value))
        position = end + 1
    return fields


def check(frame: bytes, *, sender: str, product: str = "event_contract") -> list[str]:
    """What is wrong with `frame`, sent by `sender` ("client" or "exchange") to or from the
    `product`'s gateway; empty when it passes."""
    problems: list[str] = []
    fields = _fields(frame)
    tags = [t for t, _ in fields]
    values = dict(fields)
    if tags[:3] != [8, 9, 35] or tags[-1] != 10 or values[8] != "FIXT.1.1":
        problems.append(f"header/trailer order {tags[:3]}...{tags[-1:]}")
    body_start = frame.index(b"\x01", frame.index(b"\x019=") + 1) + 1
    if int(values[9]) != frame.rindex(b"10=") - body_start:
        problems.append("BodyLength does not match")
    if int(values[10]) != sum(frame[: frame.rindex(b"10=")]) % 256:
        problems.append("CheckSum does not match")
    for tag in (49, 56, 34, 52):
        if tag not in values:
            problems.append(f"header tag {tag} missing")
    spec = dictionary(product)
    definition = spec.messages.get(values.get(35, ""))
    if definition is None:
        return [*problems, f"MsgType {values.get(35)} is not in Kalshi's dictionary"]
    present = set(tags)
    empty_members = {
        m for count, members in definition.groups.items() if values.get(count) in (None, "0") for m in members
    }
    always = definition.always - ({96} if values[35] == "A" and sender == "exchange" else set())
    for tag in sorted(always - present - empty_members):
        problems.append(f"{definition.name}: required tag {tag} missing")
    if definition.tables and not any(table - empty_members <= present for table in definition.tables):
        missing = min((t - empty_members - present for t in definition.tables), key=len)
        problems.append(f"{definition.name}: required tags {sorted(missing)} missing")
    for tag, value in fields:
        if tag not in definition.tags and tag not in HEADER | TRAILER | {95}:
            problems.append(f"{definition.name}: tag {tag} is not defined for it")
        kind = "decimal" if tag in DOLLAR_PRICES else spec.kinds.get(tag, "str")
        if tag not in (10, 95, 96) and not FORMATS[kind].fullmatch(value):
            problems.append(f"{definition.name}: tag {tag}={value!r} is not a {kind}")
        allowed = spec.enums.get(tag)
        if allowed and tag != 35 and not set(value.split(" ")) <= allowed:
            problems.append(f"{definition.name}: tag {tag}={value!r} is not one of {sorted(allowed)}")
    for count, members in definition.groups.items():
        if tags.count(count) == 1 and members:  # nested groups repeat their count tag: not counted here
            entries = sum(1 for t in tags[tags.index(count) :] if t == members[0])
            if entries != int(values[count]):
                problems.append(
                    f"{definition.name}: NumInGroup {count}={values[count]} but {entries} entries"
                )
    return problems


def check_traffic(
    frames: list[tuple[str, bytes]], product: str = "event_contract"
) -> tuple[list[str], dict[str, set[str]]]:
    """What is wrong with any of `frames` (("client" | "exchange", frame) pairs), and the MsgTypes
    each side sent."""
    problems: list[str] = []
    sent: dict[str, set[str]] = {"client": set(), "exchange": set()}
    for side, frame in frames:
        msg_type = frame.split(b"\x0135=", 1)[1].split(b"\x01", 1)[0].decode()
        sent[side].add(msg_type)
        problems += [f"{side} {msg_type}: {p}" for p in check(frame, sender=side, product=product)]
    return problems, sent
