"""The local exchange's own copies of the margin specs' structure: Kalshi's Perps REST and Klear
OpenAPI documents and the Perps AsyncAPI document, each written as structure-only JSON beside the
front that answers it (`render(perps_dir) -> {path: text}`)."""

from __future__ import annotations

from pathlib import Path

from .render import _asyncapi_structure, _openapi_structure
from .spec import load_spec, operations

__all__ = ["FILES", "render"]

PERPS_REST = "sim/kalshi_sim/rest/margin/perps_openapi.json"
KLEAR_REST = "sim/kalshi_sim/rest/klear/klear_openapi.json"
PERPS_WS = "sim/kalshi_sim/ws/margin/perps_asyncapi.json"
FILES = (PERPS_REST, KLEAR_REST, PERPS_WS)


def _rest_structure(source: Path) -> str:
    spec = load_spec(str(source))
    ops = operations(spec)
    if spec.get("security"):  # a document-wide scheme covers every operation that names none
        for op in ops:
            raw = spec["paths"][op.path][op.method.lower()]
            op.auth = op.auth or "security" not in raw
    return _openapi_structure(spec, ops, str(spec["info"]["version"]))


def render(perps_dir: str) -> dict[str, str]:
    """The structure of `perps_openapi.yaml`, `klear_openapi.yaml` and `perps_asyncapi.yaml`
    found in `perps_dir` (Kalshi's official margin specs)."""
    folder = Path(perps_dir)
    return {
        PERPS_REST: _rest_structure(folder / "perps_openapi.yaml"),
        KLEAR_REST: _rest_structure(folder / "klear_openapi.yaml"),
        PERPS_WS: _asyncapi_structure(str(folder / "perps_asyncapi.yaml"))[1],
    }
