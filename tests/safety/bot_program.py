"""A bot holding a dead-man's switch, run as its own process by the tests:

    python bot_program.py MODE HEARTBEAT_FILE MARKET_TICKER

It places two resting orders through its switch, prints `READY <order ids>`, then:

- loop:  calls alive() every 50 ms until killed or signalled;
- hang:  never calls alive() again (its switch watches no timeout: `kalshi deadman` must);
- exit:  returns from its main when a line arrives on stdin, without closing the switch;
- async: the loop of `loop`, with AsyncDeadMan under asyncio.run.

Credentials and the exchange come from the environment (KALSHI_BASE_URL, KALSHI_API_KEY_ID,
KALSHI_PRIVATE_KEY_PATH).
"""

from __future__ import annotations

import asyncio
import sys
import time
from decimal import Decimal

from kalshi_py import create_client
from kalshi_py.safety import AsyncDeadMan, DeadMan

ORDER = {
    "side": "bid",
    "count": Decimal("2"),
    "price": Decimal("0.01"),
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "taker_at_cross",
}


def blocking(mode: str, heartbeat: str, ticker: str) -> None:
    client = create_client()
    dead_man = DeadMan(client, timeout=None if mode == "hang" else 30, heartbeat=heartbeat).start()
    ids = [dead_man.create_order(ticker=ticker, **ORDER).order_id for _ in range(2)]
    print("READY", *ids, flush=True)
    if mode == "exit":
        sys.stdin.readline()
        return
    while True:
        if mode == "loop":
            dead_man.alive()
        time.sleep(0.05)


async def running(heartbeat: str, ticker: str) -> None:
    async with create_client() as client, AsyncDeadMan(client, timeout=30, heartbeat=heartbeat) as dead_man:
        ids = [(await dead_man.create_order(ticker=ticker, **ORDER)).order_id for _ in range(2)]
        print("READY", *ids, flush=True)
        while True:
            dead_man.alive()
            await asyncio.sleep(0.05)


if __name__ == "__main__":
    mode, heartbeat, ticker = sys.argv[1:4]
    if mode == "async":
        asyncio.run(running(heartbeat, ticker))
    else:
        blocking(mode, heartbeat, ticker)
