"""`kalshi fix`: Kalshi's FIX API from the terminal, with the configured API key.

    kalshi fix logon --session-type order_entry_retransmit     # is this key let in, and how fast
    kalshi fix dropcopy --since 0 --follow                     # execution reports from drop copy
    kalshi fix listen                                          # execution reports as they happen

Kalshi's hosts follow the environment (prod or demo); a local exchange's address is given with
`--fix-address HOST:PORT` (or `KALSHI_FIX_ADDRESS`, which `kalshi sim` prints), in plain TCP on
loopback and TLS elsewhere; `--fix-cafile` (or `KALSHI_FIX_CAFILE`) names the certificate to
trust, for a local exchange serving TLS. The key must be one Kalshi enabled for FIX.
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import ssl
import time
from collections.abc import Iterable
from typing import Annotated, Any

import typer

from ..fix import DropCopySession, connect
from ..fix import messages as M
from ..fix.enums import ExecType, OrdStatus
from ..fix.errors import EventResendRejected, LogonRefused
from ..fix.session_types import SESSION_TYPES
from ..fix.session_types import session_type as spec_of
from .command import KalshiGroup, app, kalshi_command
from .errors import CliError, UsageProblem
from .output import OutputFormat
from .session import Session

__all__ = ["REPORT_FIELDS", "fix_app"]

FIX = "FIX"
ENV_ADDRESS = "KALSHI_FIX_ADDRESS"
ENV_CAFILE = "KALSHI_FIX_CAFILE"

fix_app = typer.Typer(
    name="fix",
    help="Kalshi's FIX API: check a logon, read drop copy, follow your execution reports.",
    cls=KalshiGroup,
    no_args_is_help=True,
)
app.add_typer(fix_app, name="fix")

AddressOption = Annotated[
    str | None,
    typer.Option(
        "--fix-address",
        help=f"HOST:PORT of the FIX listener, e.g. the one `kalshi sim` prints "
        f"(env {ENV_ADDRESS}; default: Kalshi's host for the environment)",
        rich_help_panel=FIX,
        show_default=False,
    ),
]
CafileOption = Annotated[
    str | None,
    typer.Option(
        "--fix-cafile",
        help=f"a certificate to trust for TLS, e.g. a local exchange's (env {ENV_CAFILE})",
        rich_help_panel=FIX,
        show_default=False,
    ),
]
CountOption = Annotated[int | None, typer.Option(help="stop after this many reports", show_default=False)]

REPORT_FIELDS = (
    "exec_id", "transact_time", "symbol", "side", "exec_type", "ord_status", "last_qty", "last_px",
    "cum_qty", "leaves_qty", "price", "order_id", "cl_ord_id", "text",
)  # fmt: skip
"""The fields of an execution report each line shows, in order."""
_SIDES = {"1": "buy", "2": "sell"}


def _connection(session: Session, address: str | None, cafile: str | None) -> dict[str, Any]:
    """The `kalshi_py.fix.connect` options reaching the session's exchange."""
    address = address or os.environ.get(ENV_ADDRESS)
    cafile = cafile or os.environ.get(ENV_CAFILE)
    context = None
    if cafile:
        try:
            context = ssl.create_default_context(cafile=cafile)
        except (OSError, ssl.SSLError) as exc:
            raise UsageProblem(f"--fix-cafile {cafile}: cannot read a certificate from it ({exc})") from None
    if address:
        host, _, port = address.rpartition(":")
        if not host or not port.isdigit():
            raise UsageProblem(f"--fix-address must be HOST:PORT, got {address!r}")
        host = host.strip("[]")
        return {"host": host, "port": int(port), "tls": context or not _loopback(host)}
    env = session.settings.env
    if env not in ("prod", "demo"):
        raise UsageProblem(
            "the FIX address of this exchange is unknown: give --fix-address HOST:PORT "
            f"(or set {ENV_ADDRESS}; kalshi sim prints it)"
        )
    return {"environment": env, "tls": context or True}


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _where(client: Any) -> str:
    return f"{client.connection.host}:{client.connection.port}"


class ReportLines:
    """Execution reports printed one per line: aligned text, JSON lines, or CSV rows."""

    def __init__(self, session: Session) -> None:
        self.output = session.output
        self.printed = 0
        if self.output.format is OutputFormat.CSV:
            self.output.console.print(",".join(REPORT_FIELDS), markup=False, soft_wrap=True)

    def show(self, report: M.ExecutionReport) -> None:
        values = {name: getattr(report, name) for name in REPORT_FIELDS}
        values["side"] = _SIDES.get(report.side, report.side)
        values["exec_type"] = _label(ExecType, report.exec_type)
        values["ord_status"] = _label(OrdStatus, report.ord_status)
        if report.transact_time is not None:
            values["transact_time"] = report.transact_time.isoformat().replace("+00:00", "Z")
        output = self.output
        if output.format is OutputFormat.JSON:
            output.json_line(values)
        else:
            cells = ["" if value is None else str(value) for value in values.values()]
            separator = "," if output.format is OutputFormat.CSV else "  "
            output.console.print(separator.join(cells), markup=False, soft_wrap=True)
        self.printed += 1


