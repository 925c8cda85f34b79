"""The margin (Perps) REST API of the local exchange, on the margin engine.

routes.py     the route table and the API           shapes.py     the wire shape of every object
market_data.py  portfolio.py  orders.py: the handlers (order groups are `..order_groups`')
perps_openapi.json  the structure of Kalshi's perps_openapi.yaml (with the operations only
              Kalshi's documentation pages have), written by tools/codegen
"""

from .routes import MARGIN

__all__ = ["MARGIN"]
