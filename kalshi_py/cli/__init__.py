"""The `kalshi` command: market data, portfolio, orders and live streams from the terminal, plus
a local exchange (`kalshi sim`) and a guided tour (`kalshi demo`).

    kalshi markets --status open --limit 20
    kalshi --env demo balance
    kalshi orderbook KXHIGHNY-26DEC02-B45.5 --watch
    kalshi buy KXHIGHNY-26DEC02-B45.5 --side yes --count 10 --price 0.56 --env demo

The command needs the `cli` extra (Typer, Rich): importing this package does not, and `main()`
says how to install it when it is missing.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import Any

__all__ = ["CLI_EXTRA", "app", "main"]

CLI_EXTRA = 'pip install "kalshi-py[cli]"'
EXIT_MISSING_EXTRA = 2
_EXTRA_MODULES = ("typer", "rich") + (("tomli",) if sys.version_info < (3, 11) else ())
_COMMAND_MODULES = (
    "market",
    "candles",
    "portfolio",
    "trading",
    "streaming",
    "local",
    "demo",
    "record",
    "history",
    "deadman",
    "panic",
    "pnl",
    "fix",
    "margin",
    "margin_orders",
)


def _missing_extra() -> str | None:
    """The first module of the `cli` extra that cannot be imported, or None."""
    for name in _EXTRA_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            return name
    return None


def _application() -> Any:
    """The Typer application with every command registered."""
    missing = _missing_extra()
    if missing is not None:
        raise ImportError(f"the kalshi command needs the cli extra ({missing} is not installed): {CLI_EXTRA}")
    from .command import app

    for module in _COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{module}")
    globals()["app"] = app
    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return _application()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `kalshi` command with `argv` (default: the process's arguments); the exit status."""
    try:
        app = _application()
    except ImportError as exc:
        sys.stderr.write(f"kalshi: error: {exc}\n")
        return EXIT_MISSING_EXTRA
    try:
        app(args=list(argv) if argv is not None else None, prog_name="kalshi")
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return 0
        return code if isinstance(code, int) else 1
    return 0
