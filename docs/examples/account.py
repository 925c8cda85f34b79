"""Your account: an API key from KALSHI_API_KEY_ID and KALSHI_PRIVATE_KEY_PATH."""

from kalshi_py import create_client
from kalshi_py.api.portfolio import get_balance, get_positions

with create_client() as client:  # or create_client(environment="demo")
    balance = get_balance.sync(client=client)
    print("balance:", balance.balance_dollars)  # Decimal dollars

    positions = get_positions.sync(client=client).market_positions
    print("positions:", len(positions))
    for position in positions:
        print(position.ticker, position.position_fp, position.market_exposure_dollars)
