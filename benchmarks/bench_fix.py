"""The FIX codec on one core, in messages/s: encoding a NewOrderSingle (header, checks, frame,
CheckSum) and decoding ExecutionReports (frame checked, fields read into the typed message): an
acknowledgement (New) and a fill carrying a fee group. Target: each >= 200,000 msg/s.

    python benchmarks/bench_fix.py [--messages 200000] [--repeat 5]

Each figure is the best of `--repeat` runs; decoded messages are checked against what was
encoded, so a fast wrong codec cannot pass.
"""

from __future__ import annotations

import argparse
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from decimal import Decimal

import msgspec

from kalshi_py.fix import decode, encode, messages
from kalshi_py.fix._values import UTCTimestamp, sending_time

KEY_ID = "0f3a9c1e-1111-2222-3333-444455556666"
TICKER = "KXFED-26DEC-T4.00"
TARGET = 200_000


def _order(n: int) -> messages.NewOrderSingle:
    return messages.NewOrderSingle(
        cl_ord_id=str(uuid.UUID(int=n)),
        order_qty=Decimal(10 + n % 7),
        ord_type="2",
        price=Decimal(f"0.{n % 98 + 1:02d}"),
        side="1" if n % 2 else "2",
        symbol=TICKER,
        time_in_force="1",
    )


def _report(n: int, *, fill: bool) -> messages.ExecutionReport:
    price = Decimal(f"0.{n % 98 + 1:02d}00")
    report = messages.ExecutionReport(
        order_id=f"ord-{n:010d}",
        cl_ord_id=str(uuid.UUID(int=n)),
        exec_id=str(1_000_000 + n),
        exec_type="F" if fill else "0",
        ord_status="2" if fill else "0",
        side="1",
        symbol=TICKER,
        leaves_qty=Decimal("0.00") if fill else Decimal("10.00"),
        cum_qty=Decimal("10.00") if fill else Decimal("0.00"),
        avg_px=price if fill else Decimal("0"),
        order_qty=Decimal("10.00"),
        price=price,
        transact_time=UTCTimestamp.of(datetime(2026, 3, 4, 15, 16, 17, 123000, tzinfo=timezone.utc)),
    )
    if fill:
        report.last_px, report.last_qty = price, Decimal("10.00")
        report.trd_match_id, report.aggressor_indicator = f"t{n}", True
        report.misc_fees = [
            messages.MiscFee(
                misc_fee_amt=Decimal("0.07"), misc_fee_curr="USD", misc_fee_type="4", misc_fee_basis=0
            )
        ]
    return report


def _best(run: Callable[[], None], count: int, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return count / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    count = args.messages

    orders = [_order(n) for n in range(count)]

    def encode_one(order: messages.NewOrderSingle, seq: int = 1) -> bytes:
        return encode(
            order,
            sender_comp_id=KEY_ID,
            target_comp_id="KalshiNR",
            msg_seq_num=seq,
            sending_time=sending_time(),
        )

    def encode_orders() -> None:
        for seq, order in enumerate(orders, 1):
            encode_one(order, seq)

    stamp = "20260304-15:16:17.125"
    frames = {
        kind: [
            encode(
                _report(n, fill=kind == "fill"),
                sender_comp_id="KalshiNR",
                target_comp_id=KEY_ID,
                msg_seq_num=n + 1,
                sending_time=stamp,
            )
            for n in range(count)
        ]
        for kind in ("ack", "fill")
    }
    for kind, sample in frames.items():  # a wrong codec must not be timed
        expected = msgspec.structs.replace(
            _report(7, fill=kind == "fill"),
            msg_seq_num=8,
            sending_time="20260304-15:16:17.125",
            sender_comp_id="KalshiNR",
            target_comp_id=KEY_ID,
        )
        assert decode(sample[7]) == expected, kind
    assert decode(encode_one(orders[5])).cl_ord_id == orders[5].cl_ord_id

    results = [("encode NewOrderSingle", _best(encode_orders, count, args.repeat))]
    for kind, sample in frames.items():

        def decode_all(sample: list[bytes] = sample) -> None:
            for frame in sample:
                decode(frame)

        results.append((f"decode ExecutionReport ({kind})", _best(decode_all, count, args.repeat)))
    width = max(len(name) for name, _ in results)
    for name, rate in results:
        verdict = "meets" if rate >= TARGET else "below"
        print(f"{name:<{width}}  {rate:>10,.0f} msg/s  ({verdict} the {TARGET:,} msg/s target)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
