"""From an asyncapi document to the WebSocket message Structs and error codes:
`render(asyncapi_source, product) -> {path: text}` for the files of `kalshi_py/ws/_asyncapi/`
(event contracts, asyncapi.yaml) or `kalshi_py/margin/ws/_asyncapi/` (margin, perps_asyncapi.yaml).

- Server messages form one tagged union on `type`; messages that share a `type` (`ok` answers
  four commands) share one Struct, their schemas merged. Their `msg` bodies decode leniently:
  only the fields named in `ws_rules.KEY_FIELDS` (each one the spec requires) must be present;
  any other field decodes as None, or as an empty list, when absent; enum values stay strings.
- Commands form one tagged union on `cmd`; their fields are required as the spec says.
- Prices and counts (`*_dollars`, `*_fp`, `MONEY_FIELDS`) and every JSON number are `Decimal`;
  date-times are `datetime`.
- Error codes come from `x-error-codes`; the terminal ones from the spec's "Terminal Errors"
  table. A spec without `x-error-codes` (margin's shares the event-contract numbering) gets none.

Only structure is carried over: names, types, required-ness. The spec's prose is not.
"""

from __future__ import annotations

import re
import textwrap
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import ws_rules
from .formatting import format_python
from .render import TEMPLATES
from .spec import pascal, ref_name


@dataclass(frozen=True)
class WsProduct:
    """One product's WebSocket spec: where its Structs go and the generator's choices for it."""

    package: str
    spec_name: str
    title: str
    struct_names: dict[str, str]
    shape_names: dict[str, str]
    key_fields: dict[str, tuple[str, ...]]
    money_fields: frozenset[str]


EVENT_CONTRACTS = WsProduct(
    package="kalshi_py/ws/_asyncapi",
    spec_name="asyncapi.yaml",
    title="Kalshi's WebSocket API",
    struct_names=ws_rules.STRUCT_NAMES,
    shape_names=ws_rules.SHAPE_NAMES,
    key_fields=ws_rules.KEY_FIELDS,
    money_fields=ws_rules.MONEY_FIELDS,
)
MARGIN = WsProduct(
    package="kalshi_py/margin/ws/_asyncapi",
    spec_name="perps_asyncapi.yaml",
    title="Kalshi's margin (Perps) WebSocket API",
    struct_names=ws_rules.STRUCT_NAMES,
    shape_names=ws_rules.MARGIN_SHAPE_NAMES,
    key_fields=ws_rules.MARGIN_KEY_FIELDS,
    money_fields=ws_rules.MARGIN_MONEY_FIELDS,
)
PACKAGE = EVENT_CONTRACTS.package

ENVELOPE = ("type", "cmd", "sid", "seq", "id", "sending_ts_ms")
"""Fields every server message may carry (the base Struct has them) and the command tag."""


@dataclass
class Shape:
    """One Struct to generate: its schemas (merged when several), and how to read them."""

    name: str
    kind: str  # "server" or "command"
    schemas: list[dict[str, Any]] = field(default_factory=list)
    where: list[str] = field(default_factory=list)
    nested: dict[str, str] = field(default_factory=dict)  # property -> Struct name of its object


@dataclass
class Message:
    """A Struct of a whole message: a server message (`tag` is its `type`) or a command (`cmd`)."""

    name: str
    kind: str
    tag: str
    keys: list[str]
    body: str | None = None  # "msg" or "params"
    body_annotation: str = ""
    body_required: bool = True


