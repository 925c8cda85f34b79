"""A list result as a DataFrame, with money kept exact unless you ask otherwise."""

from decimal import Decimal

from kalshi_py import create_client
from kalshi_py.api.market import get_markets
from kalshi_py.frames import to_pandas, to_polars

with create_client() as client:
    markets = list(get_markets.paginate(client=client, status="open", max_items=200))

frame = to_pandas(markets)  # Decimal objects in an object column: exact
print("rows:", len(frame), "exact:", all(isinstance(v, Decimal) for v in frame["yes_bid_dollars"].dropna()))
print(frame[["ticker", "yes_bid_dollars", "yes_ask_dollars"]].head(3).to_string(index=False))

as_floats = to_pandas(markets, decimals="float")  # converted because you asked, and rounded
print("float column:", as_floats["yes_bid_dollars"].dtype)

exact = to_polars(markets)  # an exact pl.Decimal column
print("polars:", exact.schema["yes_bid_dollars"])
