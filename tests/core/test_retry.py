"""The retry policy as a table, and the pipeline's retries against a loopback server that fails."""

from __future__ import annotations

import email.utils
import random
import uuid
from decimal import Decimal

import httpx
import msgspec
import pytest

import kalshi_py
from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import create_order_v2
from kalshi_py.api.portfolio import create_order_group
from kalshi_py.errors import APIConnectionError, ConflictError, OrderStateUnknown, RateLimitError, ServerError
from kalshi_py.models import CreateOrderGroupRequest
from kalshi_py.retry import DEFAULT_RETRY, FailureKind, RetryPolicy, classify_failure, parse_retry_after

from .loopback import DROP, Answer, Loopback, Seen, closed_port, scripted

# every test here runs over kalshi-py's own connections and through httpx
pytestmark = pytest.mark.usefixtures("each_http_path")

NOT_APPLIED, AMBIGUOUS, FINAL = FailureKind.NOT_APPLIED, FailureKind.AMBIGUOUS, FailureKind.FINAL
REQUEST = httpx.Request("GET", "http://127.0.0.1/trade-api/v2/markets")
BUSY = Answer(503, {"error": {"code": "service_unavailable", "message": "busy"}})
MARKETS = Answer(200, {"markets": [], "cursor": ""})
CREATED = Answer(
    201,
    {
        "order_id": "ord-1",
        "client_order_id": "x",
        "fill_count": "0.00",
        "remaining_count": "5.00",
        "ts_ms": 1,
    },
)
FAST = RetryPolicy(max_retries=3, backoff_base=0.001, backoff_cap=0.002)


@pytest.mark.parametrize(
    ("status", "error", "kind"),
    [
        (429, None, NOT_APPLIED),
        (500, None, AMBIGUOUS),
        (502, None, AMBIGUOUS),
        (503, None, AMBIGUOUS),
        (504, None, AMBIGUOUS),
        (400, None, FINAL),
        (401, None, FINAL),
        (403, None, FINAL),
        (404, None, FINAL),
        (409, None, FINAL),
        (501, None, FINAL),
        (None, httpx.ConnectError("refused", request=REQUEST), NOT_APPLIED),
        (None, httpx.ConnectTimeout("slow connect", request=REQUEST), NOT_APPLIED),
        (None, httpx.PoolTimeout("pool", request=REQUEST), NOT_APPLIED),
        (None, httpx.ReadTimeout("slow answer", request=REQUEST), AMBIGUOUS),
        (None, httpx.WriteTimeout("slow send", request=REQUEST), AMBIGUOUS),
        (None, httpx.ReadError("reset", request=REQUEST), AMBIGUOUS),
        (None, httpx.RemoteProtocolError("dropped", request=REQUEST), AMBIGUOUS),
        (None, httpx.UnsupportedProtocol("ftp", request=REQUEST), FINAL),
        (None, httpx.LocalProtocolError("bad header", request=REQUEST), FINAL),
        (None, httpx.ProxyError("proxy", request=REQUEST), FINAL),
        (None, ValueError("not a transport error"), FINAL),
    ],
)
def test_classify_failure(status: int | None, error: BaseException | None, kind: FailureKind) -> None:
    assert classify_failure(status, error) is kind


@pytest.mark.parametrize(
    ("retries_done", "kind", "retry_safe", "max_retries", "expected"),
    [
        (0, NOT_APPLIED, False, 3, True),
        (0, NOT_APPLIED, True, 3, True),
        (0, AMBIGUOUS, True, 3, True),
        (0, AMBIGUOUS, False, 3, False),
        (0, FINAL, True, 3, False),
        (2, AMBIGUOUS, True, 3, True),
        (3, AMBIGUOUS, True, 3, False),
        (3, NOT_APPLIED, True, 3, False),
        (0, NOT_APPLIED, True, 0, False),
        (0, AMBIGUOUS, True, 0, False),
    ],
)
def test_should_retry(
    retries_done: int, kind: FailureKind, retry_safe: bool, max_retries: int, expected: bool
) -> None:
    policy = RetryPolicy(max_retries=max_retries)
    assert policy.should_retry(retries_done, kind, retry_safe) is expected


@pytest.mark.parametrize(
    ("retry_number", "retry_after", "expected"),
    [
        (1, None, 0.25),
        (2, None, 0.5),
        (3, None, 1.0),
        (6, None, 8.0),
        (7, None, 8.0),
        (30, None, 8.0),
        (1, 2.5, 2.5),
        (1, 0.0, 0.0),
        (4, 120.0, 60.0),
    ],
)
def test_delay_without_jitter(retry_number: int, retry_after: float | None, expected: float) -> None:
    policy = RetryPolicy(jitter=False)
    assert policy.delay(retry_number, retry_after) == pytest.approx(expected)


def test_delay_with_full_jitter_stays_under_the_ceiling() -> None:
    policy = RetryPolicy(backoff_base=0.25, backoff_cap=8.0, _random=random.Random(7))
    for retry_number, ceiling in [(1, 0.25), (3, 1.0), (10, 8.0)]:
        waits = [policy.delay(retry_number) for _ in range(200)]
        assert all(0 <= w <= ceiling for w in waits)
        assert max(waits) > ceiling / 2, "full jitter spreads over the whole range"
        assert len(set(waits)) > 100


