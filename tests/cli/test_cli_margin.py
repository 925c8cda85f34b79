"""`kalshi margin` against the local exchange's margin venue: what each command shows equals what
the margin REST API reports, funding included, and a missing margin key is named."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sim_engine.helpers import Clock
from typer.testing import CliRunner, Result

from kalshi_py.cli import app
from kalshi_py.environments import resolve_margin_environment
from kalshi_py.margin import create_client
from kalshi_py.margin.api.portfolio import get_margin_balance
from kalshi_sim import Credentials, LocalExchange

TICKER = "KXTESTPERP"
DAYS = ("--start", "2026-12-01", "--end", "2026-12-03")  # around the test clock's start, 2026-12-02
MARGIN_ENV = ("KALSHI_MARGIN_API_KEY_ID", "KALSHI_MARGIN_PRIVATE_KEY_PATH", "KALSHI_MARGIN_PRIVATE_KEY_PEM")


@dataclass
class Venue:
    exchange: LocalExchange
    clock: Clock
    long: Credentials
    short: Credentials
    resting_order_id: str

    def kalshi(self, *args: str, who: Credentials | None = None, **env: str | None) -> Result:
        who = who or self.long
        environment: dict[str, str | None] = {
            "KALSHI_ENV": None,
            "KALSHI_PROFILE": None,
            "KALSHI_API_KEY_ID": None,
            "KALSHI_PRIVATE_KEY_PATH": None,
            "KALSHI_PY_PRIVATE_KEY_PEM": None,
            "KALSHI_MARGIN_PRIVATE_KEY_PEM": None,
            "KALSHI_BASE_URL": self.exchange.rest_url,
            "KALSHI_MARGIN_BASE_URL": self.exchange.margin_rest_url,
            "KALSHI_MARGIN_API_KEY_ID": who.api_key_id,
            "KALSHI_MARGIN_PRIVATE_KEY_PATH": str(who.private_key_path),
            "COLUMNS": "200",
        }
        environment.update(env)
        return CliRunner().invoke(app, list(args), env=environment, catch_exceptions=False)

    def json(self, *args: str, who: Credentials | None = None) -> object:
        result = self.kalshi(*args, "--json", who=who)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)


@pytest.fixture(scope="module")
def venue(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Venue]:
    """Two margin accounts holding opposite positions of 10 at 50.00, one funding paid (the long
    pays 0.2% of 500.00 to the short), and a resting bid of the long's at 49.50."""
    clock = Clock()
    with LocalExchange(seed=21, clock=clock, credentials_dir=tmp_path_factory.mktemp("keys")) as ex:
        long = ex.create_margin_account("1000")
        short = ex.create_margin_account("1000")
        with ex.lock:
            margin = ex.margin
            margin.list_market(TICKER, mark_price="50.00")
            margin.set_funding_rate(TICKER, "0.002")
            for who, side in ((long, "bid"), (short, "ask")):
                margin.create_order(
                    who.user_id, ticker=TICKER, side=side, count=10, price="50.00",
                    time_in_force="good_till_canceled", self_trade_prevention_type="maker",
                )  # fmt: skip
            resting = margin.create_order(
                long.user_id, ticker=TICKER, side="bid", count=3, price="49.50",
                time_in_force="good_till_canceled", self_trade_prevention_type="maker",
            )  # fmt: skip
        clock.advance(3600)
        deadline = time.monotonic() + 10
        while not _paid(ex, short.user_id) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _paid(ex, short.user_id), "no funding was paid"
        yield Venue(ex, clock, long, short, resting.order.order_id)


def _paid(ex: LocalExchange, user_id: str) -> bool:
    with ex.lock:
        return bool(ex.margin.account(user_id).funding_payments)


def test_markets_and_the_book_show_the_perpetual_and_its_resting_bid(venue: Venue) -> None:
    markets = venue.json("margin", "markets")
    assert TICKER in {m["ticker"] for m in markets["markets"]}
    table = venue.kalshi("margin", "markets")
    assert table.exit_code == 0, table.output
    assert TICKER in table.stdout
    book = venue.kalshi("margin", "book", TICKER, "--depth", "3")
    assert book.exit_code == 0, book.output
    assert "49.5000" in book.stdout
    assert "3.00" in book.stdout
    shown = venue.json("margin", "book", TICKER)
    assert isinstance(shown, dict)
    bids = [(Decimal(price), Decimal(size)) for price, size in shown["orderbook"]["bids"]]
    assert (Decimal("49.50"), Decimal(3)) in bids


def test_balance_equals_what_the_margin_api_reports(venue: Venue) -> None:
    with create_client(
        venue.exchange.margin_rest_url,
        venue.long.api_key_id,
        private_key_path=venue.long.private_key_path,
    ) as client:
        reported = get_margin_balance.sync(client=client, compute_available_balance=True)
    shown = venue.json("margin", "balance")
    assert isinstance(shown, dict)
    (primary,) = [b for b in shown["subaccount_balances"] if b["subaccount"] == 0]
    (expected,) = [b for b in reported.subaccount_balances or () if b.subaccount == 0]
    assert Decimal(primary["account_equity"]) == expected.account_equity
    assert Decimal(primary["available_balance"]) == expected.available_balance
    table = venue.kalshi("margin", "balance")
    assert table.exit_code == 0, table.output
    assert f"{expected.account_equity:.4f}" in table.stdout


