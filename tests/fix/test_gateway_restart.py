"""A FIX client killed with SIGKILL in the middle of trading, then started again: it resumes its
sequence numbers, receives what was meant for it while it was gone, and keeps every execution
report of its account exactly once (`trading_process.py` is the client)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from fix.venue import TICKER, Trader, until
from kalshi_py.api.orders import create_order_v2
from kalshi_py.errors import KalshiError
from kalshi_sim import LocalExchange

PROGRAM = Path(__file__).with_name("trading_process.py")
ORDERS = 24


def _kept(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _placed(path: Path) -> int:
    return len(path.read_text().split()) if path.exists() else 0


def _sell(who: Trader, count: int) -> None:
    """Sell into the program's resting bids at 0.30 (what rests there is filled, the rest dropped)."""
    with contextlib.suppress(KalshiError):
        create_order_v2.sync(
            client=who.rest,
            ticker=TICKER,
            side="ask",
            count=Decimal(count),
            price=Decimal("0.30"),
            time_in_force="immediate_or_cancel",
            self_trade_prevention_type="maker",
        )


async def test_a_client_killed_and_restarted_loses_and_repeats_no_report(
    gateway: LocalExchange, trader: Any, tmp_path: Path
) -> None:
    alice, bob = trader(), trader()
    order_entry, drop_copy, audit = (
        alice.credentials,
        gateway.add_key(alice.user_id),
        gateway.add_key(alice.user_id),
    )
    reports, placed = tmp_path / "reports.jsonl", tmp_path / "placed.txt"
    settings = {
        "host": gateway.fix.host,
        "port": gateway.fix.port,
        "order_entry_key": [order_entry.api_key_id, order_entry.private_key_pem],
        "drop_copy_key": [drop_copy.api_key_id, drop_copy.private_key_pem],
        "ticker": TICKER,
        "store": str(tmp_path / "store"),
        "reports": str(reports),
        "placed": str(placed),
        "orders": ORDERS,
    }
    (tmp_path / "settings.json").write_text(json.dumps(settings))

    def start() -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, str(PROGRAM), str(tmp_path / "settings.json")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    first = start()
    try:
        await until(lambda: _placed(placed) >= 8, timeout=60, what="the first run's orders")
        await asyncio.to_thread(_sell, bob, 3)
        await until(lambda: len(_kept(reports)) >= 10, timeout=30, what="the first run's reports")
    finally:
        first.send_signal(signal.SIGKILL)  # mid-flow: orders and reports in flight
        first.communicate(timeout=20)
    assert first.returncode == -signal.SIGKILL
    await asyncio.to_thread(_sell, bob, 4)  # fills while the program is gone

    second = start()
    try:
        await until(lambda: _placed(placed) >= ORDERS, timeout=90, what="the second run's orders")
        await asyncio.to_thread(_sell, bob, 5)
        async with gateway.fix_session(audit, "drop_copy") as auditor:
            every: list[str] = []

            async def caught_up() -> bool:
                every[:] = [r.exec_id for r in await auditor.replay("0")]
                return {k["exec_id"] for k in _kept(reports)} == set(every)

            for _ in range(300):
                if await caught_up():
                    break
                await asyncio.sleep(0.1)
    finally:
        second.send_signal(signal.SIGTERM)
        out, err = second.communicate(timeout=30)
    assert second.returncode == 0, err
    kept = [k["exec_id"] for k in _kept(reports)]
    assert len(kept) == len(set(kept)), "a report was kept twice"
    assert set(kept) == set(every), "a report was lost"
    assert sum(1 for k in _kept(reports) if k["exec_type"] == "F") >= 7  # fills before, while and after
    (seq,) = [int(line.split()[-1]) for line in out.splitlines() if line.startswith("logon MsgSeqNum")]
    assert seq > ORDERS // 3, "the restarted program did not resume its sequence numbers"
