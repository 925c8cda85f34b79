"""What sets Kalshi's margin (Perps) FIX gateways apart (https://docs.kalshi.com/margin and the
fix-margin pages): what they do not take, whole-contract quantities, bid/ask sides, and the margin
environment from the variable `kalshi_py.margin` reads.

The messages are those of the event-contract gateways, less what the margin pages leave out (the
generated `MARGIN_ABSENT_MSG_TYPES` and `MARGIN_REFUSED_TAGS`): no RFQs, quotes, settlement
reports or security status; no ExDestination, QuoteID, RfqId or MaxExecutionCost on a
NewOrderSingle. A message that carries one of them is refused before it is sent.
"""

from __future__ import annotations

import os
from decimal import Decimal

import msgspec

from ..margin.client import ENV_ENVIRONMENT
from ._message import Message, UnknownMessage
from ._values import field_label
from .enums import Side
from .errors import FixValidationError
from .messages import MARGIN_ABSENT_MSG_TYPES, MARGIN_REFUSED_TAGS, MESSAGES
from .session_types import MARGIN_DEMO, MARGIN_PRODUCTION, FixEnvironment

__all__ = ["MARGIN_SIDES", "margin_environment", "margin_problem", "whole_contracts"]

MARGIN_SIDES = {"bid": Side.BUY_YES, "ask": Side.SELL_NO, "buy": Side.BUY_YES, "sell": Side.SELL_NO}
"""Side(54) on the margin gateways: 1 buys (bid), 2 sells (ask)."""


def margin_problem(message: Message) -> str | None:
    """Why the margin gateways would not take `message` (a MsgType or a field their pages do not
    document), or None."""
    msg_type = message.msg_type if isinstance(message, UnknownMessage) else message.MSG_TYPE
    known = MESSAGES.get(msg_type)
    name = f"{known.__name__} (35={msg_type})" if known is not None else f"MsgType {msg_type}"
    if msg_type in MARGIN_ABSENT_MSG_TYPES:
        return f"{name} is for event contracts only: Kalshi's margin FIX gateways do not take it"
    refused = MARGIN_REFUSED_TAGS.get(msg_type)
    if refused is None:
        return None
    for field in msgspec.structs.fields(message):
        tag = field.encode_name
        if tag.isdigit() and int(tag) in refused and getattr(message, field.name) not in (None, []):
            label = field_label(int(tag))
            return (
                f"{label} is for event contracts only: Kalshi's margin FIX gateways do not take it on {name}"
            )
    return None


def whole_contracts(count: Decimal, name: str) -> Decimal:
    """`count`, refused unless it is a whole number of contracts (the margin gateways take no
    fractions)."""
    if count != count.to_integral_value():
        raise FixValidationError(f"{name} must be a whole number of contracts on margin, got {count}")
    return count


def margin_environment(environment: FixEnvironment | str | None) -> FixEnvironment:
    """The margin gateways of `environment` ("prod" or "demo", a margin `FixEnvironment`), else
    of `KALSHI_MARGIN_ENV`, else production."""
    if isinstance(environment, FixEnvironment):
        if not environment.margin:
            raise ValueError(f"{environment.name} is an event-contract environment, not a margin one")
        return environment
    name = environment or os.environ.get(ENV_ENVIRONMENT) or "prod"
    found = {
        "prod": MARGIN_PRODUCTION,
        "production": MARGIN_PRODUCTION,
        "margin-prod": MARGIN_PRODUCTION,
        "demo": MARGIN_DEMO,
        "margin-demo": MARGIN_DEMO,
    }.get(name)
    if found is None:
        raise ValueError(f"unknown margin FIX environment {name!r}: expected 'prod' or 'demo'")
    return found
