"""Open the SQLCipher database with the raw vault key."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3


class NotAVault(Exception):
    """The file is not a Koers vault, or the key does not fit it."""


def connect(path: Path, vault_key: bytes) -> sqlcipher3.Connection:
    """A connection in WAL mode with foreign keys on; temp data stays in memory."""
    path.touch(mode=0o600, exist_ok=True)
    db = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    # SQLCipher logs failed HMAC checks to stderr; a wrong key is reported by us instead.
    db.execute("PRAGMA cipher_log_level = NONE")
    db.execute(f"PRAGMA key = \"x'{vault_key.hex()}'\"")
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        db.close()
        raise NotAVault(path.name) from None
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA secure_delete = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    db.execute("PRAGMA cache_size = -32768")  # 32 MiB of decrypted pages: reports scan a lot
    return db


# SQLite's primary result codes that mean the storage under the vault is unusable, not a bug.
_STORAGE_CODES = {8: "READONLY", 10: "IOERR", 11: "CORRUPT", 13: "FULL", 14: "CANTOPEN", 26: "NOTADB"}


def is_storage_failure(error: object) -> bool:
    """True for a database error that means the disk is full or the vault file cannot be read
    or written (the app then closes the vault instead of carrying on)."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(error, sqlcipher3.DatabaseError) and code is not None and code & 0xFF in _STORAGE_CODES
