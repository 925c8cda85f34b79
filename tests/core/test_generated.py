"""The generated layer, module by module: every annotation resolves, and every operation's
docstring states its facts (route, auth, arguments with types and bounds, pagination, cost)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from types import ModuleType

import msgspec
import pytest

import kalshi_py.api
import kalshi_py.models as models
from kalshi_py._legacy import LegacyOperation
from kalshi_py._operation import Operation

CALLS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


def _modules() -> list[ModuleType]:
    found = []
    for info in pkgutil.walk_packages(kalshi_py.api.__path__, "kalshi_py.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "OPERATION"):
            found.append(module)
    return found


MODULES = _modules()
# the modules of the spec's operations (not the 2.0.6.6 aliases, which re-export one of them)
OWN = [m for m in MODULES if isinstance(m.OPERATION, Operation) and m.sync.__module__ == m.__name__]


def test_every_operation_of_the_spec_is_generated() -> None:
    assert len(OWN) >= 118
    assert any(isinstance(m.OPERATION, LegacyOperation) for m in MODULES)


@pytest.mark.parametrize("module", MODULES, ids=[m.__name__.removeprefix("kalshi_py.api.") for m in MODULES])
def test_every_annotation_of_every_call_resolves(module: ModuleType) -> None:
    for name in (*CALLS, "paginate"):
        call = getattr(module, name, None)
        if call is None:
            continue
        hints = typing.get_type_hints(call)
        assert "return" in hints, f"{module.__name__}.{name}"
        assert set(inspect.signature(call).parameters) <= set(hints) | {"params"}


def test_every_model_annotation_resolves() -> None:
    structs = [v for v in vars(models).values() if isinstance(v, type) and issubclass(v, msgspec.Struct)]
    assert len(structs) > 300
    for model in structs:
        typing.get_type_hints(model, include_extras=True)


def test_the_block_trade_proposal_that_annotated_datetime_without_importing_it() -> None:
    from kalshi_py.api.communications import propose_block_trade

    hints = typing.get_type_hints(propose_block_trade.sync)
    assert "datetime" in str(hints["expiration_ts"])


def _entries(doc: str) -> dict[str, str]:
    """The argument entries of a docstring (`- name: type, bounds`), wrapped lines joined."""
    entries: dict[str, str] = {}
    name = None
    for line in doc.splitlines():
        text = line.strip()
        if text.startswith("- ") and ":" in text:
            name, _, rest = text[2:].partition(":")
            entries[name] = rest.strip()
        elif name is not None and line.startswith("  ") and text and not text.startswith("- "):
            entries[name] += " " + text
        else:
            name = None
    return entries


@pytest.mark.parametrize("module", OWN, ids=[m.__name__.removeprefix("kalshi_py.api.") for m in OWN])
def test_every_operation_docstring_states_its_facts(module: ModuleType) -> None:
    op: Operation[typing.Any] = module.OPERATION
    for doc in (module.__doc__, module.sync.__doc__, module.asyncio.__doc__):
        assert doc is not None
        flat = " ".join(doc.split())
        assert f"{op.method} {op.path} (`{op.operation_id}`)" in flat
        assert ("Auth: signed with an API key" in flat) is op.auth
        assert f"the {op.bucket} bucket, {op.unit_cost or 10} tokens" in flat
        if op.items_field:
            assert f"per item of `{op.items_field}`" in flat
        if op.pagination is None:
            assert "Pagination: none." in flat
        else:
            assert f"the items are in `{op.pagination.items}`" in flat
        if op.write is not None:
            assert "Order safety:" in flat
        returns = f"Returns `{op.response.__name__}`" if op.response is not None else "Returns nothing"
        assert returns in flat
        entries = _entries(doc)
        for param in op.params:
            entry = entries[param.name]
            if param.minimum is not None:
                assert f">= {param.minimum}" in entry
            if param.maximum is not None:
                assert f"<= {param.maximum}" in entry
            for choice in param.choices or ():
                assert str(choice) in entry
        for name in op.body_fields:
            assert name in entries, f"{op.operation_id}: body field {name} undocumented"
        path_params = [p.name for p in op.params if p.location == "path"]
        if path_params:
            required = _entries(doc.split("Required arguments:", 1)[1].split("\n\n", 1)[0])
            assert set(path_params) <= set(required)
