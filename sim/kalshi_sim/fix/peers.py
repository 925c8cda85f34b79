"""`Peer`: a FIX session logged on to the gateway, with what its Logon asked for."""

from __future__ import annotations

from dataclasses import dataclass

import msgspec

from kalshi_py.fix import messages as M
from kalshi_py.fix.acceptor import AcceptorConnection
from kalshi_py.fix.session_types import SessionType, SessionTypeSpec

from ..auth import ApiKey
from .reports import Entry, Report

__all__ = ["Peer"]


@dataclass(eq=False)
class Peer:
    """One logged-on session: its connection, API key, session type and Logon."""

    connection: AcceptorConnection
    api_key: ApiKey
    spec: SessionTypeSpec
    logon: M.Logon

    def __repr__(self) -> str:
        return f"Peer({self.api_key.api_key_id} on {self.spec.target_comp_id} from {self.connection.peer})"

    @property
    def user_id(self) -> str:
        return self.api_key.user_id

    @property
    def session(self) -> Entry:
        """(API key id, TargetCompID): the session's identity."""
        return self.api_key.api_key_id, self.spec.target_comp_id

    @property
    def order_entry(self) -> bool:
        return self.spec.session_type in (SessionType.ORDER_ENTRY, SessionType.ORDER_ENTRY_RETRANSMIT)

    @property
    def listener(self) -> bool:
        return bool(self.logon.listener_session)

    @property
    def cancel_orders_on_disconnect(self) -> bool:
        return bool(self.logon.cancel_orders_on_disconnect)

    @property
    def settlement_reports(self) -> bool:
        """Whether MarketSettlementReports go to this session (KalshiPT by default, KalshiRT on request)."""
        if self.spec.session_type == SessionType.POST_TRADE:
            return self.logon.receive_settlement_reports is not False
        return bool(self.logon.receive_settlement_reports) and self.spec.settlement_reports

    def wants(self, report: Report) -> M.ExecutionReport | None:
        """`report` as this session gets it (its Logon flags applied), or None when it does not."""
        logon = self.logon
        if report.kind == "ioc_remainder" and not logon.enable_ioc_cancel_report:
            return None
        if report.kind == "expiry" and logon.use_expired_ord_status:
            return msgspec.structs.replace(report.message, exec_type="C", ord_status="C")
        return report.message
