"""The local exchange as the `kalshi` command uses it: `kalshi sim` in the foreground (its options
are those of the local exchange's own command line) and the exchange behind `kalshi demo`.

This is the one module of the command that imports the local exchange; it says which extra to
install when the exchange cannot be imported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import typer

from .command import KalshiCommand, app
from .errors import EXIT_USAGE, CliError

if TYPE_CHECKING:
    from kalshi_sim import LocalExchange

__all__ = ["local_exchange", "sim"]

SIM_EXTRA = 'pip install "kalshi-py[sim]"'


def _missing(what: str, exc: ImportError) -> CliError:
    missing = f" ({exc.name} is not installed)" if exc.name else ""
    return CliError(f"{what} needs the local exchange{missing}: {SIM_EXTRA}", exit_code=EXIT_USAGE)


def local_exchange(what: str) -> type[LocalExchange]:
    """The `LocalExchange` class, or a `CliError` telling how to install it; `what` needs it."""
    try:
        from kalshi_sim import LocalExchange
    except ImportError as exc:
        raise _missing(what, exc) from None
    return LocalExchange


def _sim_main(what: str) -> Callable[[Sequence[str] | None], int]:
    try:
        from kalshi_sim.harness.command import main
    except ImportError as exc:
        raise _missing(what, exc) from None
    return main


@app.command(
    "sim",
    cls=KalshiCommand,
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
def sim(ctx: typer.Context) -> None:
    """Run a local Kalshi exchange until Ctrl-C (`kalshi sim --help` for its options)."""
    try:
        sim_main = _sim_main("kalshi sim")
    except CliError as exc:
        typer.echo(f"kalshi: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    raise typer.Exit(sim_main(list(ctx.args)))
