"""`kalshi record` and `kalshi history` as a user runs them: the status line, the summary at the
end, and the usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kalshi_py.cli import app
from kalshi_py.cli.record import status_line
from kalshi_py.data import Dataset, RecorderStats

from .conftest import LocalExchange, active_tickers


def _env(ex: LocalExchange, tmp_path: Path) -> dict[str, str | None]:
    credentials = ex.create_account()
    return {
        "KALSHI_BASE_URL": ex.rest_url,
        "KALSHI_API_KEY_ID": credentials.api_key_id,
        "KALSHI_PRIVATE_KEY_PATH": str(credentials.private_key_path),
        "KALSHI_ENV": None,
        "KALSHI_PY_PRIVATE_KEY_PEM": None,
        "KALSHI_PROFILE": None,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def test_the_status_line_says_rate_markets_bytes_and_gaps() -> None:
    stats = RecorderStats(records=12_345, markets=1, bytes_written=2_500_000, gaps=2, reconnects=0)
    assert status_line(stats, 1234.4) == (
        "recording: 1,234 msg/s, 12,345 messages, 1 market, 2.5 MB written, 2 gaps, 0 reconnects"
    )


def test_record_for_a_while_then_summarise(busy_exchange: LocalExchange, tmp_path: Path) -> None:
    env = _env(busy_exchange, tmp_path)
    tickers = active_tickers(busy_exchange)[:2]
    args = ["record", "--out", str(tmp_path / "ds"), "--duration", "2", "--json"]
    for ticker in tickers:
        args += ["--market", ticker]
    result = CliRunner().invoke(app, args, env=env, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["markets"] == 2
    assert summary["messages"] > 0
    assert summary["files written"] >= 1
    recorded = Dataset(tmp_path / "ds").duckdb().filter("kind = 'message' AND market_ticker IS NOT NULL")
    assert {row[0] for row in recorded.aggregate("market_ticker", "market_ticker").fetchall()} == set(tickers)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["record", "--out", "x"], "choose markets: --market, --event, --series or --all"),
        (
            ["record", "--all", "--out", "x", "--flush-interval", "0"],
            "--flush-interval and --segment-minutes",
        ),
        (["history", "quotes", "--out", "x"], "unknown table 'quotes'"),
        (["history", "trades", "--out", "x"], "need markets"),
        (["history", "trades", "--all", "--out", "x", "--tier", "gold"], "unknown usage tier 'gold'"),
    ],
)
def test_usage_errors_say_what_is_wrong(
    args: list[str], message: str, busy_exchange: LocalExchange, tmp_path: Path
) -> None:
    result = CliRunner().invoke(app, args, env=_env(busy_exchange, tmp_path), catch_exceptions=False)
    assert result.exit_code == 2
    assert message in result.stderr
