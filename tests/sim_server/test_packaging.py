"""How the local exchange is installed: a base install of kalshi-py brings no pytest plugin (a
user's unrelated test suite runs green) and a `kalshi` command that names the extra it needs, and
the `sim` extra brings the kalshi-sim distribution
from this repository with its fixtures. Both in a fresh virtual environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

UNRELATED = """
def test_arithmetic():
    assert 1 + 1 == 2
"""


def run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "PYTHON", "VIRTUAL_ENV"))}
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, (
        f"{' '.join(map(str, command))}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    )
    return done


@pytest.mark.slow
def test_base_install_registers_no_plugin_and_the_sim_extra_brings_the_fixtures(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_unrelated.py").write_text(UNRELATED)

    run(python, "-m", "pip", "install", "-q", ROOT, "pytest", cwd=tmp_path)
    plugins = run(
        python,
        "-c",
        "import importlib.metadata as m; print([e.value for e in m.entry_points(group='pytest11')])",
        cwd=project,
    ).stdout
    assert "kalshi" not in plugins
    tested = run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_unrelated.py", cwd=project)
    assert "1 passed" in tested.stdout
    absent = subprocess.run([str(python), "-c", "import uvicorn"], capture_output=True, check=False)
    assert absent.returncode != 0  # the base install brought none of the exchange's dependencies
    hint = subprocess.run(
        [str(venv / "bin" / "kalshi"), "markets"], capture_output=True, text=True, timeout=60, check=False
    )
    assert hint.returncode == 2
    assert 'pip install "kalshi-py[cli]"' in hint.stderr + hint.stdout
    assert "Traceback" not in hint.stderr

    run(python, "-m", "pip", "install", "-q", f"{ROOT}[sim]", cwd=tmp_path)
    fixtures = run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--fixtures", cwd=project).stdout
    assert "kalshi_exchange" in fixtures
    assert "kalshi_client" in fixtures
    tested = run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_unrelated.py", cwd=project)
    assert "1 passed" in tested.stdout
    installed = run(
        python, "-c", "import kalshi_sim, kalshi_py; print(kalshi_sim.__file__)", cwd=project
    ).stdout
    assert str(venv) in installed
