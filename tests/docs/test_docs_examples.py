"""Every Python example of the documentation is a block in its page, named by its `title`, so that
the page reads whole on GitHub as on the site; each runs here against a local exchange over
loopback and prints what the page says it prints."""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import pytest

from .conftest import DOCS, LocalExchange, run_python, use_account
from .pages import Block, blocks, examples

PLUGIN = "pytest_kalshi_sim"

# What each example must print (regular expressions, searched in its output, in order).
EXPECTED: dict[str, list[str]] = {
    "markets.py": [
        r"\S+ 0\.\d{4} 0\.\d{4} \d+\.\d{2}",
        r"best YES bid: [\d.]+ at 0\.\d{4}",
        r"so the YES ask is 0\.\d{4}",
    ],
    "account.py": [r"balance: 1000\.0000", r"positions: 0"],
    "first_order.py": [
        r"placed \S+ resting: 10\.00",
        r"status: resting at 0\.\d{4}",
        r"canceled, reduced by 10\.00",
    ],
    "auth_explicit.py": [
        r"key type: rsa",
        r"balance: 1000\.0000",
        r"balance again: 1000\.0000",
        r"KalshiAuthenticatedClient\(base_url='http://127\.0\.0\.1:\d+/trade-api/v2', "
        r"access_key_id='[0-9a-f-]{36}'\)",
    ],
    "encrypt_key.py": [
        r"signed with the encrypted key: 1000\.0000",
        r"without the passphrase: the private key is encrypted: pass its passphrase",
    ],
    "orders_v2.py": [
        r"same order: True resting: 10\.00",
        r"refused: 409 order_already_exists",
        r"amended, resting: 12\.00",
        r"decreased, resting: 10\.00",
        r"resting orders: \[\('bid', Decimal\('0\.\d{4}'\), Decimal\('10\.00'\)\)\]",
        r"canceled, reduced by 10\.00",
    ],
    "orders_legacy.py": [
        r"warned: DeprecationWarning",
        r"book side: ask YES price: 0\.\d{4} status: resting",
        r"canceled, reduced by 3\.00",
    ],
    "errors.py": [
        r"status: 404 code: not_found message: no market NO-SUCH-MARKET",
        r"caught as UnexpectedStatus: NotFoundError",
        r"detailed: 404 None",
        r"refused before sending: CreateOrderV2Request\.price: got the float 0\.05",
        r"all KalshiError: True True",
    ],
    "async_client.py": [
        r"balance: 1000\.0000",
        r"(\S+ best YES bid: 0\.\d{4}\n){3}",
        r"iterated 25 open markets",
    ],
    "dataframes.py": [
        r"rows: \d+ exact: True",
        r"yes_bid_dollars",
        r"float column: float64",
        r"polars: Decimal\(precision=38, scale=4\)",
    ],
    "pagination.py": [
        r"first 12 open markets: \S+ \.\.\.",
        r"page 1 10 markets, next cursor: True",
        r"page 2 10 markets, next cursor: True",
        r"all open markets: \d{2,}",
    ],
    "retries.py": [
        r"default: 3 0\.25 8\.0",
        r"exchange active: True",
        r"without retries: True",
        r"max_retries: 1",
    ],
    "rate_limits.py": [
        r"basic read bucket: 200 tokens/s",
        r"5 reads within budget",
        r"this key's tier budget: TierBudget\(read_rate=200",
    ],
    "local_exchange.py": [
        r"REST http://127\.0\.0\.1:\d+/trade-api/v2",
        r"WS   ws://127\.0\.0\.1:\d+/trade-api/ws/v2",
        r"balance: 1000\.0000",
        r"answers lost: [1-9]",
        r"orders resting: 4\n",
    ],
    "stream_orderbook.py": [
        r"status: connected",
        r"(OrderbookSnapshot +\S+: YES .*\n){5}",
        r"OrderbookDelta +\S+: YES ",
        r"books held: 5 stale: \[\]",
    ],
    "stream_sync.py": [
        r"status: connected",
        r"(\S+ [01]\.\d{4} [01]\.\d{4} \d+\.\d{2}\n){5}",  # 0.0000 or 1.0000 when a side is empty
        r"done after 5 ticker updates",
    ],
    "stream_reconnect.py": [
        r"status: gap",
        r"status: disconnected",
        r"status: reconnected",
        r"(\S+ matches the exchange: True\n){3}",
        r"saw: connected, gap, .*disconnected, .*reconnected",
    ],
    "test_my_bot.py": [r"3 passed"],
    "margin_book.py": [
        r"best bid: Level\(price=Decimal\('64250\.5000'\), size=Decimal\('0\.75'\)\)",
        r"best ask: Level\(price=Decimal\('64252\.2500'\), size=Decimal\('0\.10'\)\)",
        r"spread: 1\.7500",
        r"bids: \[\('64250\.5000', '0\.75'\), \('64250\.0000', '3\.00'\)\]",
    ],
    "margin_local.py": [
        r"perpetuals: \['KXBTCPERP', 'KXETHPERP', 'KXGOLDPERP', 'KXSOLPERP'\]",
        r"settled funds: 1000\.0000",
        r"resting: 2\.00 filled: 0\.00",
        r"canceled: 2\.00",
    ],
    "klear_units.py": [
        r"owed: -123\.4567",
        r"withdraw: 2505000 centicents",
        r"position: 2\.50 contracts",
        r"refused: dollars: 0\.00001 is not a whole number of centicents",
    ],
    "fix_local.py": [
        r"FIX at 127\.0\.0\.1:\d+ order entry is KalshiNR",
        r"alice's bid: new resting 10",
        r"bob sold 4\.00 at 0\.40 fee 0\.\d\d",
        r"alice canceled the rest: 0 left, 4\.00 filled",
        r"drop copy: \[\('0', Decimal\('0'\)\), \('F', Decimal\('4\.00'\)\), \('4', Decimal\('4\.00'\)\)\]",
        r"REST says alice holds 4\.00 YES of KXFIXDOC-26DEC01-T50",
    ],
    "record_and_query.py": [
        r"recorded \d+ messages of \d+ markets, 0 gaps",
        r"\('orderbook_delta', \d+\), \('recorder', \d+\)",
        r"trades: \d+",
        r"\S+ YES bid Level\(price=Decimal\('0\.\d{4}'\)",
        r"same as the exchange's book: True",
        r"complete from \d+ to \d+: ended by the session stopped",
    ],
    "perps_fix_local.py": [
        r"margin FIX: KalshiNR KalshiRT KalshiDC",
        r"alice bids: 5\.00 at 100\.00",
        r"bob sold 3\.00 at 100\.00, fee 0\.\d+",
        r"alice's executions: \[\('0', '0'\), \('F', '3\.00'\)\]",
    ],
    "perps_round.py": [
        r"bob sold 50\.00 at 100\.0000",
        r"alice long 50\.00 liquidated below 84\.263158",
        r"alice funding: -5\.0000\nbob funding: 5\.0000",
        r"liquidated: \[Decimal\('50\.00'\)\]",
        r"alice's stream: ask 50\.00 at 84\.0000 by the system",
        r"alice positions: \[\]",
        r"alice settled funds: 187\.4600",
        r"money conserved: True",
    ],
    "replay_backtest.py": [
        r"replayed \d+ frames over [\d.]+ s of recording",
        r"fills [1-9]\d* \([\d.]+ contracts\), fees \$\d+\.\d{2}",
        r"P&L \$-?\d+\.\d{4} .*max drawdown \$\d+\.\d{4}",
        r"bid \d+\.00 at 0\.\d+ fee \d\.\d{2} taker",
        r"chart: backtest\.html",
    ],
    "download_history.py": [
        r"[1-9]\d* rows in [1-9]\d* files from \d+ requests",
        r"tables: \['candlesticks', 'markets', 'trades'\]",
        r"busiest market: \('KXHIGHNY-\S+', Decimal\('\d+\.0+'\)\)",
    ],
    "dead_man.py": [
        r"placed 2 orders in group True",
        r"tripped: the strategy paused - canceled 2",
        r"refused until reset",
        r"after reset: armed",
        r"closed: closed",
    ],
    "feed_health.py": [
        r"found: book_mismatch\nhealed: True",
        r"found: stale_feed",
        r"mismatches: 1 stale feeds: 1 reconnects: 1 connections: 2",
        r"healed: True",
    ],
    "ledger.py": [
        r"realized: 4\.20\d* fees: 0\.\d+ payout: 6\.00",
        r"balance change: (\S+) ledger cash: \1",
        r"differences: \[\]",
    ],
    "metrics.py": [
        r"requests: 3\n",
        r'kalshi_requests_total\{operation="GetMarkets",status="200"\} 3\.0',
    ],
}
STREAMING = {"stream_orderbook.py", "stream_sync.py"}
OWN_EXCHANGE = {
    "local_exchange.py",
    "stream_reconnect.py",
    "test_my_bot.py",
    "record_and_query.py",
    "download_history.py",
    "replay_backtest.py",
    "feed_health.py",
    "ledger.py",
    "fix_local.py",
    "perps_round.py",
    "perps_fix_local.py",
}


