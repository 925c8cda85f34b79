"""The products the generator writes a client for, and where each one's spec comes from.

- **event contracts**: `openapi.yaml` into `kalshi_py/api/` and `kalshi_py/models/`.
- **margin** (Perps): Kalshi's published `perps_openapi.yaml`, completed with the operations
  that only Kalshi's documentation pages have (the reconstruction beside it), into
  `kalshi_py/margin/api/` and `kalshi_py/margin/models/`.
- **Klear**: `klear_openapi.yaml` into `kalshi_py/klear/api/` and `kalshi_py/klear/models/`.

Each operation remembers its source (`OFFICIAL` or `DOCS`), for the coverage table. The local
exchange (kalshi-sim, a distribution of its own) answers each product from its own copy of the
structure the client's tests read (`exchange_spec`), written in the same step.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from . import facts
from .spec import HTTP_METHODS, component_refs, load_spec

OFFICIAL = "spec"
DOCS = "docs"


@dataclass(frozen=True)
class Product:
    """One REST API the generator writes a client for."""

    key: str
    name: str  # in prose: "event contracts"
    spec_name: str  # the spec's file name, as generated files name it
    package: str  # the folder of the product's Python package: "kalshi_py/margin"
    facts: facts.Facts
    api_doc: str  # what `<package>.api` is: "the Kalshi Trade API"
    auth_doc: str  # how an operation that needs auth is authenticated, for docstrings
    client_doc: str  # the client that calls the product
    money_doc: str  # how the models carry money, for their docstring
    exchange_spec: str  # the local exchange's copy of `<package>/models/openapi.json`

    @property
    def module(self) -> str:
        return self.package.replace("/", ".")

    @property
    def core(self) -> str:
        """The relative import of `kalshi_py` from an operation module."""
        return "." * (self.package.count("/") + 3)


EVENT_CONTRACTS = Product(
    key="event_contracts",
    name="event contracts",
    spec_name="openapi.yaml",
    package="kalshi_py",
    facts=facts.EVENT_CONTRACTS,
    api_doc="the Kalshi Trade API",
    auth_doc="signed with an API key (the `KALSHI-ACCESS-*` headers): a client from `create_client()`",
    client_doc="`kalshi_py.create_client()`",
    money_doc="`*_dollars` prices and `*_fp` counts are `decimal.Decimal`.",
    exchange_spec="sim/kalshi_sim/rest/openapi.json",
)
MARGIN = Product(
    key="margin",
    name="margin (Perps)",
    spec_name="perps_openapi.yaml",
    package="kalshi_py/margin",
    facts=facts.MARGIN,
    api_doc="Kalshi's margin (Perps) API",
    auth_doc="signed with a margin API key (the `KALSHI-ACCESS-*` headers): a client from "
    "`kalshi_py.margin.create_client()`",
    client_doc="`kalshi_py.margin.create_client()`",
    money_doc="Prices and amounts (`FixedPointDollars`) and contract counts (`FixedPointCount`) are\n"
    "`decimal.Decimal`.",
    exchange_spec="sim/kalshi_sim/rest/margin/perps_openapi.json",
)
KLEAR = Product(
    key="klear",
    name="Klear",
    spec_name="klear_openapi.yaml",
    package="kalshi_py/klear",
    facts=facts.KLEAR,
    api_doc="Klear, Kalshi's clearing member API",
    auth_doc="a Klear access token (`Authorization: Bearer <admin_user_id>:<access_token>`): a client "
    "from `kalshi_py.klear.create_client()`",
    client_doc="`kalshi_py.klear.create_client()`",
    money_doc="Amounts are exact integers in the unit their names give: `*_centicents` (1 USD = 10,000\n"
    "centicents), `*_centicount` (1 contract = 100); `kalshi_py.klear.centicents_to_dollars` converts.",
    exchange_spec="sim/kalshi_sim/rest/klear/klear_openapi.json",
)
PRODUCTS = (EVENT_CONTRACTS, MARGIN, KLEAR)


def operation_ids(spec: dict[str, Any]) -> set[str]:
    return {
        op["operationId"]
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def complete(official: dict[str, Any], docs: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """`official` with the operations only `docs` has, and the components they need that
    `official` lacks (the official definition wins where both have one); and the source of
    every operation."""
    spec = copy.deepcopy(official)
    known = operation_ids(official)
    sources = dict.fromkeys(known, OFFICIAL)
    wanted: set[tuple[str, str]] = set()
    for path, item in docs["paths"].items():
        for method, op in item.items():
            if method not in HTTP_METHODS or op["operationId"] in known:
                continue
            target = spec["paths"].setdefault(path, {})
            if method in target:
                raise SystemExit(f"{method.upper()} {path} is {op['operationId']} in the docs only")
            target[method] = copy.deepcopy(op)
            if "parameters" in item and "parameters" not in target:
                target["parameters"] = copy.deepcopy(item["parameters"])
            sources[op["operationId"]] = DOCS
            wanted |= component_refs(op) | component_refs(item.get("parameters", []))
    done: set[tuple[str, str]] = set()
    while wanted:
        section, name = min(wanted)
        wanted.discard((section, name))
        done.add((section, name))
        components = spec["components"].setdefault(section, {})
        if name not in components:
            components[name] = copy.deepcopy(docs["components"][section][name])
        wanted |= component_refs(components[name]) - done
    return spec, sources


def load(
    product: Product, source: str, docs_source: str | None = None
) -> tuple[dict[str, Any], dict[str, str]]:
    """The spec of `product` and the source of each of its operations."""
    spec = load_spec(source)
    if docs_source is None:
        return spec, dict.fromkeys(operation_ids(spec), OFFICIAL)
    return complete(spec, load_spec(docs_source))


__all__ = [
    "DOCS",
    "EVENT_CONTRACTS",
    "KLEAR",
    "MARGIN",
    "OFFICIAL",
    "PRODUCTS",
    "Product",
    "complete",
    "load",
]
