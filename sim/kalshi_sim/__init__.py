"""kalshi-sim: a local Kalshi exchange to test trading code against.

    from kalshi_sim import LocalExchange

    with LocalExchange(seed=1) as ex, ex.client() as client:
        ...

The layers, each standing only on those before it:

    rules.py  wire.py     Kalshi's rules (budgets, fees, grids); how values are spelled on the wire
    engine/               the exchange in memory: composed parts, typed, no I/O, no wire shapes;
                          engine/margin/ the margin (Perps) exchange on the same pieces
    auth.py  faults.py    API keys and signatures; the faults to inject
    venue.py  asgi.py     what every front shares; the ASGI connection behind a request
    rest/  ws/  fix/      one folder per protocol front onto the engines, on the same Venue
                          (rest/margin/, rest/klear/ and ws/margin/ for the margin exchange)
    app.py                the REST and WebSocket fronts as one ASGI application (FIX listens on
                          its own port, on the same event loop)
    harness/              LocalExchange, activity, the catalogue, the pytest fixtures, `kalshi sim`

It depends on kalshi-py's public API only (`from kalshi_py import ...`, and the public modules of
`kalshi_py.fix`, whose acceptor side the FIX gateway is built on).
"""

from ._version import __version__
from .engine import Exchange, ExchangeError
from .engine.margin import MarginExchange
from .faults import Faults, FaultStats
from .harness.credentials import Credentials
from .harness.local import ExposedExchangeWarning, LocalExchange

__all__ = [
    "Credentials",
    "Exchange",
    "ExchangeError",
    "ExposedExchangeWarning",
    "FaultStats",
    "Faults",
    "LocalExchange",
    "MarginExchange",
    "__version__",
]
