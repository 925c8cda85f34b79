"""Keep the private key encrypted at rest and give its passphrase with `password=`."""

import os
import secrets
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from kalshi_py import create_client
from kalshi_py.api.portfolio import get_balance
from kalshi_py.auth import load_private_key_file

passphrase = secrets.token_urlsafe(24)  # keep it in a secret store, or ask for it at start-up

# Encrypt the key Kalshi gave you, once.
key = load_private_key_file(os.environ["KALSHI_PRIVATE_KEY_PATH"])
encrypted_pem = key.private_bytes(
    serialization.Encoding.PEM,
    serialization.PrivateFormat.PKCS8,
    serialization.BestAvailableEncryption(passphrase.encode()),
)

with tempfile.TemporaryDirectory() as folder:
    encrypted_path = Path(folder) / "kalshi-key.pem"
    encrypted_path.write_bytes(encrypted_pem)
    encrypted_path.chmod(0o600)

    with create_client(private_key_path=encrypted_path, password=passphrase) as client:
        print("signed with the encrypted key:", get_balance.sync(client=client).balance_dollars)

    try:
        create_client(private_key_path=encrypted_path)
    except ValueError as exc:
        print("without the passphrase:", exc)
