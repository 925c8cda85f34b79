"""Credentials given as arguments instead of the environment."""

import os
from pathlib import Path

from kalshi_py import KalshiAuthenticatedClient, create_client
from kalshi_py.api.portfolio import get_balance

key_id = os.environ["KALSHI_API_KEY_ID"]
key_path = os.environ["KALSHI_PRIVATE_KEY_PATH"]
base_url = os.environ.get("KALSHI_BASE_URL")  # None: Kalshi production

# A key file ...
with create_client(base_url, access_key_id=key_id, private_key_path=key_path) as client:
    print("key type:", client.auth.key_type)  # "rsa" or "ed25519"
    print("balance:", get_balance.sync(client=client).balance_dollars)

# ... or the PEM text itself, from a secret store.
pem_text = Path(key_path).read_text()
with KalshiAuthenticatedClient(key_id, pem_text, base_url=base_url) as client:
    print("balance again:", get_balance.sync(client=client).balance_dollars)
    print(client)  # the key id shows, the key never does
