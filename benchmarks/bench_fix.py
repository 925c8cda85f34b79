"""FIX on one core and on loopback.

The codec, in messages/s: encoding a NewOrderSingle (header, checks, frame, CheckSum) and
decoding ExecutionReports (frame checked, fields read into the typed message): an acknowledgement
(New) and a fill carrying a fee group. Target: each >= 200,000 msg/s. Each figure is the best of
`--repeat` runs, with the CPU time per message beside it; decoded messages are checked against
what was encoded, so a fast wrong codec cannot pass.

The order round trip against the local exchange (`kalshi sim` in its own process), with the
same account and key: a NewOrderSingle to its ExecutionReport (New) over FIX, beside a V2 order
over REST (`create_order_v2`, signed per request) to its answer; `--orders` of each, one at a
time, resting far from the market, in alternating blocks of 25 so that a slow moment of the
machine falls on both. Target: FIX at most 1/3 of REST (median).

    python benchmarks/bench_fix.py [--messages 200000] [--repeat 5] [--orders 1000] [--codec-only]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import msgspec

from kalshi_py import KalshiAuthenticatedClient
from kalshi_py.api.market import get_markets
from kalshi_py.api.orders import create_order_v2
from kalshi_py.auth import KalshiAuth, load_private_key_file
from kalshi_py.fix import OrderEntrySession, decode, encode, messages
from kalshi_py.fix._values import UTCTimestamp, sending_time

KEY_ID = "0f3a9c1e-1111-2222-3333-444455556666"
TICKER = "KXFED-26DEC-T4.00"
BLOCK = 25
"""Orders of each kind in a row in the round trips (REST, then FIX, then REST again...)."""
TARGET = 200_000
FIRST_REPORT = datetime(2026, 3, 4, 15, 16, 17, 123000, tzinfo=timezone.utc)


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
        transact_time=UTCTimestamp.of(FIRST_REPORT + timedelta(milliseconds=n)),  # one a millisecond
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


def _best(run: Callable[[], None], count: int, repeat: int) -> tuple[float, float]:
    """(messages/s, CPU microseconds per message), each the best of `repeat` runs."""
    best = cpu = float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        best = min(best, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return count / best, cpu / count * 1e6


def codec(count: int, repeat: int) -> None:
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

    results = [("encode NewOrderSingle", *_best(encode_orders, count, repeat))]
    for kind, sample in frames.items():

        def decode_all(sample: list[bytes] = sample) -> None:
            for frame in sample:
                decode(frame)

        results.append((f"decode ExecutionReport ({kind})", *_best(decode_all, count, repeat)))
    width = max(len(name) for name, _, _ in results)
    for name, rate, cpu in results:
        verdict = "meets" if rate >= TARGET else "below"
        figures = f"{rate:>10,.0f} msg/s  {cpu:5.2f} us CPU/msg"
        print(f"{name:<{width}}  {figures}  ({verdict} the {TARGET:,} msg/s target)")


def round_trip(orders: int) -> None:
    from bench_sim import exchange_process  # the same way of starting `kalshi sim`

    with exchange_process("--seed", "5", "--balance", "100000") as ready:
        key_id, key = ready["api_key_id"], load_private_key_file(ready["private_key_path"])
        fix = ready["fix"]
        rest = KalshiAuthenticatedClient(key_id, key, base_url=ready["rest_url"])
        ticker = get_markets.sync(client=rest, status="open", limit=1).markets[0].ticker

        def rest_order() -> float:
            start = time.perf_counter()
            create_order_v2.sync(
                client=rest,
                ticker=ticker,
                side="bid",
                count=Decimal(1),
                price=Decimal("0.01"),
                time_in_force="good_till_canceled",
                self_trade_prevention_type="maker",
            )
            return time.perf_counter() - start

        async def both() -> tuple[list[float], list[float]]:
            """REST and FIX orders in alternating blocks, so that both see the same machine."""
            address = {"host": fix["host"], "port": fix["port"], "tls": False}
            async with OrderEntrySession(KalshiAuth(key_id, key), **address) as session:

                async def fix_order() -> float:
                    start = time.perf_counter()
                    await session.place(ticker, "buy", 1, Decimal("0.01"), self_trade_prevention="maker")
                    return time.perf_counter() - start

                rest_order()  # the connections and the clock, before timing
                await fix_order()
                rest_times: list[float] = []
                fix_times: list[float] = []
                while len(fix_times) < orders:
                    block = min(BLOCK, orders - len(fix_times))
                    rest_times += [rest_order() for _ in range(block)]
                    fix_times += [await fix_order() for _ in range(block)]
                return rest_times, fix_times

        rest_times, fix_times = asyncio.run(both())
        rest.close()
    rest_median, fix_median = statistics.median(rest_times), statistics.median(fix_times)
    for name, times in (("REST V2 order round trip", rest_times), ("FIX order round trip", fix_times)):
        quantiles = statistics.quantiles(times, n=10)
        median, p90 = statistics.median(times) * 1e6, quantiles[-1] * 1e6
        print(f"{name:<25} median {median:8,.0f} us   p90 {p90:8,.0f} us")
    ratio = fix_median / rest_median
    verdict = "meets" if ratio <= 1 / 3 else "misses"
    print(f"FIX / REST: {ratio:.3f} ({verdict} the target of at most 1/3)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--orders", type=int, default=1000)
    parser.add_argument("--codec-only", action="store_true", help="skip the round trips")
    args = parser.parse_args(argv)
    codec(args.messages, args.repeat)
    if not args.codec_only:
        round_trip(args.orders)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
