"""The REST spec as the exchange reads it: `spec_table()` (every `Operation` and the component
schemas of `openapi.json` beside this module, the structure of Kalshi's openapi.yaml that
`tools/codegen` writes and checks; `spec_table(package, name)` reads the margin and Klear specs'
structure the same way) and `OperationIndex`, which finds the operations of a path."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

__all__ = ["Operation", "OperationIndex", "Param", "SpecTable", "ref", "spec_table"]

from . import schema


@dataclass(frozen=True)
class Param:
    """One parameter of an operation: its name, where it goes (path, query, header), its schema."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, as the server needs it."""

    operation_id: str
    method: str
    path: str
    tag: str
    params: tuple[Param, ...]
    body_schema: str | None
    body_required: bool
    success_status: int
    response_schema: str | None
    auth: bool
    excluded: bool

    @property
    def is_write(self) -> bool:
        """Whether the operation draws on the Write rate-limit budget."""
        if self.method == "GET":
            return False
        return self.path.startswith(
            (
                "/portfolio/events/orders",
                "/portfolio/order_groups",
                "/communications",
                "/margin/orders",
                "/margin/order_groups",
            )
        )

    def query_params(self) -> Iterable[Param]:
        return (p for p in self.params if p.location == "query")


@dataclass(frozen=True)
class SpecTable:
    """The operations and component schemas of the REST spec."""

    version: str
    operations: tuple[Operation, ...]
    schemas: Mapping[str, Any]

    def operation(self, operation_id: str) -> Operation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)


@functools.cache
def spec_table(package: str = "kalshi_sim.rest", name: str = "openapi.json") -> SpecTable:
    """A REST spec's structure as shipped in the package: Kalshi's event-contract API by default
    (`kalshi_sim/rest/openapi.json`)."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    raw = json.loads(text)
    ops = tuple(
        Operation(
            operation_id=o["operation_id"],
            method=o["method"].upper(),
            path=o["path"],
            tag=o.get("tag", ""),
            params=tuple(
                Param(p["name"], p["in"], bool(p.get("required")), p.get("schema") or {})
                for p in o.get("params", [])
            ),
            body_schema=o.get("body_schema"),
            body_required=bool(o.get("body_required")),
            success_status=int(o["success_status"]),
            response_schema=o.get("response_schema"),
            auth=bool(o.get("auth")),
            excluded=bool(o.get("excluded")),
        )
        for o in raw["operations"]
    )
    return SpecTable(str(raw.get("version", "")), ops, raw["components"]["schemas"])


def ref(name: str) -> dict[str, str]:
    """A `$ref` to the component schema `name`."""
    return {"$ref": schema.REF_PREFIX + name}


class OperationIndex:
    """Finds the operations of a request path: a dict for fixed paths, and per segment count a
    short list of templates (fixed segments preferred to parameters)."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        by_path: dict[str, dict[str, Operation]] = {}
        for op in operations:
            by_path.setdefault(op.path, {})[op.method] = op
        self.fixed: dict[str, dict[str, Operation]] = {}
        self.templates: dict[int, list[tuple[tuple[str, ...], dict[str, Operation]]]] = {}
        for path, ops in sorted(by_path.items(), key=lambda item: item[0].count("{")):
            if "{" not in path:
                self.fixed[path] = ops
            else:
                segments = tuple(path.strip("/").split("/"))
                self.templates.setdefault(len(segments), []).append((segments, ops))

    def find(self, path: str) -> tuple[dict[str, Operation], dict[str, str]] | None:
        """The operations by method for `path` (relative to /trade-api/v2) and its path parameters."""
        path = path.rstrip("/") or "/"
        fixed = self.fixed.get(path)
        if fixed is not None:
            return fixed, {}
        parts = path.strip("/").split("/")
        for segments, ops in self.templates.get(len(parts), ()):
            params: dict[str, str] = {}
            for template, part in zip(segments, parts, strict=True):
                if template.startswith("{"):
                    if not part:
                        break
                    params[template[1:-1]] = part
                elif template != part:
                    break
            else:
                return ops, params
        return None
