"""Signing one request, RSA-PSS beside Ed25519: the `KALSHI-ACCESS-*` headers as kalshi-py builds
them (`KalshiAuth.headers_for`, what every signed call pays) beside the floor, the bare
`cryptography` signature plus base64 over the same text. Medians of interleaved rounds.

    python benchmarks/bench_signing.py [--rounds 15] [--calls 200]

The key types are Kalshi's two: RSA 2048 (the keys Kalshi generates) and Ed25519.
"""

from __future__ import annotations

import argparse
import base64
import statistics
import time
from collections.abc import Callable

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa

from kalshi_py.auth import KalshiAuth, PrivateKey

PATH = "/trade-api/v2/portfolio/balance"
KEY_ID = "0b6d1c3e-7a51-4c4e-9f0e-2d9a1b7c5e11"


def floor_signer(key: PrivateKey) -> Callable[[], bytes]:
    """The signature alone, as a hand-written client would make it."""
    message = ("1767225600000GET" + PATH).encode()
    if isinstance(key, rsa.RSAPrivateKey):
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)
        return lambda: base64.b64encode(key.sign(message, pss, hashes.SHA256()))
    return lambda: base64.b64encode(key.sign(message))


def measure(cases: dict[str, Callable[[], object]], rounds: int, calls: int) -> dict[str, float]:
    """Median microseconds per call over `rounds` interleaved rounds of `calls` calls each."""
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, case in cases.items():
            case()
            started = time.perf_counter_ns()
            for _ in range(calls):
                case()
            samples[name].append((time.perf_counter_ns() - started) / calls / 1000)
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args()

    keys: dict[str, PrivateKey] = {
        "RSA 2048": rsa.generate_private_key(public_exponent=65537, key_size=2048),
        "Ed25519": ed25519.Ed25519PrivateKey.generate(),
    }
    cases: dict[str, Callable[[], object]] = {}
    for name, key in keys.items():
        auth = KalshiAuth(KEY_ID, key)
        cases[f"floor: cryptography {name}"] = floor_signer(key)
        cases[f"kalshi-py {name}"] = lambda auth=auth: auth.headers_for("GET", PATH)
    medians = measure(cases, args.rounds, args.calls)
    print("| signer | µs per request | ratio to its floor |")
    print("|---|---|---|")
    for name in keys:
        floor, ours = medians[f"floor: cryptography {name}"], medians[f"kalshi-py {name}"]
        print(f"| floor: cryptography {name} | {floor:.1f} | 1.00x |")
        print(f"| kalshi-py {name} | {ours:.1f} | {ours / floor:.2f}x |")
    rsa_us, ed_us = medians["kalshi-py RSA 2048"], medians["kalshi-py Ed25519"]
    print(f"\nEd25519 signs {rsa_us / ed_us:.1f}x faster than RSA 2048 ({ed_us:.1f} µs, {rsa_us:.1f} µs).")


if __name__ == "__main__":
    main()
