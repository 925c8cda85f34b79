"""The two I/O loops that run a call's flow: one blocking, one asyncio. Nothing else exists twice.

Each `Send` goes over kalshi-py's own connections (`kalshi_py._transport`) when the client allows
it, else through the httpx client in streaming mode with its body read here. Either way two limits
hold while the bytes arrive:

- the **deadline**: reads stop when it passes. Own connections never wait past it; through httpx,
  async attempts run under `asyncio.wait_for`, sync ones have the socket of a body read shut down
  by the deadline watchdog (`_deadline`), and each phase timeout of every attempt is capped at
  the time left.
- the **size cap** (`Client(max_response_bytes=...)`): a `Content-Length` over the cap is
  refused before reading, a body that grows past it is refused as soon as it does, and a
  compressed body is inflated in bounded steps (a gzip body whose trailer announces more than the
  cap is refused without inflating it at all), so a small body cannot inflate into a large one.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._call import SIGNED
from ._deadline import watch_body
from ._http11 import inflate
from ._outcome import Outcome, Received
from ._pipeline import Flow, Send, Sleep, call_flow
from .errors import DeadlineExceeded, ResponseTooLarge, ResponseValidationError

if TYPE_CHECKING:
    from ._async_transport import AsyncTransport
    from ._operation import Operation
    from ._transport import Transport
    from .client import Client

__all__ = ["inflate", "run_async", "run_sync"]

T = TypeVar("T")


def run_sync(client: Client, op: Operation[T], args: Mapping[str, Any]) -> Outcome[T]:
    http = client.get_httpx_client()
    transport = client._sync_transport(http)
    flow: Flow[Outcome[T]] = call_flow(client, http, op, args)
    result: Received | None = None
    try:
        while True:
            action = flow.send(result)
            if isinstance(action, Sleep):
                time.sleep(action.seconds)
                result = None
            elif transport is not None:
                result = _send_own(client, http, transport, action)
            else:
                result = _send_sync(http, action)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


async def run_async(client: Client, op: Operation[T], args: Mapping[str, Any]) -> Outcome[T]:
    http = client.get_async_httpx_client()
    transport = client._async_transport_for(http)
    flow: Flow[Outcome[T]] = call_flow(client, http, op, args)
    result: Received | None = None
    try:
        while True:
            action = flow.send(result)
            if isinstance(action, Sleep):
                await asyncio.sleep(action.seconds)
                result = None
            elif transport is not None:
                result = await _send_own_async(client, http, transport, action)
            else:
                result = await _send_async(http, action)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]


# -- kalshi-py's own connections --------------------------------------------------------------------


def _send_own(client: Client, http: httpx.Client, transport: Transport, send: Send) -> Received:
    try:
        _sign(client, send)
        return _kept_cookies(http, transport.send(send.request, send.deadline, send.max_bytes))
    except (httpx.TransportError, ResponseValidationError) as exc:
        return _failed(send, exc)
    except ResponseTooLarge as exc:
        return _too_large(send, exc)


async def _send_own_async(
    client: Client, http: httpx.AsyncClient, transport: AsyncTransport, send: Send
) -> Received:
    try:
        _sign(client, send)
        return _kept_cookies(http, await transport.send(send.request, send.deadline, send.max_bytes))
    except (httpx.TransportError, ResponseValidationError) as exc:
        return _failed(send, exc)
    except ResponseTooLarge as exc:
        return _too_large(send, exc)


def _sign(client: Client, send: Send) -> None:
    """Sign the request as the client's httpx auth would (it takes one step: no answer needed),
    unless it was signed as it was built."""
    auth = client._httpx_auth()
    if auth is not None and send.credentials and not send.request.extensions.get(SIGNED):
        flow = auth.sync_auth_flow(send.request)
        next(flow)
        flow.close()


def _kept_cookies(http: httpx.Client | httpx.AsyncClient, response: httpx.Response) -> httpx.Response:
    """Keep the cookies an answer sets in the httpx client's jar, as httpx does."""
    if "set-cookie" in response.headers:
        http.cookies.extract_cookies(response)
    return response


def _failed(send: Send, exc: Exception) -> Exception:
    """A failure of one attempt, naming its request as httpx's own failures do."""
    if isinstance(exc, httpx.RequestError):
        try:
            exc.request  # noqa: B018 - raises when the failure names no request yet
        except RuntimeError:
            exc.request = send.request
    return _deadline_error(send, exc) if send.deadline.expired() else exc


