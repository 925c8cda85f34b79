"""The `kalshi` Typer application and `kalshi_command`, which gives every command the shared
connection and output options (accepted before or after the command name)."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Annotated, Any

import typer

from .._version import __version__
from .config import ConnectionOptions
from .errors import UsageProblem, failures_reported
from .output import OutputFormat
from .session import Session

__all__ = ["KalshiCommand", "KalshiGroup", "app", "kalshi_command"]

CONNECTION = "Connection"
OUTPUT = "Output"


def _without_flag_placeholders(params: list[Any]) -> list[Any]:
    """A flag takes no value, so its help shows none (Typer would print `<bool>`)."""
    for param in params:
        if isinstance(param, typer.core.TyperOption) and param.is_flag and param.metavar is None:
            param.metavar = ""
    return params


class KalshiCommand(typer.core.TyperCommand):
    """A `kalshi` command: its help shows no value placeholder on flags."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _without_flag_placeholders(super().get_params(ctx))


class KalshiGroup(typer.core.TyperGroup):
    """The `kalshi` command group: its help shows no value placeholder on flags."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _without_flag_placeholders(super().get_params(ctx))


app = typer.Typer(
    name="kalshi",
    help="Kalshi from the command line: market data, your portfolio, orders, live streams, and a "
    "local exchange to practise on (`kalshi demo`).",
    cls=KalshiGroup,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)

EnvOption = Annotated[
    str | None,
    typer.Option(
        "--env", help="prod, demo or local (env KALSHI_ENV)", rich_help_panel=CONNECTION, show_default=False
    ),
]
BaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        help="REST base URL, e.g. the one `kalshi sim` prints (env KALSHI_BASE_URL)",
        rich_help_panel=CONNECTION,
        show_default=False,
    ),
]
KeyIdOption = Annotated[
    str | None,
    typer.Option(
        "--key-id", help="API key id (env KALSHI_API_KEY_ID)", rich_help_panel=CONNECTION, show_default=False
    ),
]
KeyFileOption = Annotated[
    str | None,
    typer.Option(
        "--key-file",
        help="private key PEM file (env KALSHI_PRIVATE_KEY_PATH, or the PEM text in "
        "KALSHI_PY_PRIVATE_KEY_PEM)",
        rich_help_panel=CONNECTION,
        show_default=False,
    ),
]
ConfigOption = Annotated[
    str | None,
    typer.Option(
        "--config",
        help="profile file (default: $XDG_CONFIG_HOME/kalshi/config.toml, else ~/.config/kalshi/config.toml)",
        rich_help_panel=CONNECTION,
        show_default=False,
    ),
]
ProfileOption = Annotated[
    str | None,
    typer.Option(
        "--profile",
        help="profile of the profile file to use (env KALSHI_PROFILE)",
        rich_help_panel=CONNECTION,
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="print JSON", rich_help_panel=OUTPUT)]
CsvOption = Annotated[bool, typer.Option("--csv", help="print CSV", rich_help_panel=OUTPUT)]
WideOption = Annotated[
    bool,
    typer.Option(
        "--wide",
        help="every column of a table, however wide (by default the columns that fit the terminal)",
        rich_help_panel=OUTPUT,
    ),
]

_CONNECTION_PARAMS = {
    "env": EnvOption,
    "base_url": BaseUrlOption,
    "key_id": KeyIdOption,
    "key_file": KeyFileOption,
    "config": ConfigOption,
    "profile": ProfileOption,
}
_OUTPUT_PARAMS = {"json_output": JsonOption, "csv_output": CsvOption, "wide": WideOption}


def _print_version(wanted: bool) -> None:
    if wanted:
        typer.echo(f"kalshi-py {__version__}")
        raise typer.Exit()


VersionOption = Annotated[
    bool,
    typer.Option(
        "--version", help="print the version of kalshi-py and exit", callback=_print_version, is_eager=True
    ),
]


def _parameter(name: str, annotation: Any) -> inspect.Parameter:
    default = False if name in _OUTPUT_PARAMS else None
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)


@app.callback()
def root(
    ctx: typer.Context,
    *,
    env: EnvOption = None,
    base_url: BaseUrlOption = None,
    key_id: KeyIdOption = None,
    key_file: KeyFileOption = None,
    config: ConfigOption = None,
    profile: ProfileOption = None,
    json_output: JsonOption = False,
    csv_output: CsvOption = False,
    wide: WideOption = False,
    version: VersionOption = False,
) -> None:
    """Kalshi from the command line."""
    ctx.obj = {
        "env": env,
        "base_url": base_url,
        "key_id": key_id,
        "key_file": key_file,
        "config": config,
        "profile": profile,
        "json_output": json_output,
        "csv_output": csv_output,
        "wide": wide,
    }


def _session(ctx: typer.Context, given: dict[str, Any]) -> Session:
    root_values: dict[str, Any] = {}
    parent = ctx.find_root()
    if isinstance(parent.obj, dict):
        root_values = parent.obj
    merged = {
        name: given.get(name) if given.get(name) not in (None, False) else root_values.get(name)
        for name in (*_CONNECTION_PARAMS, *_OUTPUT_PARAMS)
    }
    if merged["json_output"] and merged["csv_output"]:
        raise UsageProblem("give --json or --csv, not both")
    fmt = (
        OutputFormat.JSON
        if merged["json_output"]
        else OutputFormat.CSV
        if merged["csv_output"]
        else (OutputFormat.TABLE)
    )
    options = ConnectionOptions(**{name: merged[name] for name in _CONNECTION_PARAMS})
    return Session.create(options, fmt, wide=bool(merged["wide"]))


def kalshi_command(
    name: str, *, output: bool = True, group: typer.Typer | None = None, **settings: Any
) -> Callable[[Callable[..., Any]], Any]:
    """Register `func(session, ...)` as the command `name` (of `group`, a command group such as
    `kalshi fix`, when given), with the shared options added to its parameters; errors it meets
    are reported as one line with their exit status."""

    def register(func: Callable[..., Any]) -> Callable[..., Any]:
        # eval_str, not typing.get_type_hints: before Python 3.11 the latter wraps an annotation
        # whose default is None in Optional[...], which hides Typer's Annotated metadata
        own = list(inspect.signature(func, eval_str=True).parameters.values())[1:]
        shared = {**_CONNECTION_PARAMS, **(_OUTPUT_PARAMS if output else {})}
        extra = [_parameter(n, a) for n, a in shared.items()]

        def command(ctx: typer.Context, **values: Any) -> None:
            given = {n: values.pop(n) for n in shared}
            session: Session | None = None
            with failures_reported(lambda: session.destination if session is not None else None):
                session = _session(ctx, given)
                try:
                    func(session, **values)
                finally:
                    session.close()

        command.__name__ = func.__name__
        command.__qualname__ = func.__qualname__
        command.__doc__ = func.__doc__
        command.__module__ = func.__module__
        context = inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)
        command.__signature__ = inspect.Signature([context, *own, *extra])  # type: ignore[attr-defined]
        (group or app).command(name, cls=KalshiCommand, **settings)(command)
        return func

    return register
