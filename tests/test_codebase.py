"""The codebase's own checks: generated code matches the spec, ruff and mypy are clean, the
generated code included."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import ROOT, require_shared


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_generated_code_matches_the_spec() -> None:
    shared = require_shared()
    result = _run(
        sys.executable,
        "-m",
        "tools.codegen",
        "--spec",
        str(shared / "openapi.yaml"),
        "--asyncapi",
        str(shared / "asyncapi.yaml"),
        "--check",
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_files_say_they_are_generated() -> None:
    for path in [*ROOT.glob("kalshi_py/api/**/*.py"), ROOT / "kalshi_py/models/__init__.py"]:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# generated from openapi.yaml "), path
        assert first.endswith("do not edit"), path


@pytest.mark.skipif(shutil.which("ruff") is None and not (ROOT / ".venv/bin/ruff").exists(), reason="no ruff")
def test_ruff_is_clean() -> None:
    result = _run(sys.executable, "-m", "ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("ruff") is None and not (ROOT / ".venv/bin/ruff").exists(), reason="no ruff")
def test_generated_code_is_ruff_formatted() -> None:
    result = _run(sys.executable, "-m", "ruff", "format", "--check", "kalshi_py/api", "kalshi_py/models")
    assert result.returncode == 0, result.stdout + result.stderr


def test_nothing_is_excluded_from_ruff_or_mypy() -> None:
    config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for generated in ("kalshi_py/api", "kalshi_py/models", "kalshi_py.api", "kalshi_py.models"):
        assert generated not in config, f"{generated} is excluded from a check in pyproject.toml"


def test_mypy_is_clean() -> None:
    """Strict mypy over the whole package, the generated api/ and models/ included."""
    pytest.importorskip("mypy")
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr
