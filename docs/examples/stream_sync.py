"""The blocking WebSocket client, for scripts and notebooks."""

from kalshi_py import create_client
from kalshi_py.ws import KalshiWebSocket, StreamStatus
from kalshi_py.ws.messages import Ticker

with create_client() as client, KalshiWebSocket.sync(client) as ws:
    ws.subscribe(["ticker"])  # every market's ticker updates
    seen = 0
    for item in ws.stream(timeout=30):
        if isinstance(item, StreamStatus):
            print("status:", item.kind)
        elif isinstance(item, Ticker):
            update = item.msg
            print(update.market_ticker, update.yes_bid_dollars, update.yes_ask_dollars, update.volume_fp)
            seen += 1
            if seen == 5:
                break
print("done after", seen, "ticker updates")
