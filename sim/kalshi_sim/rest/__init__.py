"""The REST front of the local exchange: Kalshi's REST API under `/trade-api/v2`.

front.py        one call, in Kalshi's order of checks          routes.py    handler per operation
calls.py        reading a call: query, body, cost              pages.py     cursor pages
shapes.py       the wire shape of every engine object          responses.py error bodies
spec.py         the operations of openapi.json (generated)     schema.py    checks and examples
market_data.py  portfolio.py  orders.py  order_groups.py  account.py: the handlers
"""

from .front import RestFront

__all__ = ["RestFront"]
