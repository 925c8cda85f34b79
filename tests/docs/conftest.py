"""Fixtures of the documentation tests: local exchanges to run the examples against, an account's
credentials in the environment, and a runner that executes a Python file as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kalshi_sim import Credentials, LocalExchange

__all__ = ["DOCS", "ROOT", "LocalExchange", "Run", "run_python", "use_account"]

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
RUN_TIMEOUT = 30.0

ENV_NAMES = (
    "KALSHI_BASE_URL",
    "KALSHI_ENV",
    "KALSHI_API_KEY_ID",
    "KALSHI_PRIVATE_KEY_PATH",
    "KALSHI_PY_PRIVATE_KEY_PEM",
    "KALSHI_MARGIN_BASE_URL",
    "KALSHI_MARGIN_ENV",
    "KALSHI_MARGIN_API_KEY_ID",
    "KALSHI_MARGIN_PRIVATE_KEY_PATH",
    "KALSHI_MARGIN_PRIVATE_KEY_PEM",
)


@dataclass(frozen=True)
class Run:
    """What a Python file did when run."""

    returncode: int
    stdout: str
    stderr: str


def run_python(
    source: Path | str, cwd: Path, *, warnings_as_errors: bool, timeout: float = RUN_TIMEOUT
) -> Run:
    """Run a file (a path) or a program (text) with this interpreter, in `cwd`, with the current
    environment; a run that outlives `timeout` fails the test."""
    args = [sys.executable]
    if warnings_as_errors:
        args += ["-W", "error"]
    args += [str(source)] if isinstance(source, Path) else ["-c", source]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONWARNINGS", None)
    try:
        done = subprocess.run(
            args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(
            f"{source if isinstance(source, Path) else 'the program'} ran for over {timeout} s: "
            f"stdout so far:\n{exc.stdout}\nstderr so far:\n{exc.stderr}"
        )
    return Run(done.returncode, done.stdout, done.stderr)


@pytest.fixture(scope="module")
def exchange() -> Iterator[LocalExchange]:
    """A quiet local exchange: its books move only when an example trades."""
    with LocalExchange(seed=1) as ex:
        yield ex


@pytest.fixture(scope="module")
def busy_exchange() -> Iterator[LocalExchange]:
    """A local exchange with house order flow, so that streams have something to say."""
    with LocalExchange(seed=2, activity=40) as ex:
        yield ex


def use_account(monkeypatch: pytest.MonkeyPatch, ex: LocalExchange, key_type: str = "rsa") -> Credentials:
    """A new funded account on `ex` whose key is in the environment as a user would set it, and
    the same user's margin account, under the `KALSHI_MARGIN_*` names."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    credentials = ex.create_account("1000", key_type=key_type)
    monkeypatch.setenv("KALSHI_BASE_URL", ex.rest_url)
    monkeypatch.setenv("KALSHI_API_KEY_ID", credentials.api_key_id)
    monkeypatch.setenv("KALSHI_PRIVATE_KEY_PATH", str(credentials.private_key_path))
    margin = ex.create_margin_account("1000", user_id=credentials.user_id)  # as `kalshi sim` does
    monkeypatch.setenv("KALSHI_MARGIN_BASE_URL", ex.margin_rest_url)
    monkeypatch.setenv("KALSHI_MARGIN_API_KEY_ID", margin.api_key_id)
    monkeypatch.setenv("KALSHI_MARGIN_PRIVATE_KEY_PATH", str(margin.private_key_path))
    return credentials
