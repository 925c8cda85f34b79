"""kalshi_py.frames on a base install: it imports, builds records, and each DataFrame function
names the extra it needs. Tested in a process whose imports refuse pandas and polars."""

from __future__ import annotations

import subprocess
import sys

PROGRAM = """
import sys
for name in ("pandas", "polars"):
    sys.modules[name] = None

from kalshi_py.frames import to_pandas, to_polars, to_records
from kalshi_py.models import GetMarketsResponse

page = b'{"cursor": "", "markets": [{"ticker": "A", "yes_bid_dollars": "0.56"}]}'
markets = GetMarketsResponse.from_json(page).markets
print(to_records(markets)[0])
for convert in (to_pandas, to_polars):
    try:
        convert(markets)
    except ImportError as exc:
        print(exc)
"""


def test_frames_without_pandas_or_polars_name_their_extras() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "['ticker', 'yes_bid_dollars']",
        'to_pandas needs pandas: pip install "kalshi-py[pandas]"',
        'to_polars needs polars: pip install "kalshi-py[polars]"',
    ]
