"""Kalshi's FIX dictionary as one model: `load_dictionary(json_path, xml_path) -> Dictionary`.

Two sources describe the event-contract FIX API, and neither is complete:

- `fix-dictionary.json`, every tag table of Kalshi's FIX pages: the messages as documented, with
  the pages' Y/N/C required flags per table, and the code sets. It lacks the session messages the
  pages do not table (Heartbeat, TestRequest, SequenceReset, OrderCancelReject) and says nothing
  of repeating groups beyond the order of its rows.
- `kalshi-fix-dictionary.xml` v1.03, Kalshi's published QuickFIX-style dictionary: field types,
  enums and group structure, but no market-data messages and a few tags the pages added later.

The model takes message structure, field types and enum names from the XML where it has them and
adds what only the pages document (messages, fields, enum values). Required flags differ by
direction:

- `required_out` (what a sender must include): required by either source. A page table's flag
  counts when the tag is Y in every flagged table of the message (so a message documented in two
  directions, or per action, requires only what all of them require); a "Required Fields"
  section requires its tags.
- `required_in` (what a receiver insists on): required by every source that documents the
  message, margin pages included, so that a field one page forgets does not make us refuse a
  message Kalshi really sends.

One codec serves both products' gateways, so a tag the margin pages leave out of a message they
document (`margin_refused`: MDEntryDate and MDEntryTime on the market-data entries) is required
neither way: the event-contract sender writes it, the margin sender leaves it out.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Dictionary", "FieldDef", "FieldRef", "GroupRef", "MessageDef", "load_dictionary", "snake"]

CENTS_PRICE_TAGS = {6, 31, 44, 132, 133}
XML_KINDS = {
    "PRICE": "decimal",
    "QTY": "decimal",
    "AMT": "decimal",
    "DECIMAL": "decimal",
    "INT": "int",
    "SEQNUM": "int",
    "LENGTH": "length",
    "NUMINGROUP": "count",
    "STRING": "str",
    "MULTIPLEVALUESTRING": "str",
    "CURRENCY": "str",
    "LOCALMKTDATE": "date",
    "CHAR": "str",
    "BOOLEAN": "bool",
    "UTCTIMESTAMP": "timestamp",
    "DATA": "data",
}
JSON_KINDS = {
    "Integer": "int",
    "Int": "int",
    "Decimal": "decimal",
    "Price": "decimal",
    "Quantity": "decimal",
    "String": "str",
    "UUID": "str",
    "String / UUID": "str",
    "UTC Date": "date",
    "UTC Time": "time",
    "Char": "str",
    "Boolean": "bool",
    "UTCTimestamp": "timestamp",
}
UNTYPED_KINDS = {21027: "bool"}
"""Tags the pages table without a type and the XML does not define: Logon flags (Y/N)."""
HEADER_TAGS = {8, 9, 35, 49, 56, 34, 52, 43, 97, 122, 10, 50, 57, 115, 128, 142, 143, 1128, 1129, 89, 93}
ENUM_CODE = re.compile(r"^[0-9A-Za-z]{1,3}$")
REQUIRED = {"Y", "Yes"}


@dataclass
class FieldDef:
    tag: int
    name: str
    kind: str  # str int decimal price bool timestamp date time data length count
    enum: list[tuple[str, str]] = field(default_factory=list)  # (wire code, member name)

    @property
    def enum_is_int(self) -> bool:
        return self.kind == "int"


@dataclass
class FieldRef:
    field: FieldDef
    required_in: bool
    required_out: bool
    event_contract_only: bool = False
    """The margin pages document the message without this field."""


@dataclass
class GroupRef:
    count: FieldDef
    members: list[FieldRef | GroupRef]
    required_in: bool = False
    required_out: bool = False


@dataclass
class MessageDef:
    msg_type: str
    name: str
    admin: bool
    members: list[FieldRef | GroupRef]
    pages: list[str]


@dataclass
class Dictionary:
    version: str
    fields: dict[int, FieldDef]
    messages: list[MessageDef]
    header_tags: set[int]
    margin_refused: dict[str, set[int]] = field(default_factory=dict)
    """Per MsgType the margin pages document: the tags the event-contract pages document for it
    and the margin pages do not (the margin gateway does not take them)."""
    margin_absent: set[str] = field(default_factory=set)
    """The application MsgTypes the event-contract pages document and the margin pages do not."""


def snake(name: str) -> str:
    """`ClOrdID` -> `cl_ord_id`, `MDEntryPx` -> `md_entry_px`, `RFQCancelStatus` -> `rfq_cancel_status`."""
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name.replace("IDs", "Ids"))
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return text.replace(" ", "_").lower()


def _member_name(label: str) -> str:
    text = re.split(r"[(,.]", label, maxsplit=1)[0].replace("`", "").strip()
    words = [snake(word) for word in re.split(r"[^0-9A-Za-z]+", text) if word]
    name = "_".join(words).upper()
    return name if name and not name[0].isdigit() else f"VALUE_{name}"


def _children(root: ET.Element, name: str) -> list[ET.Element]:
    node = root.find(name)
    if node is None:
        raise SystemExit(f"kalshi-fix-dictionary.xml has no <{name}>")
    return list(node)


def _json_kind(tag: int, printed: str | None) -> str | None:
    if printed in JSON_KINDS:
        return JSON_KINDS[printed]
    return UNTYPED_KINDS.get(tag)


def _fields(
    xml_root: ET.Element, json_tags: list[dict[str, Any]], code_sets: dict[str, Any]
) -> dict[int, FieldDef]:
    fields: dict[int, FieldDef] = {}
    for node in _children(xml_root, "fields"):
        tag = int(node.attrib["number"])
        enum = [(v.attrib["enum"], v.attrib["description"]) for v in node.findall("value")]
        fields[tag] = FieldDef(tag, node.attrib["name"], XML_KINDS[node.attrib["type"]], enum)
    for row in json_tags:
        tag = int(row["tag"])
        known = fields.get(tag)
        if known is None:
            kind = _json_kind(tag, row.get("type"))
            if kind is None:
                raise SystemExit(
                    f"fix-dictionary.json: tag {tag} {row['name']} has no type the generator knows"
                )
            if row["name"].startswith("No") and kind == "int":
                kind = "count"
            known = fields[tag] = FieldDef(tag, row["name"], kind)
        codes = [(str(k), str(v)) for k, v in (row.get("enums") or {}).items()]
        codes += [(str(c["code"]), str(c["label"])) for c in code_sets.get(str(tag), [])]
        if known.kind in ("str", "int") and all(ENUM_CODE.match(code) for code, _ in codes):
            present = {code for code, _ in known.enum}
            for code, label in codes:
                if code not in present and (known.kind == "str" or code.isdigit()):
                    known.enum.append((code, _member_name(label)))
                    present.add(code)
    for definition in fields.values():
        if definition.kind == "str" and {code for code, _ in definition.enum} == {"Y", "N"}:
            definition.kind, definition.enum = "bool", []
        if definition.tag in CENTS_PRICE_TAGS:
            definition.kind = "price"
        seen: set[str] = set()
        for index, (code, member) in enumerate(definition.enum):
            if member in seen:
                definition.enum[index] = (code, f"{member}_{code}")
            seen.add(definition.enum[index][1])
    return fields


def _xml_members(
    node: ET.Element, fields: dict[int, FieldDef], by_name: dict[str, FieldDef]
) -> list[FieldRef | GroupRef]:
    members: list[FieldRef | GroupRef] = []
    for child in node:
        definition = by_name[child.attrib["name"]]
        required = child.attrib.get("required") == "Y"
        if child.tag == "group":
            members.append(GroupRef(definition, _xml_members(child, fields, by_name), required, required))
        elif definition.kind != "length" or definition.tag not in (95, 93):
            members.append(FieldRef(definition, required, required))
    return members


def _table_required(rows: list[dict[str, Any]]) -> dict[int, bool]:
    """Per tag: required by the page tables of one message (see the module docstring)."""
    tables: dict[str, dict[int, str | None]] = {}
    for row in rows:
        tables.setdefault(row["context"], {}).setdefault(int(row["tag"]), row.get("required"))
    flagged = [t for t in tables.values() if any(flag for flag in t.values())]
    required: dict[int, bool] = {}
    for context, table in tables.items():
        for tag in table:
            in_all = bool(flagged) and all(t.get(tag) in REQUIRED for t in flagged)
            required[tag] = required.get(tag, False) or in_all or context.endswith("Required Fields")
    return required


def _walk(members: list[FieldRef | GroupRef]) -> list[FieldRef | GroupRef]:
    out: list[FieldRef | GroupRef] = []
    for member in members:
        out.append(member)
        if isinstance(member, GroupRef):
            out.extend(_walk(member.members))
    return out


def _tag_of(member: FieldRef | GroupRef) -> int:
    return member.field.tag if isinstance(member, FieldRef) else member.count.tag


def _json_members(
    rows: list[dict[str, Any]], fields: dict[int, FieldDef], skip: set[int]
) -> list[FieldRef | GroupRef]:
    """Members from page rows: a NumInGroup tag opens a group holding every row after it."""
    members: list[FieldRef | GroupRef] = []
    target = members
    seen = set(skip)
    for row in rows:
        tag = int(row["tag"])
        if tag in seen or tag in HEADER_TAGS:
            continue
        seen.add(tag)
        definition = fields[tag]
        if definition.kind == "count":
            group = GroupRef(definition, [])
            target.append(group)
            target = group.members
        elif definition.kind != "length":
            target.append(FieldRef(definition, False, False))
    return members


def _apply_required(
    members: list[FieldRef | GroupRef], out: dict[int, bool], sources_in: list[dict[int, bool]]
) -> None:
    for member in _walk(members):
        tag = _tag_of(member)
        member.required_out = member.required_out or out.get(tag, False)
        if sources_in:
            member.required_in = all(source.get(tag, False) for source in sources_in)


def load_dictionary(json_path: str | Path, xml_path: str | Path) -> Dictionary:
    """The event-contract dictionary from Kalshi's page tables and published XML."""
    spec = json.loads(Path(json_path).read_text(encoding="utf-8"))
    xml_text = Path(xml_path).read_text(encoding="utf-8")
    version_match = re.search(r"Kalshi FIX Dictionary (v[0-9.]+)", xml_text)
    root = ET.fromstring(xml_text)
    event = spec["event_contract"]
    fields = _fields(root, event["tags"], spec["code_sets"]["event_contract"])
    by_name = {f.name: f for f in fields.values()}
    rows_by_type = {m["msgtype"]: m for m in event["messages"]}
    rows_by_type_all = dict(rows_by_type)
    margin_rows = {m["msgtype"]: m for m in spec["margin"]["messages"]}
    messages: list[MessageDef] = []
    for node in _children(root, "messages"):
        msg_type = node.attrib["msgtype"]
        members = _xml_members(node, fields, by_name)
        page = rows_by_type.pop(msg_type, None)
        if page is not None:
            present = {_tag_of(m) for m in _walk(members)}
            members += _json_members(page["fields"], fields, present)
            page_required = _table_required(page["fields"])
            xml_required = {_tag_of(m): m.required_in for m in _walk(members)}
            _apply_required(members, page_required, [xml_required, page_required])
        pages = page["pages"] if page else []
        messages.append(
            MessageDef(msg_type, node.attrib["name"], node.attrib.get("msgcat") == "admin", members, pages)
        )
    for msg_type, page in rows_by_type.items():
        members = _json_members(page["fields"], fields, set())
        page_required = _table_required(page["fields"])
        sources = [page_required]
        if msg_type in margin_rows:
            sources.append(_table_required(margin_rows[msg_type]["fields"]))
        _apply_required(members, page_required, sources)
        name = re.sub(r"[^0-9A-Za-z]", "", page["name"].title())
        messages.append(MessageDef(msg_type, name, False, members, page["pages"]))
    header_tags = {
        by_name[node.attrib["name"]].tag for part in ("header", "trailer") for node in _children(root, part)
    }
    margin_refused = {
        msg_type: {int(row["tag"]) for row in rows_by_type_all[msg_type]["fields"]}
        - {int(row["tag"]) for row in page["fields"]}
        for msg_type, page in margin_rows.items()
        if msg_type in rows_by_type_all
    }
    for message in messages:
        refused = margin_refused.get(message.msg_type, set())
        for member in _walk(message.members):
            if _tag_of(member) in refused:
                member.required_in = member.required_out = False
                if isinstance(member, FieldRef):
                    member.event_contract_only = True
    admin = {m.msg_type for m in messages if m.admin}
    margin_absent = set(rows_by_type_all) - set(margin_rows) - admin
    return Dictionary(
        version_match.group(1) if version_match else "unknown",
        fields,
        messages,
        header_tags,
        {msg_type: tags for msg_type, tags in margin_refused.items() if tags},
        margin_absent,
    )
