"""Order entry on the margin gateway: the event-contract order desk (`order_entry.py`) onto the
margin engine, whose orders are on the perpetual market's book: Side 1 bids (buys), 2 asks
(sells), at Price in dollars, whole contracts unless the market trades fractions.

The fields Kalshi's margin order-entry table does not have are the event contracts' own:
ExDestination(100), QuoteID(117), RfqId(21023) and MaxExecutionCost(21009) on a NewOrderSingle,
ExDestination on a cancel/replace or an order group request. A message carrying one is refused
with a session Reject (35=3): SessionRejectReason(373) 2, "tag not defined for this message type",
RefTagID(371) naming the tag, as Kalshi's error-handling page describes. The RFQ and quote
messages are not margin messages: they are refused with a BusinessMessageReject, 380=3.
"""

from __future__ import annotations

from kalshi_py.fix import Message
from kalshi_py.fix import messages as M

from ..engine.margin import MarginExchange
from .order_entry import OrderEntry

__all__ = ["EVENT_CONTRACT_FIELDS", "MarginOrderEntry", "event_contract_field"]

EVENT_CONTRACT_FIELDS: dict[type[Message], tuple[tuple[str, int, str], ...]] = {
    M.NewOrderSingle: (
        ("ex_destination", 100, "ExDestination"),
        ("quote_id", 117, "QuoteID"),
        ("rfq_id", 21023, "RfqId"),
        ("max_execution_cost", 21009, "MaxExecutionCost"),
    ),
    M.OrderCancelReplaceRequest: (("ex_destination", 100, "ExDestination"),),
    M.OrderGroupRequest: (("ex_destination", 100, "ExDestination"),),
}
"""(attribute, tag, name) of the event-contract fields each margin message must not carry."""


def event_contract_field(message: Message) -> tuple[int, str] | None:
    """(tag, name) of the first event-contract-only field `message` carries, or None."""
    for attribute, tag, name in EVENT_CONTRACT_FIELDS.get(type(message), ()):
        if getattr(message, attribute, None) is not None:
            return tag, name
    return None


class MarginOrderEntry(OrderEntry):
    """The order-entry messages of the margin FIX sessions, on `venue.margin`."""

    @property
    def engine(self) -> MarginExchange:
        return self.venue.margin

    def cancel_many(self, user_id: str, order_ids: list[str]) -> None:
        for order_id in order_ids:
            order = self.engine.ledger.orders.get(order_id)
            if order is not None and order.is_resting:
                self.engine.cancel_order(user_id, order_id)
