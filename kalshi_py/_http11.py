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

__all__ = [
    "INFLATE_STEP",
    "READ_SIZE",
    "REPLAYABLE",
    "AnswerReader",
    "Buffers",
    "Unanswered",
    "inflate",
    "request_bytes",
]

INFLATE_STEP = 256 * 1024
DIRECT_BODY = 64 * 1024  # a body this large with a Content-Length is received into one buffer
READ_SIZE = 256 * 1024  # what one receive asks for
KEEP_BODY = 4 * 1024 * 1024  # a connection keeps a body buffer up to this size for the next answer
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


class Buffers:
    """The receive buffers of one connection, used again answer after answer: memory written once
    is written again without the cost of first touching its pages (for a 2 MB page, more than
    copying it)."""

    __slots__ = ("_body", "scratch")

    def __init__(self) -> None:
        self.scratch = bytearray(READ_SIZE)
        self._body = bytearray()

    def body(self, size: int) -> memoryview:
        """A buffer of exactly `size` bytes for a body."""
        if size > len(self._body):
            if size > KEEP_BODY:
                return memoryview(bytearray(size))
            self._body = bytearray(size)
        return memoryview(self._body)[:size]


class AnswerReader:
    """One answer as its bytes arrive: receive into `buffer()`, report with `received(n)`, and
    `complete` says when the answer is whole.

    httptools reads the head, and every body framed by chunks or by the connection's end. A body
    of a known `Content-Length` past `DIRECT_BODY` bytes is received straight into one buffer of
    its size instead: parsed piecewise it would cost more than the transfer (each piece copied
    out, every piece copied again to join them), see `benchmarks/bench_transport.py`.

    `eof()` tells it the peer closed the connection: a body delimited by the close is then
    complete, and anything else that stopped short is a `httpx.RemoteProtocolError`.
    """

    __slots__ = (
        "_body",
        "_buffers",
        "_length",
        "_parser",
        "_problem",
        "cap",
        "complete",
        "delimited",
        "head",
        "headers",
        "keep_alive",
        "parts",
        "reason",
        "size",
        "started",
        "status",
    )

    def __init__(self, cap: int | None, buffers: Buffers, *, head: bool = False) -> None:
        self.cap = cap
        self.head = head  # the answer to a HEAD request: no body follows, whatever it announces
        self.status = 0
        self.reason = b""
        self.headers: list[tuple[bytes, bytes]] = []
        self.parts: list[bytes] = []
        self.size = 0
        self.started = False  # any byte of the answer arrived
        self.delimited = True  # the body's end is known (a length, chunks, or no body)
        self.complete = False
        self.keep_alive = False
        self._buffers = buffers
        self._body: memoryview | None = None  # a body received whole, once its length is known
        self._length = 0
        self._problem: Exception | None = None
        self._parser = httptools.HttpResponseParser(self)

    def buffer(self) -> memoryview:
        """Where the next bytes from the connection go."""
        if self._body is not None:
            return self._body[self.size :]
        return memoryview(self._buffers.scratch)

    def received(self, size: int) -> None:
        """`size` bytes arrived in `buffer()`."""
        self.started = True
        if self._body is not None:
            self.size += size
            self.complete = self.size >= self._length
            return
        try:
            self._parser.feed_data(memoryview(self._buffers.scratch)[:size])
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
        if self._body is not None:
            return bytes(self._body)
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
        self.keep_alive = self._parser.should_keep_alive()
        length = self.header(b"content-length")
        chunked = b"chunked" in (self.header(b"transfer-encoding") or b"").lower()
        no_body = self.status in (204, 304) or 100 <= self.status < 200
        self.delimited = no_body or chunked or length is not None
        if self.head and self.status >= 200:
            self.complete = True
            return
        if length is None or chunked or no_body or not length.strip().isdigit():
            return
        size = int(length)
        if self.cap is not None and size > self.cap:
            self._refuse(f"its Content-Length is {size} bytes")
        if size >= DIRECT_BODY:
            self._body = self._buffers.body(size)
            self._length = size

    def on_body(self, chunk: bytes) -> None:
        if self._body is not None:  # the first bytes of a body received whole came with the head
            self._body[self.size : self.size + len(chunk)] = chunk
            self.size += len(chunk)
            return
        self.size += len(chunk)
        if self.cap is not None and self.size > self.cap:
            self._refuse(f"more than {self.cap} bytes arrived")
        self.parts.append(chunk)

    def on_message_complete(self) -> None:
        if 100 <= self.status < 200:  # an interim answer (103 Early Hints): the answer follows
            self.status, self.reason, self.headers = 0, b"", []
            return
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
