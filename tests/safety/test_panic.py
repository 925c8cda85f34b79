"""`kalshi panic` leaves no resting order in any subaccount of the account, lists what it
canceled, touches no other account, and asks before acting on production."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner, Result

from kalshi_py import KalshiAuthenticatedClient
from kalshi_py.api.orders import create_order_v2
from kalshi_py.cli import app
from kalshi_sim import Credentials, LocalExchange

from .conftest import market_ticker, open_subaccounts, resting, resting_bid


def kalshi(exchange: LocalExchange, account: Credentials, tmp: Path, *args: str, **env: str | None) -> Result:
    environment: dict[str, str | None] = {
        "KALSHI_BASE_URL": exchange.rest_url,
        "KALSHI_API_KEY_ID": account.api_key_id,
        "KALSHI_PRIVATE_KEY_PATH": str(account.private_key_path),
        "KALSHI_PY_PRIVATE_KEY_PEM": None,
        "KALSHI_ENV": None,
        "KALSHI_PROFILE": None,
        "XDG_CONFIG_HOME": str(tmp),
        "COLUMNS": "200",
        **env,
    }
    return CliRunner().invoke(app, list(args), env=environment, catch_exceptions=False)


def test_panic_cancels_every_resting_order_of_every_subaccount(
    exchange: LocalExchange, account: Credentials, client: KalshiAuthenticatedClient, tmp_path: Path
) -> None:
    open_subaccounts(exchange, account.user_id, 63)
    placed = {
        create_order_v2.sync(
            client=client, subaccount=sub, **resting_bid(market_ticker(exchange, sub))
        ).order_id
        for sub in (0, 0, 2, 7, 63)
    }
    neighbour = exchange.create_account("1000")
    with exchange.client(neighbour) as other:
        kept = create_order_v2.sync(client=other, **resting_bid(market_ticker(exchange))).order_id
    assert resting(exchange, account.user_id) == placed

    done = kalshi(exchange, account, tmp_path, "panic", "--json")

    assert done.exit_code == 0, done.output
    report = json.loads(done.stdout)
    assert {o["order_id"] for o in report["canceled"]} == placed
    assert sorted(o["subaccount_number"] for o in report["canceled"]) == [0, 0, 2, 7, 63]
    assert report["still_resting"] == []
    assert report["errors"] == []
    assert resting(exchange, account.user_id) == set()
    assert resting(exchange, neighbour.user_id) == {kept}


def test_panic_prints_a_table_and_says_when_nothing_rests(
    exchange: LocalExchange, account: Credentials, client: KalshiAuthenticatedClient, tmp_path: Path
) -> None:
    order_id = create_order_v2.sync(client=client, **resting_bid(market_ticker(exchange))).order_id
    done = kalshi(exchange, account, tmp_path, "panic")
    assert done.exit_code == 0, done.output
    assert "canceled 1 resting order" in done.stdout
    assert order_id in done.stdout
    again = kalshi(exchange, account, tmp_path, "panic")
    assert again.exit_code == 0
    assert "nothing was resting" in again.output


def test_panic_on_production_asks_first(
    exchange: LocalExchange, account: Credentials, tmp_path: Path
) -> None:
    declined = kalshi(
        exchange, account, tmp_path, "panic", "--env", "prod", input="n\n", KALSHI_BASE_URL=None
    )
    assert declined.exit_code == 1
    assert "on Kalshi PRODUCTION with real money?" in declined.output
    assert "not confirmed: nothing was sent" in declined.output
    implicit = kalshi(exchange, account, tmp_path, "panic", KALSHI_BASE_URL=None, KALSHI_ENV="prod")
    assert implicit.exit_code == 2
    assert "without an explicit --env prod" in implicit.output
