"""`kalshi fix logon|dropcopy|listen` against the FIX gateway of a local exchange."""

from __future__ import annotations

import json
import threading
import time
from decimal import Decimal

import pytest

from kalshi_py.api.orders import create_order_v2

from .cli_support import Kalshi, quoted_market


def _address(kalshi: Kalshi) -> str:
    return f"{kalshi.exchange.fix.host}:{kalshi.exchange.fix.port}"


def _buy_at_the_ask(kalshi: Kalshi, count: int = 1) -> None:
    """An order of the account that trades at once, over REST (so that the key's one FIX
    connection stays free, and another thread may place it while a command runs)."""
    ticker, _, best_ask = quoted_market(kalshi.exchange)
    with kalshi.exchange.client(kalshi.credentials) as client:
        order = create_order_v2.sync(
            client=client,
            ticker=ticker,
            side="bid",
            count=Decimal(count),
            price=best_ask,
            time_in_force="immediate_or_cancel",
            self_trade_prevention_type="taker_at_cross",
        )
    assert order.fill_count == count


def test_logon_says_where_and_how_fast(kalshi: Kalshi) -> None:
    where = _address(kalshi)
    result = kalshi("fix", "logon", "--session-type", "drop_copy", "--fix-address", where, "--json")
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["TargetCompID"] == "KalshiDC"
    assert answer["API key"] == kalshi.credentials.api_key_id
    assert answer["logon"].endswith(" ms")
    table = kalshi("fix", "logon", KALSHI_FIX_ADDRESS=_address(kalshi))  # the variable kalshi sim prints
    assert table.exit_code == 0, table.stderr
    assert "KalshiNR" in table.stdout


def test_a_refused_logon_says_why(kalshi: Kalshi) -> None:
    other = kalshi.exchange.create_account("1")
    result = kalshi(
        "fix", "logon", "--fix-address", _address(kalshi), "--key-id", "not-a-key",
        "--key-file", str(other.private_key_path),
    )  # fmt: skip
    assert result.exit_code == 1
    assert "KalshiNR at 127.0.0.1" in result.stderr
    assert "refused the Logon: unknown API key not-a-key" in result.stderr


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["fix", "logon"], "give --fix-address HOST:PORT"),
        (["fix", "logon", "--fix-address", "nowhere"], "--fix-address must be HOST:PORT"),
        (["fix", "logon", "--fix-address", ":1", "--session-type", "gold"], "unknown FIX session type"),
        (["fix", "dropcopy", "--fix-address", ":1", "--interval", "0"], "--interval must be positive"),
        (["fix", "logon", "--fix-address", ":1", "--fix-cafile", "/nonexistent"], "cannot read a cert"),
    ],
)
def test_usage_problems_are_named(kalshi: Kalshi, args: list[str], needle: str) -> None:
    result = kalshi(*args)
    assert result.exit_code == 2
    assert needle in result.stderr


def test_dropcopy_prints_each_execution_once_and_follows(kalshi: Kalshi) -> None:
    _buy_at_the_ask(kalshi)
    first = kalshi("fix", "dropcopy", "--fix-address", _address(kalshi), "--json")
    assert first.exit_code == 0, first.stderr
    reports = [json.loads(line) for line in first.stdout.splitlines()]
    assert [r["exec_type"] for r in reports] == ["trade"]
    assert reports[0]["side"] == "buy"
    assert Decimal(reports[0]["last_qty"]) == 1

    def trade_later() -> None:
        time.sleep(0.5)
        _buy_at_the_ask(kalshi)

    later = threading.Thread(target=trade_later)
    later.start()
    followed = kalshi(
        "fix", "dropcopy", "--fix-address", _address(kalshi), "--since", reports[0]["exec_id"],
        "--follow", "--interval", "0.1", "--count", "2", "--csv",
    )  # fmt: skip
    later.join()
    assert followed.exit_code == 0, followed.stderr
    header, *rows = followed.stdout.splitlines()
    assert header.split(",")[:3] == ["exec_id", "transact_time", "symbol"]
    assert rows[0].split(",")[0] == reports[0]["exec_id"]
    assert len({row.split(",")[0] for row in rows}) == 2


def test_listen_shows_reports_as_they_happen(kalshi: Kalshi) -> None:
    def trade_soon() -> None:
        time.sleep(0.5)
        _buy_at_the_ask(kalshi, 2)

    soon = threading.Thread(target=trade_soon)
    soon.start()
    result = kalshi("fix", "listen", "--fix-address", _address(kalshi), "--count", "1")
    soon.join()
    assert result.exit_code == 0, result.stderr
    assert "~ listening on KalshiRT" in result.stderr
    (line,) = result.stdout.splitlines()
    assert " trade " in f" {line} "
    assert " buy " in line
