"""The FIX front of the local exchange: Kalshi's FIX API (FIXT.1.1, FIX50SP2) for every
event-contract session type, on the same engine, keys and faults as the REST and WebSocket fronts,
built on the acceptor side of `kalshi_py.fix`.

gateway.py      the listener, the sessions, the engine's events in, messages out
logons.py       who may log on                           peers.py      a session and its flags
reports.py      execution reports from engine events     order_entry.py  orders, cancels, groups
drop_copy.py    executions replayed on request           market_data.py  books, trades, status
rfq.py          requests for quote                       post_trade.py   settlement reports
certificate.py  a self-signed certificate for TLS on loopback
"""

from .certificate import SelfSignedCertificate
from .gateway import FixFront
from .logons import TARGET_COMP_IDS

__all__ = ["TARGET_COMP_IDS", "FixFront", "SelfSignedCertificate"]
