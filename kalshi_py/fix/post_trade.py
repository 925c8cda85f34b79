"""Post-trade (KalshiPT): settlement reports of the markets the account held, as they settle.

A report may come in fragments (`last_fragment` False until the last); `settlements()` yields
each message as it comes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from . import messages as M
from ._message import Message
from .client import FixClient
from .session_types import SessionType

__all__ = ["PostTradeSession"]


class PostTradeSession(FixClient):
    """MarketSettlementReports (35=UMS); the session retransmits, so a `store` directory makes a
    restarted process receive what it missed."""

    streams = ("messages", "settlements")
    session_types = (SessionType.POST_TRADE,)

    def settlements(self) -> AsyncIterator[M.MarketSettlementReport]:
        """Every settlement report received, in order, until the session ends."""
        return self._stream("settlements")

    def _on_message(self, message: Message) -> None:
        if isinstance(message, M.MarketSettlementReport):
            self._publish("settlements", message)
        super()._on_message(message)
