"""The small things a new user meets first: `--version`, help without value placeholders on flags,
`orderbook --watch` into a pipe, `cancel --all` saying how many, one money format, plurals, open
markets listed first, and the extra that Parquet needs."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import select
import signal
import subprocess
import time
from decimal import Decimal
from pathlib import Path

import pytest

import kalshi_py
from kalshi_py.cli.market import LIFECYCLE

from .cli_support import KALSHI_COMMAND, Kalshi, quoted_market, without_modules
from .test_cli_config import COMMANDS


def test_version(kalshi: Kalshi) -> None:
    result = kalshi("--version")
    assert result.exit_code == 0
    assert result.stdout == f"kalshi-py {kalshi_py.__version__}\n"


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_shows_no_placeholder_on_flags(kalshi: Kalshi, command: str | None) -> None:
    result = kalshi(*([command] if command else []), "--help", COLUMNS="120")
    assert result.exit_code == 0
    assert "--help" in result.stdout
    assert "<bool>" not in result.stdout
    if command in (None, "markets"):
        assert re.search(r"--json\s+print JSON", result.stdout)
        assert "KALSHI_ENV" in result.stdout  # the environment variables are named


def test_orderbook_watch_into_a_pipe_prints_each_book(busy_kalshi: Kalshi) -> None:
    ticker, _, _ = quoted_market(busy_kalshi.exchange)
    proc = subprocess.Popen(
        [*KALSHI_COMMAND, "orderbook", ticker, "--watch", "--depth", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=busy_kalshi.process_env(),
    )
    assert proc.stdout is not None
    printed = ""
    try:
        deadline = time.monotonic() + 30
        while "2 updates, seq" not in printed:
            left = deadline - time.monotonic()
            assert left > 0, f"no second book within 30 s; printed:\n{printed}"
            ready, _, _ = select.select([proc.stdout], [], [], left)
            if ready:
                chunk = os.read(proc.stdout.fileno(), 65536)
                assert chunk, f"the command ended early:\n{printed}"
                printed += chunk.decode()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130, err
    assert b"Traceback" not in err
    assert "1 update, seq" in printed
    assert printed.count(f"{ticker}  YES") >= 2
    assert "\x1b[" not in printed  # plain text for a file, no cursor movements


def test_cancel_all_says_how_many(kalshi: Kalshi) -> None:
    ticker, _, _ = quoted_market(kalshi.exchange)
    ids = [
        json.loads(kalshi("buy", ticker, "--side", "yes", "--count", "1", "--price", p, "--json").stdout)[
            "order_id"
        ]
        for p in ("0.01", "0.02", "0.03")
    ]
    shown = kalshi("cancel", "--all")
    assert shown.exit_code == 0, shown.stderr
    assert re.search(r"canceled\s+3 resting orders", shown.stdout)
    again = kalshi("cancel", "--all", "--json")
    assert json.loads(again.stdout) == {"canceled": 0, "order_ids": [], "still_resting": []}
    with kalshi.exchange.lock:
        statuses = {o.order_id: o.status for o in kalshi.exchange.exchange.orders(kalshi.user_id)}
    assert statuses == dict.fromkeys(ids, "canceled")

    kalshi("buy", ticker, "--side", "yes", "--count", "1", "--price", "0.01")
    assert re.search(r"canceled\s+1 resting order\s*$", kalshi("cancel", "--all").stdout, re.MULTILINE)


def test_money_has_one_format(kalshi: Kalshi) -> None:
    ticker, _, best_ask = quoted_market(kalshi.exchange)
    price = str(best_ask.normalize())  # typed the short way, e.g. 0.9
    bought = kalshi("buy", ticker, "--side", "yes", "--count", "2", "--price", price)
    assert bought.exit_code == 0, bought.stderr
    assert re.search(rf"sent as\s+bid 2\.00 @ {best_ask:.4f} on the YES book", bought.stdout)
    assert f"at ${best_ask:.4f}" in bought.stdout
    balance = kalshi("balance").stdout
    amounts = re.findall(r"^(balance|portfolio value)\s+(\d\S*)\s*$", balance, re.MULTILINE)
    assert len(amounts) == 2, balance
    assert all(re.fullmatch(r"\d+\.\d{4}", amount) for _, amount in amounts), balance
    rows = list(csv.DictReader(io.StringIO(kalshi("positions", "--csv").stdout)))
    assert [re.fullmatch(r"-?\d+\.\d{4}", row["exposure"]) is not None for row in rows] == [True]
    book = kalshi("orderbook", ticker, "--depth", "3").stdout
    assert re.search(r"spread 0\.\d{4}\b", book)


def test_counts_are_plural_only_when_more_than_one(kalshi: Kalshi) -> None:
    assert re.search(r"^1 market\s*$", kalshi("markets", "--limit", "1").stdout, re.MULTILINE)
    assert re.search(r"^2 markets\s*$", kalshi("markets", "--limit", "2").stdout, re.MULTILINE)


def test_open_markets_are_listed_first(kalshi: Kalshi) -> None:
    with kalshi.exchange.lock:
        statuses = {m.status for m in kalshi.exchange.exchange.markets.values()}
    assert {"active", "finalized"} <= statuses, "the catalogue has open and finalized markets"
    first = json.loads(kalshi("markets", "--limit", "10", "--json").stdout)
    assert [m["status"] for m in first] == ["active"] * 10
    every = json.loads(kalshi("markets", "--all", "--json").stdout)
    stages = [LIFECYCLE[m["status"]] for m in every]
    assert stages == sorted(stages)
    assert len(every) == len(kalshi.exchange.exchange.markets)


def test_parquet_without_a_writer_names_the_extra(kalshi: Kalshi, tmp_path: Path) -> None:
    ticker, _, _ = quoted_market(kalshi.exchange)
    out = tmp_path / "candles.parquet"
    args = ["candles", ticker, "--series", ticker.split("-")[0], "--out", str(out)]
    program = f"from kalshi_py.cli import main; raise SystemExit(main({args!r}))"
    done = subprocess.run(
        without_modules(["pyarrow", "polars"], program),
        capture_output=True,
        text=True,
        timeout=60,
        env=kalshi.process_env(),
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert 'pip install "kalshi-py[polars]"' in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_parquet_keeps_exact_prices(kalshi: Kalshi, tmp_path: Path) -> None:
    pl = pytest.importorskip("polars")
    ticker, _, best_ask = quoted_market(kalshi.exchange)
    kalshi("buy", ticker, "--side", "yes", "--count", "1", "--price", str(best_ask))
    out = tmp_path / "candles.parquet"
    end = str(int(time.time()) + 3600)
    result = kalshi("candles", ticker, "--series", ticker.split("-")[0], "--end", end, "--out", str(out))
    assert result.exit_code == 0, result.stderr
    assert re.search(r"wrote 1 candle to ", result.stderr)
    assert pl.read_parquet(out)["price_close"].to_list() == [Decimal(best_ask)]
