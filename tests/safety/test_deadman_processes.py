"""A bot in a process of its own: SIGTERM, SIGINT and interpreter exit cancel its orders through
its DeadMan; `kalshi deadman`, a second process with the same credentials, cancels them when the
bot is killed with `kill -9` (within the bot's timeout) or hangs without calling alive()."""

from __future__ import annotations

import json
import selectors
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kalshi_sim import Credentials, LocalExchange

from .conftest import PYTHON, child_env, market_ticker, resting

BOT = Path(__file__).with_name("bot_program.py")
START_TIMEOUT = 60.0
BOT_TIMEOUT = 30.0  # the bot's DeadMan timeout (bot_program.py)


def read_line(process: subprocess.Popen[str], stream: str, timeout: float = START_TIMEOUT) -> str:
    pipe = getattr(process, stream)
    selector = selectors.DefaultSelector()
    selector.register(pipe, selectors.EVENT_READ)
    try:
        if not selector.select(timeout):
            pytest.fail(f"no line on {stream} within {timeout} s")
        return str(pipe.readline())
    finally:
        selector.close()


class Bot:
    def __init__(self, exchange: LocalExchange, account: Credentials, mode: str, tmp: Path) -> None:
        self.heartbeat = tmp / "bot.heartbeat"
        self.process = subprocess.Popen(
            [PYTHON, "-W", "error", str(BOT), mode, str(self.heartbeat), market_ticker(exchange)],
            env=child_env(exchange, account),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = read_line(self.process, "stdout")
        if not line.startswith("READY"):
            self.process.kill()
            pytest.fail(f"the bot did not start: {line!r}\n{self.process.communicate()[1]}")
        self.order_ids = set(line.split()[1:])

    def ended(self, timeout: float = START_TIMEOUT) -> int:
        return self.process.wait(timeout)


@pytest.fixture
def bots(exchange: LocalExchange, account: Credentials, tmp_path: Path) -> Iterator[list[Bot]]:
    started: list[Bot] = []
    yield started
    for bot in started:
        if bot.process.poll() is None:
            bot.process.kill()
        bot.process.communicate()


def start_bot(bots: list[Bot], exchange: LocalExchange, account: Credentials, mode: str, tmp: Path) -> Bot:
    bot = Bot(exchange, account, mode, tmp)
    bots.append(bot)
    assert resting(exchange, account.user_id) == bot.order_ids
    return bot


@pytest.mark.parametrize(
    ("mode", "signum"), [("loop", signal.SIGTERM), ("loop", signal.SIGINT), ("async", signal.SIGINT)]
)
def test_a_signal_cancels_the_orders_then_ends_the_bot(
    mode: str,
    signum: signal.Signals,
    exchange: LocalExchange,
    account: Credentials,
    tmp_path: Path,
    bots: list[Bot],
) -> None:
    bot = start_bot(bots, exchange, account, mode, tmp_path)
    bot.process.send_signal(signum)
    code = bot.ended()
    assert code != 0  # the signal still ends the bot as it would have
    assert resting(exchange, account.user_id) == set()


def test_the_interpreter_exiting_cancels_the_orders(
    exchange: LocalExchange, account: Credentials, tmp_path: Path, bots: list[Bot]
) -> None:
    bot = start_bot(bots, exchange, account, "exit", tmp_path)
    _stdout, stderr = bot.process.communicate("go\n", timeout=START_TIMEOUT)
    assert bot.process.returncode == 0, stderr
    assert resting(exchange, account.user_id) == set()
    assert json.loads(bot.heartbeat.read_text())["state"] == "closed"


def deadman(
    exchange: LocalExchange, account: Credentials, heartbeat: Path, *options: str
) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [PYTHON, "-m", "kalshi_py.cli", "deadman", "--heartbeat", str(heartbeat), "--json", *options],
        env=child_env(exchange, account),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert "watching" in read_line(process, "stderr")
    return process


def test_kalshi_deadman_cancels_the_orders_of_a_bot_killed_with_kill_9(
    exchange: LocalExchange, account: Credentials, tmp_path: Path, bots: list[Bot]
) -> None:
    bot = start_bot(bots, exchange, account, "loop", tmp_path)
    watcher = deadman(exchange, account, bot.heartbeat)
    bot.process.send_signal(signal.SIGKILL)
    bot.ended()
    killed = time.monotonic()
    stdout, stderr = watcher.communicate(timeout=START_TIMEOUT)
    took = time.monotonic() - killed
    assert watcher.returncode == 0, stderr
    report = json.loads(stdout)
    assert "process" in report["reason"]
    assert "ended" in report["reason"]
    assert {o["order_id"] for o in report["canceled"]} == bot.order_ids
    assert report["still_resting"] == []
    assert report["errors"] == []
    assert resting(exchange, account.user_id) == set()
    assert took < BOT_TIMEOUT, f"the orders were canceled {took:.1f} s after the kill"


def test_kalshi_deadman_cancels_the_orders_of_a_hung_bot(
    exchange: LocalExchange, account: Credentials, tmp_path: Path, bots: list[Bot]
) -> None:
    bot = start_bot(bots, exchange, account, "hang", tmp_path)
    watcher = deadman(exchange, account, bot.heartbeat, "--timeout", "1.5")
    stdout, stderr = watcher.communicate(timeout=START_TIMEOUT)
    assert watcher.returncode == 0, stderr
    report = json.loads(stdout)
    assert "has not called alive()" in report["reason"]
    assert {o["order_id"] for o in report["canceled"]} == bot.order_ids
    assert resting(exchange, account.user_id) == set()
    assert bot.process.poll() is None  # the bot itself is still there, hung
