"""`kalshi sim`: the local exchange in the foreground (the options are those of
`kalshi_sim.harness.command`)."""

from __future__ import annotations

import typer

from .app import app
from .errors import EXIT_USAGE

__all__ = ["sim"]


@app.command(
    "sim",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
def sim(ctx: typer.Context) -> None:
    """Run a local Kalshi exchange until Ctrl-C (`kalshi sim --help` for its options)."""
    try:
        from kalshi_sim.harness.command import main as sim_main
    except ImportError as exc:
        typer.echo(f"kalshi: error: kalshi sim needs the local exchange: pip install 'kalshi-py[sim]' "
                   f"({exc})", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    raise typer.Exit(sim_main(list(ctx.args)))
