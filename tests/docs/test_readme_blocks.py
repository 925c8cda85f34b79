"""Every ```python block of README.md runs as written against a local exchange, with a funded
account's key in the environment as the README tells users to set it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kalshi_sim import LocalExchange

from .conftest import ROOT, run_python, use_account

README = ROOT / "README.md"
BLOCK = re.compile(r"^```python[ \t]*\n(?P<code>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


def readme_blocks() -> list[str]:
    return [match["code"] for match in BLOCK.finditer(README.read_text(encoding="utf-8"))]


def first_line(code: str) -> str:
    return next((line.strip() for line in code.splitlines() if line.strip()), "<empty block>")


def test_the_readme_has_python_blocks() -> None:
    assert readme_blocks(), "README.md has no ```python block to check"


@pytest.mark.parametrize(
    "code", readme_blocks(), ids=[f"{n}:{first_line(c)[:40]}" for n, c in enumerate(readme_blocks(), 1)]
)
def test_readme_block_runs(
    code: str, exchange: LocalExchange, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_account(monkeypatch, exchange)
    done = run_python(code, tmp_path, warnings_as_errors=False)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        last = lines[-1] if lines else "no error output"
        pytest.fail(
            f"the README.md block starting with {first_line(code)!r} exited with {done.returncode}: {last}"
            f"\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
        )
    assert "Traceback" not in done.stderr, done.stderr
