"""The last step of generation: every generated Python file in the project's own style.

The templates write correct code; ruff then sorts its imports and `__all__` and formats it with the project's
settings (pyproject.toml), so that generated files pass `ruff check` and `ruff format --check`
like hand-written ones. Files are formatted in a scratch folder, so nothing is written to the
project here.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _ruff(*args: str) -> None:
    command = [sys.executable, "-m", "ruff", *args, "--config", str(ROOT / "pyproject.toml")]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    except FileNotFoundError as exc:  # pragma: no cover - no interpreter
        raise SystemExit(f"cannot run ruff: {exc}") from None
    if result.returncode != 0:
        if "No module named ruff" in result.stderr:
            raise SystemExit('the generator formats its output with ruff: pip install -e ".[dev]"')
        raise SystemExit(f"ruff {args[0]} failed on the generated code:\n{result.stdout}{result.stderr}")


def format_python(files: dict[str, str]) -> dict[str, str]:
    """`files` (path -> text) with every `.py` file import-sorted and formatted by ruff."""
    python = {name: text for name, text in files.items() if name.endswith(".py")}
    with tempfile.TemporaryDirectory(prefix="kalshi-py-codegen-") as scratch:
        folder = Path(scratch)
        for name, text in python.items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        _ruff("check", "--select", "I,RUF022", "--fix", "--quiet", "--no-cache", str(folder))
        _ruff("format", "--quiet", "--no-cache", str(folder))
        formatted = {name: (folder / name).read_text(encoding="utf-8") for name in python}
    return {**files, **formatted}
