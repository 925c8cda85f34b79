"""The Logon signature, as Kalshi documents it (https://docs.kalshi.com/fix/authentication), and
the API key that signs it.

The initiator signs, with its API key, the five header values of its Logon joined by SOH:
`SendingTime(52) SOH MsgType(35)=A SOH MsgSeqNum(34) SOH SenderCompID(49) SOH TargetCompID(56)`,
SendingTime byte for byte as in the header. RSA keys sign with RSA-PSS (SHA-256, MGF1 SHA-256,
salt of the digest's length), as for REST; the base64 signature goes in RawData(96) after its
length in RawDataLength(95). The acceptor checks it with the public key on file and refuses a
Logon whose SendingTime is more than 30 seconds from its clock.

An initiator given no key takes it from the variables the REST clients read: `KALSHI_API_KEY_ID`
and `KALSHI_PY_PRIVATE_KEY_PEM` or `KALSHI_PRIVATE_KEY_PATH` for event contracts, their
`KALSHI_MARGIN_*` namesakes for margin (Perps).
"""

from __future__ import annotations

import base64
import binascii

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from .. import ENV_KEY_ID, ENV_PRIVATE_KEY_PATH, ENV_PRIVATE_KEY_PEM
from ..auth import KalshiAuth, api_key_from
from ..margin import client as margin_client
from ._values import parse_timestamp
from .messages import Logon

__all__ = [
    "SENDING_TIME_TOLERANCE",
    "api_key_from_environment",
    "logon_signature",
    "signed_text",
    "verify_logon",
]

SENDING_TIME_TOLERANCE = 30.0
"""Seconds a Logon's SendingTime may be away from the acceptor's clock."""

_PSS = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
PublicKey = rsa.RSAPublicKey | ed25519.Ed25519PublicKey


def api_key_from_environment(password: str | bytes | None = None, *, margin: bool = False) -> KalshiAuth:
    """The API key in the environment, read as `kalshi_py.create_client` reads it (as
    `kalshi_py.margin.create_client` does for `margin`); `password` decrypts an encrypted key.
    Raises `ValueError` naming the variable that is missing."""
    variables = (
        (margin_client.ENV_KEY_ID, margin_client.ENV_PRIVATE_KEY_PEM, margin_client.ENV_PRIVATE_KEY_PATH)
        if margin
        else (ENV_KEY_ID, ENV_PRIVATE_KEY_PEM, ENV_PRIVATE_KEY_PATH)
    )
    key_id_variable, pem_variable, path_variable = variables
    key_id, key = api_key_from(
        None,
        None,
        None,
        password,
        key_id_variable=key_id_variable,
        pem_variable=pem_variable,
        path_variable=path_variable,
    )
    return KalshiAuth(key_id, key, password=password)


def signed_text(sending_time: str, msg_seq_num: int, sender_comp_id: str, target_comp_id: str) -> str:
    """The text a Logon signs."""
    return "\x01".join((sending_time, "A", str(msg_seq_num), sender_comp_id, target_comp_id))


def logon_signature(
    auth: KalshiAuth, sending_time: str, msg_seq_num: int, sender_comp_id: str, target_comp_id: str
) -> str:
    """The base64 signature for RawData(96) of a Logon with these header values."""
    return auth.sign(signed_text(sending_time, msg_seq_num, sender_comp_id, target_comp_id))


def verify_logon(public_key: PublicKey, logon: Logon, *, now: float | None = None) -> str | None:
    """Why `logon` must be refused, or None when its signature is good (and, given `now` in
    seconds since the epoch, its SendingTime within `SENDING_TIME_TOLERANCE`)."""
    if not logon.raw_data:
        return "Logon without a signature in RawData(96)"
    try:
        signature = base64.b64decode(logon.raw_data, validate=True)
    except (binascii.Error, ValueError):
        return "RawData(96) is not base64"
    if now is not None:
        try:
            sent = parse_timestamp(logon.sending_time).timestamp()
        except ValueError:
            return f"SendingTime(52) is not a UTCTimestamp: {logon.sending_time!r}"
        if abs(now - sent) > SENDING_TIME_TOLERANCE:
            seconds = f"{SENDING_TIME_TOLERANCE:.0f} s"
            return f"SendingTime(52) {logon.sending_time} is more than {seconds} from the exchange clock"
    text = signed_text(
        logon.sending_time, logon.msg_seq_num, logon.sender_comp_id, logon.target_comp_id
    ).encode()
    try:
        if isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, text, _PSS, hashes.SHA256())
        else:
            public_key.verify(signature, text)
    except InvalidSignature:
        return "signature in RawData(96) does not verify with the key on file"
    return None
