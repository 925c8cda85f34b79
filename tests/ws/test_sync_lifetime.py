"""A blocking client that is never closed still ends cleanly: when it is garbage-collected, and
when the interpreter exits, its connection is closed with a close frame and its loop thread ends."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading
import time

from conftest import ROOT

from kalshi_py.auth import KalshiAuth
from kalshi_py.ws import KalshiWebSocket

from .ws_loopback import LoopbackKalshi

NORMAL_CLOSURE = 1000


def _wait_for(condition: object, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        time.sleep(0.02)


def test_a_collected_sync_client_closes_its_connection_and_its_thread(
    threaded_server: LoopbackKalshi, auth: KalshiAuth
) -> None:
    before = set(threading.enumerate())
    ws = KalshiWebSocket.sync(auth, url=threaded_server.url, command_timeout=5)
    ws.connect()
    ws.subscribe("orderbook_delta", "A")
    started = [t for t in threading.enumerate() if t not in before]
    assert started, "the blocking client runs its loop in a thread"

    del ws
    gc.collect()

    for thread in started:
        thread.join(20)
        assert not thread.is_alive(), thread
    _wait_for(lambda: threaded_server.close_codes, "the server saw the connection end")
    assert threaded_server.close_codes == [NORMAL_CLOSURE]


def test_an_unclosed_sync_client_closes_at_interpreter_exit(threaded_server: LoopbackKalshi) -> None:
    threaded_server.public_key = None  # the child process has no key of ours; no signing needed
    script = textwrap.dedent(
        f"""
        from kalshi_py.ws import KalshiWebSocket

        ws = KalshiWebSocket.sync(None, url={threaded_server.url!r}, command_timeout=5)
        ws.connect()
        ws.subscribe("orderbook_delta", "A")
        print("subscribed", flush=True)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.run(
        [sys.executable, "-X", "dev", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert child.returncode == 0, child.stderr
    assert child.stdout.strip() == "subscribed"
    assert child.stderr == ""  # no "Task was destroyed but it is pending", no ResourceWarning
    _wait_for(lambda: threaded_server.close_codes, "the server saw the connection end")
    assert threaded_server.close_codes == [NORMAL_CLOSURE]
