"""`kalshi panic`: cancel every resting order of the account, in every subaccount, and say what
was canceled. On production it asks first (or takes `--yes`), like every order command."""

from __future__ import annotations

from ..safety import cancel_resting_orders
from .cancellation import report_cancellation
from .command import kalshi_command
from .session import Session
from .trading import YesOption, check_production


@kalshi_command("panic")
def panic(session: Session, *, yes: YesOption = False) -> None:
    """Cancel every resting order of every subaccount, and list what was canceled."""
    check_production(session.settings, "cancel every resting order of every subaccount", assume_yes=yes)
    client = session.signed_client("panic")
    report_cancellation(session, cancel_resting_orders(client, cancel_all=True))
