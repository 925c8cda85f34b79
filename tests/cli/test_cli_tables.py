"""Every table the `kalshi` command prints is readable at 80 and 120 columns: no line is wider
than the terminal, no cell is cut, every id, ticker and price is shown whole, and every column
is either shown or named as left out (`--wide` shows them all)."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kalshi_py.api.orders import create_order_v2
from kalshi_py.cli.candles import CANDLE_COLUMNS
from kalshi_py.cli.market import MARKET_COLUMNS, TRADE_COLUMNS
from kalshi_py.cli.portfolio import FILL_COLUMNS, ORDER_COLUMNS, POSITION_COLUMNS

from .cli_support import Kalshi, LocalExchange, make_kalshi, quoted_market

WIDTHS = ["80", "120"]
LEFT_OUT = re.compile(r"left out to fit (\d+) columns:\s(?P<names>.*?)\s\(--wide\s+shows\s+them\)", re.DOTALL)


@dataclass(frozen=True)
class Account:
    """A trader with a fill, a position and a resting order on the quiet exchange."""

    kalshi: Kalshi
    ticker: str


@pytest.fixture(scope="module")
def account(quiet_exchange: LocalExchange, tmp_path_factory: pytest.TempPathFactory) -> Account:
    kalshi = make_kalshi(quiet_exchange, tmp_path_factory.mktemp("tables"))
    ticker, _, best_ask = quoted_market(quiet_exchange)
    with quiet_exchange.client(kalshi.credentials) as client:
        for side, price in (("bid", best_ask), ("bid", Decimal("0.0200"))):
            create_order_v2.sync(
                client=client,
                ticker=ticker,
                side=side,
                count=Decimal("2.5"),
                price=price,
                time_in_force="good_till_canceled",
                self_trade_prevention_type="taker_at_cross",
            )
    return Account(kalshi, ticker)


def strings(document: Any, names: set[str]) -> Iterator[str]:
    """Every string value of a field in `names`, anywhere in a JSON document."""
    if isinstance(document, dict):
        for name, value in document.items():
            if name in names and isinstance(value, str) and value:
                yield value
            else:
                yield from strings(value, names)
    elif isinstance(document, list):
        for item in document:
            yield from strings(item, names)


LISTS = {
    "markets": (
        lambda t: ["markets", "--status", "open", "--limit", "8"],
        MARKET_COLUMNS,
        {"ticker", "yes_bid_dollars", "yes_ask_dollars"},
    ),
    "trades": (lambda t: ["trades", t], TRADE_COLUMNS, {"yes_price_dollars", "count_fp"}),
    "positions": (lambda t: ["positions"], POSITION_COLUMNS, {"ticker", "position_fp"}),
    "fills": (lambda t: ["fills"], FILL_COLUMNS, {"ticker", "yes_price_dollars", "count_fp"}),
    "orders": (lambda t: ["orders"], ORDER_COLUMNS, {"order_id", "ticker", "yes_price_dollars"}),
    "candles": (
        lambda t: ["candles", t, "--series", t.split("-")[0], "--end", str(int(time.time()) + 3600)],
        CANDLE_COLUMNS,
        {"close_dollars"},
    ),
}
RECORDS = {
    "market": (lambda t: ["market", t], {"ticker", "event_ticker", "yes_bid_dollars", "yes_ask_dollars"}),
    "balance": (lambda t: ["balance"], {"balance_dollars"}),
    "orderbook": (lambda t: ["orderbook", t, "--depth", "5"], set()),
}


def check_readable(text: str, width: int) -> None:
    assert "…" not in text, f"a cell was cut:\n{text}"
    too_wide = [line for line in text.splitlines() if len(line) > width]
    assert too_wide == [], f"lines wider than {width} columns:\n" + "\n".join(too_wide)


def left_out(text: str) -> list[str]:
    found = LEFT_OUT.search(text)
    return [] if found is None else [n.strip() for n in " ".join(found["names"].split()).split(",")]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", sorted(LISTS))
def test_list_tables_fit_and_show_every_value_whole(account: Account, command: str, width: str) -> None:
    args, columns, whole = LISTS[command]
    shown = account.kalshi(*args(account.ticker), COLUMNS=width)
    assert shown.exit_code == 0, shown.stderr
    text = shown.stdout
    check_readable(text, int(width))
    document = json.loads(account.kalshi(*args(account.ticker), "--json").stdout)
    values = list(strings(document, whole))
    assert values, f"{command} listed nothing to check: {document}"
    assert [v for v in values if v not in text] == [], f"values not shown whole:\n{text}"
    hidden = left_out(text)
    for column in columns:
        assert (column.header in hidden) != (column.header in text.split("left out")[0]), column.header
    assert [c.header for c in columns if c.priority == 0 and c.header in hidden] == []


@pytest.mark.parametrize("command", sorted(LISTS))
def test_wide_shows_every_column(account: Account, command: str) -> None:
    args, columns, _ = LISTS[command]
    shown = account.kalshi(*args(account.ticker), "--wide", COLUMNS="80")
    assert shown.exit_code == 0, shown.stderr
    assert "…" not in shown.stdout
    assert "left out" not in shown.stdout
    assert all(c.header in shown.stdout for c in columns)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", sorted(RECORDS))
def test_record_tables_fit(account: Account, command: str, width: str) -> None:
    args, whole = RECORDS[command]
    shown = account.kalshi(*args(account.ticker), COLUMNS=width)
    assert shown.exit_code == 0, shown.stderr
    check_readable(shown.stdout, int(width))
    document = json.loads(account.kalshi(*args(account.ticker), "--json").stdout)
    assert [v for v in strings(document, whole) if v not in shown.stdout] == []


@pytest.mark.parametrize("width", WIDTHS)
def test_order_and_cancel_tables_show_the_ids_to_copy(account: Account, width: str, tmp_path: Path) -> None:
    kalshi = account.kalshi
    placed = kalshi("buy", account.ticker, "--side", "no", "--count", "1", "--price", "0.02", COLUMNS=width)
    assert placed.exit_code == 0, placed.stderr
    check_readable(placed.stdout, int(width))
    (order_id,) = re.findall(r"^order id\s+(\S+)\s*$", placed.stdout, re.MULTILINE)
    canceled = kalshi("cancel", order_id, COLUMNS=width)
    assert canceled.exit_code == 0, canceled.stderr
    check_readable(canceled.stdout, int(width))
    assert order_id in canceled.stdout
    with kalshi.exchange.lock:
        (order,) = [o for o in kalshi.exchange.exchange.orders(kalshi.user_id) if o.order_id == order_id]
    assert order.status == "canceled"
