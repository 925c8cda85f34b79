"""Replay: a recording of the market (`kalshi record`) played back by the local exchange on REST
and WebSocket, for a bot to trade against with the code it runs live, and its backtest report.

tape.py       the recorded frames, re-sent under each subscriber's sid and seq
recorded.py   the books, trades and lifecycle the fill model reads, trades paired with deltas
liquidity.py  the recorded books on the engine: the fill model
player.py     `Replay`: the engine, stepped one frame at a time
report.py     `BacktestReport` (chart.py draws it)
serving.py    `ReplayExchange`: the replay served on loopback at a chosen speed
command.py    `kalshi replay` / `kalshi sim --replay`
"""

from .player import Replay
from .report import BacktestReport
from .serving import ReplayExchange
from .tape import Frame, Tape, TapeError

__all__ = ["BacktestReport", "Frame", "Replay", "ReplayExchange", "Tape", "TapeError"]
