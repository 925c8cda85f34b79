"""Kalshi's FIX session types and hosts (https://docs.kalshi.com/fix/connectivity and
https://docs.kalshi.com/fix-margin/connectivity).

The TargetCompID selects the session type; each listens on its own port, market data on its own
host. Only KalshiRT and KalshiPT retransmit: on every other session type the initiator logs on
with ResetSeqNumFlag(141)=Y, and a sequence gap cannot be healed by a ResendRequest. The margin
(Perps) gateways are hosts of their own, with the same ports and TargetCompIDs, and offer four
of the six session types (`MARGIN_SESSION_TYPES`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .messages import Logon

__all__ = [
    "DEMO",
    "ENVIRONMENTS",
    "MARGIN_DEMO",
    "MARGIN_PRODUCTION",
    "MARGIN_SESSION_TYPES",
    "PRODUCTION",
    "SESSION_TYPES",
    "FixEnvironment",
    "SessionType",
    "SessionTypeSpec",
    "session_type",
]


class SessionType(str, enum.Enum):
    """A session type by what it is for."""

    ORDER_ENTRY = "order_entry"
    """KalshiNR: order entry without retransmission (mass cancel only here)."""
    ORDER_ENTRY_RETRANSMIT = "order_entry_retransmit"
    """KalshiRT: order entry with retransmission; RFQ creation; optional settlement reports."""
    DROP_COPY = "drop_copy"
    """KalshiDC: replay of execution reports on request."""
    POST_TRADE = "post_trade"
    """KalshiPT: settlement reports (access on request)."""
    RFQ = "rfq"
    """KalshiRFQ: market makers receive RFQs and quote."""
    MARKET_DATA = "market_data"
    """KalshiMD: order book snapshots and updates, security status."""


@dataclass(frozen=True)
class SessionTypeSpec:
    """What Kalshi publishes about one session type."""

    session_type: SessionType
    target_comp_id: str
    port: int
    market_data_host: bool
    retransmission: bool
    """Whether ResendRequest and SequenceReset-GapFill heal gaps (KalshiRT, KalshiPT)."""
    listener_allowed: bool = False
    settlement_reports: bool = False

    @property
    def reset_on_logon(self) -> bool:
        """Whether the initiator must log on with ResetSeqNumFlag(141)=Y."""
        return not self.retransmission

    def logon_problem(self, logon: Logon) -> str | None:
        """Why an acceptor must refuse `logon` on this session type (flags it does not allow),
        or None."""
        name = self.target_comp_id
        if self.reset_on_logon and logon.reset_seq_num_flag is not True:
            return f"{name} does not retransmit: log on with ResetSeqNumFlag(141)=Y"
        if logon.listener_session:
            if not self.listener_allowed:
                return f"ListenerSession(20126) is allowed on KalshiNR and KalshiRT only, not {name}"
            if logon.skip_pending_exec_reports is not True:
                return "ListenerSession(20126)=Y needs SkipPendingExecReports(21011)=Y"
            if logon.cancel_orders_on_disconnect:
                return "ListenerSession(20126)=Y cannot be combined with CancelOrdersOnDisconnect(8013)=Y"
        if logon.receive_settlement_reports and not self.settlement_reports:
            return f"ReceiveSettlementReports(20127) is allowed on KalshiRT and KalshiPT only, not {name}"
        if logon.message_retention_period is not None:
            if not self.retransmission:
                return f"MessageRetentionPeriod(20200) is allowed on KalshiRT and KalshiPT only, not {name}"
            if not 0 < logon.message_retention_period <= 72:
                return "MessageRetentionPeriod(20200) must be 1 to 72 hours"
        if logon.heart_bt_int <= 3:
            return f"HeartBtInt(108) must be more than 3 seconds, got {logon.heart_bt_int}"
        return None


SESSION_TYPES: dict[SessionType, SessionTypeSpec] = {
    spec.session_type: spec
    for spec in (
        SessionTypeSpec(SessionType.ORDER_ENTRY, "KalshiNR", 8228, False, False, listener_allowed=True),
        SessionTypeSpec(SessionType.DROP_COPY, "KalshiDC", 8229, False, False),
        SessionTypeSpec(
            SessionType.ORDER_ENTRY_RETRANSMIT, "KalshiRT", 8230, False, True, True, settlement_reports=True
        ),
        SessionTypeSpec(SessionType.POST_TRADE, "KalshiPT", 8231, False, True, settlement_reports=True),
        SessionTypeSpec(SessionType.RFQ, "KalshiRFQ", 8232, False, False),
        SessionTypeSpec(SessionType.MARKET_DATA, "KalshiMD", 8233, True, False),
    )
}


def session_type(value: SessionType | str) -> SessionTypeSpec:
    """The spec of a session type given by `SessionType`, its value ("order_entry") or its
    TargetCompID ("KalshiNR")."""
    for spec in SESSION_TYPES.values():
        if value in (spec.session_type, spec.session_type.value, spec.target_comp_id):
            return spec
    known = ", ".join(f"{s.session_type.value} ({s.target_comp_id})" for s in SESSION_TYPES.values())
    raise ValueError(f"unknown FIX session type {value!r}: expected one of {known}")


MARGIN_SESSION_TYPES = frozenset(
    {
        SessionType.ORDER_ENTRY,
        SessionType.ORDER_ENTRY_RETRANSMIT,
        SessionType.DROP_COPY,
        SessionType.MARKET_DATA,
    }
)
"""The session types of Kalshi's margin (Perps) gateways: no RFQ, no post-trade."""


@dataclass(frozen=True)
class FixEnvironment:
    """The FIX hosts of one Kalshi environment, of event contracts or of margin (Perps)."""

    name: str
    order_entry_host: str
    """Order entry and drop copy sessions (and RFQ and post-trade for event contracts)."""
    market_data_host: str
    margin: bool = False
    """Whether these are margin (Perps) gateways (see `kalshi_py.fix.connect_margin`)."""

    def address(self, spec: SessionTypeSpec) -> tuple[str, int]:
        """(host, port) of a session type."""
        return (self.market_data_host if spec.market_data_host else self.order_entry_host), spec.port


PRODUCTION = FixEnvironment("prod", "mm.fix.elections.kalshi.com", "marketdata.fix.elections.kalshi.com")
DEMO = FixEnvironment("demo", "fix.demo.kalshi.co", "marketdata.fix.demo.kalshi.co")
MARGIN_PRODUCTION = FixEnvironment(
    "margin-prod", "margin-mm.fix.elections.kalshi.com", "margin-marketdata.fix.elections.kalshi.com", True
)
MARGIN_DEMO = FixEnvironment(
    "margin-demo", "margin-fix.demo.kalshi.co", "margin-marketdata.fix.demo.kalshi.co", True
)
ENVIRONMENTS = {e.name: e for e in (PRODUCTION, DEMO, MARGIN_PRODUCTION, MARGIN_DEMO)} | {
    "production": PRODUCTION
}
"""The environments by name: "prod", "demo", "margin-prod", "margin-demo"."""
