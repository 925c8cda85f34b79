"""The options `kalshi record` and `kalshi history` share: the dataset and the markets."""

from __future__ import annotations

from typing import Annotated

import typer

__all__ = ["AllMarketsOption", "EventOption", "MarketOption", "OutOption", "SeriesOption"]

OutOption = Annotated[
    str, typer.Option("--out", help="dataset folder or fsspec URL (s3://..., gs://...)", show_default=False)
]
MarketOption = Annotated[
    list[str] | None, typer.Option("--market", help="a market ticker (repeat for more)", show_default=False)
]
EventOption = Annotated[
    list[str] | None,
    typer.Option("--event", help="the markets of an event (repeat for more)", show_default=False),
]
SeriesOption = Annotated[
    list[str] | None,
    typer.Option("--series", help="the markets of a series (repeat for more)", show_default=False),
]
AllMarketsOption = Annotated[
    bool, typer.Option("--all", help="every market (record: the open ones; history: the settled ones)")
]
