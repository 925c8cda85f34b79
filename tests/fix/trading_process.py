"""A trading program for the test that kills it with SIGKILL and starts it again:

    python trading_process.py settings.json

It logs on to KalshiRT with a store in a directory (so a new process resumes the sequence
numbers) and to drop copy with a second key, places `orders` orders with the ClOrdIDs
`order-0`, `order-1`, ... (one the exchange already has, from a run killed between sending it and
noting it, is refused as a duplicate and counted as placed), and appends every execution report
it receives to `reports` as a JSON line, flushed to the disk before the next. Restarted, it gives
the ExecID of the last line kept to the session, which has drop copy replay what the killed run
received but never kept. It stops at SIGTERM; it prints the MsgSeqNum its Logon was sent with.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from decimal import Decimal
from pathlib import Path

from kalshi_py.auth import KalshiAuth
from kalshi_py.fix import DropCopySession, OrderEntrySession
from kalshi_py.fix.errors import OrderRejected


def _last_exec_id(path: Path) -> str | None:
    if not path.exists():
        return None
    lines = [line for line in path.read_text().splitlines() if line.strip()]
    return json.loads(lines[-1])["exec_id"] if lines else None


async def main(settings: dict[str, object]) -> None:
    reports = Path(str(settings["reports"]))
    placed_log = Path(str(settings["placed"]))
    address = {"host": settings["host"], "port": settings["port"], "tls": False}
    options = {"backoff_initial": 0.01, "backoff_max": 0.1, "heartbeat_interval": 5}
    oe_key, dc_key = settings["order_entry_key"], settings["drop_copy_key"]
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    done = len(placed_log.read_text().split()) if placed_log.exists() else 0
    async with DropCopySession(KalshiAuth(*dc_key), **address, **options) as drop_copy:  # type: ignore[arg-type]
        session = OrderEntrySession(
            KalshiAuth(*oe_key),  # type: ignore[arg-type]
            session_type="order_entry_retransmit",
            store=str(settings["store"]),
            drop_copy=drop_copy,
            last_exec_id=_last_exec_id(reports),
            **address,  # type: ignore[arg-type]
            **options,  # type: ignore[arg-type]
        )
        print(f"logon MsgSeqNum {session.store.next_sender_seq}", flush=True)
        async with session:
            keep = asyncio.ensure_future(_keep(session, reports))
            for n in range(done, int(str(settings["orders"]))):
                try:
                    await session.place(
                        str(settings["ticker"]), "buy", 1, Decimal("0.30"), client_order_id=f"order-{n}"
                    )
                except OrderRejected as exc:
                    if "already used" not in str(exc):
                        raise
                with placed_log.open("a") as log:
                    log.write(f"{n}\n")
                await asyncio.sleep(0.02)
            await stop.wait()
            keep.cancel()


async def _keep(session: OrderEntrySession, path: Path) -> None:
    with path.open("a") as out:
        async for report in session.executions():
            if report.exec_id.startswith("-1"):  # pending: not an execution
                continue
            fields = {"exec_id": report.exec_id, "cl_ord_id": report.cl_ord_id, "exec_type": report.exec_type}
            out.write(json.dumps(fields) + "\n")
            out.flush()
            os.fsync(out.fileno())


if __name__ == "__main__":
    asyncio.run(main(json.loads(Path(sys.argv[1]).read_text())))
