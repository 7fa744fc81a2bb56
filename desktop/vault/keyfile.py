"""The key file: the random vault key, wrapped by the passphrase and by the recovery code.

Passphrase -> Argon2id -> key-encryption key -> AES-256-GCM unwraps the vault key.
Changing the passphrase rewraps the vault key; the database is never re-encrypted.
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from desktop.vault.paths import atomic_write

MAGIC = "koers-keyfile"
FORMAT_VERSION = 1
RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud, typed back


class WrongPassphrase(Exception):
    """The passphrase or recovery code does not unlock this vault."""


class KeyFileDamaged(Exception):
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
        return cls(time_cost=1, memory_kib=8 * 1024, parallelism=1)


class Wrapped(BaseModel):
    model_config = ConfigDict(strict=True)

    salt: str
    nonce: str
    ciphertext: str


class KeyFile(BaseModel):
    model_config = ConfigDict(strict=True)

    magic: str = MAGIC
    version: int = FORMAT_VERSION
    kdf: KdfParams
    passphrase: Wrapped
    recovery: Wrapped


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
    try:
        salt, nonce, ciphertext = (base64.b64decode(v, validate=True)
                                   for v in (wrapped.salt, wrapped.nonce, wrapped.ciphertext))
    except binascii.Error:
        raise KeyFileDamaged("sleutelbestand beschadigd / key file damaged: not base64") from None
    if len(salt) < 8 or len(nonce) != 12:
        raise KeyFileDamaged("sleutelbestand beschadigd / key file damaged: salt or nonce size")
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
        raise KeyFileDamaged(f"{path.name}: sleutelbestand beschadigd of aangepast / "
                             f"key file damaged or changed ({where})") from None
    if keyfile.magic != MAGIC or keyfile.version != FORMAT_VERSION:
        raise KeyFileDamaged(f"{path.name}: onbekend sleutelbestand / unknown key file format")
    return keyfile


def unlock(path: Path, passphrase: str) -> bytes:
    keyfile = load(path)
    return _unwrap(keyfile.passphrase, passphrase, keyfile.kdf)


def unlock_with_recovery(path: Path, code: str) -> bytes:
    keyfile = load(path)
    return _unwrap(keyfile.recovery, normalise_recovery_code(code), keyfile.kdf)


def set_passphrase(path: Path, vault_key: bytes, new_passphrase: str) -> None:
    """Rewrap the vault key under a new passphrase; the recovery code stays valid."""
    keyfile = load(path)
    keyfile.passphrase = _wrap(vault_key, new_passphrase, keyfile.kdf)
    atomic_write(path, keyfile.model_dump_json(indent=1).encode())
