"""Recordings for the replay tests, written by the tests themselves with `MessageWriter`."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from kalshi_py.data import MessageWriter

pytest.importorskip("pyarrow")

T0 = 1_790_000_000_000_000_000
"""The first receive time of a hand-written recording (ns)."""
SECOND = 1_000_000_000
TICKER = "KXTEST-26DEC01-A"


class Recording:
    """Frames of one orderbook_delta/trade/lifecycle stream, numbered like Kalshi's."""

    def __init__(self) -> None:
        self.frames: list[tuple[int, bytes]] = [
            (T0, _frame({"type": "subscribed", "id": 1, "msg": {"channel": "orderbook_delta", "sid": 1}})),
            (T0, _frame({"type": "subscribed", "id": 2, "msg": {"channel": "trade", "sid": 2}})),
            (
                T0,
                _frame({"type": "subscribed", "id": 3, "msg": {"channel": "market_lifecycle_v2", "sid": 3}}),
            ),
        ]
        self.seq = {1: 0, 2: 0, 3: 0}
        self.now = T0

    def _add(self, sid: int, kind: str, msg: Mapping[str, object], after: float) -> None:
        self.now += int(after * SECOND)
        self.seq[sid] += 1
        self.frames.append((self.now, _frame({"type": kind, "sid": sid, "seq": self.seq[sid], "msg": msg})))

    def snapshot(
        self, yes: Sequence[tuple[str, str]], no: Sequence[tuple[str, str]], after: float = 0.001
    ) -> None:
        msg = {"market_ticker": TICKER, "market_id": "m", "yes_dollars_fp": [list(level) for level in yes],
               "no_dollars_fp": [list(level) for level in no]}  # fmt: skip
        self._add(1, "orderbook_snapshot", msg, after)

    def delta(self, side: str, price: str, change: str, after: float = 0.001) -> None:
        msg = {
            "market_ticker": TICKER,
            "market_id": "m",
            "price_dollars": price,
            "delta_fp": change,
            "side": side,
        }
        self._add(1, "orderbook_delta", msg, after)

    def trade(self, yes_price: str, count: str, taker_side: str, after: float = 0.001) -> None:
        from decimal import Decimal

        msg = {
            "trade_id": f"t{len(self.frames)}", "market_ticker": TICKER, "yes_price_dollars": yes_price,
            "no_price_dollars": str(1 - Decimal(yes_price)), "count_fp": count, "taker_side": taker_side,
        }  # fmt: skip
        self._add(2, "trade", msg, after)

    def lifecycle(self, event_type: str, after: float = 0.001, **fields: object) -> None:
        self._add(
            3, "market_lifecycle_v2", {"market_ticker": TICKER, "event_type": event_type, **fields}, after
        )

    def write(self, root: Path) -> Path:
        with MessageWriter(root, session="20260921T000000Z-replay") as writer:
            for recv_ns, body in self.frames:
                writer.add_frame(body, recv_ns=recv_ns)
        return root


def _frame(document: dict[str, object]) -> bytes:
    return json.dumps(document, separators=(",", ":")).encode()


@pytest.fixture
def recording() -> Recording:
    return Recording()
