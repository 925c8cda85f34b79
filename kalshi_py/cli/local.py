"""The local exchange as the `kalshi` command uses it: `kalshi sim` in the foreground and `kalshi
replay` (their options are those of the local exchange's own command lines) and the exchange
behind `kalshi demo`.

This is the one module of the command that imports the local exchange; it says which extra to
install when the exchange cannot be imported.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import typer

from .command import KalshiCommand, app
from .errors import EXIT_USAGE, CliError

if TYPE_CHECKING:
    from kalshi_sim import LocalExchange

__all__ = ["local_exchange", "replay", "run_sim_command", "sim"]

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


def _sim_main(what: str, module: str = "kalshi_sim.harness.command") -> Callable[[Sequence[str] | None], int]:
    """The `main` of one of the local exchange's commands (`module`)."""
    try:
        main: Callable[[Sequence[str] | None], int] = importlib.import_module(module).main
    except ImportError as exc:
        raise _missing(what, exc) from None
    return main


def run_sim_command(what: str, module: str, args: Sequence[str]) -> None:
    """Run the local exchange's command `module` with `args`, exiting with its status."""
    try:
        sim_main = _sim_main(what, module)
    except CliError as exc:
        typer.echo(f"kalshi: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None
    raise typer.Exit(sim_main(list(args)))


_PASSED_THROUGH = {
    "cls": KalshiCommand,
    "context_settings": {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
    "add_help_option": False,
}
"""The settings of a command whose arguments all go to the local exchange's own command line."""


@app.command("sim", **_PASSED_THROUGH)  # type: ignore[arg-type]
def sim(ctx: typer.Context) -> None:
    """Run a local Kalshi exchange until Ctrl-C (`kalshi sim --help` for its options); with
    `--replay DATASET`, play a recording back (`kalshi replay`)."""
    args = list(ctx.args)
    dataset = _take_option(args, "--replay")
    if dataset is not None:
        run_sim_command("kalshi sim --replay", "kalshi_sim.replay.command", [dataset, *args])
    run_sim_command("kalshi sim", "kalshi_sim.harness.command", args)


def _take_option(args: list[str], name: str) -> str | None:
    """Remove `name VALUE` (or `name=VALUE`) from `args`; its value, or None when absent."""
    for index, arg in enumerate(args):
        if arg == name and index + 1 < len(args):
            del args[index]
            return args.pop(index)
        if arg.startswith(name + "="):
            del args[index]
            return arg.partition("=")[2]
    return None


@app.command("replay", **_PASSED_THROUGH)  # type: ignore[arg-type]
def replay(ctx: typer.Context) -> None:
    """Play a recording back on a local exchange for a bot, and report its backtest."""
    run_sim_command("kalshi replay", "kalshi_sim.replay.command", ctx.args)
