"""Public key files: who a vault is (Ed25519 for signatures, age for encryption) and a
fingerprint short enough for two people to compare aloud."""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Annotated, Literal

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from exports.bundle.errors import BundleError
from forms.base import Name, canonical_json
from forms.catalogue import Message
from forms.messages import problems

KEY_FILE_FORMAT = "koers-public-key"
KEY_FILE_VERSION = 1
MAX_KEY_FILE = 4096
ROLES = ("begeleider", "supervisor")

_Raw = serialization.Encoding.Raw
_RawPublic = serialization.PublicFormat.Raw


def public_signing_key(signing_key_pem: bytes) -> bytes:
    """The raw 32-byte Ed25519 public key of a PKCS#8 PEM private key."""
    key = serialization.load_pem_private_key(signing_key_pem, password=None)
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise ValueError("not an Ed25519 key")
    return key.public_key().public_bytes(_Raw, _RawPublic)


@dataclass(frozen=True)
class PublicKey:
    """One side's public keys, as written to and read from a key file."""

    name: str
    role: str
    ed25519: bytes  # raw, 32 bytes
    age: str  # age1...

    def canonical_bytes(self) -> bytes:
        """The bytes the fingerprint covers: the keys only, so renaming a contact keeps it."""
        return canonical_json({"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION,
                               "ed25519": base64.b64encode(self.ed25519).decode(), "age": self.age})

    @property
    def fingerprint(self) -> str:
        """First 80 bits of SHA-256, base32 in four groups: 'K7QD-2MXA-PL4R-9ZTE'-like."""
        digest = hashlib.sha256(self.canonical_bytes()).digest()[:10]
        text = base64.b32encode(digest).decode()
        return "-".join(text[i:i + 4] for i in range(0, 16, 4))

    def to_file(self) -> bytes:
        """The key file's bytes (JSON, readable)."""
        body = {"format": KEY_FILE_FORMAT, "version": KEY_FILE_VERSION, "name": self.name,
                "role": self.role, "ed25519": base64.b64encode(self.ed25519).decode(),
                "age": self.age, "fingerprint": self.fingerprint}
        return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode()

    @classmethod
    def from_file(cls, data: bytes) -> PublicKey:
        """Read and check a key file; BundleError('key_file') when anything is off."""
        if len(data) > MAX_KEY_FILE:
            raise BundleError("key_file", detail=Message("exchange.bundle.detail.too-large"))
        try:
            model = _KeyFile.model_validate_json(data)
        except ValidationError as error:
            raise BundleError("key_file", detail=problems(error)[0]) from None
        key = cls(model.name, model.role, _decode_ed25519(model.ed25519), _check_age(model.age))
        if model.fingerprint is not None and model.fingerprint != key.fingerprint:
            raise BundleError("key_file", detail_nl="de vingerafdruk past niet bij de sleutels",
                              detail="the fingerprint does not match the keys")
        return key


class _KeyFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["koers-public-key"]
    version: Literal[1]
    name: Name
    role: Literal["begeleider", "supervisor"]
    ed25519: Annotated[str, Field(max_length=64)]
    age: Annotated[str, Field(max_length=100)]
    fingerprint: Annotated[str, Field(max_length=40)] | None = None


def _decode_ed25519(text: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
        ed25519.Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise BundleError("key_file", detail_nl="ongeldige ondertekensleutel",
                          detail="invalid signing key") from None
    return raw


def _check_age(text: str) -> str:
    try:
        pyrage.x25519.Recipient.from_str(text)
    except Exception:  # pyrage raises its own RecipientError for any bad string
        raise BundleError("key_file", detail_nl="ongeldige age-sleutel", detail="invalid age key") from None
    return text
