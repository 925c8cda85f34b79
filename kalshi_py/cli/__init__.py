"""The `kalshi` command: market data, portfolio, orders and live streams from the terminal, plus
a local exchange (`kalshi sim`) and a guided tour (`kalshi demo`).

    kalshi markets --status open --limit 20
    kalshi --env demo balance
    kalshi orderbook KXHIGHNY-26DEC02-B45.5 --watch
    kalshi buy KXHIGHNY-26DEC02-B45.5 --side yes --count 10 --price 0.56 --env demo
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from .app import app

__all__ = ["app", "main"]

for _module in ("market", "candles", "portfolio", "trading", "streaming", "local", "demo"):
    importlib.import_module(f"{__name__}.{_module}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `kalshi` command with `argv` (default: the process's arguments); the exit status."""
    try:
        app(args=list(argv) if argv is not None else None, prog_name="kalshi")
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return 0
        return code if isinstance(code, int) else 1
    return 0
