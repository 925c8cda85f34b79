"""The FIX tag=value wire format: frames, fields, BodyLength and CheckSum.

A frame is `8=FIXT.1.1 SOH 9=<BodyLength> SOH <fields> 10=<CheckSum> SOH`, where BodyLength counts
the bytes from the field after BodyLength up to and including the SOH before CheckSum, and
CheckSum is the sum of every byte before `10=` modulo 256, written with three digits.

`frame_end` finds where a frame ends in a stream buffer; `open_frame` checks BeginString,
BodyLength and CheckSum and returns the fields; `read_fields` splits them into a dict (tag text to
value text, the last occurrence of a tag winning) plus the flat list `[tag, value, tag, value, ...]`
in wire order, which repeating groups are read from. Length-prefixed data fields (RawData(96)
after RawDataLength(95), and the like) may hold any byte, SOH included.
"""

from __future__ import annotations

from typing import Any
from zlib import adler32

from .errors import FixDecodeError, FixFrameError

__all__ = [
    "BEGIN_STRING",
    "MAX_BODY_LENGTH",
    "checksum",
    "frame",
    "frame_end",
    "frame_text",
    "open_frame",
    "read_fields",
    "resync_point",
    "split_fields",
    "split_fields_exactly",
]

BEGIN_STRING = "FIXT.1.1"
MAX_BODY_LENGTH = 1 << 20
"""The largest BodyLength accepted (1 MiB); a longer one is taken for a garbled frame."""

_PREFIX = b"8=FIXT.1.1\x019="
_PREFIX_LENGTH = len(_PREFIX)
_TRAILER_LENGTH = 7  # 10=NNN SOH
_DATA_TAGS = {"95": "96", "93": "89", "212": "213", "354": "355"}  # length tag -> its data tag


def checksum(data: bytes | bytearray | memoryview) -> int:
    """The FIX CheckSum of `data`: the sum of its bytes modulo 256.

    Adler-32's low half is 1 + the byte sum modulo 65521, which is the exact sum for up to 256
    bytes; summing such chunks in C is far faster than `sum(data)`."""
    size = len(data)
    if size <= 256:
        return ((adler32(data) & 0xFFFF) - 1) & 0xFF
    if size <= 512:
        return ((adler32(data[:256]) & 0xFFFF) + (adler32(data[256:]) & 0xFFFF) - 2) & 0xFF
    view = memoryview(data)
    total = 0
    for start in range(0, size, 256):
        total += (adler32(view[start : start + 256]) & 0xFFFF) - 1
    return total & 0xFF


def frame(fields: str) -> bytes:
    """A complete frame around `fields` (`35=...` up to and including its last SOH)."""
    body = fields.encode("utf-8", "surrogateescape")
    head = b"8=FIXT.1.1\x019=%d\x01%b" % (len(body), body)
    return head + b"10=%03d\x01" % checksum(head)


def frame_end(buffer: bytes | bytearray, start: int = 0) -> int:
    """Where the frame that begins at `buffer[start]` ends (exclusive), or 0 while it is still
    incomplete. Raises `FixFrameError` when the bytes at `start` cannot begin a frame."""
    available = len(buffer) - start
    if available < _PREFIX_LENGTH:
        if _PREFIX.startswith(bytes(buffer[start:])):
            return 0
        raise FixFrameError("the stream does not begin with 8=FIXT.1.1|9=", reason=6)
    if buffer[start : start + _PREFIX_LENGTH] != _PREFIX:
        raise FixFrameError(
            f"expected a frame beginning 8=FIXT.1.1|9=, got {bytes(buffer[start : start + 16])!r}",
            reason=6,
            ref_tag=8,
        )
    digits_at = start + _PREFIX_LENGTH
    soh = buffer.find(b"\x01", digits_at, digits_at + 9)
    if soh < 0:
        if available > _PREFIX_LENGTH + 8:
            raise FixFrameError("BodyLength(9) is not a number of at most 8 digits", reason=6, ref_tag=9)
        return 0
    digits = bytes(buffer[digits_at:soh])
    if not digits.isdigit():
        raise FixFrameError(f"BodyLength(9) is not a number: {digits!r}", reason=6, ref_tag=9)
    length = int(digits)
    if length > MAX_BODY_LENGTH:
        raise FixFrameError(f"BodyLength(9) {length} exceeds {MAX_BODY_LENGTH}", reason=6, ref_tag=9)
    end = soh + 1 + length + _TRAILER_LENGTH
    return end if len(buffer) >= end else 0


def resync_point(buffer: bytes | bytearray, start: int) -> int:
    """Where the next frame may begin after garbage at `start` (the length of `buffer` if
    nowhere yet)."""
    found = buffer.find(b"8=FIXT.1.1\x01", start + 1)
    return len(buffer) if found < 0 else found


