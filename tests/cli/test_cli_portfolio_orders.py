"""`kalshi balance|positions|fills|orders|buy|sell|cancel` against a local exchange."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest

from kalshi_py.cli.config import Settings
from kalshi_py.cli.errors import UsageProblem
from kalshi_py.cli.trading import V2Order, check_production, parse_count, parse_price, v2_order
from kalshi_py.environments import DEMO, PRODUCTION

from .cli_support import Kalshi, quoted_market
from .test_cli_errors import origin


def test_balance_json_is_the_account_balance(kalshi: Kalshi) -> None:
    result = kalshi("balance", "--json")
    assert result.exit_code == 0, result.stderr
    with kalshi.exchange.lock:
        engine_balance = kalshi.exchange.exchange.balance(kalshi.user_id)
    assert Decimal(json.loads(result.stdout)["balance_dollars"]) == engine_balance
    assert "1000" in kalshi("balance").stdout


def test_buy_yes_at_the_ask_fills_and_shows_in_positions_fills_and_balance(kalshi: Kalshi) -> None:
    ticker, _, best_ask = quoted_market(kalshi.exchange)
    bought = kalshi("buy", ticker, "--side", "yes", "--count", "2", "--price", str(best_ask), "--json")
    assert bought.exit_code == 0, bought.stderr
    order = json.loads(bought.stdout)
    assert Decimal(order["fill_count"]) == 2

    positions = json.loads(kalshi("positions", "--json").stdout)
    with kalshi.exchange.lock:
        engine = kalshi.exchange.exchange.positions(kalshi.user_id)
        balance = kalshi.exchange.exchange.balance(kalshi.user_id)
    listed = [(p["ticker"], Decimal(p["position_fp"])) for p in positions]
    assert listed == [(p.ticker, p.position) for p in engine]
    assert positions[0]["ticker"] == ticker
    assert Decimal(positions[0]["position_fp"]) == 2

    fills = json.loads(kalshi("fills", "--json").stdout)
    assert {f["order_id"] for f in fills} == {order["order_id"]}
    assert sum(Decimal(f["count_fp"]) for f in fills) == 2
    assert Decimal(json.loads(kalshi("balance", "--json").stdout)["balance_dollars"]) == balance < 1000

    table = kalshi("positions")
    assert ticker in table.stdout
    assert "2.00" in table.stdout


@pytest.mark.parametrize(
    ("action", "side", "price", "book_side", "yes_price"),
    [
        ("buy", "yes", "0.02", "bid", "0.02"),
        ("sell", "yes", "0.98", "ask", "0.98"),
        ("buy", "no", "0.03", "ask", "0.97"),
        ("sell", "no", "0.96", "bid", "0.04"),
    ],
)
def test_orders_rest_on_the_yes_book_as_mapped(
    kalshi: Kalshi, action: str, side: str, price: str, book_side: str, yes_price: str
) -> None:
    ticker, best_bid, best_ask = quoted_market(kalshi.exchange)
    assert best_bid > Decimal("0.04")
    assert best_ask < Decimal("0.96")
    placed = kalshi(action, ticker, "--side", side, "--count", "1.5", "--price", price, "--json")
    assert placed.exit_code == 0, placed.stderr
    order_id = json.loads(placed.stdout)["order_id"]
    with kalshi.exchange.lock:
        (order,) = [o for o in kalshi.exchange.exchange.orders(kalshi.user_id) if o.order_id == order_id]
        assert (order.side, order.price, order.status, order.remaining_count) == (
            book_side,
            Decimal(yes_price),
            "resting",
            Decimal("1.5"),
        )
    listed = list(csv.DictReader(io.StringIO(kalshi("orders", "--status", "resting", "--csv").stdout)))
    assert [(r["order id"], r["book"], Decimal(r["yes price"])) for r in listed] == [
        (order_id, book_side, Decimal(yes_price))
    ]


def test_cancel_one_then_all(kalshi: Kalshi) -> None:
    ticker, _, _ = quoted_market(kalshi.exchange)
    placed = [
        kalshi("buy", ticker, "--side", "yes", "--count", "1", "--price", p, "--json")
        for p in ("0.01", "0.02", "0.03")
    ]
    ids = [json.loads(result.stdout)["order_id"] for result in placed]
    canceled = kalshi("cancel", ids[0], "--json")
    assert canceled.exit_code == 0, canceled.stderr
    assert json.loads(canceled.stdout)["order_id"] == ids[0]
    with kalshi.exchange.lock:
        statuses = {o.order_id: o.status for o in kalshi.exchange.exchange.orders(kalshi.user_id)}
    assert statuses == {ids[0]: "canceled", ids[1]: "resting", ids[2]: "resting"}
    assert kalshi("cancel", "--all").exit_code == 0
    with kalshi.exchange.lock:
        assert kalshi.exchange.exchange.orders(kalshi.user_id, status="resting") == []
    assert "no orders" in kalshi("orders", "--status", "resting").stderr


@pytest.mark.parametrize("args", [["cancel"], ["cancel", "ORDER", "--all"]])
def test_cancel_needs_exactly_one_of_id_and_all(kalshi: Kalshi, args: list[str]) -> None:
    result = kalshi(*args)
    assert result.exit_code == 2
    assert "ORDER_ID or --all" in result.stderr


def test_cancel_of_an_unknown_order_is_an_api_error(kalshi: Kalshi) -> None:
    result = kalshi("cancel", "00000000-0000-0000-0000-000000000000")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"kalshi: error: {origin(kalshi.exchange.rest_url)} answered HTTP 404")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--price", "1.2", "--count", "1"], "--price must be between 0 and 1"),
        (["--price", "abc", "--count", "1"], "--price must be a price"),
        (["--price", "0.5", "--count", "-1"], "--count must be positive"),
        (["--price", "0.5", "--count", "0.001"], "at most 2 decimals"),
        (["--price", "0.5", "--count", "1", "--reduce-only"], "--reduce-only needs --tif ioc"),
    ],
)
def test_bad_orders_are_refused_before_sending(kalshi: Kalshi, args: list[str], needle: str) -> None:
    ticker, _, _ = quoted_market(kalshi.exchange)
    result = kalshi("buy", ticker, "--side", "yes", *args)
    assert result.exit_code == 2
    assert needle in result.stderr
    with kalshi.exchange.lock:
        assert kalshi.exchange.exchange.orders(kalshi.user_id) == []


def test_an_order_resolved_to_production_without_env_prod_is_refused(kalshi: Kalshi) -> None:
    result = kalshi(
        "buy", "KXANY-26DEC01-T1", "--side", "yes", "--count", "1", "--price", "0.5", KALSHI_BASE_URL=None
    )
    assert result.exit_code == 2
    assert "refusing to buy" in result.stderr
    assert "PRODUCTION" in result.stderr
    assert "--env prod" in result.stderr
    via_env_var = kalshi(
        "sell",
        "KXANY-26DEC01-T1",
        "--side",
        "no",
        "--count",
        "1",
        "--price",
        "0.5",
        KALSHI_BASE_URL=None,
        KALSHI_ENV="prod",
    )
    assert via_env_var.exit_code == 2
    assert "refusing to sell" in via_env_var.stderr


def test_an_order_with_env_prod_asks_and_sends_nothing_without_yes(kalshi: Kalshi) -> None:
    result = kalshi(
        "--env",
        "prod",
        "buy",
        "KXANY-26DEC01-T1",
        "--side",
        "yes",
        "--count",
        "1",
        "--price",
        "0.5",
        input="n\n",
    )
    assert result.exit_code == 1
    assert "PRODUCTION with real money? [y/N]" in result.stderr
    assert "not confirmed: nothing was sent" in result.stderr
    no_input = kalshi("cancel", "--all", "--env", "prod")
    assert no_input.exit_code == 1
    assert "not confirmed" in no_input.stderr


def _settings(url: str, env_flag: str | None) -> Settings:
    return Settings(rest_url=url, env="prod", env_flag=env_flag, key_id="k", key_file=None)


def test_check_production() -> None:
    check_production(_settings(DEMO.rest_url, None), "buy", assume_yes=False)
    check_production(_settings(PRODUCTION.rest_url, "prod"), "buy", assume_yes=True)
    with pytest.raises(UsageProblem, match="explicit --env prod"):
        check_production(_settings(PRODUCTION.rest_url, None), "buy", assume_yes=True)
    with pytest.raises(UsageProblem):
        check_production(
            _settings("https://api.elections.kalshi.com/trade-api/v2", "demo"), "buy", assume_yes=True
        )


@pytest.mark.parametrize(
    ("action", "outcome", "price", "expected"),
    [
        ("buy", "yes", "0.56", V2Order("bid", Decimal("0.56"))),
        ("sell", "yes", "0.56", V2Order("ask", Decimal("0.56"))),
        ("buy", "no", "0.56", V2Order("ask", Decimal("0.44"))),
        ("sell", "no", "0.5625", V2Order("bid", Decimal("0.4375"))),
    ],
)
def test_v2_order_mapping(action: str, outcome: str, price: str, expected: V2Order) -> None:
    assert v2_order(action, outcome, Decimal(price)) == expected  # type: ignore[arg-type]


def test_price_and_count_parsing_keeps_decimals_exact() -> None:
    assert parse_price("0.5600") == Decimal("0.56")
    assert parse_count("2.5") == Decimal("2.5")
    for bad in ("0", "1", "0.12345", "nan", "inf"):
        with pytest.raises(UsageProblem):
            parse_price(bad)
