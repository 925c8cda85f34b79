"""How the `kalshi` command fails: one line on stderr and an exit status.

0    success
1    the exchange answered with an error, could not be reached, or the user declined
2    a usage problem: bad options, missing or unusable credentials, an unsafe order refused,
     an extra not installed
130  interrupted with Ctrl-C
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol
from urllib.parse import urlsplit

import typer

from ..errors import APIConnectionError, KalshiError, RequestValidationError, UnexpectedStatus

__all__ = [
    "EXIT_API_ERROR",
    "EXIT_INTERRUPTED",
    "EXIT_USAGE",
    "CliError",
    "Destination",
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


class Destination(Protocol):
    """Where a command sent its requests (the resolved settings), for error messages."""

    @property
    def rest_url(self) -> str: ...

    @property
    def ws_url(self) -> str: ...

    @property
    def chosen_by(self) -> str | None:
        """What chose the exchange (`--base-url`, `KALSHI_ENV`, a profile...); None: the default."""


def origin(url: str) -> str:
    """`scheme://host[:port]` of `url`."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else url


def _reason(exc: UnexpectedStatus) -> str:
    """Kalshi's code, message and details as the error carries them, each said once."""
    parts: list[str] = []
    for part in (exc.code, exc.message, exc.details):
        if part and part not in parts:
            parts.append(part)
    if not parts and exc.content:
        parts.append(exc.content[:300].decode("utf-8", errors="replace"))
    return ": ".join(parts)


def _status_line(exc: UnexpectedStatus, destination: Destination | None) -> str:
    request = exc.response.request if exc.response is not None else None
    if request is not None:
        where = (
            f"{origin(str(request.url))} answered HTTP {exc.status_code} "
            f"to {request.method} {request.url.path}"
        )
    else:
        host = origin(destination.rest_url) if destination else "the exchange"
        where = f"{host} answered HTTP {exc.status_code}"
    reason = _reason(exc)
    line = where + (f": {reason}" if reason else "")
    if exc.request_id:
        line += f" (request id {exc.request_id})"
    return line


def _transport_url(exc: APIConnectionError) -> str | None:
    try:
        return str(exc.request.url)
    except RuntimeError:  # raised without a request
        return None


def _with_where(message: str, url: str | None) -> str:
    """`message`, naming the host of `url` unless it already does."""
    if url is None:
        return message
    host = origin(url)
    return message if host in message else f"{message} (at {host})"


def _default_note(destination: Destination | None) -> str:
    if destination is None or destination.chosen_by is not None:
        return ""
    return (
        "; Kalshi production was used because nothing chose an exchange (--env, --base-url, "
        "KALSHI_BASE_URL, KALSHI_ENV or a profile)"
    )


def describe(exc: BaseException, destination: Destination | None = None) -> tuple[str, int] | None:
    """The message and the exit status for an error a command can meet; None for a bug. Errors
    from an exchange say which one (and that it was production by default, when it was), and
    what the exchange or the library said about why."""
    if isinstance(exc, CliError):
        return str(exc), exc.exit_code
    if isinstance(exc, RequestValidationError):
        return str(exc), EXIT_USAGE
    rest_url = destination.rest_url if destination else None
    if isinstance(exc, UnexpectedStatus):
        return _status_line(exc, destination) + _default_note(destination), EXIT_API_ERROR
    if isinstance(exc, APIConnectionError):
        url = _transport_url(exc) or rest_url
        host = origin(url) if url else "the exchange"
        message = f"could not reach {host}: {exc}" if host not in str(exc) else f"could not reach it: {exc}"
        return message + _default_note(destination), EXIT_API_ERROR
    from ..ws import WebSocketAuthError, WebSocketError

    if isinstance(exc, WebSocketError):  # before KalshiError, of which it is a branch
        ws_url = destination.ws_url if destination else None
        said = str(exc) if "WebSocket" in str(exc) else f"WebSocket: {exc}"
        message = _with_where(said, ws_url) + _default_note(destination)
        return message, EXIT_USAGE if isinstance(exc, WebSocketAuthError) else EXIT_API_ERROR
    if isinstance(exc, KalshiError):
        return _with_where(str(exc), rest_url) + _default_note(destination), EXIT_API_ERROR
    return None


def _one_line(message: str) -> str:
    return " ".join(message.split())


@contextmanager
def failures_reported(destination: Callable[[], Destination | None] = lambda: None) -> Iterator[None]:
    """Turn the errors a command can meet into `kalshi: error: ...` and its exit status;
    `destination()` tells where the command was sending its requests, once it knows."""
    try:
        yield
    except (typer.Abort, KeyboardInterrupt):
        sys.stderr.write("\n")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except Exception as exc:
        described = describe(exc, destination())
        if described is None:
            raise
        message, code = described
        sys.stderr.write(f"kalshi: error: {_one_line(message)}\n")
        raise typer.Exit(code) from None