class Reader:
    """The Structs of one asyncapi document."""

    def __init__(self, spec: dict[str, Any], product: WsProduct = EVENT_CONTRACTS) -> None:
        self.spec = spec
        self.product = product
        self.schemas: dict[str, Any] = spec["components"]["schemas"]
        self.shapes: dict[str, Shape] = {}
        self.messages: dict[str, Message] = {}
        self.spec_messages: dict[str, str] = {}
        self.controls: list[str] = []

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        node = _single(node)
        while "$ref" in node:
            node = _single(self.schemas[ref_name(node["$ref"])])
        return node

    def read(self) -> None:
        groups: dict[tuple[str, str], list[str]] = {}
        for key, message in self.spec["components"]["messages"].items():
            payload = self.resolve(message["payload"])
            if payload.get("type") != "object":
                name = pascal(message["name"])
                if name not in self.controls:
                    self.controls.append(name)
                self.spec_messages[key] = name
                continue
            props = payload["properties"]
            kind, tag_field = ("command", "cmd") if "cmd" in props else ("server", "type")
            tag = props[tag_field]["const"]
            groups.setdefault((kind, tag), []).append(key)
        for (kind, tag), keys in groups.items():
            self._message(kind, tag, keys)

    def _message(self, kind: str, tag: str, keys: list[str]) -> None:
        if kind == "command":
            base = pascal(tag)
            name = base + "Command"
        else:
            bases = [re.sub(r"Response$", "", pascal(k)) for k in keys]
            base = pascal(tag) if pascal(tag) in bases else bases[0]
            name = self.product.struct_names.get(keys[bases.index(base)], base)
        payloads = [self.resolve(self.spec["components"]["messages"][k]["payload"]) for k in keys]
        message = Message(name, kind, tag, keys)
        body = "params" if kind == "command" else "msg"
        extra = {p for payload in payloads for p in payload["properties"]} - {*ENVELOPE, body}
        if extra:
            raise SystemExit(f"asyncapi: {keys} carry fields the generator does not place: {sorted(extra)}")
        bodies = [
            (k, payload["properties"][body])
            for k, payload in zip(keys, payloads, strict=True)
            if body in payload["properties"]
        ]
        if bodies:
            message.body = body
            message.body_required = all(body in payload.get("required", []) for payload in payloads)
            suffix = "Params" if kind == "command" else "Msg"
            message.body_annotation = self._body(bodies, base + suffix, kind)
        for key in keys:
            self.spec_messages[key] = name
        self.messages[name] = message

    def _body(self, bodies: list[tuple[str, dict[str, Any]]], default: str, kind: str) -> str:
        objects = [(k, self.resolve(b)) for k, b in bodies if self.resolve(b).get("type") == "object"]
        arrays = [(k, self.resolve(b)) for k, b in bodies if self.resolve(b).get("type") == "array"]
        parts = []
        body = "params" if kind == "command" else "msg"
        for key, schema in objects:
            name = self.product.shape_names.get(f"{key}.{body}", default)
            self._collect(name, schema, kind, f"{key}.{body}")
        names = {self.product.shape_names.get(f"{key}.{body}", default) for key, _ in objects}
        if len(names) > 1:
            raise SystemExit(
                f"asyncapi: the bodies of {[k for k, _ in bodies]} need one name, not {sorted(names)}"
            )
        parts.extend(names)
        for key, schema in arrays:
            item = self.product.shape_names.get(f"{key}.msg[]", default + "Item")
            self._collect(item, self.resolve(schema["items"]), kind, f"{key}.msg[]")
        if arrays:
            parts.append(f"list[{self.product.shape_names.get(f'{arrays[0][0]}.msg[]', default + 'Item')}]")
        if len(objects) + len(arrays) != len(bodies):
            raise SystemExit(
                f"asyncapi: a body of {[k for k, _ in bodies]} is neither an object nor an array"
            )
        return " | ".join(dict.fromkeys(parts))

    def _collect(self, name: str, schema: dict[str, Any], kind: str, where: str) -> None:
        """Register `schema` as (a part of) Struct `name`, its nested objects first."""
        shape = Shape(name, kind)
        for prop, sub in schema.get("properties", {}).items():
            target = self._object_of(sub)
            if target is None:
                continue
            ref, nested, suffix = target
            default = pascal(ref) if ref else re.sub(r"Msg$", "", name) + pascal(re.sub(r"s$", "", prop))
            nested_name = self.product.shape_names.get(f"{where}.{prop}{suffix}", default)
            self._collect(nested_name, nested, kind, f"{where}.{prop}{suffix}")
            shape.nested[prop] = nested_name
        known = self.shapes.setdefault(name, shape)
        if known.kind != kind:
            raise SystemExit(f"asyncapi: {name} is both a command part and a server part")
        known.schemas.append(schema)
        known.where.append(where)
        known.nested.update(shape.nested)

    def _object_of(self, sub: dict[str, Any]) -> tuple[str | None, dict[str, Any], str] | None:
        """(its schema name, the object schema, "" or "[]") of a property that holds objects."""
        sub = _single(sub)
        ref = ref_name(sub["$ref"]) if "$ref" in sub else None
        node = self.resolve(sub)
        if node.get("type") == "object" and node.get("properties"):
            return ref, node, ""
        items = node.get("items")
        if node.get("type") == "array" and isinstance(items, dict):
            item_ref = ref_name(items["$ref"]) if "$ref" in items else None
            item = self.resolve(items)
            if item.get("type") == "object" and item.get("properties"):
                return item_ref, item, "[]"
        return None

    # --- fields ----------------------------------------------------------------------------------

    def fields(self, shape: Shape) -> list[str]:
        """The field lines of `shape`'s Struct, required ones first."""
        order: dict[str, list[dict[str, Any]]] = {}
        for schema in shape.schemas:
            for prop, sub in schema.get("properties", {}).items():
                order.setdefault(prop, []).append(sub)
            for prop in schema.get("required", []):
                order.setdefault(prop, [])
        keys = set(self.product.key_fields.get(shape.name, ()))
        for prop in keys:
            if prop not in order or not all(prop in s.get("required", []) for s in shape.schemas):
                raise SystemExit(
                    f"KEY_FIELDS[{shape.name!r}]: {prop} is not a required field of {shape.where}"
                )
        required_lines, optional_lines = [], []
        for prop, subs in order.items():
            if shape.kind == "command":
                required = all(prop in s.get("required", []) for s in shape.schemas)
            else:
                required = prop in keys
            annotation, is_list = self._annotation(prop, subs, shape)
            if required:
                required_lines.append(f"{prop}: {annotation}")
            elif is_list and shape.kind == "server":
                optional_lines.append(f"{prop}: {annotation} = []")
            elif annotation == "Any":
                optional_lines.append(f"{prop}: Any = None")
            else:
                optional_lines.append(f"{prop}: {_optional(annotation)} = None")
        return required_lines + optional_lines

    def _annotation(self, prop: str, subs: list[dict[str, Any]], shape: Shape) -> tuple[str, bool]:
        """The Python type of property `prop` (and whether it is a list), from its schemas."""
        if not subs:
            return "Any", False  # required by the spec without a schema
        if prop in shape.nested:
            node = self.resolve(subs[0])
            name = shape.nested[prop]
            return (f"list[{name}]", True) if node.get("type") == "array" else (name, False)
        types = {self._scalar(prop, self.resolve(sub)) for sub in subs}
        if len(types) != 1:
            raise SystemExit(f"asyncapi: {shape.name}.{prop} has different types: {sorted(types)}")
        annotation = types.pop()
        return annotation, annotation.startswith("list[")

    def _scalar(self, prop: str, node: dict[str, Any]) -> str:
        kinds = node.get("type")
        nullable = isinstance(kinds, list) and "null" in kinds
        kind = next((k for k in kinds if k != "null"), None) if isinstance(kinds, list) else kinds
        if kind == "array":
            items = self.resolve(node.get("items", {}))
            if items.get("type") == "array" and items.get("minItems") == 2 == items.get("maxItems"):
                pair = self._scalar(prop, self.resolve(items.get("items", {})))
                annotation = f"list[tuple[{pair}, {pair}]]"
            else:
                annotation = f"list[{self._scalar(prop, items)}]"
        elif kind == "object":
            annotation = "dict[str, Any]"
        elif kind == "integer":
            annotation = "int"
        elif kind == "number":
            annotation = "Decimal"
        elif kind == "boolean":
            annotation = "bool"
        elif kind == "string" and node.get("format") == "date-time":
            annotation = "datetime"
        elif kind == "string":
            annotation = "Decimal" if _is_money(prop, self.product.money_fields) else "str"
        else:
            raise SystemExit(f"asyncapi: no Python type for {prop}: {node}")
        return f"{annotation} | None" if nullable else annotation


