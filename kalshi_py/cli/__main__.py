"""`python -m kalshi_py.cli`: the `kalshi` command."""

from __future__ import annotations

from . import main

raise SystemExit(main())
