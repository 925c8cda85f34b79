"""A client-side rate limiter: calls wait for their tokens instead of earning 429s."""

from kalshi_py import RateLimiter, create_client
from kalshi_py.api.account import get_account_api_limits, get_account_endpoint_costs
from kalshi_py.api.market import get_markets

# From your usage tier by name ...
limiter = RateLimiter.for_tier("basic")
print("basic read bucket:", limiter.budget.read_rate, "tokens/s")

with create_client(rate_limiter=limiter) as client:
    for _ in range(5):
        get_markets.sync(client=client, status="open", limit=1)
    print("5 reads within budget")

# ... or from the account itself (GET /account/limits and /account/endpoint_costs).
with create_client() as client:
    limits = get_account_api_limits.sync(client=client)
    costs = get_account_endpoint_costs.sync(client=client)
    client.rate_limiter = RateLimiter.from_account(limits, costs)
    print("this key's tier budget:", client.rate_limiter.budget)
    get_markets.sync(client=client, status="open", limit=1)
