"""Drop copy (KalshiDC): every execution report of every account, replayed on request.

Kalshi's drop copy is a request and its answer, not a stream: EventResendRequest (U1) names a
range of ExecIDs, BeginExecID to EndExecID inclusive (the latest when absent); the exchange sends
the account's reports in that range again, under the drop-copy session's own MsgSeqNums, then
EventResendComplete (U2) with their count, or EventResendReject (U3) with a reason: 3 when the
range begins before the 3-hour window, 4 when it ends after the latest report. Pending and
rejected reports (ExecID "-1;-1") are not kept. An ExecID is read as its `clock;event` numbers,
so "0" asks for everything kept.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from kalshi_py.fix import messages as M

__all__ = ["LOOKBACK_SECONDS", "DropCopy"]

LOOKBACK_SECONDS = 3 * 3600.0
MAX_KEPT = 200_000
"""Reports kept per account, the oldest forgotten first."""


def exec_id_order(exec_id: str) -> tuple[int, ...] | None:
    """An ExecID as the numbers it sorts by; None when it is not `clock;event` numbers."""
    parts = exec_id.split(";")
    if not all(part.isdigit() for part in parts):
        return None
    return tuple(int(part) for part in parts)


@dataclass
class _Log:
    reports: deque[tuple[tuple[int, ...], float, M.ExecutionReport]] = field(default_factory=deque)
    forgotten: bool = False


@dataclass
class DropCopy:
    """The execution reports of every account, for replays."""

    clock: Callable[[], float] = time.time
    _logs: dict[str, _Log] = field(default_factory=dict)

    def record(self, user_id: str, report: M.ExecutionReport) -> None:
        key = exec_id_order(report.exec_id)
        if key is None:
            return
        log = self._logs.setdefault(user_id, _Log())
        log.reports.append((key, self.clock(), report))
        self._forget_old(log)

    def _forget_old(self, log: _Log) -> None:
        horizon = self.clock() - LOOKBACK_SECONDS
        while log.reports and (len(log.reports) > MAX_KEPT or log.reports[0][1] < horizon):
            log.reports.popleft()
            log.forgotten = True

    def replay(
        self, user_id: str, request: M.EventResendRequest
    ) -> list[M.ExecutionReport] | M.EventResendReject:
        """The reports `request` asks for, or the EventResendReject saying why not."""
        log = self._logs.setdefault(user_id, _Log())
        self._forget_old(log)
        begin = exec_id_order(request.begin_exec_id)
        end = exec_id_order(request.end_exec_id) if request.end_exec_id is not None else None
        too_early = begin is None or (log.forgotten and log.reports and begin < log.reports[0][0])
        if too_early:
            return M.EventResendReject(ref_seq_num=request.msg_seq_num, event_resend_reject_reason=3)
        if request.end_exec_id is not None and (end is None or not log.reports or end > log.reports[-1][0]):
            return M.EventResendReject(ref_seq_num=request.msg_seq_num, event_resend_reject_reason=4)
        assert begin is not None
        return [report for key, _, report in log.reports if key >= begin and (end is None or key <= end)]

    def all_reports(self, user_id: str) -> list[M.ExecutionReport]:
        """Every report kept for an account, oldest first."""
        log = self._logs.get(user_id)
        return [] if log is None else [report for _, _, report in log.reports]
