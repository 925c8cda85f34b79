"""`kalshi replay DATASET` (and `kalshi sim --replay DATASET`): the local exchange plays a
recording back on REST and WebSocket until the tape ends or Ctrl-C, then prints the backtest
report of every account that traded.

    kalshi replay recording/ --speed max --report backtest/ --env-file kalshi-sim.env

It says how to reach it as `kalshi sim` does (`KALSHI_BASE_URL=...`, the key of a fresh account,
`--env-file`, `--ready-file`); the tape starts with the first WebSocket subscription. `--speed`
is 1 (as recorded), 10, any factor, or `max`; `--settle` plays in lock step with the bot (see
`kalshi_sim.replay.serving`), `--no-settle` does not wait for it. `--report DIR` also writes
`<user id>.json` and `<user id>.html` (equity and positions over time) for each account.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from ..harness.command import run_app, serve
from .serving import ReplayExchange
from .tape import TapeError

__all__ = ["app", "main", "parse_speed", "run_replay"]

REPLAY = "Replay"
EXCHANGE = "Exchange"

app = typer.Typer(
    name="kalshi replay",
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def parse_speed(text: str) -> float | None:
    """`max` (None: as fast as possible) or a positive factor; `typer.BadParameter` otherwise."""
    if text == "max":
        return None
    try:
        speed = float(text)
    except ValueError:
        speed = 0.0
    if not speed > 0 or speed == float("inf"):
        raise typer.BadParameter(
            f"must be a positive factor (1, 10, ...) or max, got {text!r}", param_hint="--speed"
        )
    return speed


def run_replay(
    dataset: Path,
    *,
    speed: str = "1",
    settle: float | None = 0.05,
    seed: int = 1,
    balance: str = "1000",
    host: str = "127.0.0.1",
    port: int = 0,
    credentials_dir: Path | None = None,
    env_file: Path | None = None,
    ready_file: Path | None = None,
    report: Path | None = None,
) -> int:
    """Serve the replay of `dataset` until its tape ends (or a signal), then report; the exit
    status (2 for a recording that cannot be played)."""
    factor = parse_speed(speed)
    if settle is not None and settle < 0:
        raise typer.BadParameter(f"must not be negative, got {settle}", param_hint="--settle")
    try:
        exchange = ReplayExchange(
            dataset, speed=factor, settle=settle, seed=seed, balance=balance, host=host, port=port,
            credentials_dir=credentials_dir,
        )  # fmt: skip
    except TapeError as exc:
        print(f"kalshi replay: error: {exc}", file=sys.stderr)
        return 2
    status = serve(exchange, [], balance, env_file=env_file, ready_file=ready_file, until=exchange.finished)
    house = set(exchange.exchange.house_accounts)
    traders = [u for u, a in exchange.exchange.accounts.items() if u not in house and a.fills]
    if not traders:
        print("no account traded during the replay")
    if report is not None:
        report.mkdir(parents=True, exist_ok=True)
    for user_id in traders:
        backtest = exchange.report(user_id)
        print(f"account {user_id}:\n{backtest.summary()}")
        if report is not None:
            backtest.write_json(report / f"{user_id}.json")
            print(f"report: {backtest.write_html(report / f'{user_id}.html')}")
    return status


@app.command(
    help="Play a recording (kalshi record) back on a local exchange, REST and WebSocket, for a bot "
    "to trade against; print the backtest report of each account at the end of the recording.",
)
def replay(
    dataset: Annotated[Path, typer.Argument(help="the recording (a kalshi record dataset folder)",
        metavar="DATASET", exists=True, file_okay=False)],
    *,
    speed: Annotated[str, typer.Option(help="1 (as recorded), 10, any factor, or max", rich_help_panel=REPLAY,
        metavar="SPEED")] = "1",
    settle: Annotated[float, typer.Option(help="lock step: after each instant sent, wait until the bot has "
        "been quiet this long (seconds)", rich_help_panel=REPLAY, metavar="SECONDS")] = 0.05,
    no_settle: Annotated[bool, typer.Option("--no-settle", help="do not wait for the bot (a feed only)",
        rich_help_panel=REPLAY)] = False,
    report: Annotated[Path | None, typer.Option(help="write each account's report (JSON and HTML) here",
        rich_help_panel=REPLAY, file_okay=False, metavar="DIR", show_default=False)] = None,
    seed: Annotated[int, typer.Option(help="random seed of the engine (same recording and seed, same fills)",
        rich_help_panel=EXCHANGE, metavar="N")] = 1,
    balance: Annotated[str, typer.Option(help="opening balance in dollars of the account made",
        rich_help_panel=EXCHANGE, metavar="DOLLARS")] = "1000",
    host: Annotated[str, typer.Option(help="address to listen on", rich_help_panel=EXCHANGE,
        metavar="HOST")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on; 0 picks a free one", rich_help_panel=EXCHANGE,
        metavar="PORT")] = 0,
    credentials_dir: Annotated[Path | None, typer.Option(help="where to write the private key of the account "
        "made (default: a temporary folder)", rich_help_panel=EXCHANGE, file_okay=False, metavar="DIR",
        show_default=False)] = None,
    env_file: Annotated[Path | None, typer.Option(help="write KALSHI_BASE_URL, KALSHI_API_KEY_ID and "
        "KALSHI_PRIVATE_KEY_PATH here", rich_help_panel=EXCHANGE, dir_okay=False, metavar="PATH",
        show_default=False)] = None,
    ready_file: Annotated[Path | None, typer.Option(help="write the URLs and credentials as JSON here once "
        "listening", rich_help_panel=EXCHANGE, dir_okay=False, metavar="PATH", show_default=False)] = None,
) -> None:  # fmt: skip
    raise typer.Exit(run_replay(
        dataset, speed=speed, settle=None if no_settle else settle, seed=seed, balance=balance, host=host,
        port=port, credentials_dir=credentials_dir, env_file=env_file, ready_file=ready_file, report=report,
    ))  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """Run `kalshi replay` with `argv`; the exit status."""
    return run_app(app, "kalshi replay", argv)


if __name__ == "__main__":
    raise SystemExit(main())