def _single(node: dict[str, Any]) -> dict[str, Any]:
    """`node`, or the one schema of an `allOf` of one (a `$ref` given a description beside it)."""
    parts = node.get("allOf")
    return parts[0] if isinstance(parts, list) and len(parts) == 1 else node


def _is_money(prop: str, money_fields: frozenset[str]) -> bool:
    return prop.endswith(("_dollars", "_fp")) or prop in money_fields


def _optional(annotation: str) -> str:
    return annotation if annotation.endswith("| None") else f"{annotation} | None"


def terminal_codes(description: str) -> list[int]:
    """The codes of the "Terminal Errors" table in the spec's description."""
    section = description.split("## Terminal Errors", 1)
    if len(section) != 2:
        raise SystemExit("asyncapi: the description has no '## Terminal Errors' table")
    return [int(code) for code in re.findall(r"^\|\s*(\d+)\s*\|", section[1], flags=re.MULTILINE)]


def error_constant(code: int, name: str) -> str:
    """The constant of error `code`: `Subscription buffer overflow` -> `SUBSCRIPTION_BUFFER_OVERFLOW`."""
    return ws_rules.ERROR_CONSTANTS.get(code) or re.sub(r"[^0-9A-Za-z]+", "_", name).strip("_").upper()


def docstring(text: str, indent: int = 4) -> str:
    """`text` as a docstring wrapped to the project's line length."""
    lines = textwrap.wrap(f'"""{text}"""', width=106 - indent, break_long_words=False, break_on_hyphens=False)
    return ("\n" + " " * indent).join(lines)


