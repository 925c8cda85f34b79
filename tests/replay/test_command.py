"""`kalshi replay` as a user runs it: a child process serving a recording, a bot connecting with
the credentials of its ready file and buying once, and the report printed and written at the end
of the recording; bad arguments get a clear error."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

from kalshi_py import KalshiAuthenticatedClient
from kalshi_py.api.orders import create_order_v2
from kalshi_py.models import CreateOrderV2Request
from kalshi_py.orderbook import OrderBookTracker
from kalshi_py.ws import KalshiWebSocket, StreamStatus, WebSocketConnectionError

from .conftest import TICKER, Recording

ROOT = Path(__file__).resolve().parents[2]


def _kalshi(*args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KALSHI_")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    command = [sys.executable, "-m", "kalshi_py.cli", *args]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


async def _buy_once(ready: dict[str, str]) -> None:
    """Buy 2 YES at the best ask on the first book, then read until the replay ends."""
    key = Path(ready["private_key_path"]).read_text()
    async with KalshiAuthenticatedClient(ready["api_key_id"], key, base_url=ready["rest_url"]) as client:
        books = OrderBookTracker()
        bought = False
        async with KalshiWebSocket(client, url=ready["ws_url"], reconnect=False) as ws:
            await ws.subscribe(["orderbook_delta"], market_tickers=[TICKER])
            with contextlib.suppress(WebSocketConnectionError):  # closed at the end of the recording
                async for item in ws.stream():
                    book = None if isinstance(item, StreamStatus) else books.apply(item)
                    ask = book.best_ask("yes") if book is not None else None
                    if ask is not None and not bought:
                        bought = True
                        order = CreateOrderV2Request(
                            ticker=TICKER, side="bid", count=Decimal(2), price=ask.price,
                            time_in_force="immediate_or_cancel", self_trade_prevention_type="taker_at_cross",
                        )  # fmt: skip
                        await create_order_v2.asyncio(client=client, body=order)


def test_kalshi_replay_serves_a_bot_and_reports(recording: Recording, tmp_path: Path) -> None:
    recording.snapshot(yes=[("0.4000", "10.00")], no=[("0.5500", "5.00")])
    for _ in range(5):
        recording.delta("yes", "0.3900", "1.00", after=0.05)
    recording.lifecycle("determined", after=1, result="yes", settlement_value="1.0000")
    recording.lifecycle("settled", after=1)
    dataset = recording.write(tmp_path / "recording")
    ready_file, report = tmp_path / "ready.json", tmp_path / "report"
    process = _kalshi("replay", str(dataset), "--speed", "max", "--settle", "0.2", "--report", str(report),
                      "--ready-file", str(ready_file))  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not ready_file.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ready_file.exists(), process.communicate(timeout=10)
        asyncio.run(_buy_once(json.loads(ready_file.read_text())))
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    fee = (Decimal("0.07") * 2 * Decimal("0.45") * Decimal("0.55")).quantize(Decimal("0.01"), "ROUND_CEILING")
    pnl = 2 * (1 - Decimal("0.45")) - fee
    assert f"fills 1 (2.00 contracts), fees ${fee}" in out
    assert f"P&L ${pnl:.4f}" in out
    (page,) = report.glob("*.html")
    assert "<svg" in page.read_text()
    saved = json.loads(page.with_suffix(".json").read_text())
    assert saved["settlement_revenue"] == "2.00"
    assert Decimal(saved["pnl"]) == pnl


def test_bad_arguments_are_refused_clearly(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    process = _kalshi("replay", str(empty))
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "has no 'messages' table" in err
    process = _kalshi("sim", "--replay", str(empty), "--speed", "fast")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "--speed" in err
    assert "or max" in err
    process = _kalshi("sim", "--replay", str(empty), "--fix-port", "9000")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "--fix-port" in err
