"""A self-signed certificate for serving FIX over TLS on loopback: made at start, valid for
`localhost`, 127.0.0.1 and ::1 (and the host listened on), for a day. A client trusts it by loading
its PEM as the only certificate authority (`ssl.create_default_context(cafile=...)`), which is what
`LocalExchange.fix.ssl_context()` does."""

from __future__ import annotations

import datetime
import ipaddress
import ssl
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

__all__ = ["SelfSignedCertificate"]


@dataclass(frozen=True)
class SelfSignedCertificate:
    """A certificate and its private key, as PEM."""

    certificate_pem: bytes
    private_key_pem: bytes = field(repr=False)

    @classmethod
    def make(cls, host: str = "127.0.0.1") -> SelfSignedCertificate:
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kalshi-sim local exchange")])
        names: list[x509.GeneralName] = [
            x509.DNSName("localhost"),
            x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
            x509.IPAddress(ipaddress.ip_address("::1")),
        ]
        try:
            address = ipaddress.ip_address(host)
            if x509.IPAddress(address) not in names:
                names.append(x509.IPAddress(address))
        except ValueError:
            if host and host != "localhost":
                names.append(x509.DNSName(host))
        now = datetime.datetime.now(datetime.timezone.utc)
        certificate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256())
        )
        return cls(
            certificate.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            ),
        )

    def server_context(self) -> ssl.SSLContext:
        """A server-side TLS 1.2+ context presenting this certificate."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        with tempfile.TemporaryDirectory(prefix="kalshi-sim-tls-") as folder:  # ssl reads files only
            cert, key = Path(folder) / "cert.pem", Path(folder) / "key.pem"
            cert.write_bytes(self.certificate_pem)
            key.touch(mode=0o600)
            key.write_bytes(self.private_key_pem)
            context.load_cert_chain(cert, key)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A client-side context that trusts this certificate alone."""
        context = ssl.create_default_context(cadata=self.certificate_pem.decode("ascii"))
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        return context
