"""`kalshi sim`: run the local exchange in the foreground until Ctrl-C or SIGTERM.

    kalshi sim --port 8080 --seed 7 --env-file kalshi-sim.env --ready-file /tmp/kalshi-sim.json

The exchange listens for REST and WebSocket on `--port` and for FIX on `--fix-port` (every session
type on one port; `--fix-tls` for TLS with a certificate made at start, `--no-fix` for none).
With no `--api-key-id`/`--public-key` pair it opens an account with a fresh RSA key, writes the
private key under `--credentials-dir`, and prints the variables a client needs:
`KALSHI_BASE_URL=...`, `KALSHI_API_KEY_ID=...`, `KALSHI_PRIVATE_KEY_PATH=...`; the same user's
margin (Perps) account, with a margin key of its own, for `kalshi_py.margin.create_client()`:
`KALSHI_MARGIN_BASE_URL=...`, `KALSHI_MARGIN_API_KEY_ID=...`, `KALSHI_MARGIN_PRIVATE_KEY_PATH=...`;
for `kalshi fix`, `KALSHI_FIX_ADDRESS=...` (with `KALSHI_FIX_CAFILE=...` over TLS) and the margin
FIX gateway's `KALSHI_MARGIN_FIX_ADDRESS=...` (`KALSHI_MARGIN_FIX_CAFILE=...`); then the REST and
WebSocket URLs and the FIX addresses. `--env-file` writes the same variables to a file, so that one
`set -a; . kalshi-sim.env; set +a` exports them all. The ready file is the JSON `{"rest_url",
"ws_url", "api_key_id", "private_key_path", "margin": {"rest_url", "ws_url", "api_key_id",
"private_key_path"}, "fix": {"host", "port", "target_comp_ids": {session type: TargetCompID}}}`
(with TLS, `fix` also has `"tls": true` and the certificate's `"certificate_path"`) and
`"margin_fix"` (the same fields, for the margin FIX gateway: KalshiNR, KalshiRT, KalshiDC, KalshiMD),
written once the exchange listens.
Files are written atomically, readable by their owner only, never through a symlink.
"""

from __future__ import annotations

import json
import shlex
import signal
import sys
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer

from ..rules import TIERS
from .files import write_private_file
from .fix_listener import FixAddress
from .local import ExposedExchangeWarning, LocalExchange

__all__ = ["app", "main", "run_app", "serve"]

EXCHANGE = "Exchange"
ACCOUNTS = "Accounts"
FILES = "Files"