def union(name: str, members: list[str]) -> str:
    """`name = A | B | ...` as ruff formats it."""
    line = f"{name} = {' | '.join(members)}"
    if len(line) <= 110:
        return line
    return f"{name} = (\n    " + "\n    | ".join(members) + "\n)"


def where(places: list[str]) -> str:
    return ", ".join(f"`{place}`" for place in places)


def _sorted(names: list[str]) -> list[str]:
    """`__all__` order: constants, then classes, then the rest."""
    return sorted(names, key=lambda n: (0 if n.isupper() else 1 if n[:1].isupper() else 2, n))


def _exports(shapes: list[str], reader: Reader, extra: list[str]) -> list[str]:
    return _sorted([*shapes, *reader.messages, *reader.controls, *extra])


def load(source: str) -> dict[str, Any]:
    """The asyncapi document at `source`, a path or an http(s) URL."""
    if re.match(r"^https?://", source):
        with urllib.request.urlopen(source, timeout=60) as response:
            spec = yaml.safe_load(response.read())
    else:
        spec = yaml.safe_load(Path(source).read_text(encoding="utf-8"))
    if not isinstance(spec, dict) or "asyncapi" not in spec or "components" not in spec:
        raise SystemExit(f"{source} is not an AsyncAPI document with components")
    return spec


def render(source: str, product: WsProduct = EVENT_CONTRACTS) -> dict[str, str]:
    """The text of every file under `product.package`, from the asyncapi document at `source`."""
    spec = load(source)
    version = str(spec["info"]["version"])
    header = f"# generated from {product.spec_name} {version} by tools/codegen — do not edit"
    reader = Reader(spec, product)
    reader.read()
    shapes = [(shape, reader.fields(shape)) for shape in reader.shapes.values()]
    server = [m for m in reader.messages.values() if m.kind == "server"]
    commands = [m for m in reader.messages.values() if m.kind == "command"]
    package = product.package
    codes = " and error codes" if "x-error-codes" in spec else ""
    lines = [line for _, fields in shapes for line in fields]
    lines += [m.body_annotation for m in reader.messages.values()]
    files = {
        f"{package}/__init__.py": (
            f'{header}\n"""The WebSocket message Structs{codes} of Kalshi\'s '
            f'{product.spec_name} {version}."""\n'
        ),
        f"{package}/messages.py": TEMPLATES.get_template("ws_messages.py.j2").render(
            header=header,
            uses={name: any(name in line for line in lines) for name in ("datetime", "Decimal", "Any")},
            title=product.title,
            spec_name=product.spec_name,
            version=version,
            docstring=docstring,
            where=where,
            shapes=shapes,
            server=server,
            commands=commands,
            server_union=union("ServerMessage", [m.name for m in server]),
            command_union=union("Command", [m.name for m in commands]),
            controls=reader.controls,
            spec_messages=reader.spec_messages,
            exports=_exports(
                [shape.name for shape in reader.shapes.values()],
                reader,
                ["Command", "SPEC_MESSAGES", "ServerMessage"],
            ),
        ),
    }
    if "x-error-codes" in spec:
        constants = [
            (error_constant(c["code"], c["name"]), c["code"], c["name"])
            for c in spec["x-error-codes"]["codes"]
        ]
        files[f"{package}/error_codes.py"] = TEMPLATES.get_template("ws_error_codes.py.j2").render(
            header=header,
            version=version,
            codes=constants,
            exports=_sorted([name for name, _, _ in constants] + ["ERROR_NAMES", "TERMINAL_CODES"]),
            terminal=terminal_codes(spec["info"].get("description", "")),
        )
    return format_python(files)
