"""`kalshi sim` says where the margin FIX gateway listens, and its margin key logs on there."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from sim_server.test_cli import _start, _stop

import kalshi_py.fix
from kalshi_py.auth import KalshiAuth, load_private_key_file


def test_kalshi_sim_prints_the_margin_fix_address(tmp_path: Path) -> None:
    process, ready = _start(tmp_path, "--credentials-dir", str(tmp_path / "keys"))
    try:
        found: Any = ready
        margin_fix = found["margin_fix"]
        assert margin_fix["port"] not in (found["fix"]["port"], 0)
        assert margin_fix["target_comp_ids"] == {
            "order_entry": "KalshiNR",
            "order_entry_retransmit": "KalshiRT",
            "drop_copy": "KalshiDC",
            "market_data": "KalshiMD",
        }
        margin = found["margin"]
        auth = KalshiAuth(margin["api_key_id"], load_private_key_file(margin["private_key_path"]))

        async def log_on() -> bool:
            options = {
                "host": margin_fix["host"],
                "port": margin_fix["port"],
                "tls": False,
                "reconnect": False,
            }
            async with kalshi_py.fix.connect(auth, "order_entry", **options) as session:
                return session.connected

        assert asyncio.run(log_on())
    finally:
        code, out = _stop(process)
    assert code == 0
    assert f"KALSHI_MARGIN_FIX_ADDRESS=127.0.0.1:{margin_fix['port']}" in out
    assert (
        f"FIX  (margin) 127.0.0.1:{margin_fix['port']} "
        "(TCP; TargetCompIDs KalshiNR KalshiRT KalshiDC KalshiMD)" in out
    )
