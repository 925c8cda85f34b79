"""On a base install (no extras) the `kalshi` command says which extra to install, and so do the
commands that need the local exchange. Tested in processes whose imports refuse the extras'
modules, as if they were not installed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .cli_support import without_modules

CLI_EXTRA_MODULES = ["typer", "rich", "tomli"]
SIM_EXTRA_MODULES = ["starlette", "uvicorn"]
ENTRY_POINT = "from kalshi_py.cli import main; raise SystemExit(main({args!r}))"
PYTHON_M = (
    "import runpy, sys\nsys.argv = ['kalshi', *{args!r}]\n"
    "runpy.run_module('kalshi_py.cli', run_name='__main__')"
)


def run(modules: list[str], program: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        without_modules(modules, program), capture_output=True, text=True, timeout=60, check=False
    )


@pytest.mark.parametrize("how", [ENTRY_POINT, PYTHON_M], ids=["kalshi", "python -m kalshi_py.cli"])
@pytest.mark.parametrize("args", [[], ["--help"], ["markets"]])
def test_kalshi_without_the_cli_extra_names_it(how: str, args: list[str]) -> None:
    done = run(CLI_EXTRA_MODULES, how.format(args=args))
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr == (
        "kalshi: error: the kalshi command needs the cli extra (typer is not installed): "
        'pip install "kalshi-py[cli]"\n'
    )


def test_the_package_imports_without_the_extra_and_app_names_it() -> None:
    program = (
        "import kalshi_py.cli\ntry:\n    kalshi_py.cli.app\nexcept ImportError as exc:\n    print(exc)\n"
    )
    done = run(CLI_EXTRA_MODULES, program)
    assert done.returncode == 0, done.stderr
    assert 'pip install "kalshi-py[cli]"' in done.stdout


@pytest.mark.parametrize("command", [["demo"], ["sim", "--port", "0"]])
def test_commands_of_the_local_exchange_name_its_extra(command: list[str]) -> None:
    done = run(SIM_EXTRA_MODULES, ENTRY_POINT.format(args=command))
    assert done.returncode == 2, done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"kalshi: error: kalshi {command[0]} needs the local exchange")
    assert line.endswith('pip install "kalshi-py[sim]"')
    assert "Traceback" not in done.stderr


def test_the_refusal_is_real() -> None:
    """The harness itself: a refused module cannot be imported, others still can."""
    done = run(["typer"], "import rich\nimport typer\n")
    assert done.returncode == 1
    assert "ModuleNotFoundError" in done.stderr
    assert sys.executable
