"""The public face of kalshi_py.fix: exactly the documented names, each importable."""

from __future__ import annotations

import kalshi_py.fix
from kalshi_py.errors import KalshiError
from kalshi_py.fix import errors

DOCUMENTED = {
    "DEMO", "MARGIN_DEMO", "MARGIN_PRODUCTION", "PRODUCTION", "DropCopySession", "FileStore", "FixClient",
    "FixEnvironment", "Group", "MarketDataSession", "MemoryStore", "Message", "OrderEntrySession",
    "PostTradeSession", "RFQSession", "SessionStore", "SessionType", "SyncFixClient", "UTCTimestamp",
    "UnknownMessage", "connect", "connect_margin", "decode", "encode", "enums", "errors", "messages",
}  # fmt: skip


def test_the_exported_names_are_the_documented_ones() -> None:
    assert sorted(kalshi_py.fix.__all__) == sorted(DOCUMENTED)
    for name in DOCUMENTED:
        assert getattr(kalshi_py.fix, name) is not None


def test_every_fix_error_is_a_kalshi_error() -> None:
    for name in errors.__all__:
        error = getattr(errors, name)
        assert issubclass(error, KalshiError), name
    assert issubclass(errors.FixValidationError, ValueError)
