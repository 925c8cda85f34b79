"""The sans-I/O core with plain data: decoded messages and connection events in, stream items,
command frames and outcomes out. No sockets, no event loop, no threads, a clock of our own."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from kalshi_py.ws import CommandTimeout, StatusKind, StreamOverflowError, StreamStatus, WebSocketCommandError
from kalshi_py.ws._commands import Answered, Pending
from kalshi_py.ws._delivery import END
from kalshi_py.ws._protocol import Protocol
from kalshi_py.ws.messages import (
    Command,
    Fill,
    OrderbookDelta,
    OrderbookSnapshot,
    SubscribeCommand,
    UnsubscribeCommand,
    UpdateSubscriptionCommand,
    decode_command,
    decode_message,
)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def core(clock: Clock | None = None, *, backfill: bool = False, **options: Any) -> Protocol:
    options.setdefault("command_timeout", 5.0)
    options.setdefault("max_queue", 100)
    options.setdefault("overflow", "raise")
    protocol = Protocol(
        backfill_margin=5.0 if backfill else None,
        clock=clock or Clock(),
        wall_clock=lambda: 1786085000.0,
        **options,
    )
    protocol.connection_made()
    return protocol


def sent(protocol: Protocol) -> list[Command]:
    return [decode_command(frame) for frame in protocol.take_outgoing()]


def items(protocol: Protocol) -> list[object]:
    found = []
    while (item := protocol.take_item()) is not None and item is not END:
        found.append(item)
    return found


def statuses(found: list[object]) -> list[str]:
    return [i.kind for i in found if isinstance(i, StreamStatus)]


def receive(protocol: Protocol, **frame: Any) -> None:
    protocol.receive(decode_message(json.dumps(frame)))


def snapshot(protocol: Protocol, sid: int, seq: int, ticker: str, yes: list[list[str]] | None = None) -> None:
    msg = {"market_ticker": ticker, "yes_dollars_fp": yes or [["0.4000", "10.00"]]}
    receive(protocol, type="orderbook_snapshot", sid=sid, seq=seq, msg=msg)


def delta(protocol: Protocol, sid: int, seq: int, ticker: str, amount: str = "1.00") -> None:
    msg = {"market_ticker": ticker, "price_dollars": "0.4000", "delta_fp": amount, "side": "yes"}
    receive(protocol, type="orderbook_delta", sid=sid, seq=seq, msg=msg)


def answered(protocol: Protocol, pending: Pending) -> Any:
    outcome = protocol.take_outcome(pending)
    assert isinstance(outcome, Answered), outcome
    return outcome.value


def subscribed_book(protocol: Protocol, tickers: list[str], sid: int = 1) -> Any:
    """Subscribe to the order books of `tickers`, acknowledged with `sid` and their snapshots."""
    pending = protocol.requests.subscribe("orderbook_delta", tickers, {})
    (command,) = sent(protocol)
    receive(protocol, type="subscribed", id=command.id, msg={"channel": "orderbook_delta", "sid": sid})
    for seq, ticker in enumerate(tickers, 1):
        snapshot(protocol, sid, seq, ticker)
    (sub,) = answered(protocol, pending)
    return sub


# --- commands ------------------------------------------------------------------------------------


def test_a_subscribe_goes_out_and_its_reply_binds_the_subscription() -> None:
    protocol = core()
    pending = protocol.requests.subscribe(["orderbook_delta", "ticker"], "A", {"use_yes_price": True})
    (command,) = sent(protocol)
    assert isinstance(command, SubscribeCommand)
    assert (command.params.channels, command.params.market_tickers, command.params.use_yes_price) == (
        ["orderbook_delta", "ticker"],
        ["A"],
        True,
    )
    assert protocol.take_outcome(pending) is None  # one of two replies is not enough
    receive(protocol, type="subscribed", id=command.id, msg={"channel": "ticker", "sid": 7})
    assert protocol.take_outcome(pending) is None
    receive(protocol, type="subscribed", id=command.id, msg={"channel": "orderbook_delta", "sid": 8})
    book, ticker = sorted(answered(protocol, pending), key=lambda s: s.sid)[::-1]
    assert (book.channel, book.sid, ticker.channel, ticker.sid) == ("orderbook_delta", 8, "ticker", 7)
    assert protocol.subscriptions.active == [ticker, book]


def test_an_error_reply_fails_the_command_with_kalshis_code() -> None:
    protocol = core()
    pending = protocol.requests.subscribe("nonsense", None, {})
    (command,) = sent(protocol)
    receive(protocol, type="error", id=command.id, msg={"code": 8, "msg": "Unknown channel name"})
    error = protocol.take_outcome(pending)
    assert isinstance(error, WebSocketCommandError)
    assert (error.code, error.command, error.command_id) == (8, "subscribe", command.id)


def test_a_command_past_its_deadline_times_out() -> None:
    clock = Clock()
    protocol = core(clock)
    pending = protocol.requests.list_subscriptions(timeout=0.5)
    assert len(sent(protocol)) == 1
    clock.now += 0.4
    protocol.expire()
    assert protocol.take_outcome(pending) is None
    clock.now += 0.2
    protocol.expire()
    error = protocol.take_outcome(pending)
    assert isinstance(error, CommandTimeout)
    assert "list_subscriptions" in str(error)


def test_bad_arguments_are_value_errors_before_anything_is_sent() -> None:
    protocol = core()
    with pytest.raises(ValueError, match="unknown subscribe parameter"):
        protocol.requests.subscribe("ticker", None, {"shoe_size": 3})
    with pytest.raises(ValueError, match="at least one channel"):
        protocol.requests.subscribe([], None, {})
    with pytest.raises(ValueError, match="unknown subscription id 99"):
        protocol.requests.unsubscribe(99)
    with pytest.raises(ValueError, match="no active orderbook_delta subscription covers 'A'"):
        protocol.requests.resync("A")
    assert sent(protocol) == []


# --- seq, gaps and heal-and-hold -----------------------------------------------------------------


def test_a_gap_holds_the_book_back_until_its_fresh_snapshot() -> None:
    protocol = core()
    sub = subscribed_book(protocol, ["A", "B"])
    delta(protocol, 1, 3, "A")
    items(protocol)
    delta(protocol, 1, 5, "B")  # seq 4 went missing
    (command,) = sent(protocol)
    assert isinstance(command, UpdateSubscriptionCommand)
    assert (command.params.action, command.params.sids, command.params.market_tickers) == (
        "get_snapshot",
        [1],
        ["A", "B"],
    )
    delta(protocol, 1, 6, "A")  # held back: the snapshot will contain it
    snapshot(protocol, 1, 7, "A", [["0.4000", "12.00"]])
    delta(protocol, 1, 8, "A")  # after its snapshot: delivered
    delta(protocol, 1, 9, "B")  # B still waits for its snapshot
    found = items(protocol)
    gap = next(i for i in found if isinstance(i, StreamStatus) and i.kind == StatusKind.GAP)
    assert (gap.expected_seq, gap.received_seq, gap.sid) == (4, 5, 1)
    assert statuses(found) == [StatusKind.GAP, StatusKind.RESYNC_REQUESTED, StatusKind.RESYNCED]
    assert [(type(i).__name__, i.seq) for i in found if not isinstance(i, StreamStatus)] == [
        ("OrderbookSnapshot", 7),
        ("OrderbookDelta", 8),
    ]
    assert sub.awaiting == {"B"}


def test_a_failed_snapshot_request_makes_the_subscription_anew() -> None:
    protocol = core()
    sub = subscribed_book(protocol, ["A"])
    items(protocol)
    protocol.requests.resync("A")
    (update,) = sent(protocol)
    receive(protocol, type="error", id=update.id, msg={"code": 7, "msg": "Unknown subscription ID"})
    (unsubscribe,) = sent(protocol)
    assert isinstance(unsubscribe, UnsubscribeCommand)
    assert unsubscribe.params.sids == [1]
    receive(protocol, type="unsubscribed", id=unsubscribe.id, sid=1, seq=2)
    (subscribe,) = sent(protocol)
    assert isinstance(subscribe, SubscribeCommand)
    assert subscribe.params.market_tickers == ["A"]
    receive(protocol, type="subscribed", id=subscribe.id, msg={"channel": "orderbook_delta", "sid": 2})
    snapshot(protocol, 2, 1, "A")
    found = items(protocol)
    assert statuses(found) == [StatusKind.RESYNC_REQUESTED, StatusKind.RESUBSCRIBED, StatusKind.RESYNCED]
    resubscribed = next(i for i in found if isinstance(i, StreamStatus) and i.kind == StatusKind.RESUBSCRIBED)
    assert (resubscribed.old_sid, resubscribed.sid, sub.sid) == (1, 2, 2)
    assert protocol.subscriptions.find(1) is sub


def test_a_terminal_error_on_a_subscription_replaces_it() -> None:
    protocol = core()
    subscribed_book(protocol, ["A"])
    items(protocol)
    receive(protocol, type="error", sid=1, seq=2, msg={"code": 25, "msg": "Subscription buffer overflow"})
    assert [type(c).__name__ for c in sent(protocol)] == ["UnsubscribeCommand"]
    assert [type(i).__name__ for i in items(protocol)] == ["ErrorReply"]


# --- connections ---------------------------------------------------------------------------------


def test_a_reconnect_replays_every_subscription_in_order_then_sends_what_waited() -> None:
    protocol = core()
    book = subscribed_book(protocol, ["A"])
    ticker_pending = protocol.requests.subscribe("ticker", None, {})
    (command,) = sent(protocol)
    receive(protocol, type="subscribed", id=command.id, msg={"channel": "ticker", "sid": 2})
    (ticker,) = answered(protocol, ticker_pending)
    items(protocol)

    protocol.connection_lost("connection closed (1006)")
    waiting = protocol.requests.list_subscriptions()
    assert sent(protocol) == []  # waits for the next connection
    protocol.connection_made(attempt=2)
    (first,) = sent(protocol)  # one replay at a time
    assert first.params.channels == ["orderbook_delta"]  # type: ignore[union-attr]
    receive(protocol, type="subscribed", id=first.id, msg={"channel": "orderbook_delta", "sid": 11})
    (second,) = sent(protocol)
    assert second.params.channels == ["ticker"]  # type: ignore[union-attr]
    receive(protocol, type="subscribed", id=second.id, msg={"channel": "ticker", "sid": 12})
    (listing,) = sent(protocol)  # the replay is done: the consumer's command goes out
    receive(protocol, type="ok", id=listing.id, msg=[{"channel": "orderbook_delta", "sid": 11}])
    snapshot(protocol, 11, 1, "A")

    found = items(protocol)
    assert statuses(found) == [
        StatusKind.DISCONNECTED,
        StatusKind.RESUBSCRIBED,
        StatusKind.RESUBSCRIBED,
        StatusKind.RECONNECTED,
        StatusKind.RESYNCED,
    ]
    disconnected, reconnected = found[0], found[3]
    assert isinstance(disconnected, StreamStatus)
    assert disconnected.market_tickers == ("A",)
    assert isinstance(reconnected, StreamStatus)
    assert reconnected.attempt == 2
    assert (book.sid, ticker.sid) == (11, 12)
    assert protocol.subscriptions.find(1) is book
    assert [s.sid for s in answered(protocol, waiting)] == [11]


def test_a_consumer_command_lost_with_its_connection_is_sent_again() -> None:
    protocol = core()
    pending = protocol.requests.list_subscriptions()
    (before,) = sent(protocol)
    protocol.connection_lost("reset")
    protocol.connection_made()
    (again,) = sent(protocol)
    assert again.id != before.id
    receive(protocol, type="ok", id=again.id, msg=[])
    assert answered(protocol, pending) == []


def test_a_replay_the_server_refuses_loses_that_subscription_and_goes_on() -> None:
    protocol = core()
    subscribed_book(protocol, ["A"])
    protocol.connection_lost("reset")
    protocol.connection_made()
    (replay,) = sent(protocol)
    receive(protocol, type="error", id=replay.id, msg={"code": 9, "msg": "Authentication required"})
    assert statuses(items(protocol))[-2:] == [StatusKind.SUBSCRIPTION_LOST, StatusKind.RECONNECTED]
    assert protocol.subscriptions.active == []
    assert protocol.ready


def test_a_replay_the_server_never_acknowledges_closes_the_connection() -> None:
    clock = Clock()
    protocol = core(clock)
    subscribed_book(protocol, ["A"])
    protocol.connection_lost("reset")
    protocol.connection_made()
    assert len(sent(protocol)) == 1
    clock.now += 6
    protocol.expire()
    assert protocol.take_close_request() == (1000, "the server did not acknowledge a replayed subscription")
    assert not protocol.ready


# --- the consumer falling behind -----------------------------------------------------------------


def test_overflow_raise_ends_the_stream_at_the_point_of_loss() -> None:
    protocol = core(max_queue=3, overflow="raise")
    subscribed_book(protocol, ["A"])  # the snapshot is the first message
    for seq in range(2, 6):
        delta(protocol, 1, seq, "A")
    assert protocol.take_close_request() == (1008, "consumer overflow")
    found = [protocol.take_item() for _ in range(4)]
    with pytest.raises(StreamOverflowError, match="fell behind"):
        protocol.take_item()
    assert [type(i).__name__ for i in found] == [
        "StreamStatus",
        "OrderbookSnapshot",
        "OrderbookDelta",
        "OrderbookDelta",
    ]
    with pytest.raises(StreamOverflowError):  # and it stays ended
        protocol.take_item()


def test_overflow_resync_drops_then_heals_once_the_consumer_caught_up() -> None:
    protocol = core(max_queue=4, overflow="resync")
    sub = subscribed_book(protocol, ["A"])
    for seq in range(2, 12):
        delta(protocol, 1, seq, "A")
    assert sub.awaiting == {"A"}
    assert sent(protocol) == []  # nothing asked for while the consumer is behind
    found = items(protocol)
    overflow = next(i for i in found if isinstance(i, StreamStatus) and i.kind == StatusKind.OVERFLOW)
    # one delta was dropped; A's later deltas were held back for its fresh snapshot
    assert (overflow.dropped, overflow.market_tickers) == (1, ("A",))
    (command,) = sent(protocol)
    assert command.params.action == "get_snapshot"  # type: ignore[union-attr]


# --- fills and orders across an outage -----------------------------------------------------------


def _fill(protocol: Protocol, sid: int, trade_id: str) -> None:
    msg = {
        "trade_id": trade_id,
        "order_id": "o1",
        "market_ticker": "A",
        "yes_price_dollars": "0.5000",
        "count_fp": "1.00",
    }
    receive(protocol, type="fill", sid=sid, msg=msg)


class RestFill:
    """What `GET /portfolio/fills` decodes to, for the fields the backfill reads."""

    def __init__(self, trade_id: str) -> None:
        self.trade_id, self.fill_id, self.order_id = trade_id, trade_id, "o1"
        self.market_ticker, self.ticker = "A", "A"
        self.yes_price_dollars, self.count_fp = Decimal("0.5"), Decimal("1")
        for name in ("fee_cost", "exchange_index", "is_taker", "side", "action", "outcome_side", "book_side",
                     "subaccount_number", "ts", "created_time"):  # fmt: skip
            setattr(self, name, None)


def subscribed_fills(protocol: Protocol, sid: int) -> None:
    pending = protocol.requests.subscribe("fill", None, {})
    (command,) = sent(protocol)
    receive(protocol, type="subscribed", id=command.id, msg={"channel": "fill", "sid": sid})
    answered(protocol, pending)


def reconnected(protocol: Protocol, fill_sid: int) -> None:
    """Lose the connection and make a new one whose replay of `fill` gets `fill_sid`."""
    protocol.connection_lost("reset")
    assert protocol.backfill_request() is None  # not before the subscriptions are replayed
    protocol.connection_made()
    (replay,) = sent(protocol)
    receive(protocol, type="subscribed", id=replay.id, msg={"channel": "fill", "sid": fill_sid})


def test_fills_missed_in_an_outage_are_fetched_once_and_delivered_without_duplicates() -> None:
    protocol = core(backfill=True)
    subscribed_fills(protocol, 3)
    _fill(protocol, 3, "t1")
    reconnected(protocol, 4)
    _fill(protocol, 4, "t3")  # live, held until the backfill is in
    request = protocol.backfill_request()
    assert request is not None
    assert (request.fills, request.orders) == (True, False)
    assert protocol.backfill_request() is None  # one fetch at a time
    protocol.backfill_fetched(request, [RestFill("t1"), RestFill("t2"), RestFill("t3")], [])
    found = items(protocol)
    assert [i.msg.trade_id for i in found if isinstance(i, Fill)] == ["t1", "t2", "t3"]
    backfilled = next(i for i in found if isinstance(i, StreamStatus) and i.kind == StatusKind.BACKFILLED)
    assert backfilled.backfilled == 2  # t2 and t3 from REST; t1 came before, the live t3 is a repeat


def test_a_backfill_overtaken_by_another_outage_is_fetched_again() -> None:
    protocol = core(backfill=True)
    subscribed_fills(protocol, 3)
    reconnected(protocol, 4)
    first = protocol.backfill_request()
    assert first is not None
    reconnected(protocol, 5)
    protocol.backfill_fetched(first, [RestFill("t9")], [])  # stale: nothing delivered
    assert not [i for i in items(protocol) if isinstance(i, Fill)]
    second = protocol.backfill_request()
    assert second is not None
    assert second.outage == first.outage + 1


def test_closing_fails_waiting_commands_and_ends_the_stream() -> None:
    protocol = core()
    pending = protocol.requests.list_subscriptions()
    protocol.close()
    assert "closed" in str(protocol.take_outcome(pending))
    assert items(protocol) == [StreamStatus(kind=StatusKind.CONNECTED)]
    assert protocol.take_item() is END
    late = protocol.requests.list_subscriptions()
    assert "closed" in str(protocol.take_outcome(late))


def test_deltas_of_a_book_added_by_add_markets_wait_for_its_snapshot() -> None:
    protocol = core()
    sub = subscribed_book(protocol, ["A"])
    pending = protocol.requests.update_subscription(sub, "add_markets", "B", {})
    (command,) = sent(protocol)
    delta(protocol, 1, 2, "B")  # before B's snapshot: held back
    snapshot(protocol, 1, 3, "B")
    receive(protocol, type="ok", id=command.id, sid=1, seq=4, msg={"market_tickers": ["A", "B"]})
    assert answered(protocol, pending).msg.market_tickers == ["A", "B"]
    assert sub.market_tickers == ["A", "B"]
    assert [type(i) for i in items(protocol) if not isinstance(i, StreamStatus)] == [
        OrderbookSnapshot,
        OrderbookSnapshot,
    ]
    delta(protocol, 1, 5, "B")
    assert [type(i) for i in items(protocol)] == [OrderbookDelta]