def _label(kind: Any, value: str) -> str:
    try:
        return str(kind(value).name.lower())
    except ValueError:
        return value


@kalshi_command("logon", group=fix_app)
def logon(
    session: Session,
    *,
    session_type: Annotated[
        str,
        typer.Option(
            help="one of " + ", ".join(spec.session_type.value for spec in SESSION_TYPES.values()),
            metavar="TYPE",
        ),
    ] = "order_entry",
    fix_address: AddressOption = None,
    fix_cafile: CafileOption = None,
) -> None:
    """Log on to a FIX session type with your API key, then log out.

    Says whether the key, the address and the signature are right, and how long the Logon took.
    """
    try:
        spec = spec_of(session_type)
    except ValueError as exc:
        raise UsageProblem(str(exc)) from None
    auth = session.signed_client("kalshi fix logon")
    where = _connection(session, fix_address, fix_cafile)
    client = connect(auth, spec.session_type, reconnect=False, **where)

    async def run() -> float:
        started = time.perf_counter()
        try:
            async with client:
                return time.perf_counter() - started
        except LogonRefused as exc:
            refusal = f"{spec.target_comp_id} at {_where(client)} refused the Logon: {exc.text}"
            raise CliError(refusal) from None

    elapsed = asyncio.run(run())
    session.output.record(
        [
            ("session type", spec.session_type.value),
            ("TargetCompID", spec.target_comp_id),
            ("address", _where(client)),
            ("API key", client.session.config.sender_comp_id),
            ("logon", f"{elapsed * 1000:.0f} ms"),
        ],
        title="Logged on and out",
    )


@kalshi_command("dropcopy", group=fix_app)
def dropcopy(
    session: Session,
    *,
    since: Annotated[
        str,
        typer.Option(
            help="the first ExecID to show (drop copy keeps 3 hours; 0: all it has)", metavar="EXEC_ID"
        ),
    ] = "0",
    follow: Annotated[
        bool,
        typer.Option(
            "--follow",
            help="then ask again every --interval seconds and show what is new, until Ctrl-C",
        ),
    ] = False,
    interval: Annotated[
        float, typer.Option(help="seconds between requests with --follow", metavar="SECONDS")
    ] = 2.0,
    count: CountOption = None,
    fix_address: AddressOption = None,
    fix_cafile: CafileOption = None,
) -> None:
    """Your account's execution reports from drop copy (KalshiDC), one per line.

    From --since, every report once (by ExecID). Kalshi's drop copy answers requests: --follow
    asks again and again. For reports as they happen, see `kalshi fix listen`.
    """
    if interval <= 0:
        raise UsageProblem(f"--interval must be positive, got {interval}")
    if count is not None and count < 1:
        raise UsageProblem(f"--count must be 1 or more, got {count}")
    auth = session.signed_client("kalshi fix dropcopy")
    client = DropCopySession(auth, **_connection(session, fix_address, fix_cafile))
    lines = ReportLines(session)

    async def run() -> None:
        begin, seen = since, set[str]()
        async with client:
            while True:
                try:
                    reports = await client.replay(begin)
                except EventResendRejected as exc:
                    raise CliError(f"drop copy refused the replay from {begin}: {exc}") from None
                if _show(lines, reports, seen, count) or not follow:
                    return
                begin = reports[-1].exec_id if reports else begin
                await asyncio.sleep(interval)

    asyncio.run(run())


def _show(
    lines: ReportLines, reports: Iterable[M.ExecutionReport], seen: set[str], count: int | None
) -> bool:
    """Print the reports not seen yet; whether `count` is reached."""
    for report in reports:
        if report.exec_id in seen:
            continue
        seen.add(report.exec_id)
        lines.show(report)
        if count is not None and lines.printed >= count:
            return True
    return False


@kalshi_command("listen", group=fix_app)
def listen(
    session: Session,
    *,
    count: CountOption = None,
    fix_address: AddressOption = None,
    fix_cafile: CafileOption = None,
) -> None:
    """Your account's execution reports as they happen, until Ctrl-C.

    Whichever session or REST call placed the orders: a listener session (ListenerSession=Y on
    KalshiRT, Kalshi's real-time drop copy). A key with read scope is enough; it must not be the
    key you trade with.
    """
    if count is not None and count < 1:
        raise UsageProblem(f"--count must be 1 or more, got {count}")
    auth = session.signed_client("kalshi fix listen")
    flags = {"listener_session": True, "skip_pending_exec_reports": True}
    where = _connection(session, fix_address, fix_cafile)
    client = connect(auth, "order_entry_retransmit", logon=flags, **where)
    lines = ReportLines(session)

    async def run() -> None:
        async with client:
            session.output.note(f"~ listening on {client.spec.target_comp_id} at {_where(client)}")
            async for report in client.executions():
                if _show(lines, [report], set(), count):
                    return

    asyncio.run(run())
