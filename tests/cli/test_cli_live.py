"""The live commands over the WebSocket, run as processes: `stream`, `orderbook --watch` in a
pseudo-terminal with Ctrl-C, and the `demo` tour."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import signal
import subprocess
import time
from decimal import Decimal

from kalshi_py.api.orders import create_order_v2

from .cli_support import KALSHI_COMMAND, Kalshi, quoted_market

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def test_stream_json_lines_of_the_ticker_channel(busy_kalshi: Kalshi) -> None:
    done = subprocess.run(
        [*KALSHI_COMMAND, "stream", "ticker", "trade", "--count", "3", "--json"],
        capture_output=True,
        text=True,
        timeout=30,
        env=busy_kalshi.process_env(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    messages = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(messages) == 3
    assert {m["type"] for m in messages} <= {"ticker", "trade"}
    assert all(isinstance(m["msg"]["market_ticker"], str) for m in messages)


def test_stream_shows_the_fill_of_an_order(busy_kalshi: Kalshi) -> None:
    ticker, _, best_ask = quoted_market(busy_kalshi.exchange)
    proc = subprocess.Popen(
        [*KALSHI_COMMAND, "stream", "fill", "--count", "1", "--json"],
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=busy_kalshi.process_env(),
    )
    try:
        assert proc.stderr is not None
        ready, _, _ = select.select([proc.stderr], [], [], 20)
        assert ready
        assert "subscribed to fill" in proc.stderr.readline()
        with busy_kalshi.exchange.client(busy_kalshi.credentials) as client:
            order = create_order_v2.sync(
                client=client,
                ticker=ticker,
                side="bid",
                count=Decimal(1),
                price=min(best_ask + Decimal("0.05"), Decimal("0.99")),
                time_in_force="immediate_or_cancel",
                self_trade_prevention_type="taker_at_cross",
            )
        out, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 0, err
    (fill,) = [json.loads(line) for line in out.splitlines()]
    assert fill["type"] == "fill"
    assert fill["msg"]["order_id"] == order.order_id
    assert fill["msg"]["market_ticker"] == ticker


def test_orderbook_watch_in_a_terminal_redraws_and_stops_on_ctrl_c(kalshi: Kalshi) -> None:
    ticker, best_bid, _ = quoted_market(kalshi.exchange)
    with kalshi.exchange.lock:
        yes, _ = kalshi.exchange.exchange.orderbook(ticker)
    joined = dict(yes)[best_bid] + Decimal("7.77")
    env = kalshi.process_env(TERM="xterm-256color", COLUMNS="100", LINES="40")
    pid, fd = pty.fork()
    if pid == 0:  # the child: run the command with the pseudo-terminal as its controlling terminal
        os.execve(KALSHI_COMMAND[0], [*KALSHI_COMMAND, "orderbook", ticker, "--watch", "--depth", "5"], env)
    screen = ""

    def wait_for(pattern: str, timeout: float) -> re.Match[str]:
        nonlocal screen
        deadline = time.monotonic() + timeout
        while True:
            found = re.search(pattern, ANSI.sub("", screen))
            if found:
                return found
            left = deadline - time.monotonic()
            assert left > 0, f"{pattern!r} never appeared in:\n{ANSI.sub('', screen)[-2000:]}"
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                try:
                    screen += os.read(fd, 65536).decode("utf-8", "replace")
                except OSError:  # the child closed the terminal
                    ended = ANSI.sub("", screen)[-2000:]
                    raise AssertionError(f"the command ended early:\n{ended}") from None

    try:
        wait_for(rf"{re.escape(ticker)}\s+YES", 20)
        wait_for(r"yes bid.*yes ask", 5)
        wait_for(r"1 update, seq", 10)
        assert f"{joined:.2f}" not in ANSI.sub("", screen)
        with kalshi.exchange.client(kalshi.credentials) as client:
            create_order_v2.sync(
                client=client,
                ticker=ticker,
                side="bid",
                count=Decimal("7.77"),
                price=best_bid,
                time_in_force="good_till_canceled",
                self_trade_prevention_type="taker_at_cross",
            )
        wait_for(rf"{re.escape(f'{joined:.2f}')}\s+│\s+{re.escape(f'{best_bid:.4f}')}", 10)  # the level grew
        wait_for(r"2 updates, seq", 5)
        os.write(fd, b"\x03")  # Ctrl-C, through the terminal
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                screen += chunk.decode("utf-8", "replace")
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
        else:
            raise AssertionError("the command did not stop after Ctrl-C")
        if not done:
            _, status = os.waitpid(pid, 0)
        pid = 0
    finally:
        if pid:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    assert os.WIFEXITED(status)
    assert os.WEXITSTATUS(status) == 130
    assert "Traceback" not in screen
    assert screen.rfind("\x1b[?25h") > screen.rfind("\x1b[?25l")  # the cursor is shown again


def test_demo_walks_through_and_its_order_fills() -> None:
    started = time.monotonic()
    done = subprocess.run(
        [*KALSHI_COMMAND, "demo", "--seconds", "2"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**{k: v for k, v in os.environ.items() if not k.startswith("KALSHI")}, "COLUMNS": "120"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert time.monotonic() - started < 30
    out = done.stdout
    for step in (
        "1. A local exchange is running",
        "2. List open markets",
        "3. Follow the book",
        "4. Buy",
        "5. See it fill over the WebSocket",
        "6. Positions and balance",
        "7. Done",
    ):
        assert step in out
    assert re.search(r"fill\s+3\.00 contracts of \S+ at YES \$0\.\d+ \(taker\)", out)
    assert "user_order  status executed" in out
    assert "The order filled." in out
    assert re.search(r"balance \$9\d\d\.\d+", out)