def open_frame(message: bytes) -> bytes:
    """The fields of a complete frame (from after BodyLength up to and including the SOH before
    CheckSum), once BeginString, BodyLength and CheckSum are checked."""
    if not message.startswith(_PREFIX):
        raise FixFrameError(
            "BeginString(8) must be FIXT.1.1 and be followed by BodyLength(9)", reason=6, ref_tag=8
        )
    soh = message.find(b"\x01", _PREFIX_LENGTH)
    digits = message[_PREFIX_LENGTH:soh]
    if soh < 0 or not digits.isdigit():
        raise FixFrameError(f"BodyLength(9) is not a number: {digits!r}", reason=6, ref_tag=9)
    start = soh + 1
    end = start + int(digits)
    if message[end : end + 3] != b"10=" or len(message) != end + _TRAILER_LENGTH or message[-1] != 1:
        raise FixFrameError(
            f"BodyLength(9)={int(digits)} does not end where CheckSum(10) begins "
            f"(frame of {len(message)} bytes)",
            reason=6,
            ref_tag=9,
        )
    if message[end - 1] != 1:
        raise FixFrameError("the field before CheckSum(10) is not terminated by SOH", reason=6, ref_tag=10)
    sent = message[end + 3 : end + 6]
    expected = checksum(memoryview(message)[:end])
    if not sent.isdigit() or int(sent) != expected:
        raise FixFrameError(
            f"CheckSum(10) is {sent.decode(errors='replace')}, expected {expected:03d}", reason=6, ref_tag=10
        )
    return message[start:end]


def read_fields(body: bytes) -> tuple[dict[str, Any], list[str]]:
    """`({tag: value}, [tag, value, tag, value, ...])` of the fields of a frame."""
    text = body.decode("utf-8", "surrogateescape")
    return split_fields(text) or split_fields_exactly(body)


def split_fields(text: str) -> tuple[dict[str, Any], list[str]] | None:
    """Fields whose values hold no '=' in two C calls; None when some do (or are malformed)."""
    if "95=" in text or "93=" in text:
        return None  # length-prefixed data (RawData, Signature) may hold SOH and '='
    flat = text.replace("\x01", "=").split("=")
    if len(flat) != 2 * text.count("\x01") + 1 or "\x01=" in text or text.startswith("="):
        return None
    flat.pop()  # after the last SOH
    return dict(zip(flat[0::2], flat[1::2], strict=False)), flat


def frame_text(message: bytes) -> str | None:
    """The fields of a complete ASCII frame as text, once BeginString, BodyLength and CheckSum
    are checked; None for a frame that is not plain ASCII or not correct (`open_frame` then
    reads it, or says what is wrong)."""
    text = message.decode("utf-8", "surrogateescape")
    if len(text) != len(message) or not text.startswith("8=FIXT.1.1\x019="):
        return None
    soh = text.find("\x01", _PREFIX_LENGTH)
    digits = text[_PREFIX_LENGTH:soh]
    if soh < 0 or not digits.isdigit():
        return None
    end = soh + 1 + int(digits)
    sent = text[end + 3 : end + 6]
    if (
        text[end - 1 : end + 3] != "\x0110="
        or len(text) != end + _TRAILER_LENGTH
        or text[-1] != "\x01"
        or not sent.isdigit()
        or int(sent) != checksum(message[:end])
    ):
        return None
    return text[soh + 1 : end]


def split_fields_exactly(body: bytes) -> tuple[dict[str, Any], list[str]]:
    """Field by field: for values holding '=' and length-prefixed data holding any byte."""
    flat: list[str] = []
    position, size = 0, len(body)
    data_tag: str | None = None
    data_length = 0
    while position < size:
        equals = body.find(b"=", position)
        end_of_field = body.find(b"\x01", position)
        if equals < 0 or (0 <= end_of_field < equals):
            raise FixDecodeError(f"a field without '=' at byte {position}", reason=6)
        tag = body[position:equals].decode("ascii", "replace")
        if not tag.isdigit() or tag.startswith("0"):
            raise FixDecodeError(f"invalid tag {tag!r} at byte {position}", reason=0)
        if tag == data_tag:
            end = equals + 1 + data_length
            if body[end : end + 1] != b"\x01":
                raise FixDecodeError(
                    f"data field {tag} is not {data_length} bytes long as its length field says",
                    reason=6,
                    ref_tag=int(tag),
                )
        else:
            end = body.find(b"\x01", equals + 1)
            if end < 0:
                raise FixDecodeError(f"field {tag} is not terminated by SOH", reason=6, ref_tag=int(tag))
        value = body[equals + 1 : end].decode("utf-8", "surrogateescape")
        data_tag = _DATA_TAGS.get(tag)
        if data_tag is not None:
            if not value.isdigit():
                raise FixDecodeError(
                    f"length field {tag} is not a number: {value!r}", reason=6, ref_tag=int(tag)
                )
            data_length = int(value)
        flat.append(tag)
        flat.append(value)
        position = end + 1
    return dict(zip(flat[0::2], flat[1::2], strict=False)), flat
