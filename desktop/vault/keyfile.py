"""The key file: the random vault key, wrapped by the passphrase and by the recovery code,
and the anchored head of the audit log.

Passphrase -> Argon2id -> key-encryption key -> AES-256-GCM unwraps the vault key.
Changing the passphrase rewraps the vault key; the database is never re-encrypted.

The audit head (the last entry's sequence number and hash, authenticated with a key derived
from the vault key) lives here, outside the database: removing the log's last entries from
the database leaves the anchor pointing at an entry that is gone.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import os
import secrets
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from filelock import FileLock
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from desktop.vault.paths import atomic_write
from forms.catalogue import KoersError, Message

MAGIC = "koers-keyfile"
FORMAT_VERSION = 1
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed back


class WrongPassphrase(Exception):
    """The passphrase or recovery code does not unlock this vault."""


class KeyFileDamaged(KoersError):
    """The key file is not one Koers wrote: damaged, or changed by hand."""


class KdfParams(BaseModel):
    """Argon2id cost. The default takes about 0.5 s on a 2-core laptop (docs/security.md).

    The bounds keep a changed key file from making unlocking hang or exhaust the memory;
    lowering the cost gains an attacker nothing (the key would no longer unwrap).
    """

    model_config = ConfigDict(strict=True)

    time_cost: int = Field(3, ge=1, le=10)
    memory_kib: int = Field(192 * 1024, ge=8, le=1024 * 1024)
    parallelism: int = Field(2, ge=1, le=16)

    @model_validator(mode="after")
    def _enough_memory_per_lane(self) -> KdfParams:
        if self.memory_kib < 8 * self.parallelism:  # Argon2's own minimum
            raise ValueError("memory_kib must be at least 8 per lane")
        return self

    @classmethod
    def fast_for_tests(cls) -> KdfParams:
        """Cheap parameters for throwaway vaults (tests, screenshots of fictional data), passed
        in code only: nothing outside the program can make a real vault use them."""
        return cls(time_cost=1, memory_kib=8 * 1024, parallelism=1)


# What every new vault gets when the caller passes no parameters. A constant, not a setting:
# the test suite replaces it in its own process (tests/conftest.py); the product never reads
# the environment or a file to weaken it.
DEFAULT_KDF = KdfParams()


class Wrapped(BaseModel):
    model_config = ConfigDict(strict=True)

    salt: str
    nonce: str
    ciphertext: str

    @model_validator(mode="after")
    def _decodes(self) -> Wrapped:
        """Checked when the file is read, so a damaged file is refused before any attempt counts."""
        try:
            salt, nonce, _ = self.parts()
        except binascii.Error:
            raise ValueError("not base64") from None
        if len(salt) < 8 or len(nonce) != 12:
            raise ValueError("salt or nonce size")
        return self

    def parts(self) -> tuple[bytes, bytes, bytes]:
        return tuple(base64.b64decode(v, validate=True) for v in (self.salt, self.nonce, self.ciphertext))


class AuditHead(BaseModel):
    seq: int
    hash: str
    mac: str  # HMAC-SHA256 under a key derived from the vault key


class KeyFile(BaseModel):
    model_config = ConfigDict(strict=True)

    magic: str = MAGIC
    version: int = FORMAT_VERSION
    kdf: KdfParams
    passphrase: Wrapped
    recovery: Wrapped
    audit_head: AuditHead | None = None  # absent in key files older than the anchor


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _derive(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    return hash_secret_raw(
        secret.encode("utf-8"), salt, time_cost=kdf.time_cost, memory_cost=kdf.memory_kib,
        parallelism=kdf.parallelism, hash_len=32, type=Type.ID,
    )


def _wrap(vault_key: bytes, secret: str, kdf: KdfParams) -> Wrapped:
    salt, nonce = os.urandom(16), os.urandom(12)
    ciphertext = AESGCM(_derive(secret, salt, kdf)).encrypt(nonce, vault_key, MAGIC.encode())
    return Wrapped(salt=_b64(salt), nonce=_b64(nonce), ciphertext=_b64(ciphertext))


def _unwrap(wrapped: Wrapped, secret: str, kdf: KdfParams) -> bytes:
    salt, nonce, ciphertext = wrapped.parts()
    try:
        return AESGCM(_derive(secret, salt, kdf)).decrypt(nonce, ciphertext, MAGIC.encode())
    except InvalidTag:
        raise WrongPassphrase from None


def normalise_recovery_code(code: str) -> str:
    return "".join(c for c in code.upper() if c in RECOVERY_ALPHABET)


def new_recovery_code() -> str:
    """32 characters (160 bits) in groups of four."""
    raw = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(raw[i:i + 4] for i in range(0, 32, 4))


def create(path: Path, passphrase: str, kdf: KdfParams) -> tuple[bytes, str]:
    """Make a vault key and its key file; returns the key and the recovery code (shown once)."""
    vault_key, code = os.urandom(32), new_recovery_code()
    keyfile = KeyFile(kdf=kdf, passphrase=_wrap(vault_key, passphrase, kdf),
                      recovery=_wrap(vault_key, normalise_recovery_code(code), kdf))
    atomic_write(path, keyfile.model_dump_json(indent=1).encode())
    return vault_key, code


def load(path: Path) -> KeyFile:
    """The key file, checked: KeyFileDamaged names what is wrong, never a stack trace."""
    try:
        keyfile = KeyFile.model_validate_json(path.read_bytes())
    except ValidationError as error:
        where = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors(include_input=False))
        raise KeyFileDamaged(Message("vault.key-file-damaged", name=path.name, where=where)) from None
    if keyfile.magic != MAGIC or keyfile.version != FORMAT_VERSION:
        raise KeyFileDamaged(Message("vault.unknown-key-file", name=path.name))
    return keyfile


def unlock(path: Path, passphrase: str) -> bytes:
    keyfile = load(path)
    return _unwrap(keyfile.passphrase, passphrase, keyfile.kdf)


def unlock_with_recovery(path: Path, code: str) -> bytes:
    keyfile = load(path)
    return _unwrap(keyfile.recovery, normalise_recovery_code(code), keyfile.kdf)


def _locked(path: Path) -> FileLock:
    """Held while the key file is read, changed and written: two processes on one vault
    (the app and the command line) must not undo each other's change."""
    return FileLock(path.with_name(path.name + ".lock"), timeout=30, mode=0o600)


