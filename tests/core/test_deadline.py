"""The total deadline of a call, against servers that answer too slowly on purpose.

Every bound here is generous (the machine may be loaded): what the tests tell apart is a call that
ends near its deadline from one that runs on for as long as the server likes.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import msgspec
import pytest

import kalshi_py
from kalshi_py import RateLimiter
from kalshi_py._deadline import Deadline
from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import create_order_v2
from kalshi_py.errors import APITimeoutError, DeadlineExceeded, OrderStateUnknown, ServerError
from kalshi_py.ratelimit import TierBudget
from kalshi_py.retry import RetryPolicy

from .loopback import Answer, Loopback, Raw, Seen, always
from .test_lost_answers import OrderDesk
from .test_retry import ORDER

# every test here runs over kalshi-py's own connections and through httpx
pytestmark = pytest.mark.usefixtures("each_http_path")

DEADLINE = 1.5
SLACK = 3.0  # how late a call may end under load; the servers below would keep it for minutes
FAST = RetryPolicy(max_retries=3, backoff_base=0.001, backoff_cap=0.002)


def dribble(wfile: Any, stopping: threading.Event) -> None:
    """Headers promising 100 kB, then one byte a second."""
    wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
    while not stopping.wait(1.0):
        wfile.write(b" ")


def endless_chunks(wfile: Any, stopping: threading.Event) -> None:
    """A chunked body whose chunks keep coming and which never ends."""
    wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
    while not stopping.wait(0.05):
        wfile.write(b"1\r\n \r\n")


def stall_mid_body(wfile: Any, stopping: threading.Event) -> None:
    """A few bytes of the body, then silence (each read would wait the whole read timeout)."""
    wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n")
    for _ in range(3):
        if stopping.wait(0.3):
            return
        wfile.write(b" ")
    stopping.wait(60)


def silent(wfile: Any, stopping: threading.Event) -> None:
    """No answer at all, the connection kept open."""
    stopping.wait(60)


def run(mode: str, client_kwargs: dict[str, Any], call: Callable[[kalshi_py.Client], Any], aio: Any) -> Any:
    if mode == "sync":
        with kalshi_py.Client(**client_kwargs) as client:
            return call(client)

    async def main() -> Any:
        async with kalshi_py.Client(**client_kwargs) as client:
            return await aio(client)

    return asyncio.run(main())


def markets(mode: str, base_url: str, **kwargs: Any) -> Any:
    options = {"base_url": base_url, "max_retries": 0, "total_timeout": DEADLINE, **kwargs}
    return run(
        mode,
        options,
        lambda client: get_markets.sync(client=client),
        lambda client: get_markets.asyncio(client=client),
    )


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
@pytest.mark.parametrize("hostile", [dribble, endless_chunks, stall_mid_body, silent])
def test_a_hostile_answer_fails_within_the_deadline(mode: str, hostile: Any) -> None:
    with Loopback(lambda seen: Raw(hostile)) as server:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded) as caught:
            markets(mode, server.base_url)
        took = time.monotonic() - started
    assert took < DEADLINE + SLACK, f"{hostile.__name__}: {took:.1f} s"
    assert isinstance(caught.value, APITimeoutError)
    assert "1.5 s" in str(caught.value)
    assert "127.0.0.1" in str(caught.value)


@MODES
def test_retries_and_their_waits_count_against_the_deadline(mode: str) -> None:
    busy = Answer(503, {"error": {"code": "busy", "message": "busy"}}, {"Retry-After": "30"})
    with Loopback(lambda seen: busy) as server:
        started = time.monotonic()
        with pytest.raises(ServerError):
            markets(mode, server.base_url, max_retries=5)
        took = time.monotonic() - started
    assert took < DEADLINE + SLACK
    assert len(server.seen) == 1, "a 30 s Retry-After outlasts the deadline: no second attempt"


@MODES
def test_slow_answers_are_retried_until_the_deadline_then_it_is_raised(mode: str) -> None:
    slow = Answer(200, {"markets": []}, delay=0.4)
    with Loopback(lambda seen: slow) as server:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded):
            markets(mode, server.base_url, max_retries=20, retry=FAST, timeout=0.2)
        took = time.monotonic() - started
    assert took < DEADLINE + SLACK
    assert 2 <= len(server.seen) <= 20


def test_a_rate_limiter_wait_past_the_deadline_is_not_slept() -> None:
    # 9 tokens a second on the client side: the second 10-token read must wait about a second
    limiter = RateLimiter(TierBudget(read_rate=10, read_capacity=20, write_rate=10, write_capacity=20))
    with Loopback(always(200, {"markets": []})) as server:
        client = kalshi_py.Client(base_url=server.base_url, rate_limiter=limiter, total_timeout=0.5)
        with client:
            get_markets.sync(client=client)
            started = time.monotonic()
            with pytest.raises(DeadlineExceeded) as caught:
                get_markets.sync(client=client)
            assert time.monotonic() - started < 0.5
    assert caught.value.sent is False
    assert "rate limiter" in str(caught.value)
    assert len(server.seen) == 1


def test_the_default_deadline_is_set_and_with_options_overrides_it_per_call() -> None:
    client = kalshi_py.Client(base_url="http://127.0.0.1:9/trade-api/v2")
    assert client.total_timeout == 30.0
    assert client.with_options(total_timeout=2).total_timeout == 2
    assert client.with_options(total_timeout=None).total_timeout is None
    assert client.total_timeout == 30.0
    with pytest.raises(ValueError, match="total_timeout"):
        kalshi_py.Client(total_timeout=0)
    with Loopback(lambda seen: Raw(dribble)) as server:
        base = kalshi_py.Client(base_url=server.base_url, max_retries=0)
        started = time.monotonic()
        with base, pytest.raises(DeadlineExceeded):
            get_markets.sync(client=base.with_options(total_timeout=DEADLINE))
        assert time.monotonic() - started < DEADLINE + SLACK


class StallingDesk(OrderDesk):
    """Places every order and never answers; its lookups answer at once (or stall too)."""

    def __init__(self, lookups_stall: bool = False) -> None:
        super().__init__()
        self.lookups_stall = lookups_stall

    def __call__(self, seen: Seen) -> Any:
        if seen.method == "POST":
            with self.lock:
                self.place(msgspec.json.decode(seen.body))
            return Raw(silent)
        return Raw(silent) if self.lookups_stall else self.lookup(seen)


def create(mode: str, base_url: str) -> Any:
    options = {"base_url": base_url, "retry": FAST, "total_timeout": DEADLINE}
    return run(
        mode,
        options,
        lambda client: create_order_v2.sync(client=client, **ORDER),
        lambda client: create_order_v2.asyncio(client=client, **ORDER),
    )


@MODES
def test_an_order_write_cut_by_the_deadline_is_still_looked_up(mode: str) -> None:
    desk = StallingDesk()
    with Loopback(desk) as server:
        started = time.monotonic()
        created = create(mode, server.base_url)
        took = time.monotonic() - started
    (placed,) = desk.orders.values()
    assert (created.order_id, created.client_order_id) == ("ord-1", placed["client_order_id"])
    assert took < 2 * DEADLINE + SLACK
    assert [s.method for s in server.seen] == ["POST", "GET"]


@MODES
def test_the_lookup_has_a_deadline_of_its_own(mode: str) -> None:
    desk = StallingDesk(lookups_stall=True)
    with Loopback(desk) as server:
        started = time.monotonic()
        with pytest.raises(OrderStateUnknown) as caught:
            create(mode, server.base_url)
        took = time.monotonic() - started
    (placed,) = desk.orders.values()
    assert caught.value.client_order_id == placed["client_order_id"]
    assert took < 2 * DEADLINE + SLACK


def test_each_phase_timeout_is_capped_at_the_time_left() -> None:
    phases = httpx.Timeout(connect=3.0, read=20.0, write=None, pool=5.0)
    assert Deadline(None).limits(phases) == {"connect": 3.0, "read": 20.0, "write": None, "pool": 5.0}
    roomy = Deadline(60).limits(httpx.Timeout(10.0))
    assert roomy == {"connect": 10.0, "read": 10.0, "write": 10.0, "pool": 10.0}
    tight = Deadline(8).limits(phases)
    assert tight["connect"] == 3.0
    assert tight["pool"] == 5.0
    assert 7.0 < tight["read"] <= 8.0
    assert tight["write"] == tight["read"], "a phase without a timeout waits as long as the call may"
    assert Deadline(60).limits(phases)["write"] <= 60.0