def _too_large(send: Send, exc: ResponseTooLarge) -> ResponseTooLarge:
    request = send.request
    return ResponseTooLarge(
        f"{request.method} {request.url}: the answer is larger than the {send.max_bytes}-byte cap "
        f"(max_response_bytes): {exc}",
        status_code=exc.status_code,
    )


# -- through httpx ----------------------------------------------------------------------------------


def _send_sync(http: httpx.Client, send: Send) -> Received:
    try:
        response = http.send(send.request, stream=True, follow_redirects=False, **_auth(send))
        try:
            body = _Body(response, send)
            if response.is_stream_consumed:  # a response event hook read it already
                body.feed(response.content, decoded=True)
            else:
                with watch_body(response, send.deadline):
                    for chunk in response.iter_raw():
                        body.feed(chunk)
            return body.response()
        finally:
            response.close()
    except (httpx.TransportError, DeadlineExceeded, ResponseTooLarge, ResponseValidationError) as exc:
        return _deadline_error(send, exc) if send.deadline.expired() else exc


async def _send_async(http: httpx.AsyncClient, send: Send) -> Received:
    async def exchange() -> httpx.Response:
        response = await http.send(send.request, stream=True, follow_redirects=False, **_auth(send))
        try:
            body = _Body(response, send)
            if response.is_stream_consumed:  # a response event hook read it already
                body.feed(response.content, decoded=True)
            else:
                async for chunk in response.aiter_raw():
                    body.feed(chunk)
            return body.response()
        finally:
            await response.aclose()

    try:
        return await asyncio.wait_for(exchange(), send.deadline.left())
    except asyncio.TimeoutError as exc:
        return _deadline_error(send, exc)
    except (httpx.TransportError, DeadlineExceeded, ResponseTooLarge, ResponseValidationError) as exc:
        return _deadline_error(send, exc) if send.deadline.expired() else exc
    except OSError as exc:  # a TLS alert after the handshake (a refused client certificate)
        return _failed(send, httpx.ReadError(str(exc)))


def _auth(send: Send) -> dict[str, Any]:
    return {} if send.credentials else {"auth": None}


def _deadline_error(send: Send, cause: BaseException) -> DeadlineExceeded:
    if isinstance(cause, DeadlineExceeded):
        return cause
    request = send.request
    not_sent = isinstance(cause, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    error = DeadlineExceeded(
        f"{request.method} {request.url}: no complete answer within the total timeout of "
        f"{send.deadline.seconds} s (host {request.url.host}; last: {type(cause).__name__})",
        request=request,
        sent=not not_sent,
    )
    error.__cause__ = cause
    return error


class _Body:
    """The body of one answer as it arrives, within the cap and the deadline."""

    def __init__(self, response: httpx.Response, send: Send) -> None:
        self.response_head = response
        self.send = send
        self.cap = send.max_bytes
        self.parts: list[bytes] = []
        self.size = 0
        self.decoded = False
        length = response.headers.get("content-length", "")
        if self.cap is not None and length.isdigit() and int(length) > self.cap:
            raise self.too_large(f"its Content-Length is {int(length)} bytes")

    def too_large(self, why: str) -> ResponseTooLarge:
        request = self.send.request
        return ResponseTooLarge(
            f"{request.method} {request.url}: the answer is larger than the {self.cap}-byte cap "
            f"(max_response_bytes): {why}",
            status_code=self.response_head.status_code,
        )

    def feed(self, chunk: bytes, *, decoded: bool = False) -> None:
        self.decoded = decoded
        self.size += len(chunk)
        if self.cap is not None and self.size > self.cap:
            raise self.too_large(f"more than {self.cap} bytes arrived")
        self.parts.append(chunk)
        if self.send.deadline.expired():
            raise _deadline_error(self.send, TimeoutError("the body was still arriving"))

    def response(self) -> httpx.Response:
        """The answer with its body read and decoded (no Content-Encoding left)."""
        head = self.response_head
        content = b"".join(self.parts)
        encoding = head.headers.get("content-encoding", "")
        if encoding and not self.decoded:
            try:
                content = inflate(content, encoding, self.cap)
            except ResponseTooLarge as exc:
                raise self.too_large(str(exc)) from None
        headers = [
            (name, value)
            for name, value in head.headers.multi_items()
            if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
        ]
        return httpx.Response(
            head.status_code,
            headers=headers,
            content=content,
            request=head.request,
            extensions=head.extensions,
        )
