"""A key introduction: the old key of a worker (or supervisor) signs her new public key, so the
other side can trust the new laptop without a second fingerprint check and hand the old key's
dossiers over to it. Bytes in, bytes out; docs/bundle-format.md has the format."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from exports.bundle.errors import BundleError
from exports.bundle.keys import PublicKey
from forms.base import canonical_json
from forms.catalogue import Message

FORMAT = "koers-key-introduction"
SIGN_CONTEXT = b"koers-key-introduction-v1\x00"
MAX_INTRODUCTION = 8192


class _Introduction(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["koers-key-introduction"]
    version: Literal[1]
    old: Annotated[str, Field(pattern=r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$")]
    new: Annotated[str, Field(max_length=4096)]  # the new key's public key file, as text
    created: dt.datetime
    signature: Annotated[str, Field(max_length=100)]

    def signed_bytes(self) -> bytes:
        return SIGN_CONTEXT + canonical_json(self.model_dump(mode="json", exclude={"signature"}))


def make_introduction(new: PublicKey, old: PublicKey, old_signing_key_pem: bytes) -> bytes:
    """An introduction of `new` signed by `old`'s private key."""
    body = _Introduction(format=FORMAT, version=1, old=old.fingerprint, new=new.to_file().decode(),
                         created=dt.datetime.now(dt.timezone.utc).replace(microsecond=0), signature="")
    key = serialization.load_pem_private_key(old_signing_key_pem, password=None)
    body.signature = base64.b64encode(key.sign(body.signed_bytes())).decode()
    return (body.model_dump_json(indent=2) + "\n").encode()


def read_introduction(data: bytes, trusted: Iterable[PublicKey]) -> tuple[PublicKey, PublicKey]:
    """(old, new) from an introduction whose signature by a `trusted` key verifies; else
    BundleError('introduction')."""
    if len(data) > MAX_INTRODUCTION:
        raise BundleError("introduction", detail=Message("exchange.bundle.detail.too-large"))
    try:
        body = _Introduction.model_validate_json(data)
    except ValidationError:
        raise BundleError("introduction", detail=Message("exchange.bundle.detail.unreadable")) from None
    old = next((k for k in trusted if k.fingerprint == body.old), None)
    if old is None:
        raise BundleError("introduction", detail=Message("exchange.bundle.detail.old-key-untrusted", old=body.old))
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(old.ed25519).verify(
            base64.b64decode(body.signature, validate=True), body.signed_bytes())
    except (InvalidSignature, ValueError):
        raise BundleError("introduction", detail=Message("exchange.bundle.detail.old-key-signature")) from None
    return old, PublicKey.from_file(body.new.encode())