def test_default_policy_and_invalid_policies() -> None:
    assert DEFAULT_RETRY.max_retries == 3
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match="negative"):
        RetryPolicy(backoff_base=-0.1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("3", 3.0),
        (" 1.5 ", 1.5),
        ("0", 0.0),
        ("-4", 0.0),
        ("soon", None),
        (email.utils.formatdate(1_000_030, usegmt=True), 30.0),
        (email.utils.formatdate(999_000, usegmt=True), 0.0),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, now=1_000_000.0) == expected


# -- the pipeline against a failing server ------------------------------------------------------------


def test_get_is_retried_on_503_until_it_succeeds() -> None:
    with (
        Loopback(scripted(BUSY, BUSY, MARKETS)) as server,
        kalshi_py.Client(base_url=server.base_url, retry=FAST) as client,
    ):
        answer = get_markets.sync(client=client, limit=1)
    assert answer.markets == []
    assert len(server.seen) == 3
    assert {s.target for s in server.seen} == {"/trade-api/v2/markets?limit=1"}


def test_get_gives_up_after_max_retries() -> None:
    with (
        Loopback(scripted(BUSY)) as server,
        kalshi_py.Client(base_url=server.base_url, retry=FAST) as client,
        pytest.raises(ServerError),
    ):
        get_markets.sync(client=client)
    assert len(server.seen) == 1 + FAST.max_retries


def test_get_is_retried_after_a_dropped_connection() -> None:
    with (
        Loopback(scripted(DROP, MARKETS)) as server,
        kalshi_py.Client(base_url=server.base_url, retry=FAST) as client,
    ):
        get_markets.sync(client=client)
    assert len(server.seen) == 2


def test_connect_errors_are_retried_then_reported() -> None:
    base = f"http://127.0.0.1:{closed_port()}/trade-api/v2"
    with kalshi_py.Client(base_url=base, retry=FAST) as client, pytest.raises(APIConnectionError) as caught:
        get_markets.sync(client=client)
    assert "after 4 attempts" in str(caught.value)


def test_max_retries_zero_disables_retrying() -> None:
    with (
        Loopback(scripted(BUSY, MARKETS)) as server,
        kalshi_py.Client(base_url=server.base_url, max_retries=0) as client,
    ):
        with pytest.raises(ServerError):
            get_markets.sync(client=client)
        assert len(server.seen) == 1
        get_markets.sync(client=client)
        with_options = client.with_options(max_retries=0)
        assert with_options.retry.max_retries == 0


def test_with_options_max_retries_zero_on_a_retrying_client() -> None:
    with (
        Loopback(scripted(BUSY, MARKETS)) as server,
        kalshi_py.Client(base_url=server.base_url, retry=FAST) as client,
        pytest.raises(ServerError),
    ):
        get_markets.sync(client=client.with_options(max_retries=0))
    assert len(server.seen) == 1


@pytest.mark.parametrize("failure", [BUSY, DROP], ids=["503", "dropped"])
def test_non_idempotent_post_is_not_retried_on_ambiguous_failure(failure: object) -> None:
    ok = Answer(201, {"order_group_id": "og-1"})
    with (
        Loopback(scripted(failure, ok)) as server,
        kalshi_py.Client(base_url=server.base_url, retry=FAST) as client,
        pytest.raises((ServerError, APIConnectionError)),
    ):
        create_order_group.sync(client=client, body=CreateOrderGroupRequest(contracts_limit=5))
    assert len(server.seen) == 1
    assert server.seen[0].method == "POST"


def test_non_idempotent_post_is_retried_on_429() -> None:
    limited = Answer(429, {"error": "too many requests"})
    ok = Answer(201, {"order_group_id": "og-1"})
    with (
        Loopback(scripted(limited, ok)) as server,
        kalshi_py.Client(base_url=server.base_url, retry=FAST) as client,
    ):
        created = create_order_group.sync(client=client, body=CreateOrderGroupRequest(contracts_limit=5))
    assert created.order_group_id == "og-1"
    assert len(server.seen) == 2


ORDER = {
    "ticker": "KXHIGHNY-26NOV24-T60",
    "side": "bid",
    "count": "5",
    "price": "0.56",
    "time_in_force": "good_till_canceled",
    "self_trade_prevention_type": "taker_at_cross",
}


@pytest.mark.parametrize("failure", [BUSY, DROP], ids=["503", "dropped"])
def test_create_order_v2_is_retried_with_the_same_client_order_id(failure: object) -> None:
    with (
        Loopback(scripted(failure, failure, CREATED)) as server,
        kalshi_py.Client(base_url=server.base_url, retry=FAST) as client,
    ):
        created = create_order_v2.sync(client=client, **ORDER)  # type: ignore[arg-type]
    assert created.order_id == "ord-1"
    bodies = [s.body for s in server.seen]
    assert len(bodies) == 3
    assert bodies[0] == bodies[1] == bodies[2], "every attempt must send the identical order"
    sent = msgspec.json.decode(bodies[0])
    uuid.UUID(sent["client_order_id"])
    assert sent["count"] == "5.00"
    assert sent["price"] == "0.56"


