"""How the `kalshi` command fails: one line on stderr and an exit status.

    0    success
    1    the exchange answered with an error, could not be reached, or the user declined
    2    a usage problem: bad options, missing or unusable credentials, an unsafe order refused
    130  interrupted with Ctrl-C
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from ..errors import APIConnectionError, KalshiError, RequestValidationError, UnexpectedStatus

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_USAGE",
    "CliError",
    "UsageProblem",
    "describe",
    "failures_reported",
]

EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class CliError(Exception):
    """A failure to report as one line, with the exit status to leave with."""

    exit_code = EXIT_API_ERROR

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class UsageProblem(CliError):
    """The command line, the environment or the profile file asks for something unusable."""

    exit_code = EXIT_USAGE


def describe(exc: BaseException) -> tuple[str, int] | None:
    """The message and the exit status for an error a command can meet; None for a bug."""
    if isinstance(exc, CliError):
        return str(exc), exc.exit_code
    if isinstance(exc, UnexpectedStatus):
        what = " ".join(part for part in (exc.code, exc.message or exc.details) if part)
        line = f"the exchange answered HTTP {exc.status_code}" + (f": {what}" if what else "")
        if exc.request_id:
            line += f" (request id {exc.request_id})"
        return line, EXIT_API_ERROR
    if isinstance(exc, RequestValidationError):
        return str(exc), EXIT_USAGE
    if isinstance(exc, APIConnectionError):
        return f"could not reach the exchange: {exc}", EXIT_API_ERROR
    from ..ws import WebSocketAuthError, WebSocketError

    if isinstance(exc, WebSocketAuthError):
        return str(exc), EXIT_USAGE
    if isinstance(exc, WebSocketError):  # before KalshiError, of which it is a branch
        return f"WebSocket: {exc}", EXIT_API_ERROR
    if isinstance(exc, KalshiError):
        return str(exc), EXIT_API_ERROR
    return None


def _one_line(message: str) -> str:
    return " ".join(message.split())


@contextmanager
def failures_reported() -> Iterator[None]:
    """Turn the errors a command can meet into `kalshi: error: ...` and its exit status."""
    try:
        yield
    except (typer.Abort, KeyboardInterrupt):
        sys.stderr.write("\n")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as exc:
        described = describe(exc)
        if described is None:
            raise
        message, code = described
        sys.stderr.write(f"kalshi: error: {_one_line(message)}\n")
        raise typer.Exit(code) from None
