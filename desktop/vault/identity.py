"""The worker's own keys, made at `koers init` and kept inside the encrypted vault.

- an Ed25519 key that signs export bundles,
- an age X25519 identity that decrypts bundles sent to her,
- a P-256 key with a self-signed X.509 certificate that signs trajectplan PDFs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pyrage
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import NameOID

_PEM = serialization.Encoding.PEM
_PKCS8 = serialization.PrivateFormat.PKCS8
_NONE = serialization.NoEncryption()


@dataclass(frozen=True)
class WorkerIdentity:
    signing_key_pem: bytes  # Ed25519, PKCS#8
    age_identity: str  # AGE-SECRET-KEY-1...
    pdf_key_pem: bytes  # EC P-256, PKCS#8
    pdf_cert_pem: bytes

    @property
    def age_recipient(self) -> str:
        return str(pyrage.x25519.Identity.from_str(self.age_identity).to_public())

    def as_secrets(self) -> dict[str, bytes]:
        return {"ed25519": self.signing_key_pem, "age": self.age_identity.encode(),
                "pdf_key": self.pdf_key_pem, "pdf_cert": self.pdf_cert_pem}

    @classmethod
    def from_secrets(cls, values: dict[str, bytes]) -> WorkerIdentity:
        return cls(values["ed25519"], values["age"].decode(), values["pdf_key"], values["pdf_cert"])


def _self_signed(key: ec.EllipticCurvePrivateKey, worker_name: str) -> bytes:
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, worker_name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Koers"),
    ])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=10 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(_PEM)


def new_identity(worker_name: str) -> WorkerIdentity:
    signing = ed25519.Ed25519PrivateKey.generate()
    pdf_key = ec.generate_private_key(ec.SECP256R1())
    return WorkerIdentity(
        signing_key_pem=signing.private_bytes(_PEM, _PKCS8, _NONE),
        age_identity=str(pyrage.x25519.Identity.generate()),
        pdf_key_pem=pdf_key.private_bytes(_PEM, _PKCS8, _NONE),
        pdf_cert_pem=_self_signed(pdf_key, worker_name),
    )
