"""Encrypted backups of a vault: the same keys, one file, rotated.

A backup file is a magic line, then a JSON header with the key file (the vault key stays
wrapped by the passphrase and the recovery code) and then an encrypted copy of the
database made by SQLCipher itself (`sqlcipher_export`), so it opens with the same
passphrase and holds nothing in plaintext.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.vault import keyfile
from desktop.vault.db import NotAVault, connect
from desktop.vault.paths import DATABASE, KEYFILE, atomic_write, prepare_private_dir
from forms.catalogue import KoersError, Message

MAGIC = b"KOERS-BACKUP-1\n"
FOLDER = "backups"
KEEP = 7
EVERY = dt.timedelta(days=1)


class BackupError(KoersError):
    """Not a Koers backup, or it does not open with this passphrase."""


def write_backup(db: sqlite3.Connection, vault_key: bytes, folder: Path, out: Path) -> Path:
    """Copy the open database, still encrypted with the vault key, into one backup file."""
    staging = out.with_name(out.name + ".db.tmp")
    staging.unlink(missing_ok=True)
    db.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{vault_key.hex()}'\"", (str(staging),))
    try:
        db.execute("SELECT sqlcipher_export('backup')")
        db.execute(f"PRAGMA backup.user_version = {db.execute('PRAGMA user_version').fetchone()[0]}")
    finally:
        db.execute("DETACH DATABASE backup")
    header = json.dumps({"keyfile": (folder / KEYFILE).read_text("utf-8")}).encode()
    data = MAGIC + len(header).to_bytes(4, "big") + header + staging.read_bytes()
    staging.unlink()
    atomic_write(out, data)
    return out


def _split(data: bytes) -> tuple[str, bytes]:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise BackupError(Message("vault.not-a-koers-backup"))
    size = int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "big")
    start = len(MAGIC) + 4
    try:
        keyfile_text = json.loads(data[start:start + size])["keyfile"]
        if not isinstance(keyfile_text, str):  # a header of the right shape with the wrong types
            raise TypeError
        keyfile_text.encode("utf-8")  # JSON may carry lone surrogates
    except (ValueError, KeyError, TypeError, IndexError):
        raise BackupError(Message("vault.backup-damaged")) from None
    return keyfile_text, data[start + size:]


def check_passphrase(backup: Path, passphrase: str) -> None:
    """Raise BackupError or keyfile.WrongPassphrase unless `passphrase` opens this backup;
    cheap enough to ask before the vault is closed for a restore (one key derivation)."""
    keyfile_text, _database = _split(backup.read_bytes())
    with tempfile.TemporaryDirectory(prefix="koers-check-") as scratch:  # 0700: wrapped keys only
        path = Path(scratch) / KEYFILE
        path.write_text(keyfile_text, "utf-8")
        try:
            keyfile.unlock(path, passphrase)
        except ValueError:  # the header's key file is not one Koers knows
            raise BackupError(Message("vault.backup-damaged")) from None


def restore_backup(backup: Path, folder: Path, passphrase: str) -> Path | None:
    """Check the backup opens with `passphrase` and is whole, then put it in place of the vault.

    The vault it replaces (possibly damaged) is kept beside it; returns where, if there was one.
    Raises keyfile.WrongPassphrase or BackupError, and then changes nothing.
    """
    keyfile_text, database = _split(backup.read_bytes())
    prepare_private_dir(folder)
    staging = folder / "restore.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    prepare_private_dir(staging)
    try:
        (staging / KEYFILE).write_text(keyfile_text, "utf-8")
        try:
            vault_key = keyfile.unlock(staging / KEYFILE, passphrase)
        except keyfile.KeyFileDamaged as error:
            raise BackupError(Message("vault.backup-damaged-detail", error=error)) from None
        (staging / DATABASE).write_bytes(database)
        try:
            db = connect(staging / DATABASE, vault_key)
        except NotAVault:
            raise BackupError(Message("vault.backup-damaged")) from None
        ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.execute("PRAGMA journal_mode = DELETE")
        db.close()
        if not ok:
            raise BackupError(Message("vault.backup-damaged"))
        kept = None
        if (folder / DATABASE).exists():
            kept = folder / f"replaced-{dt.datetime.now():%Y%m%d-%H%M%S}"
            prepare_private_dir(kept)
            for name in (DATABASE, DATABASE + "-wal", DATABASE + "-shm", KEYFILE):
                if (folder / name).exists():
                    (folder / name).replace(kept / name)
        (staging / KEYFILE).replace(folder / KEYFILE)
        (staging / DATABASE).replace(folder / DATABASE)
        return kept
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@dataclass(frozen=True)
class BackupInfo:
    """One backup Koers made by itself in the vault's folder."""

    path: Path
    made: dt.datetime
    before_update: bool  # made before a schema update; rotation never removes these
    size: int  # bytes


def list_backups(folder: Path) -> list[BackupInfo]:
    """The automatic backups of the vault in `folder` (daily and before updates), newest first."""
    found = []
    for path in (folder / FOLDER).glob("*.kbak"):
        stat = path.stat()
        found.append(BackupInfo(path, dt.datetime.fromtimestamp(stat.st_mtime),
                                path.name.startswith("voor-update-"), stat.st_size))
    return sorted(found, key=lambda info: info.made, reverse=True)


def before_update(db: sqlite3.Connection, vault_key: bytes, folder: Path, schema: int) -> Path:
    """A backup of a vault about to be migrated; rotation never removes it."""
    target = prepare_private_dir(folder / FOLDER)
    return write_backup(db, vault_key, folder, target / f"voor-update-schema-{schema}-{dt.datetime.now():%Y%m%d-%H%M%S}.kbak")


def rotate(db: sqlite3.Connection, vault_key: bytes, folder: Path, now: dt.datetime | None = None) -> Path | None:
    """Make the automatic backup if the newest is a day old or more; keep the last KEEP."""
    now = now or dt.datetime.now()
    target = prepare_private_dir(folder / FOLDER)
    existing = sorted(target.glob("koers-*.kbak"))
    if existing and now - dt.datetime.fromtimestamp(existing[-1].stat().st_mtime) < EVERY:
        return None
    made = write_backup(db, vault_key, folder, target / f"koers-{now:%Y%m%d-%H%M%S}.kbak")
    for old in sorted(target.glob("koers-*.kbak"))[:-KEEP]:
        old.unlink()
    return made
