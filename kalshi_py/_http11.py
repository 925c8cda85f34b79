"""HTTP/1.1 as bytes, without I/O: what kalshi-py's own connections write and how they read.

`request_bytes` writes a request, head and body, as one buffer. `AnswerReader` reads an answer
from the bytes fed to it with httptools (Node's llhttp parser), keeping the size cap while the
body arrives: a `Content-Length` over the cap is refused before the body is read, and a body
that grows past it as soon as it does. `inflate` decodes a compressed body in bounded steps.
Both I/O loops in `kalshi_py._transport` share all of this; only their sockets differ.
"""

from __future__ import annotations

import zlib

import httptools
import httpx

from .errors import ResponseTooLarge, ResponseValidationError

__all__ = ["INFLATE_STEP", "REPLAYABLE", "AnswerReader", "Unanswered", "inflate", "request_bytes"]

INFLATE_STEP = 256 * 1024
# headers describing the bytes on the wire; an answer handed on has its body decoded
WIRE_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})
# reads sent again, once, when a kept-alive connection turns out closed before any answer
REPLAYABLE = frozenset({"GET", "HEAD", "OPTIONS"})


class Unanswered(httpx.RemoteProtocolError):
    """The connection closed before a single byte of the answer arrived."""


def request_bytes(request: httpx.Request) -> bytes:
    """The request as sent: its request line, its headers as they are, and its body."""
    lines = [b"%s %s HTTP/1.1\r\n" % (request.method.encode("ascii"), request.url.raw_path)]
    lines.extend(b"%s: %s\r\n" % pair for pair in request.headers.raw)
    lines.append(b"\r\n")
    lines.append(request.read())
    return b"".join(lines)


class AnswerReader:
    """One answer as its bytes arrive: `feed` them, then `complete` says whether it is whole.

    `eof()` tells it the peer closed the connection: a body delimited by the close is then
    complete, and anything else that stopped short is a `httpx.RemoteProtocolError`.
    """

    __slots__ = (
        "_parser",
        "_problem",
        "cap",
        "complete",
        "delimited",
        "headers",
        "keep_alive",
        "parts",
        "reason",
        "size",
        "started",
        "status",
    )

    def __init__(self, cap: int | None) -> None:
        self.cap = cap
        self.status = 0
        self.reason = b""
        self.headers: list[tuple[bytes, bytes]] = []
        self.parts: list[bytes] = []
        self.size = 0
        self.started = False  # any byte of the answer arrived
        self.delimited = True  # the body's end is known (a length, chunks, or no body)
        self.complete = False
        self.keep_alive = False
        self._problem: Exception | None = None
        self._parser = httptools.HttpResponseParser(self)

    def feed(self, data: bytes | memoryview) -> None:
        self.started = True
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserCallbackError:
            assert self._problem is not None
            raise self._problem from None
        except httptools.HttpParserError as exc:
            raise httpx.RemoteProtocolError(f"the answer is not valid HTTP/1.1: {exc}") from None

    def eof(self) -> None:
        if self.complete:
            return
        if self.status and not self.delimited:
            self.complete = True  # a body that runs until the connection closes
            self.keep_alive = False
            return
        if not self.started:
            raise Unanswered("Server disconnected without sending a response.")
        raise httpx.RemoteProtocolError("the server closed the connection in the middle of its answer")

    def body(self) -> bytes:
        return self.parts[0] if len(self.parts) == 1 else b"".join(self.parts)

    def header(self, name: bytes) -> bytes | None:
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None

    # -- httptools callbacks -----------------------------------------------------------------------

    def on_status(self, reason: bytes) -> None:
        self.reason += reason

    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        self.status = self._parser.get_status_code()
        length = self.header(b"content-length")
        chunked = b"chunked" in (self.header(b"transfer-encoding") or b"").lower()
        no_body = self.status in (204, 304) or 100 <= self.status < 200
        self.delimited = no_body or chunked or length is not None
        if (
            length is not None
            and self.cap is not None
            and length.strip().isdigit()
            and int(length) > self.cap
        ):
            self._refuse(f"its Content-Length is {int(length)} bytes")

    def on_body(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.cap is not None and self.size > self.cap:
            self._refuse(f"more than {self.cap} bytes arrived")
        self.parts.append(chunk)

    def on_message_complete(self) -> None:
        self.complete = True
        self.keep_alive = self._parser.should_keep_alive()

    def _refuse(self, why: str) -> None:
        self._problem = ResponseTooLarge(why, status_code=self.status)
        raise self._problem


def inflate(content: bytes, encoding: str, cap: int | None) -> bytes:
    """`content` decoded from its `Content-Encoding` (gzip, deflate, identity), never more than
    `cap` bytes: `ResponseTooLarge` as soon as the output would pass it."""
    for name in reversed([part.strip().lower() for part in encoding.split(",") if part.strip()]):
        if name == "identity":
            continue
        try:
            if name in ("gzip", "x-gzip"):
                if cap is not None and len(content) >= 18:
                    announced = int.from_bytes(content[-4:], "little")
                    if announced > cap:
                        raise ResponseTooLarge(f"its gzip trailer announces {announced} bytes inflated")
                content = _inflate(content, 16 + zlib.MAX_WBITS, cap)
            elif name == "deflate":
                zlib_wrapped = len(content) >= 2 and (content[0] * 256 + content[1]) % 31 == 0
                content = _inflate(content, zlib.MAX_WBITS if zlib_wrapped else -zlib.MAX_WBITS, cap)
            else:
                raise ResponseValidationError(
                    f"the answer has a Content-Encoding kalshi-py did not ask for: {name}"
                )
        except zlib.error as exc:
            raise ResponseValidationError(f"the answer's {name} body is corrupt: {exc}") from None
    return content


def _inflate(data: bytes, wbits: int, cap: int | None) -> bytes:
    """Inflate in steps of bounded output; gzip members that follow each other are all read."""
    out = bytearray()
    while data:
        inflater = zlib.decompressobj(wbits)
        pending = data
        while not inflater.eof:
            piece = inflater.decompress(pending, INFLATE_STEP)
            out += piece
            if cap is not None and len(out) > cap:
                raise ResponseTooLarge(f"it inflates to more than {cap} bytes")
            pending = inflater.unconsumed_tail
            if not piece and not pending:
                break
        if not inflater.eof:
            raise ResponseValidationError("the answer's compressed body is truncated")
        data = inflater.unused_data if wbits > 16 else b""
    return bytes(out)