def save(name: str, folder: Path) -> Path:
    """The example `name` as a file in `folder`, as a reader would save it."""
    path = folder / name
    path.write_text(examples()[name].code, encoding="utf-8")
    return path


def check_output(name: str, stdout: str) -> None:
    position = 0
    for pattern in EXPECTED[name]:
        match = re.compile(pattern).search(stdout, position)
        assert match, f"{name} did not print {pattern!r} (after what it printed before):\n{stdout}"
        position = match.end()


def check_run(name: str, returncode: int, stdout: str, stderr: str) -> None:
    assert returncode == 0, f"{name} exited with {returncode}:\n{stdout}\n{stderr}"
    assert stderr.strip() == "", f"{name} wrote to stderr (warnings are errors here):\n{stderr}"
    check_output(name, stdout)


def test_every_python_block_of_the_pages_is_a_named_example() -> None:
    unnamed = [b.where for b in blocks() if b.lang == "python" and b.title is None]
    assert unnamed == [], f'Python blocks need a title="name.py" so that they are run: {unnamed}'
    assert sorted(examples()) == sorted(EXPECTED), "every example needs its expected output in EXPECTED"


def test_the_pages_read_whole_without_includes() -> None:
    includes = [
        f"{page.relative_to(DOCS)}:{number}"
        for page in sorted(DOCS.rglob("*.md"))
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        if re.match(r"\s*-{1,2}8<-{1,2}", line)
    ]
    assert includes == [], f"snippet includes show nothing on GitHub: {includes}"


