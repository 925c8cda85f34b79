"""Kalshi's FIX API: the codec, typed messages and sessions (`kalshi_py.fix`)."""

from __future__ import annotations

from . import enums, errors, messages
from ._codec import decode, encode
from ._message import Group, Message, UnknownMessage

__all__ = ["Group", "Message", "UnknownMessage", "decode", "encode", "enums", "errors", "messages"]
