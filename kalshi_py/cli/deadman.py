"""`kalshi deadman`: cancel a bot's orders from another process when the bot dies or hangs.

The bot holds a `kalshi_py.safety.DeadMan` with `heartbeat=PATH`; this command watches that file
with the bot's own credentials and, when the bot's process ends (`kill -9` included), when it
stops calling `alive()` for its timeout, or when it closes, cancels its order group and every
resting order of its subaccount, prints what it canceled, and exits.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..safety import HeartbeatError, HeartbeatWatch, cancel_resting_orders
from .cancellation import report_cancellation
from .command import kalshi_command
from .errors import UsageProblem
from .session import Session


@kalshi_command("deadman")
def deadman(
    session: Session,
    *,
    heartbeat: Annotated[
        Path,
        typer.Option("--heartbeat", help="the heartbeat file the bot's DeadMan writes", show_default=False),
    ],
    timeout: Annotated[
        float | None,
        typer.Option(
            help="seconds without alive() before the bot counts as hung (default: the bot's own)",
            show_default=False,
        ),
    ] = None,
    poll: Annotated[float, typer.Option(help="seconds between reads of the heartbeat file")] = 0.2,
) -> None:
    """Cancel a bot's orders when it dies or hangs (watches its DeadMan heartbeat file)."""
    if timeout is not None and timeout <= 0:
        raise UsageProblem(f"--timeout must be positive seconds, got {timeout:g}")
    if poll <= 0:
        raise UsageProblem(f"--poll must be positive seconds, got {poll:g}")
    if not heartbeat.parent.is_dir():
        raise UsageProblem(f"--heartbeat {heartbeat}: the folder {heartbeat.parent} does not exist")
    client = session.signed_client("deadman")
    session.output.note(f"watching {heartbeat} (Ctrl-C to stop)")
    try:
        reason, last = HeartbeatWatch(heartbeat, timeout).wait(poll)
    except HeartbeatError as exc:
        raise UsageProblem(str(exc)) from None
    cancellation = cancel_resting_orders(
        client, subaccount=last.subaccount, order_group_id=last.order_group_id
    )
    report_cancellation(session, cancellation, reason=reason)