def test_the_benchmarks_page_gives_the_readmes_figures() -> None:
    """The figures live in the README (where the run they came from is named); the docs page
    repeats its Benchmarks section word for word, so that the two cannot drift apart."""
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Benchmarks\n", 1)[1].split("\n## ", 1)[0].strip("\n")
    page = (DOCS / "benchmarks.md").read_text(encoding="utf-8")
    assert page == "# Benchmarks\n\n" + section.replace("\n### ", "\n## ") + "\n"


@pytest.mark.parametrize("name", sorted(set(EXPECTED) - STREAMING - OWN_EXCHANGE))
def test_example_runs_against_the_local_exchange(
    name: str, exchange: LocalExchange, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_account(monkeypatch, exchange)
    done = run_python(save(name, tmp_path), tmp_path, warnings_as_errors=True)
    check_run(name, done.returncode, done.stdout, done.stderr)


@pytest.mark.parametrize("name", sorted(STREAMING))
def test_streaming_example_ends_by_itself(
    name: str, busy_exchange: LocalExchange, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use_account(monkeypatch, busy_exchange)
    done = run_python(save(name, tmp_path), tmp_path, warnings_as_errors=True)
    check_run(name, done.returncode, done.stdout, done.stderr)


@pytest.mark.parametrize(
    "name",
    [
        "local_exchange.py",
        "stream_reconnect.py",
        "record_and_query.py",
        "download_history.py",
        "replay_backtest.py",
        "feed_health.py",
        "ledger.py",
        "fix_local.py",
        "perps_round.py",
        "perps_fix_local.py",
    ],
)
def test_example_with_its_own_exchange_runs(
    name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("KALSHI_BASE_URL", raising=False)
    done = run_python(save(name, tmp_path), tmp_path, warnings_as_errors=True)
    check_run(name, done.returncode, done.stdout, done.stderr)


def test_pytest_plugin_example_passes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PYTEST_ADDOPTS", raising=False)
    registered = {ep.value for ep in importlib.metadata.entry_points(group="pytest11")}
    load = [] if PLUGIN in registered else ["-p", PLUGIN]
    args = ["-q", "-p", "no:cacheprovider", *load, str(save("test_my_bot.py", tmp_path))]
    program = f"import sys, pytest; sys.exit(pytest.main({args!r}))"
    done = run_python(program, tmp_path, warnings_as_errors=False, timeout=60)
    assert done.returncode == 0, f"test_my_bot.py failed:\n{done.stdout}\n{done.stderr}"
    check_output("test_my_bot.py", done.stdout)


@pytest.mark.parametrize("key_type", ["rsa", "ed25519"])
def test_account_example_signs_with_either_key_type(
    key_type: str, exchange: LocalExchange, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    credentials = use_account(monkeypatch, exchange, key_type)
    done = run_python(save("auth_explicit.py", tmp_path), tmp_path, warnings_as_errors=True)
    assert done.returncode == 0, done.stderr
    assert f"key type: {key_type}" in done.stdout
    assert credentials.private_key_pem.splitlines()[1] not in done.stdout + done.stderr


def test_account_example_takes_the_pem_text_from_the_environment(
    exchange: LocalExchange, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    credentials = use_account(monkeypatch, exchange)
    monkeypatch.delenv("KALSHI_PRIVATE_KEY_PATH")
    # As a .env file or a CI secret holds it: one line, with literal \n.
    monkeypatch.setenv("KALSHI_PY_PRIVATE_KEY_PEM", credentials.private_key_pem.strip().replace("\n", "\\n"))
    done = run_python(save("account.py", tmp_path), tmp_path, warnings_as_errors=True)
    check_run("account.py", done.returncode, done.stdout, done.stderr)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_examples_compile_and_say_what_they_show(name: str) -> None:
    block: Block = examples()[name]
    compile(block.code, name, "exec")
    assert block.code.startswith('"""'), f"{block.where}: {name} starts with a docstring saying what it shows"
