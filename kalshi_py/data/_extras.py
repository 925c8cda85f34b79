"""The optional libraries of `kalshi_py.data`, imported when first needed, with the command that
installs each when it is missing: pyarrow (the `data` extra) writes and reads Parquet; Polars,
DuckDB and fsspec are needed only by the calls that use them."""

from __future__ import annotations

import importlib
from types import ModuleType

__all__ = ["DATA_EXTRA", "MissingExtra", "duckdb", "fsspec", "polars", "pyarrow"]

DATA_EXTRA = 'pip install "kalshi-py[data]"'

_HINTS = {
    "pyarrow": DATA_EXTRA,
    "polars": 'pip install "kalshi-py[data,polars]"',
    "duckdb": 'pip install "kalshi-py[data,duckdb]"',
    "fsspec": "pip install fsspec (and the filesystem of your URL, e.g. s3fs or gcsfs)",
}


class MissingExtra(ImportError):
    """An optional library that this call needs is not installed; the message says how to get it."""


def _load(name: str, what: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        root = name.split(".", maxsplit=1)[0]
        raise MissingExtra(f"{what} needs {root}, which is not installed: {_HINTS[root]}", name=root) from exc


def pyarrow(what: str = "kalshi_py.data") -> ModuleType:
    """`pyarrow`, with its `parquet`, `dataset`, `compute`, `ipc` and `fs` modules loaded."""
    module = _load("pyarrow", what)
    for sub in ("parquet", "dataset", "compute", "ipc", "fs"):
        _load(f"pyarrow.{sub}", what)
    return module


def polars(what: str) -> ModuleType:
    return _load("polars", what)


def duckdb(what: str) -> ModuleType:
    return _load("duckdb", what)


def fsspec(what: str) -> ModuleType:
    return _load("fsspec", what)
