"""The FIX fronts of the local exchange: Kalshi's FIX API (FIXT.1.1, FIX50SP2) for every
event-contract session type, and the margin (Perps) gateway on its own listener, on the same
engines, keys and faults as the REST and WebSocket fronts, built on the acceptor side of
`kalshi_py.fix`.

sessions.py     the listener, the sessions, the engine's events in, messages out (either product)
gateway.py      the event-contract gateway               margin_gateway.py  the margin gateway
margin_orders.py  margin order entry, event-contract fields refused
margin_market_data.py  margin books and trades (bid/ask)  book_feed.py  market-data subscriptions
logons.py       who may log on                           peers.py      a session and its flags
reports.py      execution reports from engine events     order_entry.py  orders, cancels, groups
drop_copy.py    executions replayed on request           market_data.py  YES/NO books, status
rfq.py          requests for quote                       post_trade.py   settlement reports
certificate.py  a self-signed certificate for TLS on loopback
"""

from .certificate import SelfSignedCertificate
from .gateway import FixFront
from .logons import TARGET_COMP_IDS
from .margin_gateway import MARGIN_SESSION_TYPES, MarginFixFront
from .sessions import FixGateway

__all__ = [
    "MARGIN_SESSION_TYPES",
    "TARGET_COMP_IDS",
    "FixFront",
    "FixGateway",
    "MarginFixFront",
    "SelfSignedCertificate",
]
