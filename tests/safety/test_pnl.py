"""`kalshi pnl` on the local exchange: P&L by market and in total from the account's fills and
settlements, an open position marked at its last price, a chart, and a check against the
exchange's positions."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from kalshi_sim import Credentials, LocalExchange

from .test_panic import kalshi
from .trading import open_markets, session


def test_pnl_shows_each_market_and_the_total_and_checks_them(
    exchange: LocalExchange, account: Credentials, tmp_path: Path
) -> None:
    settled, still_open = open_markets(exchange, "quadratic")[:2]
    other = exchange.create_account("1000")
    session(exchange, account.user_id, other.user_id, settled)
    third = exchange.create_account("1000")
    with exchange.lock:  # 3 YES bought at 0.60 and left open; then the market trades at 0.65
        for user_id, side, price in (
            (other.user_id, "ask", "0.60"),
            (account.user_id, "bid", "0.60"),
            (other.user_id, "ask", "0.65"),
            (third.user_id, "bid", "0.65"),
        ):
            exchange.exchange.create_order(
                user_id,
                ticker=still_open,
                side=side,
                count="3",
                price=price,
                time_in_force="good_till_canceled",
                self_trade_prevention_type="taker_at_cross",
            )

    done = kalshi(exchange, account, tmp_path, "pnl", "--json", "--check", "--chart")

    assert done.exit_code == 0, done.output
    report = json.loads(done.stdout)
    by_market = {row["market_ticker"]: row for row in report["markets"]}
    # settled: bought 10 YES at 0.40, sold 4 at 0.55, sold 8 at 0.70 (2 NO at 0.30); YES won
    assert Decimal(by_market[settled]["realized_pnl"]) == Decimal("0.60") + Decimal("1.80") - Decimal("0.60")
    assert Decimal(by_market[settled]["settlement_revenue"]) == 0
    assert Decimal(by_market[still_open]["position"]) == 3
    assert Decimal(by_market[still_open]["average_cost"]) == Decimal("0.60")
    assert Decimal(by_market[still_open]["unrealized_pnl"]) == Decimal("0.15")
    total = report["total"]
    fees = sum(Decimal(row["fees"]) for row in report["markets"])
    assert Decimal(total["fees"]) == fees > 0
    assert (
        Decimal(total["net_pnl"]) == Decimal(total["realized_pnl"]) + Decimal(total["unrealized_pnl"]) - fees
    )
    assert report["differences"] == []
    curve = report["realized_after_fees"]
    assert len(curve) == 5  # four fills and one settlement
    assert Decimal(curve[-1]["value"]) == Decimal(total["realized_pnl"]) - fees

    table = kalshi(exchange, account, tmp_path, "pnl", "--chart", "--check")
    assert table.exit_code == 0, table.output
    assert settled in table.stdout
    assert "total" in table.stdout
    assert "realized P&L after fees" in table.stdout
    assert "█" in table.stdout
    assert "matches the exchange's positions" in table.stdout


def test_pnl_of_an_account_without_fills(
    exchange: LocalExchange, account: Credentials, tmp_path: Path
) -> None:
    done = kalshi(exchange, account, tmp_path, "pnl")
    assert done.exit_code == 0, done.output
    assert "no fills or settlements" in done.output
