"""Pack records into a signed, age-encrypted bundle, and open one again. Bytes in, bytes out.

Layout of the decrypted payload (docs/bundle-format.md; integers big-endian):

    magic "KOERSBDL" | u16 version | signer Ed25519 key (32) | u8 n | signer age recipient (n)
    | u32 m | manifest JSON (m) | u32 r | records, zlib (r) | per attachment: u32 s | bytes (s)
    | Ed25519 signature (64) over SIGN_CONTEXT + everything before it
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import struct
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from uuid import UUID

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519
from pydantic import ValidationError

from exports.bundle.errors import BundleError
from exports.bundle.keys import PublicKey
from exports.bundle.manifest import (
    FORMAT_VERSION, MAX_ATTACHMENT, MAX_FILE, MAX_MANIFEST, MAX_RECORDS_JSON, AttachmentEntry,
    Manifest, Party, RecordEntry,
)
from forms import RECORD_TYPES, Record
from forms.catalogue import Message
from forms.messages import problems

MAGIC = b"KOERSBDL"
SIGN_CONTEXT = b"koers-bundle-signature-v1\x00"
SIGNATURE_SIZE = 64
_MIN_PAYLOAD = len(MAGIC) + 2 + 32 + 1 + SIGNATURE_SIZE


@dataclass(frozen=True)
class Attachment:
    name: str
    record_id: UUID
    data: bytes
    media_type: str = "application/pdf"


@dataclass(frozen=True)
class Bundle:
    """What a verified bundle holds. `digest` (SHA-256 of the payload) names it in logs."""

    manifest: Manifest
    records: list[Record]
    attachments: list[Attachment]
    signer: PublicKey
    digest: str


# --- writing -------------------------------------------------------------------------
def pack(records: Sequence[Record], signing_key_pem: bytes, recipients: Sequence[str], *,
         exporter: PublicKey, recipient: PublicKey | None = None,
         attachments: Sequence[Attachment] = (), since: dt.datetime | None = None,
         created: dt.datetime | None = None) -> bytes:
    """A bundle of `records`, signed with the exporter's key, encrypted to every age recipient."""
    payload = build_payload(records, signing_key_pem, exporter=exporter, recipient=recipient,
                            attachments=attachments, since=since, created=created)
    if len(payload) > MAX_FILE - 4096:
        raise BundleError("too_large")
    return pyrage.encrypt(payload, [pyrage.x25519.Recipient.from_str(r) for r in recipients])


def build_payload(records: Sequence[Record], signing_key_pem: bytes, *, exporter: PublicKey,
                  recipient: PublicKey | None = None, attachments: Sequence[Attachment] = (),
                  since: dt.datetime | None = None, created: dt.datetime | None = None) -> bytes:
    """The signed plaintext of a bundle (before encryption)."""
    records_json = ("[" + ",".join(r.model_dump_json() for r in records) + "]").encode()
    manifest = Manifest(
        exporter=Party(key_id=exporter.fingerprint, name=exporter.name),
        recipient=Party(key_id=recipient.fingerprint, name=recipient.name) if recipient else None,
        created=created or dt.datetime.now(dt.timezone.utc).replace(microsecond=0), since=since,
        counts=dict(Counter(r.KIND for r in records)),
        records=[RecordEntry(kind=r.KIND, id=r.id, rev=r.rev, sha256=r.content_hash()) for r in records],
        records_size=len(records_json),
        attachments=[AttachmentEntry(name=a.name, record_id=a.record_id, media_type=a.media_type,
                                     size=len(a.data), sha256=hashlib.sha256(a.data).hexdigest())
                     for a in attachments],
    )
    parts = [_header(exporter), _sized(manifest.model_dump_json().encode()),
             _sized(zlib.compress(records_json, 6))]
    parts += [_sized(a.data) for a in attachments]
    return sign_payload(b"".join(parts), signing_key_pem)


def sign_payload(unsigned: bytes, signing_key_pem: bytes) -> bytes:
    """Append the Ed25519 signature over SIGN_CONTEXT + `unsigned`."""
    key = serialization.load_pem_private_key(signing_key_pem, password=None)
    return unsigned + key.sign(SIGN_CONTEXT + unsigned)


def _header(exporter: PublicKey) -> bytes:
    age = exporter.age.encode()
    return MAGIC + struct.pack(">H", FORMAT_VERSION) + exporter.ed25519 + bytes([len(age)]) + age


def _sized(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


# --- reading -------------------------------------------------------------------------
def open_bundle(data: bytes, identity: str, trusted: Iterable[PublicKey]) -> Bundle:
    """Decrypt, verify and validate a bundle; BundleError (and nothing else) when it is not right."""
    if len(data) > MAX_FILE:
        raise BundleError("too_large")
    return verify_payload(decrypt(data, identity), trusted)


def decrypt(data: bytes, identity: str) -> bytes:
    """The age plaintext; BundleError('wrong_recipient') or BundleError('damaged')."""
    try:
        return pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(identity)])
    except pyrage.DecryptError as error:
        if "no matching keys" in str(error).lower():
            raise BundleError("wrong_recipient") from None
        raise BundleError("damaged") from None
    except Exception:  # pyrage raises plain exceptions for some malformed headers
        raise BundleError("damaged") from None


