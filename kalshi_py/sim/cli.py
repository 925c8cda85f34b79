"""`kalshi sim`: run the local exchange in the foreground until SIGINT or SIGTERM.

    kalshi sim --port 8080 --seed 7 --ready-file /tmp/kalshi-sim.json

With no `--api-key-id`/`--public-key` pair it makes an account with a fresh RSA key, writes the
private key under `--credentials-dir` and prints `KALSHI_API_KEY_ID=...` and
`KALSHI_PRIVATE_KEY_PATH=...`. Once listening it prints the REST and WebSocket URLs and writes
the ready file: `{"rest_url", "ws_url", "api_key_id", "private_key_path"}`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import tempfile
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from .faults import TIERS
from .local import ExposedExchangeWarning, LocalExchange

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kalshi sim", description="Run a local Kalshi exchange.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on; 0 picks a free one")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the catalogue and activity")
    parser.add_argument("--balance", default="1000", help="opening balance in dollars of the accounts made")
    parser.add_argument(
        "--api-key-id",
        action="append",
        default=[],
        metavar="ID",
        help="an API key id to accept; pair each with --public-key",
    )
    parser.add_argument(
        "--public-key",
        action="append",
        default=[],
        metavar="PEM_PATH",
        help="the public key (PEM file) of the --api-key-id at the same position",
    )
    parser.add_argument(
        "--credentials-dir",
        default=None,
        metavar="DIR",
        help="where to write the private key of the account made (default: a temp dir)",
    )
    parser.add_argument(
        "--ready-file",
        default=None,
        metavar="PATH",
        help="write the URLs and credentials as JSON here once listening",
    )
    parser.add_argument(
        "--activity",
        type=float,
        default=None,
        metavar="RATE",
        help="background orders per second from house accounts (default: none)",
    )
    parser.add_argument(
        "--tier",
        choices=sorted(TIERS),
        default=None,
        help="API usage tier; given, its rate limits are enforced",
    )
    return parser


def write_private_file(path: Path, text: str) -> None:
    """Put `text` at `path`, readable by its owner only, all at once: it is written to a new file of
    an unpredictable name beside `path` (created exclusively, never through a symlink), then renamed
    over `path`. A symlink planted at `path` or at any temporary name is replaced, never followed."""
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _write_ready_file(path: Path, body: dict[str, str | None]) -> None:
    write_private_file(path, json.dumps(body))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the local exchange; returns the exit status (0 after SIGINT or SIGTERM)."""
    parser = build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    if len(args.api_key_id) != len(args.public_key):
        parser.error("give --api-key-id and --public-key in pairs")
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    exchange = LocalExchange(
        seed=args.seed,
        balance=args.balance,
        activity=args.activity,
        tier=args.tier,
        host=args.host,
        port=args.port,
        credentials_dir=args.credentials_dir,
    )
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ExposedExchangeWarning)
            exchange.start()
        for warning in caught:
            print(f"kalshi sim: warning: {warning.message}", file=sys.stderr)
        api_key_id: str | None = None
        key_path: str | None = None
        for key_id, pem_path in zip(args.api_key_id, args.public_key, strict=True):
            try:
                pem = Path(pem_path).read_bytes()
                exchange.register_key(key_id, pem)
            except (OSError, ValueError) as exc:
                print(f"kalshi sim: cannot use the public key {pem_path}: {exc}", file=sys.stderr)
                return 2
            api_key_id = api_key_id or key_id
        if not args.api_key_id:
            credentials = exchange.create_account(args.balance)
            api_key_id, key_path = credentials.api_key_id, str(credentials.private_key_path)
            print(f"KALSHI_API_KEY_ID={api_key_id}")
            print(f"KALSHI_PRIVATE_KEY_PATH={key_path}")
        print(f"REST {exchange.rest_url}")
        print(f"WS   {exchange.ws_url}", flush=True)
        if args.ready_file:
            _write_ready_file(
                Path(args.ready_file),
                {
                    "rest_url": exchange.rest_url,
                    "ws_url": exchange.ws_url,
                    "api_key_id": api_key_id,
                    "private_key_path": key_path,
                },
            )
        while not stop.wait(0.2):
            if not exchange.running:
                print("kalshi sim: the server stopped unexpectedly", file=sys.stderr)
                return 1
        return 0
    finally:
        exchange.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)


if __name__ == "__main__":
    raise SystemExit(main())