def test_create_order_v2_keeps_a_given_client_order_id_across_retries() -> None:
    with (
        Loopback(scripted(BUSY, CREATED)) as server,
        kalshi_py.Client(base_url=server.base_url, retry=FAST) as client,
    ):
        create_order_v2.sync(client=client, client_order_id="mine-42", **ORDER)  # type: ignore[arg-type]
    assert [msgspec.json.decode(s.body)["client_order_id"] for s in server.seen] == ["mine-42", "mine-42"]


def test_two_create_calls_get_different_client_order_ids() -> None:
    with Loopback(scripted(CREATED)) as server, kalshi_py.Client(base_url=server.base_url) as client:
        create_order_v2.sync(client=client, **ORDER)  # type: ignore[arg-type]
        create_order_v2.sync(client=client, **ORDER)  # type: ignore[arg-type]
    ids = [msgspec.json.decode(s.body)["client_order_id"] for s in server.seen]
    assert len(set(ids)) == 2


def test_conflict_on_create_that_matches_nothing_is_raised() -> None:
    conflict = Answer(
        409, {"error": {"code": "order_already_exists", "message": "duplicate client_order_id"}}
    )
    no_orders = Answer(200, {"orders": [], "cursor": ""})

    def respond(seen: Seen) -> Answer:
        return no_orders if seen.method == "GET" else conflict

    with (
        Loopback(respond) as server,
        kalshi_py.Client(base_url=server.base_url, retry=FAST) as client,
        pytest.raises(ConflictError),
    ):
        create_order_v2.sync(client=client, client_order_id="dup-1", **ORDER)  # type: ignore[arg-type]
    assert server.seen[0].method == "POST"


def test_retry_after_is_honoured() -> None:
    limited = Answer(429, {"error": "too many requests"}, {"Retry-After": "0.3"})
    no_backoff = RetryPolicy(max_retries=2, backoff_base=0.0, jitter=False)
    with (
        Loopback(scripted(limited, MARKETS)) as server,
        kalshi_py.Client(base_url=server.base_url, retry=no_backoff) as client,
    ):
        get_markets.sync(client=client)
    first, second = server.seen
    assert second.at - first.at >= 0.29


def test_retry_after_is_capped_by_the_policy() -> None:
    limited = Answer(429, {"error": "too many requests"}, {"Retry-After": "3600"})
    capped = RetryPolicy(max_retries=1, backoff_base=0.0, max_retry_after=0.05)
    with (
        Loopback(scripted(limited)) as server,
        kalshi_py.Client(base_url=server.base_url, retry=capped) as client,
        pytest.raises(RateLimitError),
    ):
        get_markets.sync(client=client)
    first, second = server.seen
    assert second.at - first.at < 5


async def test_async_retries_the_same_way() -> None:
    with Loopback(scripted(BUSY, DROP, MARKETS)) as server:
        async with kalshi_py.Client(base_url=server.base_url, retry=FAST) as client:
            await get_markets.asyncio(client=client)
    assert len(server.seen) == 3


def test_create_order_lost_on_every_attempt_is_looked_up_by_client_order_id() -> None:
    resting = {
        "order_id": "ord-9",
        "client_order_id": "lost-1",
        "ticker": ORDER["ticker"],
        "book_side": "bid",
        "status": "resting",
        "yes_price_dollars": "0.5600",
        "fill_count_fp": "0.00",
        "remaining_count_fp": "5.00",
    }

    def respond(seen: Seen) -> object:
        return Answer(200, {"orders": [resting], "cursor": ""}) if seen.method == "GET" else DROP

    with Loopback(respond) as server, kalshi_py.Client(base_url=server.base_url, retry=FAST) as client:
        created = create_order_v2.sync(client=client, client_order_id="lost-1", **ORDER)  # type: ignore[arg-type]
    assert (created.order_id, created.client_order_id) == ("ord-9", "lost-1")
    assert created.remaining_count == Decimal("5.00")
    posts = [s for s in server.seen if s.method == "POST"]
    lookups = [s for s in server.seen if s.method == "GET"]
    assert len(posts) == 1 + FAST.max_retries
    assert lookups
    assert lookups[0].path == "/trade-api/v2/portfolio/orders"
    assert f"ticker={ORDER['ticker']}" in lookups[0].query


def test_create_order_lost_and_not_found_is_order_state_unknown() -> None:
    def respond(seen: Seen) -> object:
        return Answer(200, {"orders": [], "cursor": ""}) if seen.method == "GET" else DROP

    with (
        Loopback(respond) as server,
        kalshi_py.Client(base_url=server.base_url, retry=FAST) as client,
        pytest.raises(OrderStateUnknown) as caught,
    ):
        create_order_v2.sync(client=client, client_order_id="lost-2", **ORDER)  # type: ignore[arg-type]
    assert caught.value.client_order_id == "lost-2"
    assert "lost-2" in str(caught.value)