app = typer.Typer(
    name="kalshi sim",
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


@app.command(
    help="Run a local Kalshi exchange (REST, WebSocket and FIX on loopback) until Ctrl-C. It prints "
    "KALSHI_BASE_URL, KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH for a client, "
    "KALSHI_MARGIN_BASE_URL, KALSHI_MARGIN_API_KEY_ID and KALSHI_MARGIN_PRIVATE_KEY_PATH for a "
    "margin (Perps) client, the REST and WebSocket URLs and the FIX address.",
    epilog="Export the variables in one step: kalshi sim --env-file kalshi-sim.env, then in "
    "another shell: set -a; . ./kalshi-sim.env; set +a",
)
def sim(
    *,
    host: Annotated[str, typer.Option(
        help="address to listen on (anything but loopback is warned about)", rich_help_panel=EXCHANGE,
        metavar="HOST",
    )] = "127.0.0.1",
    port: Annotated[int, typer.Option(
        help="port to listen on; 0 picks a free one", rich_help_panel=EXCHANGE, metavar="PORT",
    )] = 0,
    seed: Annotated[int, typer.Option(
        help="random seed of the catalogue, the faults and the activity", rich_help_panel=EXCHANGE,
        metavar="N",
    )] = 1,
    activity: Annotated[float | None, typer.Option(
        help="orders per second from house accounts (default: none)", rich_help_panel=EXCHANGE,
        show_default=False, metavar="RATE",
    )] = None,
    fix: Annotated[bool, typer.Option(
        help="also listen for FIX (every session type on one port)", rich_help_panel=EXCHANGE,
    )] = True,
    fix_port: Annotated[int, typer.Option(
        help="port to listen for FIX on; 0 picks a free one", rich_help_panel=EXCHANGE, metavar="PORT",
    )] = 0,
    fix_tls: Annotated[bool, typer.Option(
        help="serve FIX over TLS with a certificate made at start (written beside the keys)",
        rich_help_panel=EXCHANGE,
    )] = False,
    tier: Annotated[str | None, typer.Option(
        help=f"API usage tier, one of {', '.join(TIERS)}; given, its rate limits are enforced "
        "(default: no limits)", rich_help_panel=EXCHANGE, show_default=False, metavar="TIER",
    )] = None,
    balance: Annotated[str, typer.Option(
        help="opening balance in dollars of the accounts made", rich_help_panel=ACCOUNTS,
        metavar="DOLLARS",
    )] = "1000",
    api_key_id: Annotated[list[str] | None, typer.Option(
        help="an API key id to accept (repeatable); pair each with --public-key", rich_help_panel=ACCOUNTS,
        show_default=False, metavar="ID",
    )] = None,
    public_key: Annotated[list[Path] | None, typer.Option(
        help="the public key PEM file of the --api-key-id at the same position", rich_help_panel=ACCOUNTS,
        show_default=False, exists=True, dir_okay=False, metavar="PEM_PATH",
    )] = None,
    credentials_dir: Annotated[Path | None, typer.Option(
        help="where to write the private key of the account made (made 0700; default: a temporary "
        "folder, removed at exit)", rich_help_panel=ACCOUNTS, show_default=False, file_okay=False,
        metavar="DIR",
    )] = None,
    env_file: Annotated[Path | None, typer.Option(
        help="write the variables printed (KALSHI_BASE_URL, KALSHI_MARGIN_BASE_URL, ...) here",
        rich_help_panel=FILES, show_default=False, dir_okay=False, metavar="PATH",
    )] = None,
    ready_file: Annotated[Path | None, typer.Option(
        help="write the URLs and credentials as JSON here once listening", rich_help_panel=FILES,
        show_default=False, dir_okay=False, metavar="PATH",
    )] = None,
) -> None:  # fmt: skip
    keys = list(zip(api_key_id or [], public_key or [], strict=False))
    if len(api_key_id or []) != len(public_key or []):
        raise typer.BadParameter("give --api-key-id and --public-key in pairs", param_hint="--public-key")
    if activity is not None and activity <= 0:
        raise typer.BadParameter(f"must be positive, got {activity}", param_hint="--activity")
    if tier is not None and tier not in TIERS:
        raise typer.BadParameter(f"{tier!r} is not one of {', '.join(TIERS)}", param_hint="--tier")
    exchange = LocalExchange(
        seed=seed, balance=balance, activity=activity, tier=tier, host=host, port=port,
        credentials_dir=credentials_dir, fix=fix, fix_port=fix_port, fix_tls=fix_tls,
    )  # fmt: skip
    raise typer.Exit(serve(exchange, keys, balance, env_file=env_file, ready_file=ready_file))


def serve(
    exchange: LocalExchange,
    keys: list[tuple[str, Path]],
    balance: str,
    *,
    env_file: Path | None,
    ready_file: Path | None,
    until: threading.Event | None = None,
) -> int:
    """Start `exchange`, say how to reach it, and serve until a signal (or `until` is set); the
    exit status."""
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ExposedExchangeWarning)
            exchange.start()
        for warning in caught:
            print(f"kalshi sim: warning: {warning.message}", file=sys.stderr)
        api_key_id: str | None = None
        key_path: str | None = None
        user_id: str | None = None
        for key_id, pem_path in keys:
            try:
                registered = exchange.register_key(key_id, pem_path.read_bytes())
            except (OSError, ValueError) as exc:
                print(f"kalshi sim: error: cannot use the public key {pem_path}: {exc}", file=sys.stderr)
                return 2
            api_key_id = api_key_id or key_id
            user_id = user_id or registered
        if not keys:
            credentials = exchange.create_account(balance)
            api_key_id, key_path = credentials.api_key_id, str(credentials.private_key_path)
            user_id = credentials.user_id
        margin = _margin_member(exchange, user_id, balance)
        try:
            fix_address: FixAddress | None = exchange.fix
        except RuntimeError:  # started with --no-fix
            fix_address = None
        variables = {
            "KALSHI_BASE_URL": exchange.rest_url,
            "KALSHI_API_KEY_ID": api_key_id,
            "KALSHI_PRIVATE_KEY_PATH": key_path,
            # the names kalshi_py.margin reads (a margin key of its own, as Kalshi recommends)
            "KALSHI_MARGIN_BASE_URL": margin["rest_url"],
            "KALSHI_MARGIN_API_KEY_ID": margin["api_key_id"],
            "KALSHI_MARGIN_PRIVATE_KEY_PATH": margin["private_key_path"],
        }
        if fix_address is not None:  # for `kalshi fix ...`
            variables["KALSHI_FIX_ADDRESS"] = f"{fix_address.host}:{fix_address.port}"
            if fix_address.certificate_path is not None:
                variables["KALSHI_FIX_CAFILE"] = str(fix_address.certificate_path)
            margin_fix = exchange.margin_fix
            variables["KALSHI_MARGIN_FIX_ADDRESS"] = f"{margin_fix.host}:{margin_fix.port}"
            if margin_fix.certificate_path is not None:
                variables["KALSHI_MARGIN_FIX_CAFILE"] = str(margin_fix.certificate_path)
        lines = [f"{name}={shlex.quote(value)}" for name, value in variables.items() if value is not None]
        print("\n".join(lines))
        print(f"REST {exchange.rest_url}")
        print(f"WS   {exchange.ws_url}")
        print(f"Perps (margin) REST {margin['rest_url']}, WS {margin['ws_url']}")
        if fix_address is not None:
            scheme = "TLS" if fix_address.tls else "TCP"
            targets = " ".join(fix_address.target_comp_ids.values())
            print(f"FIX  {fix_address.host}:{fix_address.port} ({scheme}; TargetCompIDs {targets})")
            margin_fix = exchange.margin_fix
            targets = " ".join(margin_fix.target_comp_ids.values())
            print(f"FIX  (margin) {margin_fix.host}:{margin_fix.port} ({scheme}; TargetCompIDs {targets})")
        if env_file is not None:
            write_private_file(env_file, "\n".join(lines) + "\n")
            print(f"# export them in one step: set -a; . {shlex.quote(str(env_file))}; set +a")
        sys.stdout.flush()
        if ready_file is not None:
            body: dict[str, object] = {"rest_url": exchange.rest_url, "ws_url": exchange.ws_url,
                    "api_key_id": api_key_id, "private_key_path": key_path, "margin": margin}  # fmt: skip
            if fix_address is not None:
                body["fix"] = fix_address.as_json()
                body["margin_fix"] = exchange.margin_fix.as_json()
            write_private_file(ready_file, json.dumps(body))
        while not stop.wait(0.2):
            if until is not None and until.is_set():
                return 0
            if not exchange.running:
                print("kalshi sim: error: the server stopped unexpectedly", file=sys.stderr)
                return 1
        return 0
    finally:
        exchange.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _margin_member(exchange: LocalExchange, user_id: str | None, balance: str) -> dict[str, str]:
    """The margin account of the same user, funded with `balance`, and its own margin key (Kalshi's
    margin keys are apart from event-contract keys): where and how to reach the margin exchange."""
    credentials = exchange.create_margin_account(balance, user_id=user_id)
    return {
        "rest_url": exchange.margin_rest_url,
        "ws_url": exchange.margin_ws_url,
        "api_key_id": credentials.api_key_id,
        "private_key_path": str(credentials.private_key_path),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run `kalshi sim` with `argv` (default: the process's arguments); the exit status (0 after
    Ctrl-C or SIGTERM, 2 for a usage problem)."""
    return run_app(app, "kalshi sim", argv)


def run_app(command: typer.Typer, prog_name: str, argv: Sequence[str] | None) -> int:
    """Run the Typer app `command` with `argv`; its exit status."""
    try:
        command(args=list(argv) if argv is not None else None, prog_name=prog_name)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
