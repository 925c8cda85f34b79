"""Generate `kalshi_py/api/`, `kalshi_py/models/`, `kalshi_py/ws/_asyncapi/` and `kalshi_py/fix/`'s
messages from Kalshi's specs; the margin (Perps) client's `kalshi_py/margin/api/`, `models/` and
`ws/_asyncapi/`; the Klear client's `kalshi_py/klear/api/` and `models/`; the local exchange's own
copy of each REST spec's structure (`sim/kalshi_sim/rest/openapi.json`,
`rest/margin/perps_openapi.json`, `rest/klear/klear_openapi.json`: the text of the client's
`models/openapi.json`); and the coverage table of every product (`docs/coverage.md`, and its
summary in README.md).

    python -m tools.codegen [--spec PATH_OR_URL] [--asyncapi PATH_OR_URL] [--check]

Defaults read `../shared/kalshi/openapi.yaml` and `../shared/kalshi/asyncapi.yaml` from the project
root, the FIX dictionary from `../shared/kalshi/fix/` (`--fix-dictionary`) into `kalshi_py/fix/`,
and the margin and Klear specs from `../shared/kalshi/perps/` (`--margin-spec` for Kalshi's
published REST spec, `--margin-docs-spec` for the operations only Kalshi's documentation pages
have, `--margin-asyncapi`, `--klear-spec`). `--check` writes nothing and exits 1 when the
generated tree differs from what is committed.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from . import coverage, ws_messages
from .fix_render import FIX_FILES, render_fix
from .products import KLEAR, MARGIN, PRODUCTS
from .render import render_product, render_tree

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "kalshi"
PERPS = SHARED / "perps"
GENERATED_DIRS = (
    "kalshi_py/api",
    "kalshi_py/models",
    ws_messages.EVENT_CONTRACTS.package,
    "kalshi_py/margin/api",
    "kalshi_py/margin/models",
    ws_messages.MARGIN.package,
    "kalshi_py/klear/api",
    "kalshi_py/klear/models",
)
GENERATED_FILES = (  # beside hand-written code
    *(product.exchange_spec for product in PRODUCTS),
    coverage.PAGE,
    coverage.README,  # its coverage block only
)


def _current_tree() -> dict[str, str]:
    files = {name: (ROOT / name).read_text(encoding="utf-8") for name in FIX_FILES if (ROOT / name).is_file()}
    for folder in GENERATED_DIRS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                files[path.relative_to(ROOT).as_posix()] = path.read_text(encoding="utf-8")
    for name in GENERATED_FILES:
        if (ROOT / name).is_file():
            files[name] = (ROOT / name).read_text(encoding="utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.codegen", description=__doc__.splitlines()[0])
    parser.add_argument("--spec", default=str(SHARED / "openapi.yaml"), help="OpenAPI document: path or URL")
    parser.add_argument(
        "--asyncapi", default=str(SHARED / "asyncapi.yaml"), help="AsyncAPI document: path or URL"
    )
    parser.add_argument("--fix-dictionary", default=str(SHARED / "fix"), help="folder of the FIX dictionary")
    parser.add_argument("--margin-spec", default=str(PERPS / "official" / "perps_openapi.yaml"))
    parser.add_argument("--margin-docs-spec", default=str(PERPS / "perps_openapi.yaml"))
    parser.add_argument("--margin-asyncapi", default=str(PERPS / "official" / "perps_asyncapi.yaml"))
    parser.add_argument("--klear-spec", default=str(PERPS / "official" / "klear_openapi.yaml"))
    parser.add_argument("--check", action="store_true", help="fail on any difference instead of writing")
    args = parser.parse_args(argv)

    wanted = render_tree(args.spec, args.asyncapi)
    wanted.update(render_fix(args.fix_dictionary))
    wanted.update(ws_messages.render(args.asyncapi))
    wanted.update(render_product(MARGIN, args.margin_spec, args.margin_docs_spec, args.margin_asyncapi))
    wanted.update(ws_messages.render(args.margin_asyncapi, ws_messages.MARGIN))
    wanted.update(render_product(KLEAR, args.klear_spec))
    current = _current_tree()
    wanted.update(coverage.render(wanted, current.get(coverage.README, "")))
    if args.check:
        changed = sorted(
            name for name in wanted.keys() | current.keys() if wanted.get(name) != current.get(name)
        )
        for name in changed[:20]:
            diff = difflib.unified_diff(
                current.get(name, "").splitlines(),
                wanted.get(name, "").splitlines(),
                f"committed/{name}",
                f"generated/{name}",
                lineterm="",
                n=1,
            )
            print("\n".join(list(diff)[:40]))
        if changed:
            print(f"{len(changed)} generated file(s) differ from the spec; run: python -m tools.codegen")
            return 1
        print(f"generated code is up to date ({len(wanted)} files)")
        return 0
    for name in current.keys() - wanted.keys():
        (ROOT / name).unlink()
    for name, text in wanted.items():
        target = ROOT / name
        if current.get(name) != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    for folder in GENERATED_DIRS:
        for path in sorted((ROOT / folder).rglob("*"), reverse=True):
            if path.is_dir() and not any(p for p in path.iterdir() if p.name != "__pycache__"):
                for cache in path.glob("__pycache__"):
                    for item in cache.iterdir():
                        item.unlink()
                    cache.rmdir()
                path.rmdir()
    print(f"wrote {len(wanted)} files under {', '.join(GENERATED_DIRS)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
