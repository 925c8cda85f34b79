"""The cap on the size of an answer, as read and as inflated, against servers that send too much.

Memory is measured with the kernel's high-water mark of this process (`VmHWM` in
/proc/self/status), reset before each call through /proc/self/clear_refs: the growth is the peak
the call caused, not what was left after it.
"""

from __future__ import annotations

import asyncio
import gzip
import re
import threading
import zlib
from pathlib import Path
from typing import Any

import pytest

import kalshi_py
from kalshi_py.api.market import get_markets
from kalshi_py.client import DEFAULT_MAX_RESPONSE_BYTES
from kalshi_py.errors import ResponseTooLarge

from .loopback import Answer, Loopback, Raw

# every test here runs over kalshi-py's own connections and through httpx
pytestmark = pytest.mark.usefixtures("each_http_path")

MB = 1024 * 1024
STATUS = Path("/proc/self/status")
needs_proc = pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux /proc")
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
MARKETS = b'{"markets": [{"ticker": "KX-1"}], "cursor": ""}'


def peak_kib() -> int:
    match = re.search(r"VmHWM:\s+(\d+) kB", STATUS.read_text())
    assert match is not None
    return int(match.group(1))


def reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")


def bomb(inflated: int, *, lie: bool = False) -> bytes:
    """A gzip body of `inflated` zero bytes, built without holding them; with `lie`, its trailer
    announces 1000 bytes instead."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(MB)
    parts = [packer.compress(chunk) for _ in range(inflated // MB)]
    body = b"".join([*parts, packer.flush()])
    return body[:-4] + (1000).to_bytes(4, "little") if lie else body


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    body = bomb(200 * MB)
    assert len(body) < 300 * 1024  # about 200 KB that inflate to 200 MB
    return body


def headers_then_zeros(length: int | None, sent: list[int]) -> Raw:
    """Headers (with Content-Length `length`, or chunked), then zeros until the client hangs up."""

    def write(wfile: Any, stopping: threading.Event) -> None:
        framing = f"Content-Length: {length}" if length is not None else "Transfer-Encoding: chunked"
        wfile.write(f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{framing}\r\n\r\n".encode())
        block = bytes(256 * 1024)
        total = length if length is not None else 50 * MB
        while sent[0] < total and not stopping.is_set():
            piece = block if length is not None else b"%x\r\n%s\r\n" % (len(block), block)
            wfile.write(piece)
            sent[0] += len(block)
        if length is None:
            wfile.write(b"0\r\n\r\n")

    return Raw(write)


def get(mode: str, base_url: str, **kwargs: Any) -> Any:
    options = {"base_url": base_url, "max_retries": 0, **kwargs}
    if mode == "sync":
        with kalshi_py.Client(**options) as client:
            return get_markets.sync(client=client)

    async def main() -> Any:
        async with kalshi_py.Client(**options) as client:
            return await get_markets.asyncio(client=client)

    return asyncio.run(main())


def peak_growth(call: Any) -> int:
    """The bytes by which this process's peak memory grew while `call()` ran."""
    reset_peak()
    before = peak_kib()
    call()
    return (peak_kib() - before) * 1024


def refused(mode: str, base_url: str, match: str, **kwargs: Any) -> None:
    with pytest.raises(ResponseTooLarge, match=match):
        get(mode, base_url, **kwargs)


def test_the_default_cap_is_below_50_mb() -> None:
    assert 1 * MB < DEFAULT_MAX_RESPONSE_BYTES < 50 * 1000 * 1000
    assert kalshi_py.Client().max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES


@MODES
def test_a_50_mb_answer_announced_by_content_length_is_refused_before_reading(mode: str) -> None:
    sent = [0]
    server = Loopback(lambda seen: headers_then_zeros(50 * MB, sent))
    with server, pytest.raises(ResponseTooLarge) as caught:
        get(mode, server.base_url)
    assert "Content-Length" in str(caught.value)
    assert caught.value.status_code == 200
    assert "max_response_bytes" in str(caught.value)


@needs_proc
@MODES
def test_a_50_mb_chunked_answer_is_refused_while_it_is_read(mode: str) -> None:
    sent = [0]
    cap = 4 * MB
    with Loopback(lambda seen: headers_then_zeros(None, sent)) as server:
        grown = peak_growth(lambda: refused(mode, server.base_url, "more than", max_response_bytes=cap))
    assert grown < 4 * cap, f"grew {grown / MB:.1f} MB for a cap of {cap / MB:.0f} MB"


@needs_proc
@MODES
def test_a_gzip_bomb_is_refused_without_inflating_it(mode: str, gzip_bomb: bytes) -> None:
    answer = Answer(200, gzip_bomb, {"Content-Encoding": "gzip"})
    with Loopback(lambda seen: answer) as server:
        grown = peak_growth(lambda: refused(mode, server.base_url, "gzip trailer announces 209715200 bytes"))
    assert grown < DEFAULT_MAX_RESPONSE_BYTES / 4, f"grew {grown / MB:.1f} MB"


@needs_proc
@MODES
def test_a_gzip_bomb_with_a_lying_trailer_is_refused_while_inflating(mode: str) -> None:
    cap = 4 * MB
    liar = bomb(200 * MB, lie=True)
    answer = Answer(200, liar, {"Content-Encoding": "gzip"})
    with Loopback(lambda seen: answer) as server:
        grown = peak_growth(
            lambda: refused(mode, server.base_url, "inflates to more than", max_response_bytes=cap)
        )
    assert grown < 4 * cap, f"grew {grown / MB:.1f} MB for a cap of {cap / MB:.0f} MB"


def _raw_deflate(data: bytes) -> bytes:
    """A deflate stream without the zlib wrapper, as some servers send it."""
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


@MODES
@pytest.mark.parametrize(
    ("encoding", "pack"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", _raw_deflate),
        ("identity", lambda data: data),
    ],
    ids=["gzip", "deflate-zlib", "deflate-raw", "identity"],
)
def test_compressed_answers_under_the_cap_decode(mode: str, encoding: str, pack: Any) -> None:
    answer = Answer(200, pack(MARKETS), {"Content-Encoding": encoding})
    with Loopback(lambda seen: answer) as server:
        assert get(mode, server.base_url).markets[0].ticker == "KX-1"
    assert server.seen[0].headers["accept-encoding"] == "gzip, deflate"


def test_the_cap_is_set_per_client_and_per_call() -> None:
    with Loopback(lambda seen: Answer(200, MARKETS)) as server:
        with kalshi_py.Client(base_url=server.base_url, max_response_bytes=10) as small:
            with pytest.raises(ResponseTooLarge):
                get_markets.sync(client=small)
            assert get_markets.sync(client=small.with_options(max_response_bytes=None)).markets
        with kalshi_py.Client(base_url=server.base_url) as client:
            with pytest.raises(ResponseTooLarge):
                get_markets.sync(client=client.with_options(max_response_bytes=10))
            assert get_markets.sync(client=client).markets
    with pytest.raises(ValueError, match="max_response_bytes"):
        kalshi_py.Client(max_response_bytes=-1)


def test_an_unknown_content_encoding_is_a_clear_error() -> None:
    answer = Answer(200, b"\x00\x01", {"Content-Encoding": "br"})
    with (
        Loopback(lambda seen: answer) as server,
        pytest.raises(kalshi_py.errors.ResponseValidationError) as caught,
    ):
        get("sync", server.base_url)
    assert "br" in str(caught.value)
