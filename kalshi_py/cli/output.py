"""What the `kalshi` command prints: Rich tables for people, `--json` and `--csv` for pipes.

`--json` prints one JSON document (the API's own field names; prices and counts as decimal
strings, times as RFC 3339). `--csv` prints a header row and one row per item, with the
columns of the table. Progress bars and notes go to stderr, so stdout stays parseable.
"""

from __future__ import annotations

import csv
import enum
import sys
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

import msgspec
from rich.console import Console
from rich.table import Table

from ..types import Unset
from .errors import CliError
from .table import Column, cell_text, layout

T = TypeVar("T")

__all__ = ["Output", "OutputFormat", "present", "to_json"]


class OutputFormat(str, enum.Enum):
    """How results are printed."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"


def present(value: T | Unset, what: str) -> T:
    """`value`, or a `CliError` naming `what` when the exchange left it out."""
    if isinstance(value, Unset):
        raise CliError(f"the exchange's answer has no {what}")
    return value


def _enc_hook(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    raise NotImplementedError(f"cannot write {type(value).__name__} as JSON")


_ENCODER = msgspec.json.Encoder(enc_hook=_enc_hook, decimal_format="string")


def to_json(document: Any) -> str:
    """`document` (models, lists, dicts) as compact JSON text, Decimals as strings."""
    return _ENCODER.encode(document).decode("utf-8")


class Output:
    """Prints results in the chosen format to stdout, and notes to stderr. Tables fit the
    terminal's width by leaving out their less important columns, unless `wide`."""

    def __init__(self, fmt: OutputFormat = OutputFormat.TABLE, *, wide: bool = False) -> None:
        self.format = fmt
        self.wide = wide
        self.console = Console(file=sys.stdout, highlight=False)
        self.notes = Console(file=sys.stderr, highlight=False)

    @property
    def is_table(self) -> bool:
        return self.format is OutputFormat.TABLE

    def note(self, text: str) -> None:
        """A line for the person at the terminal (stderr; kept out of --json and --csv)."""
        self.notes.print(text, markup=False)

    def json(self, document: Any) -> None:
        """Print `document` as one JSON document."""
        text = to_json(document)
        if sys.stdout.isatty():
            text = msgspec.json.format(text, indent=2)
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    def json_line(self, document: Any) -> None:
        """Print `document` as one line of JSON (for streams)."""
        sys.stdout.write(to_json(document) + "\n")
        sys.stdout.flush()

    def csv(self, columns: Sequence[Column], items: Iterable[Any]) -> None:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([c.header for c in columns])
        for item in items:
            writer.writerow([c.cell(item) for c in columns])
        sys.stdout.flush()

    def table(
        self,
        columns: Sequence[Column],
        items: Iterable[Any],
        *,
        title: str | None = None,
        caption: str | None = None,
    ) -> None:
        """Print `items` as a table of the columns that fit (every column when `wide`)."""
        laid = layout(self.console, columns, items, title=title, caption=caption, wide=self.wide)
        console = self.console
        if laid.width > console.width:  # wider than the terminal: let it wrap rather than cut a cell
            console = Console(file=console.file, width=laid.width, highlight=False)
        console.print(laid.table)
        if laid.note:
            console.print(laid.note, style="dim", markup=False)

    def rows(
        self,
        columns: Sequence[Column],
        items: Sequence[Any],
        *,
        title: str | None = None,
        document: Any = None,
        caption: str | None = None,
        empty: str = "nothing to show",
    ) -> None:
        """Print `items` as a table, CSV rows, or one JSON document (`document`, default the items)."""
        if self.format is OutputFormat.JSON:
            self.json(list(items) if document is None else document)
        elif self.format is OutputFormat.CSV:
            self.csv(columns, items)
        elif not items:
            self.note(empty)
        else:
            self.table(columns, items, title=title, caption=caption)

    def record(
        self, pairs: Sequence[tuple[str, Any]], *, title: str | None = None, document: Any = None
    ) -> None:
        """Print one object as a two-column table, a CSV header and row, or JSON."""
        if self.format is OutputFormat.JSON:
            self.json(dict(pairs) if document is None else document)
        elif self.format is OutputFormat.CSV:
            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow([name for name, _ in pairs])
            writer.writerow([cell_text(value) for _, value in pairs])
        else:
            table = Table(
                title=title, show_header=False, title_justify="left", box=None, padding=(0, 2, 0, 0)
            )
            table.add_column("field", style="bold", no_wrap=True)
            table.add_column("value", overflow="fold")
            for name, value in pairs:
                table.add_row(name, cell_text(value))
            self.console.print(table)