def test_positions_are_opposite_and_funding_went_from_long_to_short(venue: Venue) -> None:
    long = venue.json("margin", "positions")
    short = venue.json("margin", "positions", who=venue.short)
    assert isinstance(long, dict)
    assert isinstance(short, dict)
    (mine,) = [p for p in long["positions"] if p["market_ticker"] == TICKER]
    (theirs,) = [p for p in short["positions"] if p["market_ticker"] == TICKER]
    assert Decimal(mine["position"]) == 10
    assert Decimal(theirs["position"]) == -10
    assert Decimal(mine["entry_price"]) == Decimal("50.00")
    paid = venue.json("margin", "funding", "--payments", *DAYS)
    received = venue.json("margin", "funding", "--payments", *DAYS, who=venue.short)
    assert isinstance(paid, dict)
    assert isinstance(received, dict)
    assert [Decimal(p["funding_amount"]) for p in paid["funding_history"]] == [Decimal("-1")]
    assert [Decimal(p["funding_amount"]) for p in received["funding_history"]] == [Decimal("1")]
    table = venue.kalshi("margin", "funding", "--payments", *DAYS)
    assert table.exit_code == 0, table.output
    assert "-1.0000" in table.stdout


def test_funding_payments_outside_the_dates_are_not_shown_and_bad_dates_are_named(venue: Venue) -> None:
    before = venue.json("margin", "funding", "--payments", "--start", "2026-11-01", "--end", "2026-11-30")
    assert isinstance(before, dict)
    assert before["funding_history"] == []
    wrong = venue.kalshi("margin", "funding", "--payments", "--start", "12/01/2026")
    assert wrong.exit_code != 0
    assert "--start must be a date such as 2026-11-30, got '12/01/2026'" in wrong.output


def test_funding_rates_of_a_market(venue: Venue) -> None:
    result = venue.kalshi("margin", "funding", TICKER)
    assert result.exit_code == 0, result.output
    assert "next funding" in result.stdout
    assert "past funding rates" in result.stdout
    shown = venue.json("margin", "funding", TICKER)
    assert isinstance(shown, dict)
    assert shown["estimate"]["market_ticker"] == TICKER
    assert [r["funding_rate"] for r in shown["history"]["funding_rates"]] == [0.002]


def test_orders_lists_the_resting_order(venue: Venue) -> None:
    shown = venue.kalshi("margin", "orders", "--status", "resting")
    assert shown.exit_code == 0, shown.output
    assert venue.resting_order_id in shown.stdout
    rows = venue.kalshi("margin", "orders", "--csv")
    assert venue.resting_order_id in rows.stdout


def test_account_commands_without_a_margin_key_name_the_variables(venue: Venue, tmp_path: Path) -> None:
    result = venue.kalshi("margin", "balance", **dict.fromkeys(MARGIN_ENV))
    assert result.exit_code != 0
    assert "KALSHI_MARGIN_API_KEY_ID" in result.output
    assert "Traceback" not in result.output
    markets = venue.kalshi("margin", "markets", **dict.fromkeys(MARGIN_ENV))
    assert markets.exit_code == 0, markets.output


def test_buy_rests_sell_crosses_and_cancel_cancels(tmp_path: Path) -> None:
    with LocalExchange(seed=22, credentials_dir=tmp_path / "keys") as ex:
        long, short = ex.create_margin_account("1000"), ex.create_margin_account("1000")
        with ex.lock:
            ex.margin.list_market(TICKER, mark_price="50.00")
        venue = Venue(ex, Clock(), long, short, "")
        bid = venue.json("margin", "buy", TICKER, "--count", "4", "--price", "49.75")
        assert isinstance(bid, dict)
        assert Decimal(bid["remaining_count"]) == 4
        cross = venue.json("margin", "sell", TICKER, "--count", "3", "--price", "49.75", who=short)
        assert isinstance(cross, dict)
        assert Decimal(cross["fill_count"]) == 3
        assert Decimal(cross["average_fill_price"]) == Decimal("49.75")
        positions = venue.json("margin", "positions")
        assert isinstance(positions, dict)
        assert [Decimal(p["position"]) for p in positions["positions"] if p["market_ticker"] == TICKER] == [3]
        canceled = venue.kalshi("margin", "cancel", bid["order_id"])
        assert canceled.exit_code == 0, canceled.output
        with ex.lock:
            assert not [o for o in ex.margin.account(long.user_id).resting.values() if o.ticker == TICKER]


def test_margin_orders_refuse_bad_input_and_production_without_env_prod(venue: Venue) -> None:
    for args, problem in (
        (("--count", "2", "--price", "-5"), "--price must be positive, got '-5'"),
        (("--count", "2", "--price", "50.00001"), "--price takes at most 4 decimals"),
        (("--count", "zero", "--price", "50"), "--count must be a number of contracts"),
    ):
        result = venue.kalshi("margin", "buy", TICKER, *args)
        assert result.exit_code != 0
        assert problem in result.output
    production = venue.kalshi(
        "margin",
        "buy",
        TICKER,
        "--count",
        "1",
        "--price",
        "50",
        KALSHI_MARGIN_BASE_URL=None,
        KALSHI_BASE_URL=None,
    )
    assert production.exit_code != 0
    assert "without an explicit --env prod" in production.output
    margin_host = resolve_margin_environment("prod").rest_url
    for command in (("buy", TICKER, "--count", "1", "--price", "50"), ("cancel", "some-order-id")):
        only_margin_in_production = venue.kalshi("margin", *command, KALSHI_MARGIN_BASE_URL=margin_host)
        assert only_margin_in_production.exit_code != 0
        assert (
            f"PRODUCTION ({margin_host}) without an explicit --env prod" in only_margin_in_production.output
        )