def set_passphrase(path: Path, vault_key: bytes, new_passphrase: str) -> None:
    """Rewrap the vault key under a new passphrase; the recovery code stays valid."""
    with _locked(path):
        keyfile = load(path)
        keyfile.passphrase = _wrap(vault_key, new_passphrase, keyfile.kdf)
        atomic_write(path, keyfile.model_dump_json(indent=1).encode())


def _audit_mac(vault_key: bytes, seq: int, digest: str) -> str:
    key = HKDF(hashes.SHA256(), 32, salt=None, info=b"koers-audit-head-v1").derive(vault_key)
    return hmac.new(key, f"{seq}:{digest}".encode(), "sha256").hexdigest()


def anchored_audit_head(path: Path, vault_key: bytes) -> tuple[int, str] | None | bool:
    """The anchored (seq, hash); None when there is no anchor; False when the anchor was not
    written with this vault key (forged or damaged)."""
    head = load(path).audit_head
    if head is None:
        return None
    if not hmac.compare_digest(head.mac, _audit_mac(vault_key, head.seq, head.hash)):
        return False
    return head.seq, head.hash


def anchor_audit_head(path: Path, vault_key: bytes, seq: int, digest: str, forward_only: bool = True) -> None:
    """Store the audit log's head; with `forward_only`, never behind what another process stored."""
    with _locked(path):
        keyfile = load(path)
        if forward_only and keyfile.audit_head is not None and keyfile.audit_head.seq >= seq:
            return
        keyfile.audit_head = AuditHead(seq=seq, hash=digest, mac=_audit_mac(vault_key, seq, digest))
        atomic_write(path, keyfile.model_dump_json(indent=1).encode())
