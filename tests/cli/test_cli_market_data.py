"""`kalshi markets|market|orderbook|trades|candles` against a local exchange on loopback."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from kalshi_py.cli.candles import parquet_library

from .cli_support import Kalshi, active_tickers, quoted_market


def test_markets_table_shows_the_open_markets(kalshi: Kalshi) -> None:
    result = kalshi("markets", "--status", "open", "--limit", "5")
    assert result.exit_code == 0, result.stderr
    shown = [t for t in active_tickers(kalshi.exchange) if t in result.stdout]
    assert len(shown) == 5
    assert "yes bid" in result.stdout
    assert "5 markets" in result.stdout


def test_markets_all_json_is_every_market_of_the_exchange(kalshi: Kalshi) -> None:
    result = kalshi("markets", "--all", "--json")
    assert result.exit_code == 0, result.stderr
    listed = json.loads(result.stdout)
    with kalshi.exchange.lock:
        engine = kalshi.exchange.exchange.markets
        assert sorted(m["ticker"] for m in listed) == sorted(engine)
        for market in listed:
            assert market["status"] == engine[market["ticker"]].status
            assert isinstance(market["yes_bid_dollars"], str)  # Decimals as strings
            assert Decimal(market["last_price_dollars"]) == engine[market["ticker"]].last_price


def test_markets_csv_has_a_header_and_one_row_per_market(kalshi: Kalshi) -> None:
    result = kalshi("--csv", "markets", "--status", "open", "--limit", "7")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 7
    assert {r["status"] for r in rows} == {"active"}
    assert set(r["ticker"] for r in rows) <= set(active_tickers(kalshi.exchange))


def test_market_json_and_table(kalshi: Kalshi) -> None:
    ticker, _, _ = quoted_market(kalshi.exchange)
    result = kalshi("market", ticker, "--json")
    assert result.exit_code == 0, result.stderr
    market = json.loads(result.stdout)
    assert market["ticker"] == ticker
    with kalshi.exchange.lock:
        assert market["event_ticker"] == kalshi.exchange.exchange.markets[ticker].event_ticker
    table = kalshi("market", ticker)
    assert table.exit_code == 0
    assert ticker in table.stdout
    assert "yes ask" in table.stdout


def test_unknown_ticker_is_one_line_and_exit_1(kalshi: Kalshi) -> None:
    result = kalshi("market", "KXNOPE-99JAN01-T1")
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("kalshi: error:")
    assert "404" in lines[0]
    assert "KXNOPE-99JAN01-T1" in lines[0]
    assert "Traceback" not in result.output


def test_orderbook_json_csv_and_table_show_the_exchange_book(kalshi: Kalshi) -> None:
    ticker, best_bid, best_ask = quoted_market(kalshi.exchange)
    with kalshi.exchange.lock:
        yes, no = kalshi.exchange.exchange.orderbook(ticker, depth=3)
    document = json.loads(kalshi("orderbook", ticker, "--depth", "3", "--json").stdout)
    book = document["orderbook_fp"]
    assert [[Decimal(p), Decimal(s)] for p, s in book["yes_dollars"]] == [[p, s] for p, s in yes]
    assert [[Decimal(p), Decimal(s)] for p, s in book["no_dollars"]] == [[p, s] for p, s in no]

    rows = list(csv.DictReader(io.StringIO(kalshi("orderbook", ticker, "--depth", "3", "--csv").stdout)))
    assert [(Decimal(r["price"]), Decimal(r["size"])) for r in rows if r["side"] == "yes"] == yes[::-1]

    table = kalshi("orderbook", ticker, "--depth", "3")
    assert table.exit_code == 0
    assert f"{best_bid:.4f}" in table.stdout
    assert f"{best_ask:.4f}" in table.stdout
    assert f"spread {best_ask - best_bid:.4f}" in table.stdout


def test_orderbook_depth_out_of_range_is_a_usage_error(kalshi: Kalshi) -> None:
    result = kalshi("orderbook", "ANY", "--depth", "0")
    assert result.exit_code == 2
    assert "--depth" in result.stderr


def test_trades_lists_a_fill_made_through_the_command(kalshi: Kalshi) -> None:
    ticker, _, best_ask = quoted_market(kalshi.exchange)
    bought = kalshi("buy", ticker, "--side", "yes", "--count", "1", "--price", str(best_ask), "--tif", "ioc")
    assert bought.exit_code == 0, bought.stderr
    result = kalshi("trades", ticker, "--limit", "1", "--json")
    trades = json.loads(result.stdout)
    assert len(trades) == 1
    assert trades[0]["ticker"] == ticker
    assert Decimal(trades[0]["yes_price_dollars"]) == best_ask


def test_candles_writes_a_csv_file(kalshi: Kalshi, tmp_path: Path) -> None:
    ticker, _, _ = quoted_market(kalshi.exchange)
    series = ticker.split("-")[0]
    out = tmp_path / "candles.csv"
    result = kalshi("candles", ticker, "--series", series, "--period", "60", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    header = out.read_text().splitlines()[0].split(",")
    assert header[:5] == ["end_period_ts", "price_open", "price_high", "price_low", "price_close"]
    assert "wrote" in result.stderr
    assert str(out) in result.stderr


def test_candles_parquet(kalshi: Kalshi, tmp_path: Path) -> None:
    ticker, _, _ = quoted_market(kalshi.exchange)
    out = tmp_path / "candles.parquet"
    result = kalshi("candles", ticker, "--series", ticker.split("-")[0], "--out", str(out))
    if parquet_library() is None:
        assert result.exit_code == 2
        assert 'pip install "kalshi-py[polars]"' in result.stderr
        assert not out.exists()
    else:
        assert result.exit_code == 0, result.stderr
        assert out.read_bytes()[:4] == b"PAR1"


@pytest.mark.parametrize("bad", ["yesterday", "2026-13-01"])
def test_candles_bad_time_is_a_usage_error(kalshi: Kalshi, bad: str) -> None:
    result = kalshi("candles", "T", "--series", "S", "--start", bad)
    assert result.exit_code == 2
    assert "--start" in result.stderr
