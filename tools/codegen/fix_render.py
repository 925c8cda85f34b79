"""From Kalshi's FIX dictionary to `kalshi_py/fix/enums.py`, `fields.py` and `messages.py`.

    render_fix(folder) -> {path: text}

Every message becomes a msgspec Struct with one attribute per field (snake_case of the FIX name:
`cl_ord_id`, `cancel_orders_on_disconnect`) and one list per repeating group (`party_ids`), plus a
reader (fields as text -> typed message, lenient: unknown enum values stay plain values) and a
writer (typed message -> fields as text, strict: required fields, types and enum values checked).
"""

from __future__ import annotations

from pathlib import Path

from .fix import Dictionary, FieldDef, FieldRef, GroupRef, MessageDef, load_dictionary, snake
from .formatting import format_python
from .render import TEMPLATES

__all__ = ["FIX_FILES", "render_fix"]

FIX_FILES = ("kalshi_py/fix/enums.py", "kalshi_py/fix/fields.py", "kalshi_py/fix/messages.py")
KINDS = {  # kind: (annotation, writer, reader of a group entry's field)
    "str": ("str", "write_str", "str"),
    "date": ("str", "write_date", "str"),
    "time": ("str", "write_time", "str"),
    "data": ("str", "write_str", "str"),
    "int": ("int", "write_int", "int"),
    "count": ("int", "write_int", "int"),
    "length": ("int", "write_int", "int"),
    "decimal": ("Decimal", "write_decimal", "read_decimal"),
    "price": ("Decimal", "px", None),
    "bool": ("bool", "write_bool", "read_bool"),
    "timestamp": ("UTCTimestamp", "write_timestamp", "parse_timestamp"),
}
DATA_LENGTH_TAGS = {96: 95, 89: 93, 213: 212, 355: 354}
SECRET_TAGS = {96, 554}
"""RawData (the Logon signature) and Password: never shown in a repr."""


LIMIT = 110


def _call_lines(indent: str, head: str, call: str) -> list[str]:
    """`head + call` on one line, or the call's arguments on a line of their own."""
    if len(indent + head + call) <= LIMIT:
        return [indent + head + call]
    name, _, arguments = call.partition("(")
    return [f"{indent}{head}{name}(", f"{indent}    {arguments[:-1]}", f"{indent})"]


def _write_field(indent: str, tag: int, value: str) -> list[str]:
    line = f'out += f"{tag}={{{value}}}\\x01"'
    if len(indent + line) <= LIMIT:
        return [indent + line]
    return [*_call_lines(indent, "text = ", value), f'{indent}out += f"{tag}={{text}}\\x01"']


def _singular(group_name: str) -> str:
    name = group_name[2:]
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("s"):
        return name[:-1]
    return name


def _label(definition: FieldDef) -> str:
    return f"{definition.name}({definition.tag})"


def _constant(definition: FieldDef) -> str:
    return "_" + snake(definition.name).upper()


