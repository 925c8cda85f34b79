"""The fill model of a replay: a crossing order takes only the recorded liquidity of its
instant, a resting order fills only once recorded trades have consumed the queue ahead of it,
and Kalshi's fees apply. Played in process on the engine, frame by frame."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from kalshi_sim.replay import Replay, Tape

from .conftest import TICKER, Recording

D = Decimal


def _replay(recording: Recording, tmp_path: Path) -> tuple[Replay, str]:
    replay = Replay(Tape.load(recording.write(tmp_path / "recording")), seed=3)
    user = replay.exchange.create_account(balance=D(1000)).user_id
    return replay, user


def _order(
    replay: Replay, user: str, side: str, price: str, count: int, tif: str = "good_till_canceled"
) -> str:
    result = replay.exchange.create_order(
        user, ticker=TICKER, side=side, count=count, price=price, time_in_force=tif,
        self_trade_prevention_type="taker_at_cross",
    )  # fmt: skip
    return result.order.order_id


def _filled(replay: Replay, user: str) -> Decimal:
    return sum((f.count for f in replay.exchange.account(user).fills), D(0))


def test_a_resting_order_fills_only_after_the_queue_ahead_is_traded(
    recording: Recording, tmp_path: Path
) -> None:
    recording.snapshot(yes=[("0.4000", "100.00")], no=[("0.5500", "50.00")])
    join = recording.now
    recording.delta("yes", "0.4000", "20.00")  # joins behind us
    recording.delta("yes", "0.4000", "-20.00")  # a cancellation: off the back, not ahead of us
    for _ in range(6):  # 60 contracts sold into the 0.40 bid: delta first, then the trade
        recording.delta("yes", "0.4000", "-10.00")
        recording.trade("0.4000", "10.00", "no")
    partly = recording.now
    recording.trade("0.4000", "45.00", "no")  # trade first, then its delta: 40 ahead, 5 of ours
    recording.delta("yes", "0.4000", "-45.00")
    recording.trade("0.4000", "30.00", "no")  # only 15 were left at the level: it takes ours
    recording.delta("yes", "0.4000", "-15.00")
    replay, user = _replay(recording, tmp_path)

    replay.run_until(join)
    order_id = _order(replay, user, "bid", "0.40", 10)
    assert _filled(replay, user) == 0  # does not cross the 0.45 ask: rests behind 100 contracts
    replay.run_until(partly)
    assert _filled(replay, user) == 0  # 60 of the 100 ahead traded; "every order fills" would fill
    replay.run()
    fills = replay.exchange.account(user).fills
    assert [(f.count, f.yes_price, f.is_taker) for f in fills] == [
        (D(5), D("0.40"), False),
        (D(5), D("0.40"), False),
    ]
    assert replay.exchange.get_order(user, order_id).status == "executed"
    assert all(f.fee_cost == 0 for f in fills)  # a "quadratic" series charges no maker fee


def test_a_crossing_order_takes_the_recorded_levels_up_to_their_size(
    recording: Recording, tmp_path: Path
) -> None:
    recording.snapshot(
        yes=[("0.4000", "10.00")], no=[("0.5500", "5.00"), ("0.5300", "3.00"), ("0.4000", "9.00")]
    )
    recording.delta("yes", "0.4100", "1.00", after=1)
    replay, user = _replay(recording, tmp_path)
    replay.run_until(recording.frames[3][0])

    _order(replay, user, "bid", "0.47", 20, tif="immediate_or_cancel")
    fills = replay.exchange.account(user).fills
    assert [(f.count, f.yes_price, f.is_taker) for f in fills] == [
        (D(5), D("0.45"), True),
        (D(3), D("0.47"), True),
    ]
    taker_fee = D("0.07") * (5 * D("0.45") * D("0.55") + 3 * D("0.47") * D("0.53"))
    assert sum(f.fee_cost for f in fills) == taker_fee.quantize(D("0.01"), rounding="ROUND_CEILING")

    _order(replay, user, "bid", "0.47", 20, tif="immediate_or_cancel")  # same instant: nothing is left
    assert _filled(replay, user) == 8
    replay.run()  # a change elsewhere in the book does not bring the taken contracts back
    _order(replay, user, "bid", "0.47", 20, tif="immediate_or_cancel")
    assert _filled(replay, user) == 8


def test_settlement_pays_out_and_the_report_counts_it(recording: Recording, tmp_path: Path) -> None:
    recording.snapshot(yes=[("0.4000", "10.00")], no=[("0.5500", "5.00")])
    recording.lifecycle("determined", after=2, result="yes", settlement_value="1.0000")
    recording.lifecycle("settled", after=1)
    replay, user = _replay(recording, tmp_path)
    replay.run_until(recording.frames[3][0])
    _order(replay, user, "bid", "0.45", 4, tif="immediate_or_cancel")  # 4 YES at 0.45
    replay.run()
    report = replay.report(user)
    fee = (D("0.07") * 4 * D("0.45") * D("0.55")).quantize(D("0.01"), rounding="ROUND_CEILING")
    assert report.fees == fee
    assert report.settlement_revenue == 4
    assert report.pnl == 4 * (1 - D("0.45")) - fee
    assert report.positions == {TICKER: 0}
    assert replay.exchange.balance(user) == 1000 + report.pnl