class _Cursor:
    def __init__(self, data: bytes, end: int):
        self.data, self.pos, self.end = data, 0, end

    def take(self, size: int) -> bytes:
        if self.pos + size > self.end:
            raise BundleError("truncated")
        chunk = self.data[self.pos:self.pos + size]
        self.pos += size
        return chunk

    def sized(self, limit: int, what: str) -> bytes:
        size = struct.unpack(">I", self.take(4))[0]
        if size > limit:
            raise BundleError("absurd_size", detail=f"{what}: {size} bytes")
        return self.take(size)


def verify_payload(payload: bytes, trusted: Iterable[PublicKey]) -> Bundle:
    """Check a decrypted payload: magic, version, trusted signer, signature, then the contents."""
    if len(payload) < _MIN_PAYLOAD:
        raise BundleError("truncated" if MAGIC.startswith(payload[:8]) and payload else "not_a_bundle")
    end = len(payload) - SIGNATURE_SIZE
    cursor = _Cursor(payload, end)
    if cursor.take(len(MAGIC)) != MAGIC:
        raise BundleError("not_a_bundle")
    version = struct.unpack(">H", cursor.take(2))[0]
    if version != FORMAT_VERSION:
        raise BundleError("unknown_version", version=version, known=FORMAT_VERSION)
    signer = _signer(cursor, trusted)
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(signer.ed25519).verify(
            payload[end:], SIGN_CONTEXT + payload[:end])
    except InvalidSignature:
        raise BundleError("bad_signature") from None
    manifest = _manifest(cursor.sized(MAX_MANIFEST, "manifest"))
    if manifest.exporter.key_id != signer.fingerprint:
        raise BundleError("malformed", detail="manifest names another exporter")
    records = _records(cursor.sized(MAX_RECORDS_JSON, "records"), manifest)
    attachments = [_attachment(cursor.sized(MAX_ATTACHMENT, "attachment"), entry)
                   for entry in manifest.attachments]
    if cursor.pos != end:
        raise BundleError("malformed", detail="data after the last section")
    return Bundle(manifest, records, attachments, signer, hashlib.sha256(payload).hexdigest())


def _signer(cursor: _Cursor, trusted: Iterable[PublicKey]) -> PublicKey:
    raw = cursor.take(32)
    age = cursor.take(cursor.take(1)[0]).decode("ascii", errors="replace")
    fingerprint = PublicKey("", "", raw, age).fingerprint
    for key in trusted:
        if key.fingerprint == fingerprint:
            return key
    raise BundleError("untrusted_key", fingerprint=fingerprint)


def _loads(data: bytes, what: str) -> object:
    try:
        return json.loads(data, parse_constant=_no_constant)
    except (ValueError, RecursionError):  # includes UnicodeDecodeError and too many digits
        raise BundleError("malformed", detail=f"{what} is not valid JSON") from None


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


def _manifest(data: bytes) -> Manifest:
    try:
        manifest = Manifest.model_validate(_loads(data, "manifest"))
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        code = "absurd_size" if first["type"] in ("too_long", "less_than_equal") else "malformed"
        raise BundleError(code, detail=f"manifest {where}: {first['msg']}") from None
    if Counter(e.kind for e in manifest.records) != Counter({k: n for k, n in manifest.counts.items() if n}):
        raise BundleError("malformed", detail="record counts do not match the manifest")
    if len({e.id for e in manifest.records}) != len(manifest.records):
        raise BundleError("malformed", detail="a record appears twice")
    return manifest


def _inflate(data: bytes, size: int) -> bytes:
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, size + 1)  # never more than the manifest declared
    except zlib.error:
        raise BundleError("malformed", detail="records are not valid zlib data") from None
    if len(out) != size or not inflater.eof or inflater.unused_data:
        raise BundleError("malformed", detail="records are not the size the manifest declares")
    return out


def _records(blob: bytes, manifest: Manifest) -> list[Record]:
    items = _loads(_inflate(blob, manifest.records_size), "records")
    if not isinstance(items, list) or len(items) != len(manifest.records):
        raise BundleError("malformed", detail="records do not match the manifest")
    return [_record(n, item, entry) for n, (item, entry) in enumerate(zip(items, manifest.records), 1)]


def _record(position: int, item: object, entry: RecordEntry) -> Record:
    try:
        record = RECORD_TYPES[entry.kind].model_validate(item)
    except ValidationError as error:
        raise BundleError("invalid_record", position=position, kind=entry.kind,
                          detail=problems(error)[:3]) from None
    if record.id != entry.id or record.rev != entry.rev or record.content_hash() != entry.sha256:
        raise BundleError("invalid_record", position=position, kind=entry.kind,
                          detail=Message("exchange.bundle.detail.not-the-manifest"))
    return record


def _attachment(data: bytes, entry: AttachmentEntry) -> Attachment:
    if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
        raise BundleError("malformed", detail=f"attachment {entry.name} does not match the manifest")
    return Attachment(entry.name, entry.record_id, data, entry.media_type)