class _Renderer:
    def __init__(self, dictionary: Dictionary) -> None:
        self.dictionary = dictionary
        self.entries: dict[str, tuple[str, str]] = {}  # entry class -> (signature, count tag name)
        self.entry_code: list[str] = []
        self.group_code: list[str] = []
        self.enums: dict[str, FieldDef] = {}

    # --- names and types ---------------------------------------------------------------------------

    def annotation(self, definition: FieldDef) -> str:
        if definition.enum:
            self.enums[definition.name] = definition
        return KINDS[definition.kind][0]

    def doc(self, definition: FieldDef, suffix: str = "") -> str:
        see = f", values in `enums.{definition.name}`" if definition.enum else ""
        return f'    """{_label(definition)}{suffix}{see}."""'

    def entry_class(self, group: GroupRef, owner: str) -> str:
        signature = repr([(type(m).__name__, self._tag(m), _only(m)) for m in group.members])
        name = _singular(group.count.name)
        known = self.entries.get(name)
        if known is not None and known[0] != signature:
            name = owner + name
            known = self.entries.get(name)
        if known is None:
            self.entries[name] = (signature, group.count.name)
            self._render_entry(name, group)
        return name

    @staticmethod
    def _tag(member: FieldRef | GroupRef) -> int:
        return member.field.tag if isinstance(member, FieldRef) else member.count.tag

    # --- attributes ----------------------------------------------------------------------------------

    def attributes(self, members: list[FieldRef | GroupRef], owner: str) -> list[str]:
        """Attribute lines, required ones first; each is renamed to its tag so that a message
        converts from its fields (`{tag: value}`) in one `msgspec.convert` call."""
        required: list[str] = []
        optional: list[str] = []
        for member in members:
            if isinstance(member, GroupRef):
                entry = self.entry_class(member, owner)
                attr = snake(member.count.name[2:])
                tag = member.count.tag
                doc = self.doc(member.count, " entries")
                if member.required_in:
                    required += [f'    {attr}: list[{entry}] = msgspec.field(name="{tag}")', doc]
                else:
                    line = f'    {attr}: list[{entry}] = msgspec.field(default_factory=list, name="{tag}")'
                    if len(line) > LIMIT:
                        line = (
                            f"    {attr}: list[{entry}] = msgspec.field(\n"
                            f'        default_factory=list, name="{tag}"\n    )'
                        )
                    optional += [line, doc]
                continue
            definition = member.field
            annotation = self.annotation(definition)
            attr, tag = snake(definition.name), definition.tag
            doc = self.doc(definition, ", event contracts only" if member.event_contract_only else "")
            if member.required_in:
                required += [f'    {attr}: {annotation} = msgspec.field(name="{tag}")', doc]
            else:
                line = f'    {attr}: {annotation} | None = msgspec.field(default=None, name="{tag}")'
                optional += [line, doc]
        return required + optional

    # --- reading -------------------------------------------------------------------------------------

    def prepare_lines(self, message: MessageDef) -> list[str]:
        """Reader lines that turn the values msgspec cannot convert from text (Y/N flags,
        UTCTimestamps, cents, repeating groups) before the message is converted."""
        prices: list[str] = []
        lines: list[str] = []
        for member in message.members:
            if isinstance(member, GroupRef):
                entry = self.entry_class(member, message.name)
                tag = member.count.tag
                lines += [
                    f'    if "{tag}" in d:',
                    f'        d["{tag}"] = read_group(flat, "{tag}", {_spec_name(entry)})',
                ]
                continue
            definition = member.field
            kind, tag = definition.kind, definition.tag
            if kind == "price":
                prices.append(f'"{tag}"')
            elif kind == "bool":
                lines += [f'    if (o := d.get("{tag}")) is not None:', f'        d["{tag}"] = read_bool(o)']
        if prices:
            tags = ", ".join(prices) + ("," if len(prices) == 1 else "")
            lines = [
                "    if px is not None:",
                f"        for tag in ({tags}):",
                "            if (o := d.get(tag)) is not None:",
                "                d[tag] = px(o)",
                *lines,
            ]
        return lines

    def entry_reader(self, definition: FieldDef) -> str:
        reader = KINDS[definition.kind][2]
        if reader is None:
            raise SystemExit(f"{definition.name}: a cents-or-dollars price inside a repeating group")
        return reader

    # --- writing -------------------------------------------------------------------------------------

    def write_lines(
        self, members: list[FieldRef | GroupRef], target: str, owner: str, indent: str
    ) -> list[str]:
        lines: list[str] = []
        for member in members:
            if isinstance(member, GroupRef):
                entry = self.entry_class(member, owner)
                attr = snake(member.count.name[2:])
                writer = f"_write_{snake(entry)}_group"
                if member.required_out:
                    lines.append(f"{indent}out += {writer}({target}.{attr}, True)")
                else:
                    lines += [
                        f"{indent}if {target}.{attr}:",
                        f"{indent}    out += {writer}({target}.{attr}, False)",
                    ]
                continue
            definition = member.field
            attr = f"{target}.{snake(definition.name)}"
            if definition.enum:
                value = f"write_enum({_constant(definition)}_OUT, {attr}, {definition.tag})"
            else:
                value = f"{KINDS[definition.kind][1]}({attr}, {definition.tag})"
            # a data field (the Logon signature) is required of the initiator only: the session sees to it
            optional = not member.required_out or definition.kind == "data"
            inner = indent + "    " if optional else indent
            if definition.kind == "data":
                length_tag = DATA_LENGTH_TAGS[definition.tag]
                body = [
                    *_call_lines(inner, "data = ", value),
                    f'{inner}out += f"{length_tag}={{len(data.encode())}}'
                    f'\\x01{definition.tag}={{data}}\\x01"',
                ]
            else:
                body = _write_field(inner, definition.tag, value)
            if optional:
                lines.append(f"{indent}if {attr} is not None:")
            lines += body
        return lines

    # --- entries and messages ------------------------------------------------------------------------

    def _render_entry(self, name: str, group: GroupRef) -> None:
        attributes = self.attributes(group.members, name)
        first = group.members[0]
        fields = []
        nested = []
        for member in group.members:
            if isinstance(member, GroupRef):
                entry = self.entry_class(member, name)
                nested.append(
                    f'"{member.count.tag}": ("{snake(member.count.name[2:])}", {_spec_name(entry)})'
                )
            else:
                reader = self.entry_reader(member.field)
                fields.append(f'"{member.field.tag}": ("{snake(member.field.name)}", {reader})')
        self.entry_code.append(
            TEMPLATES.get_template("fix_entry.py.j2").render(
                name=name,
                count=_label(group.count),
                attributes=attributes,
            )
        )
        writes = self.write_lines(group.members, "entry", name, "        ")
        signature = f"def _write_{snake(name)}_group(entries: list[{name}], required: bool) -> str:"
        if len(signature) > LIMIT:
            signature = (
                f"def _write_{snake(name)}_group(\n    entries: list[{name}], required: bool\n) -> str:"
            )
        self.group_code.append(
            TEMPLATES.get_template("fix_group.py.j2").render(
                name=name,
                signature=signature,
                spec=_spec_name(name),
                count=group.count,
                label=_label(group.count),
                first=self._tag(first),
                fields=fields,
                nested=nested,
                writes=writes,
            )
        )

    def message(self, message: MessageDef) -> dict[str, object]:
        attributes = self.attributes(message.members, message.name)
        prepare = self.prepare_lines(message)
        writes = self.write_lines(message.members, "m", message.name, "    ")
        known: set[int] = set()
        stack = list(message.members)
        while stack:
            member = stack.pop()
            known.add(self._tag(member))
            if isinstance(member, GroupRef):
                stack.extend(member.members)
            elif member.field.kind == "data":
                known.add(DATA_LENGTH_TAGS[member.field.tag])
        known -= self.dictionary.header_tags
        declared = sorted(self._tag(m) for m in message.members)
        groups = [
            (m.count.tag, _spec_name(self.entry_class(m, message.name)))
            for m in message.members
            if isinstance(m, GroupRef)
        ]
        secrets = tuple(
            snake(m.field.name)
            for m in message.members
            if isinstance(m, FieldRef) and m.field.tag in SECRET_TAGS
        )
        required_in = sorted(self._tag(m) for m in message.members if m.required_in)
        parameters = "d: dict[str, Any], flat: list[str], px: PriceReader | None"
        signature = f"def _read_{snake(message.name)}({parameters}) -> {message.name}:"
        if len(signature) > LIMIT:
            signature = f"def _read_{snake(message.name)}(\n    {parameters}\n) -> {message.name}:"
        return {
            "read_signature": signature,
            "name": message.name,
            "snake": snake(message.name),
            "msg_type": message.msg_type,
            "admin": message.admin,
            "pages": message.pages,
            "attributes": attributes,
            "prepare": prepare,
            "writes": writes,
            "known": _chunks(" ".join(str(t) for t in sorted(known))),
            "required_in": required_in,
            "secrets": secrets,
            "declared": _chunks(" ".join(str(t) for t in declared), 60),
            "groups": groups,
            "writes_px": any("px(" in line for line in writes),
        }


