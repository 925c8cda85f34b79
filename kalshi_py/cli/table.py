"""Tables that stay readable in any terminal: columns are chosen to fit the width, never cut.

Money is written one way everywhere: dollars with four decimals (`0.5600`, `998.1500`), as
Kalshi's API writes it; contract counts with two (`10.00`).

Each `Column` has a `kind` (how its cells are written and aligned) and a `priority`. A table
keeps the columns that fit the terminal, most important first (priority 0 is always kept), and
names the ones left out; `wide=True` keeps them all and lets the table be as wide as it needs.
No cell is ever shortened: ids, tickers, prices and times are shown whole or not at all. Only
prose (titles) wraps onto more lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Literal

from rich import box
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table

from ..types import UNSET

__all__ = [
    "COUNT",
    "ID",
    "MONEY",
    "PROSE",
    "TEXT",
    "TIME",
    "Column",
    "Kind",
    "Layout",
    "cell_text",
    "contracts",
    "dollars",
    "field",
    "layout",
    "plural",
]

PROSE_MIN_WIDTH = 20
"""Prose narrower than this is not worth showing; the column is left out instead."""
_UNBOUNDED = 100_000


def cell_text(value: Any) -> str:
    """A value as a cell: Decimals exactly, times in UTC, missing as empty."""
    if value is None or value is UNSET:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        moment = value.astimezone(timezone.utc) if value.tzinfo else value
        return moment.strftime("%Y-%m-%d %H:%M:%S")
    return str(value)


def _fixed(value: Any, places: int) -> str:
    if not isinstance(value, (Decimal, int)) or isinstance(value, bool):
        return cell_text(value)
    number = Decimal(value)
    if not number.is_finite():
        return cell_text(value)
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and -exponent < places:
        number = number.quantize(Decimal(1).scaleb(-places))
    return f"{number:f}"


def dollars(value: Any) -> str:
    """Money as Kalshi writes it: dollars with four decimals (more only if the value has them)."""
    return _fixed(value, 4)


def contracts(value: Any) -> str:
    """A contract count with two decimals, the granularity of Kalshi's counts."""
    return _fixed(value, 2)


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """`1 market`, `2 markets`."""
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


@dataclass(frozen=True)
class Kind:
    """How the cells of a column are written, aligned and allowed to wrap."""

    show: Callable[[Any], str] = cell_text
    justify: Literal["left", "right"] = "left"
    wraps: bool = False


TEXT = Kind()
ID = Kind()
TIME = Kind()
MONEY = Kind(dollars, justify="right")
COUNT = Kind(contracts, justify="right")
PROSE = Kind(wraps=True)


@dataclass(frozen=True)
class Column:
    """One column: its header, how to read it from an item, its kind, and how readily it is left
    out when the terminal is narrow (0: never; higher numbers go first)."""

    header: str
    value: Callable[[Any], Any]
    kind: Kind = TEXT
    priority: int = 0

    def cell(self, item: Any) -> str:
        return self.kind.show(self.value(item))


def field(name: str) -> Callable[[Any], Any]:
    """A column reader of the attribute (or mapping key) `name`."""

    def read(item: Any) -> Any:
        if isinstance(item, dict):
            return item.get(name)
        return getattr(item, name, None)

    return read


@dataclass(frozen=True)
class Layout:
    """A table ready to print, the width it needs, and the columns left out (and a note saying so)."""

    table: Table
    width: int
    hidden: tuple[str, ...]
    note: str | None


def _table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    title: str | None,
    caption: str | None,
    prose_width: int | None = None,
) -> Table:
    table = Table(
        title=title,
        caption=caption,
        title_justify="left",
        caption_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
    )
    for column in columns:
        wraps = column.kind.wraps
        table.add_column(
            column.header,
            justify=column.kind.justify,
            no_wrap=not wraps,
            overflow="fold",
            max_width=prose_width if wraps else None,
        )
    for row in rows:
        table.add_row(*row)
    return table


def _needed(console: Console, table: Table) -> int:
    return Measurement.get(console, console.options.update_width(_UNBOUNDED), table).maximum


def layout(
    console: Console,
    columns: Sequence[Column],
    items: Iterable[Any],
    *,
    title: str | None = None,
    caption: str | None = None,
    wide: bool = False,
) -> Layout:
    """The table of `items` with the columns that fit `console`'s width (all with `wide`)."""
    cells = [[column.cell(item) for column in columns] for item in items]

    def of(keep: Sequence[int], prose_width: int | None, **text: str | None) -> Table:
        rows = [[row[i] for i in keep] for row in cells]
        return _table([columns[i] for i in keep], rows, prose_width=prose_width, **text)

    def needed(keep: Sequence[int]) -> int:
        return _needed(console, of(keep, None if wide else PROSE_MIN_WIDTH, title=None, caption=None))

    chosen = set(range(len(columns)))
    if not wide:
        chosen = {i for i, column in enumerate(columns) if column.priority == 0}
        for _, index in sorted((c.priority, i) for i, c in enumerate(columns) if c.priority > 0):
            if needed(sorted(chosen | {index})) <= console.width:
                chosen.add(index)
    keep = sorted(chosen)
    hidden = tuple(column.header for i, column in enumerate(columns) if i not in chosen)
    note = None
    if hidden:
        note = f"left out to fit {console.width} columns: {', '.join(hidden)} (--wide shows them)"
    return Layout(of(keep, None, title=title, caption=caption), needed(keep), hidden, note)
