"""How `kalshi deadman` and `kalshi panic` say what they canceled: a table of the orders, or
JSON, and an exit status of 1 when something still rests."""

from __future__ import annotations

from typing import Any

from ..safety import Cancellation
from .errors import CliError
from .portfolio import ORDER_COLUMNS
from .session import Session
from .table import ID, Column, field, plural

__all__ = ["CANCELED_COLUMNS", "report_cancellation"]

CANCELED_COLUMNS = [
    *ORDER_COLUMNS[:2],
    Column("subaccount", field("subaccount_number"), ID),
    *ORDER_COLUMNS[2:],
]


def report_cancellation(session: Session, cancellation: Cancellation, *, reason: str | None = None) -> None:
    """Print the canceled orders; raise `CliError` (exit 1) when orders still rest or the last
    listing failed."""
    document: dict[str, Any] = {
        "canceled": cancellation.canceled,
        "still_resting": cancellation.still_resting,
        "errors": cancellation.errors,
    }
    if reason is not None:
        document = {"reason": reason, **document}
    output = session.output
    if not output.is_table:
        output.rows(CANCELED_COLUMNS, cancellation.canceled, document=document)
    else:
        if reason is not None:
            output.console.print(reason, markup=False)
        title = f"canceled {plural(len(cancellation.canceled), 'resting order')}"
        output.rows(CANCELED_COLUMNS, cancellation.canceled, title=title, empty="nothing was resting")
        for error in cancellation.errors:
            output.note(error)
    if cancellation.still_resting:
        ids = ", ".join(str(o.order_id) for o in cancellation.still_resting)
        raise CliError(f"{plural(len(cancellation.still_resting), 'order')} still resting: {ids}")
    if cancellation.unknown:
        raise CliError("could not list the resting orders at the end: some may still rest")
