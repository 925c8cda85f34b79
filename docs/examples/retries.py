"""Retries: the default policy, your own, and switching them off for one call."""

from kalshi_py import RetryPolicy, create_client
from kalshi_py.api.exchange import get_exchange_status
from kalshi_py.api.market import get_markets

# The default: 3 retries, waits drawn from [0, 0.25 s * 2 ** n], at most 8 s.
with create_client() as client:
    print("default:", client.retry.max_retries, client.retry.backoff_base, client.retry.backoff_cap)

# More patient, for a batch job:
patient = RetryPolicy(max_retries=6, backoff_base=0.5, backoff_cap=30.0)
with create_client(retry=patient) as client:
    print("exchange active:", get_exchange_status.sync(client=client).exchange_active)

    # One call without retries, over the same connections:
    once = client.with_options(max_retries=0)
    page = get_markets.sync(client=once, status="open", limit=1)
    print("without retries:", page.markets[0].ticker is not None)

# Or only a number:
with create_client(max_retries=1) as client:
    print("max_retries:", client.retry.max_retries)