def _only(member: FieldRef | GroupRef) -> bool:
    return isinstance(member, FieldRef) and member.event_contract_only


def _chunks(text: str, width: int = 90) -> list[str]:
    """`text` in pieces of at most `width` characters, cut before spaces."""
    pieces: list[str] = []
    while len(text) > width:
        cut = text.rfind(" ", 0, width)
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text] if text else pieces


def _spec_name(entry: str) -> str:
    return f"_{snake(entry).upper()}_GROUP"


def render_fix(folder: str | Path) -> dict[str, str]:
    """The generated FIX files from the dictionary in `folder` (`fix-dictionary.json` and
    `official/kalshi-fix-dictionary.xml`)."""
    dictionary = load_dictionary(
        Path(folder) / "fix-dictionary.json", Path(folder) / "official/kalshi-fix-dictionary.xml"
    )
    header = (
        "# generated from fix-dictionary.json and kalshi-fix-dictionary.xml "
        f"{dictionary.version} by tools/codegen — do not edit"
    )
    renderer = _Renderer(dictionary)
    messages = [renderer.message(m) for m in dictionary.messages]
    names = [m["name"] for m in messages]
    clash = set(names) & set(renderer.entries)
    if clash or len(set(names)) != len(names):
        raise SystemExit(f"FIX message and group class names clash: {sorted(clash)}")
    enums = [renderer.enums[name] for name in sorted(renderer.enums)]
    for definition in dictionary.fields.values():
        if definition.enum and definition.name not in renderer.enums:
            enums.append(definition)
    enums.sort(key=lambda d: d.name)
    enum_views = [
        {
            "name": d.name,
            "label": _label(d),
            "base": "enum.IntEnum" if d.enum_is_int else "str, enum.Enum",
            "members": [(member, int(code) if d.enum_is_int else code) for code, member in d.enum],
            "constant": _constant(d),
            "is_int": d.enum_is_int,
        }
        for d in enums
    ]
    kinds = {d.tag: d.kind for d in sorted(dictionary.fields.values(), key=lambda d: d.tag)}
    names_by_tag = {d.tag: d.name for d in sorted(dictionary.fields.values(), key=lambda d: d.tag)}
    return format_python(
        {
            "kalshi_py/fix/enums.py": TEMPLATES.get_template("fix_enums.py.j2").render(
                header=header, version=dictionary.version, enums=enum_views
            ),
            "kalshi_py/fix/fields.py": TEMPLATES.get_template("fix_fields.py.j2").render(
                header=header, version=dictionary.version, kinds=kinds, names_by_tag=names_by_tag
            ),
            "kalshi_py/fix/messages.py": TEMPLATES.get_template("fix_messages.py.j2").render(
                header=header,
                version=dictionary.version,
                enums=enum_views,
                entries=renderer.entry_code,
                groups=renderer.group_code,
                messages=messages,
                header_tags=_chunks(" ".join(str(t) for t in sorted(dictionary.header_tags))),
                margin_refused=sorted((t, sorted(tags)) for t, tags in dictionary.margin_refused.items()),
                margin_absent=sorted(dictionary.margin_absent),
                exports=sorted([*names, *renderer.entries]),
            ),
        }
    )
