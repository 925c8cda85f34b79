"""The fenced code blocks of the documentation pages, as a reader sees them on GitHub or on the
site: each Python example lives in its page, named by the block's `title`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .conftest import DOCS

__all__ = ["Block", "blocks", "examples"]

FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,})(?P<lang>[\w+-]*)(?P<attrs>[^`]*)$")
TITLE = re.compile(r'\btitle="(?P<title>[^"]+)"')


@dataclass(frozen=True)
class Block:
    """One fenced block: where it is, its language, its title (if any) and its text."""

    page: Path
    line: int
    lang: str
    title: str | None
    code: str

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(DOCS)}:{self.line}"


def blocks(root: Path = DOCS) -> list[Block]:
    """Every fenced block of every page under `root`, in page order."""
    found = []
    for page in sorted(root.rglob("*.md")):
        lines = page.read_text(encoding="utf-8").splitlines()
        index = 0
        while index < len(lines):
            opening = FENCE.match(lines[index])
            if opening is None:
                index += 1
                continue
            indent, fence = opening["indent"], opening["fence"]
            end = next((i for i in range(index + 1, len(lines)) if lines[i].strip() == fence), None)
            assert end is not None, f"{page.relative_to(DOCS)}:{index + 1}: the block is never closed"
            body = [
                line[len(indent) :] if line.startswith(indent) else line for line in lines[index + 1 : end]
            ]
            title = TITLE.search(opening["attrs"])
            found.append(
                Block(
                    page,
                    index + 1,
                    opening["lang"],
                    title["title"] if title else None,
                    "\n".join(body) + "\n",
                )
            )
            index = end + 1
    return found


def examples() -> dict[str, Block]:
    """`{title: block}` of the Python examples; a title shown on two pages is the same code."""
    named: dict[str, Block] = {}
    for block in blocks():
        if block.lang != "python" or block.title is None:
            continue
        first = named.setdefault(block.title, block)
        assert first.code == block.code, f"{block.title} differs between {first.where} and {block.where}"
    return named
