"""The errors of `kalshi_py.data`."""

from __future__ import annotations

__all__ = ["DatasetError", "IncompleteBook"]


class DatasetError(ValueError):
    """A dataset, or an input to import into one, cannot be used as asked; the message says where."""


class IncompleteBook(DatasetError, LookupError):
    """The recording does not hold a complete book of the market at that instant: no snapshot
    before it, or a gap, a disconnect or the end of a session between the snapshot and it."""
